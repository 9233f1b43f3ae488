import Testing
@testable import Keys

@Test func keysModuleLoads() { _ = Keys.self }
