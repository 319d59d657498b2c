/// Strict decoding of untrusted bytes into text.
public enum UTF8Validation {
    /// Decodes `bytes` as UTF-8, or throws `TextEngineError.invalidUTF8` naming the first bad
    /// byte with its line and column (both 1-based, the column in scalars).
    public static func decode<Bytes: Collection>(_ bytes: Bytes) throws -> String where Bytes.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                // Unreachable: validation failed, so decoding meets an error first.
                throw TextEngineError.invalidUTF8(byteOffset: offset, line: line, column: column)
            case .error:
                throw TextEngineError.invalidUTF8(byteOffset: offset, line: line, column: column)
            }
        }
    }
}
