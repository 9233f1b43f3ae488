import Testing
@testable import Node

@Test func nodeModuleLoads() { _ = NodeModule.self }
