/// Calls of the serving pallet.
public enum ServingCall: Sendable, Equatable {}

/// Events of the serving pallet.
public enum ServingEvent: Sendable, Equatable {}

/// Why a serving call failed.
public enum ServingError: Error, Sendable, Equatable {}
