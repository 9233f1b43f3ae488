/// Calls of the registration pallet.
public enum RegistrationCall: Sendable, Equatable {}

/// Events of the registration pallet.
public enum RegistrationEvent: Sendable, Equatable {}

/// Why a registration call failed.
public enum RegistrationError: Error, Sendable, Equatable {}
