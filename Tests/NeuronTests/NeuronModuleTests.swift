import Testing

@testable import Neuron

@Suite("Neuron module")
struct NeuronModuleTests {}
