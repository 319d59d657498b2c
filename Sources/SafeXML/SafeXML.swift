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

    /// Parses `bytes` and returns the root element: the lossless tree of `parseDocument` without
    /// comments, processing instructions and prefixes.
    /// - Throws: `XMLParseError` naming `source`, the line and the column.
    public static func parse(_ bytes: [UInt8], source: String, maximumBytes: Int = defaultMaximumBytes) throws -> XMLElement {
        XMLElement(try parseDocument(bytes, source: source, maximumBytes: maximumBytes).root)
    }

    /// Parses `bytes` into a lossless tree (comments, processing instructions, prefixes and
    /// namespace declarations kept), with the same safety as `parse`. A document type is kept
    /// by name and identifiers; one with an internal subset is refused.
    /// - Throws: `XMLParseError` naming `source`, the line and the column.
    public static func parseDocument(_ bytes: [UInt8], source: String, maximumBytes: Int = defaultMaximumBytes) throws -> XMLDocument {
        try withDocument(bytes, source: source, maximumBytes: maximumBytes) { document in
            try LibXMLTree.document(document, source: source)
        }
    }

    /// Parses `bytes` safely and hands libxml2's document to `body` before freeing it.
    private static func withDocument<T>(_ bytes: [UInt8], source: String, maximumBytes: Int,
                                        _ body: (xmlDocPtr) throws -> T) throws -> T {
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
        let first = UnsafeMutablePointer<clr_xml_first_error>.allocate(capacity: 1)
        first.initialize(to: clr_xml_first_error())
        defer { first.deallocate() }
        clr_xml_track_first_error(context, first)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        guard let document else { throw firstError(first, context, source: source) }
        defer { xmlFreeDoc(document) }
        if context.pointee.wellFormed == 0 { throw firstError(first, context, source: source) }
        if let subset = document.pointee.intSubset, subset.pointee.entities != nil || subset.pointee.pentities != nil {
            let (line, column) = position(of: Array("<!ENTITY".utf8), in: bytes)
            throw XMLParseError(source: source, line: line, column: column,
                                message: "entity declarations are not accepted (DOCTYPE with <!ENTITY>)")
        }
        return try body(document)
    }

    /// The 1-based line and column of the first occurrence of `needle` (0, 0 when absent).
    static func position(of needle: [UInt8], in bytes: [UInt8]) -> (line: Int, column: Int) {
        guard !needle.isEmpty, bytes.count >= needle.count else { return (0, 0) }
        var line = 1, lineStart = 0
        for index in 0...(bytes.count - needle.count) {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return (line, index - lineStart + 1)
            }
        }
        return (0, 0)
    }

    /// The first error libxml2 reported, else its last one.
    private static func firstError(_ first: UnsafeMutablePointer<clr_xml_first_error>, _ context: xmlParserCtxtPtr,
                                   source: String) -> XMLParseError {
        guard first.pointee.set != 0 else { return lastError(context, source: source) }
        let message = withUnsafeBytes(of: first.pointee.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        return XMLParseError(source: source, line: Int(first.pointee.line), column: Int(first.pointee.column),
                             message: message.trimmingCharacters(in: " \n"))
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
