import Testing

@testable import Explorer

@Test func explorerModuleLoads() { _ = ExplorerModule.self }
