/// Why a rule pack did not load: the file, the line and column of the offending YAML node, and
/// what is wrong. A pack with any error does not load at all.
public struct RulePackError: Error, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the error concerns the whole file.
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(message)" }
}
