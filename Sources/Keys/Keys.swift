/// Keys: sr25519 and ed25519 key pairs, mnemonics, derivation paths and SS58 addresses.
public enum Keys {}
