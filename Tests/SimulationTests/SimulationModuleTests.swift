import Testing

@testable import Simulation

@Suite("Simulation module")
struct SimulationModuleTests {}
