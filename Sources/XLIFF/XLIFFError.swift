import SafeXML

/// Why an XLIFF document was not read: not XML, not XLIFF, or a required part missing.
public struct XLIFFError: Error, Equatable, CustomStringConvertible {
    /// The file the document came from.
    public let source: String
    /// 1-based line and column; 0 when unknown.
    public let line: Int
    public let column: Int
    public let message: String

    public init(source: String, line: Int, column: Int = 0, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    init(_ error: XMLParseError) {
        self.init(source: error.source, line: error.line, column: error.column, message: error.message)
    }

    public var description: String {
        guard line > 0 else { return "\(source): \(message)" }
        return column > 0 ? "\(source):\(line):\(column): \(message)" : "\(source):\(line): \(message)"
    }
}
