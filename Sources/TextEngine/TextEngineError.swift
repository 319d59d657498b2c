/// Errors raised by the text engine: a failed ICU call or an argument ICU rejected.
public enum TextEngineError: Error, Equatable, CustomStringConvertible {
    /// ICU returned an error code. `function` names the shim call, `detail` what was asked.
    case icu(function: String, code: Int32, name: String, detail: String)
    /// An argument the engine cannot use, such as an unknown transliterator id.
    case invalidArgument(String)
    /// Bytes that are not valid UTF-8, with the offset of the first bad byte.
    case invalidUTF8(byteOffset: Int, line: Int, column: Int)
    /// A regular expression ran over its time limit on one match attempt.
    case regexTimeLimit(pattern: String, limit: Int)

    public var description: String {
        switch self {
        case let .icu(function, code, name, detail):
            return "ICU error in \(function) (\(name), code \(code))" + (detail.isEmpty ? "" : ": \(detail)")
        case let .invalidArgument(message):
            return message
        case let .invalidUTF8(byteOffset, line, column):
            return "invalid UTF-8 at byte \(byteOffset) (line \(line), column \(column))"
        case let .regexTimeLimit(pattern, limit):
            return "regular expression \"\(pattern)\" ran over its time limit (\(limit)) and was stopped"
        }
    }
}
