import Testing

@testable import LanguageModel

@Suite("LanguageModel module")
struct LanguageModelModuleTests {}
