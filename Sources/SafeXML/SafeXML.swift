internal import CLibXML2

/// Why a document was not parsed, with where in the source.
public struct XMLParseError: Error, Equatable, CustomStringConvertible {
    /// The file or stream the document came from.
    public let source: String
    /// 1-based line and column; 0 when libxml2 did not report one.
    public let line: Int
    public let column: Int
    public let message: String

    public init(source: String, line: Int, column: Int, message: String) {
        self.source = source
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(source):\(line):\(column): \(message)" : "\(source): \(message)"
    }
}

/// XML parsing for untrusted input (seller feeds, XLIFF from translators).
///
/// - No network access and no external entities or DTDs are loaded (no XXE).
/// - Documents that declare entities are refused, so entity expansion cannot blow up.
/// - Input size is bounded, and libxml2's own depth and size limits stay on.
public enum SafeXML {
    /// The largest document accepted unless a caller says otherwise.
    public static let defaultMaximumBytes = 64 << 20

    /// Parses `bytes` and returns the root element.
    /// - Throws: `XMLParseError` naming `source`, the line and the column.
    public static func parse(_ bytes: [UInt8], source: String, maximumBytes: Int = defaultMaximumBytes) throws -> XMLElement {
        guard bytes.count <= maximumBytes else {
            throw XMLParseError(source: source, line: 0, column: 0,
                                message: "\(bytes.count) bytes is more than the limit of \(maximumBytes)")
        }
        guard bytes.count <= Int(Int32.max) else {
            throw XMLParseError(source: source, line: 0, column: 0, message: "document too large")
        }
        LibXML.initialize()
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseError(source: source, line: 0, column: 0, message: "out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        guard let document else { throw lastError(context, source: source) }
        defer { xmlFreeDoc(document) }
        if context.pointee.wellFormed == 0 { throw lastError(context, source: source) }
        if let subset = document.pointee.intSubset, subset.pointee.entities != nil {
            throw XMLParseError(source: source, line: Int(xmlGetLineNo(UnsafeMutablePointer(OpaquePointer(subset)))),
                                column: 0, message: "entity declarations are not accepted (DOCTYPE with <!ENTITY>)")
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw XMLParseError(source: source, line: 0, column: 0, message: "no root element")
        }
        return LibXML.element(root)
    }

    private static func lastError(_ context: xmlParserCtxtPtr, source: String) -> XMLParseError {
        guard let error = xmlCtxtGetLastError(context) else {
            return XMLParseError(source: source, line: 0, column: 0, message: "not well-formed XML")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
        return XMLParseError(source: source, line: Int(error.pointee.line), column: Int(error.pointee.int2),
                             message: message.trimmingCharacters(in: " \n"))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
