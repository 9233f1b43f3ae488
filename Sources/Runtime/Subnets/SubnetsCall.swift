/// Calls of the subnets pallet.
public enum SubnetsCall: Sendable, Equatable {}

/// Events of the subnets pallet.
public enum SubnetsEvent: Sendable, Equatable {}

/// Why a subnets call failed.
public enum SubnetsError: Error, Sendable, Equatable {}
