/// Rao and other `UInt64` figures are stored bit for bit in the databases' signed 64-bit integers.
extension UInt64 {
    var stored: Int64 { Int64(bitPattern: self) }
    init(stored: Int64) { self.init(bitPattern: stored) }
}
