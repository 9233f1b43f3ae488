/// A value whose text is what Python's `str()` and `repr()` give for the same value after a pydantic
/// model parsed it from JSON; the body hash (``BodyHash``) is built from these strings.
///
/// Conformances: integers (`21`), `Double`/`Float` (Python's shortest `repr`, `1.0`, `1e-05`), `Bool`
/// (`True`), `String` (itself; quoted by `repr`), `Optional` (`None`) and `Array` (`[1, 2]`, `['a']`).
public protocol PythonStringConvertible {
    /// Python's `str(value)`.
    var pythonStr: String { get }
    /// Python's `repr(value)`, used for the elements of a list.
    var pythonRepr: String { get }
}

extension PythonStringConvertible {
    /// Most Python types print the same text for `str` and `repr`.
    public var pythonRepr: String { pythonStr }
}

extension PythonStringConvertible where Self: BinaryInteger {
    /// Python prints an `int` in plain decimal.
    public var pythonStr: String { String(self) }
}

extension Int: PythonStringConvertible {}
extension Int8: PythonStringConvertible {}
extension Int16: PythonStringConvertible {}
extension Int32: PythonStringConvertible {}
extension Int64: PythonStringConvertible {}
extension UInt: PythonStringConvertible {}
extension UInt8: PythonStringConvertible {}
extension UInt16: PythonStringConvertible {}
extension UInt32: PythonStringConvertible {}
extension UInt64: PythonStringConvertible {}

extension Bool: PythonStringConvertible {
    /// `True` or `False`.
    public var pythonStr: String { self ? "True" : "False" }
}

extension Double: PythonStringConvertible {
    /// Python's `repr(float)`: the shortest digits that round-trip, in fixed notation between 1e-4 and
    /// 1e16 (always with a `.0` or fraction), otherwise as `1e+16` / `1.5e-05`.
    public var pythonStr: String { PythonFloatFormat.repr(self) }
}

extension Float: PythonStringConvertible {
    /// A `Float` travels as its shortest JSON text, which Python reads back as a double.
    public var pythonStr: String { PythonFloatFormat.repr(Double(description) ?? Double(self)) }
}

extension String: PythonStringConvertible {
    /// `str` of a string is the string itself.
    public var pythonStr: String { self }
    /// `repr` quotes and escapes as Python does.
    public var pythonRepr: String { PythonStringRepr.repr(self) }
}

extension Optional: PythonStringConvertible where Wrapped: PythonStringConvertible {
    /// `None`, or the wrapped value's `str`.
    public var pythonStr: String { self?.pythonStr ?? "None" }
    /// `None`, or the wrapped value's `repr`.
    public var pythonRepr: String { self?.pythonRepr ?? "None" }
}

extension Array: PythonStringConvertible where Element: PythonStringConvertible {
    /// `[a, b]` with each element's `repr`, separated by `", "`.
    public var pythonStr: String { "[" + map(\.pythonRepr).joined(separator: ", ") + "]" }
}
