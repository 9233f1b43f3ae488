/// Calls of the weights pallet.
public enum WeightsCall: Sendable, Equatable {}

/// Events of the weights pallet.
public enum WeightsEvent: Sendable, Equatable {}

/// Why a weights call failed.
public enum WeightsError: Error, Sendable, Equatable {}
