import Testing

@testable import Neuron

/// Values and the text Python 3.11's `str()` gives for them (checked with CPython).
let pythonStrCases: [(String, String, String)] = [
    ("int", 21.pythonStr, "21"),
    ("negative int", (-7).pythonStr, "-7"),
    ("UInt64 max", UInt64.max.pythonStr, "18446744073709551615"),
    ("float whole", 1.0.pythonStr, "1.0"),
    ("float 0.1", 0.1.pythonStr, "0.1"),
    ("float 12.0", 12.0.pythonStr, "12.0"),
    ("float -12.0", (-12.0).pythonStr, "-12.0"),
    ("float 0.0", 0.0.pythonStr, "0.0"),
    ("float 2^53 - 1", 9_007_199_254_740_991.0.pythonStr, "9007199254740991.0"),
    ("float 1e-4", 0.0001.pythonStr, "0.0001"),
    ("float 1e-5", 0.00001.pythonStr, "1e-05"),
    ("float 1.5e-7", 1.5e-7.pythonStr, "1.5e-07"),
    ("float 2^53", 9_007_199_254_740_992.0.pythonStr, "9007199254740992.0"),
    ("float 1e16", 1e16.pythonStr, "1e+16"),
    ("float 1.2345e20", 1.2345e20.pythonStr, "1.2345e+20"),
    ("float 123456.789", 123456.789.pythonStr, "123456.789"),
    ("float -0.0", (-0.0).pythonStr, "-0.0"),
    ("float inf", Double.infinity.pythonStr, "inf"),
    ("float nan", Double.nan.pythonStr, "nan"),
    ("float 5e-324", 5e-324.pythonStr, "5e-324"),
    ("Float 0.1", Float(0.1).pythonStr, "0.1"),
    ("bool true", true.pythonStr, "True"),
    ("bool false", false.pythonStr, "False"),
    ("None", Int?.none.pythonStr, "None"),
    ("optional int", Int?.some(3).pythonStr, "3"),
    ("string", "hello".pythonStr, "hello"),
    ("empty list", [Int]().pythonStr, "[]"),
    ("int list", [1, 2].pythonStr, "[1, 2]"),
    ("float list", [0.5, 1.0].pythonStr, "[0.5, 1.0]"),
    ("string list", ["a", "it's", "q\"x", "t\tn\n\\"].pythonStr, #"['a', "it's", 'q"x', 't\tn\n\\']"#),
    ("bool list", [true, false].pythonStr, "[True, False]"),
    ("nested list", [[1], [2, 3]].pythonStr, "[[1], [2, 3]]"),
    ("optional list", [Int?.none, 4].pythonStr, "[None, 4]"),
    ("both quotes", ["a'b\"c"].pythonStr, #"['a\'b"c']"#),
    ("control byte", ["\u{1}"].pythonStr, #"['\x01']"#),
]

@Suite("Python str() formatting")
struct PythonStrTests {
    @Test("matches CPython", arguments: pythonStrCases)
    func formats(label: String, produced: String, expected: String) {
        #expect(produced == expected, "\(label)")
    }
}
