import Foundation

/// Defaults for the shared options: `~/.bittensor/config.yml` (or `$BT_CONFIG`), overridden by `BT_*`
/// environment variables; flags override both.
struct CLIConfig: Sendable {
    /// Default wallet name.
    var walletName: String?
    /// Default wallet folder.
    var walletPath: String?
    /// Default hotkey name.
    var walletHotkey: String?
    /// Default network name or URL.
    var network: String?

    /// The configuration file's keys, flat (btcli 9) or nested (older btcli), by field.
    static var fileKeys: [WritableKeyPath<CLIConfig, String?>: [String]] {
        [
            \.walletName: ["wallet_name", "wallet.name"],
            \.walletPath: ["wallet_path", "wallet.path"],
            \.walletHotkey: ["wallet_hotkey", "wallet.hotkey"],
            \.network: ["network", "subtensor.network", "subtensor.chain_endpoint"],
        ]
    }

    /// The environment variables, by field, first match wins.
    static var environmentKeys: [WritableKeyPath<CLIConfig, String?>: [String]] {
        [
            \.walletName: ["BT_WALLET_NAME"],
            \.walletPath: ["BT_WALLET_PATH"],
            \.walletHotkey: ["BT_WALLET_HOTKEY"],
            \.network: ["BT_NETWORK", "BT_SUBTENSOR_NETWORK", "BT_SUBTENSOR_CHAIN_ENDPOINT"],
        ]
    }

    /// The configuration file path: `$BT_CONFIG`, else `~/.bittensor/config.yml`.
    static func filePath(environment: [String: String]) -> String {
        if let path = environment["BT_CONFIG"], !path.isEmpty { return path }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.bittensor/config.yml"
    }

    /// The file's values overridden by the environment's.
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> CLIConfig {
        var config = CLIConfig()
        if let data = FileManager.default.contents(atPath: filePath(environment: environment)) {
            let values = MiniYAML.scalars(String(decoding: data, as: UTF8.self))
            for (field, keys) in fileKeys {
                if let value = keys.lazy.compactMap({ values[$0] }).first { config[keyPath: field] = value }
            }
        }
        for (field, keys) in environmentKeys {
            if let value = keys.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) {
                config[keyPath: field] = value
            }
        }
        return config
    }
}
