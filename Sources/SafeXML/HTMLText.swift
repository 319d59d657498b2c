internal import CLibXML2
#if canImport(Glibc)
internal import Glibc
#endif

/// The readable text of an HTML fragment (a seller's listing description), with a map from every
/// UTF-8 byte of that text back to the HTML it came from, so findings on the text can be reported
/// as spans of the field as the seller wrote it.
///
/// libxml2's HTML parser decides what is text: it repairs broken markup, decodes character
/// references and knows which elements hold scripts. The decoded text nodes are then aligned with
/// the source bytes (literal bytes, character references, CRLF), skipping markup in between.
public struct HTMLText: Sendable, Equatable {
    /// The largest field accepted unless a caller says otherwise (1 MiB).
    public static let defaultMaximumBytes = 1 << 20

    /// The text a reader sees: markup removed, character references decoded, and a line break
    /// (a space between table cells) where a block element (`p`, `div`, `li`, `br`, `h1`-`h6`,
    /// `tr`, ...) starts or ends, unless white space already separates the words there.
    /// The text of `script`, `style`, `template`, `head` (with `title`) and comments is dropped,
    /// and so are attribute values (`alt`, `title`).
    public let text: String

    /// For each UTF-8 byte of `text`, plus one entry for the end, the UTF-8 byte offset in the
    /// source HTML the byte came from. Offsets never decrease.
    ///
    /// An inserted separator maps to the tag that caused it. All bytes of a character decoded
    /// from a reference (`&amp;`, `&#233;`) map to the reference's `&`. A text node libxml2
    /// produced but that could not be found in the source (an unusual repair) maps to the
    /// position where the search for it began. The end entry is the source offset just past
    /// the last character of `text`.
    public let sourceOffsets: [Int32]

    /// For each UTF-8 byte of `text`, the source offset just past the source bytes its
    /// character came from: past the whole reference for a decoded character, equal to the
    /// start for a separator.
    private let sourceEnds: [Int32]

    fileprivate init(text: String, sourceOffsets: [Int32], sourceEnds: [Int32]) {
        self.text = text
        self.sourceOffsets = sourceOffsets
        self.sourceEnds = sourceEnds
    }

    /// Maps a UTF-8 byte range of `text` to the UTF-8 byte range of the source HTML it came
    /// from: from the source of its first byte to the end of the source of its last byte, so a
    /// range over a decoded `&amp;` covers the whole reference, and a range over the text of
    /// `Best <b>quality</b>` that ends at `quality` ends before `</b>`. The range is clamped to
    /// the text; an empty range maps to an empty range.
    public func sourceRange(ofUTF8 range: Range<Int>) -> Range<Int> {
        let count = sourceEnds.count
        let lower = min(max(range.lowerBound, 0), count)
        let upper = min(max(range.upperBound, lower), count)
        let start = Int(sourceOffsets[lower])
        guard upper > lower else { return start..<start }
        return start..<max(start, Int(sourceEnds[upper - 1]))
    }

    /// Extracts the readable text of `html` (see `text`) and its map to the source.
    ///
    /// The bytes are parsed as UTF-8 whatever a `<meta charset>` says, with no network access;
    /// libxml2's HTML parser loads no DTD and expands no declared entities.
    /// - Throws: `XMLParseError` when `html` is larger than `maximumBytes` bytes of UTF-8, or
    ///   when libxml2 cannot build a document at all (out of memory).
    public static func extract(_ html: String, maximumBytes: Int = defaultMaximumBytes) throws(XMLParseError) -> HTMLText {
        let source = Array(html.utf8)
        guard source.count <= maximumBytes else {
            throw XMLParseError(source: "HTML", line: 0, column: 0,
                                message: "\(source.count) bytes is more than the limit of \(maximumBytes)")
        }
        guard source.count < Int(Int32.max) else {
            throw XMLParseError(source: "HTML", line: 0, column: 0, message: "HTML too large")
        }
        var builder = HTMLTextBuilder(source: source)
        // An input with nothing but white space has no text; libxml2 builds no document for it.
        if source.contains(where: { !HTMLTextBuilder.isSpace($0) }) {
            LibXML.initialize()
            guard let context = htmlNewParserCtxt() else {
                throw XMLParseError(source: "HTML", line: 0, column: 0, message: "out of memory")
            }
            defer { htmlFreeParserCtxt(context) }
            // Blank text nodes are kept (NOBLANKS would drop the space in `<b>a</b> <i>b</i>`);
            // RECOVER ends a script only at its own end tag, as browsers do; IGNORE_ENC keeps
            // a `<meta charset>` from switching away from UTF-8.
            // HUGE lifts the nesting limit of 256, past which libxml2 stops and drops the rest
            // (the walk and libxml2's parser and tree freeing do not recurse).
            let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
                                | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
            let document = source.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    htmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), nil, "UTF-8", options)
                }
            }
            guard let document else {
                throw XMLParseError(source: "HTML", line: 0, column: 0, message: "libxml2 built no document")
            }
            defer { xmlFreeDoc(document) }
            if context.pointee.disableSAX != 0 {
                // libxml2 halted and dropped the rest of the input: do not hide that text.
                let message = xmlCtxtGetLastError(context)?.pointee.message.map {
                    String(String(cString: $0).unicodeScalars.prefix { $0 != "\n" })
                }
                throw XMLParseError(source: "HTML", line: 0, column: 0,
                                    message: "libxml2 stopped parsing" + (message.map { ": " + $0 } ?? ""))
            }
            builder.walk(document)
        }
        return builder.finish()
    }

    /// A cheap test whether a field value is HTML worth parsing: it has a tag of a common HTML
    /// element (`<p>`, `<br/>`, `</li>`, `<b>`, `<div class="x">`), a comment (`<!--`), or a
    /// character reference (`&amp;`, `&#39;`, `&#xE9;`, `&eacute;`).
    ///
    /// Plain text with a lone `<` (`a < b`, `<3`, `x<y`) or a bare `&` (`R&D`, `AT&T`) is not.
    public static func looksLikeHTML(_ text: String) -> Bool {
        // Most descriptions are plain text: no `<` and no `&` (memchr, vectorized), nothing to copy.
        var source = text
        let plain = source.withUTF8 { bytes in
            bytes.isEmpty || (memchr(bytes.baseAddress!, Int32(UInt8(ascii: "<")), bytes.count) == nil
                              && memchr(bytes.baseAddress!, Int32(UInt8(ascii: "&")), bytes.count) == nil)
        }
        guard !plain else { return false }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if hasTag(bytes, at: index) { return true }
            case UInt8(ascii: "&"):
                if let reference = HTMLTextBuilder.reference(in: bytes, at: index), reference.hasSemicolon {
                    return true
                }
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// Whether `bytes[index]` (a `<`) starts a comment or a tag of a known element followed by
    /// white space, `/` or `>`, with a `>` somewhere after it.
    private static func hasTag(_ bytes: [UInt8], at index: Int) -> Bool {
        var cursor = index + 1
        if bytes[cursor...].starts(with: "!--".utf8) { return true }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
        var name = ""
        while cursor < bytes.count, name.utf8.count <= 10 {
            let byte = bytes[cursor]
            guard HTMLTextBuilder.isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) else { break }
            name.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
            cursor += 1
        }
        guard cursor < bytes.count, knownElements.contains(name) else { return false }
        let after = bytes[cursor]
        guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || HTMLTextBuilder.isSpace(after) else {
            return false
        }
        return bytes[cursor...].contains(UInt8(ascii: ">"))
    }

    private static let knownElements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "body", "br",
        "button", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "ins", "kbd", "label", "li",
        "link", "main", "mark", "meta", "nav", "noscript", "ol", "option", "p", "pre", "q", "s", "samp",
        "script", "section", "select", "small", "span", "strike", "strong", "style", "sub", "summary",
        "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "tt", "u", "ul", "var", "wbr", "video", "audio", "source", "picture", "svg",
    ]
}

/// Walks libxml2's tree and aligns its text with the source bytes.
private struct HTMLTextBuilder {
    let source: [UInt8]
    var text: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    /// Where in the source the search for the next text node begins.
    var cursor = 0
    /// What to insert before the next text, if a block boundary came since the last text.
    var pendingSeparator: UInt8?
    /// Bytes of source the aligner may still look at before it stops searching (linear bound).
    var budget: Int

    init(source: [UInt8]) {
        self.source = source
        budget = 64 * source.count + (1 << 20)
    }

    /// Elements whose text is not read.
    static let skipped: Set<String> = ["script", "style", "template", "head", "title"]
    /// Elements whose start and end separate words; cells separate with a space.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main",
        "menu", "nav", "noscript", "ol", "option", "p", "plaintext", "pre", "section", "select", "summary", "table",
        "tbody", "textarea", "tfoot", "thead", "tr", "ul", "xmp",
    ]
    static let cells: Set<String> = ["td", "th"]

    // MARK: Tree walk

    /// Visits the document in order without recursion (nesting can be arbitrarily deep).
    /// Text inside skipped elements (a `title`) is aligned but not kept, so the search for the
    /// next visible text starts past it; script and style content and comments are skipped as
    /// markup by the aligner.
    mutating func walk(_ document: htmlDocPtr) {
        let documentNode = UnsafeMutablePointer<xmlNode>(OpaquePointer(document))
        var hiddenDepth = 0  // how many skipped elements enclose `node`
        var node = document.pointee.children
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, !isRaw(current.pointee.parent) {
                    append(node: content, visible: hiddenDepth == 0)
                }
            case XML_ELEMENT_NODE:
                let name = LibXML.string(current.pointee.name) ?? ""
                if Self.skipped.contains(name) {
                    descend = current.pointee.children != nil
                    if descend { hiddenDepth += 1 }
                } else {
                    if hiddenDepth == 0 { boundary(name) }
                    descend = current.pointee.children != nil
                }
            default:
                break  // comments, processing instructions, DTD
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Leave finished elements upward until one has a next sibling.
            var finished: xmlNodePtr? = current
            node = nil
            while let done = finished {
                if done != current, done.pointee.type == XML_ELEMENT_NODE {
                    let name = LibXML.string(done.pointee.name) ?? ""
                    if Self.skipped.contains(name) {
                        hiddenDepth -= 1
                    } else if hiddenDepth == 0 {
                        boundary(name)
                    }
                }
                if let next = done.pointee.next {
                    node = next
                    break
                }
                let parent = done.pointee.parent
                finished = parent == nil || parent == documentNode ? nil : parent
            }
        }
    }

    /// Whether `element` holds raw text (script, style), which the aligner skips as markup.
    func isRaw(_ element: xmlNodePtr?) -> Bool {
        guard let element, element.pointee.type == XML_ELEMENT_NODE,
              let name = LibXML.string(element.pointee.name) else { return false }
        return name == "script" || name == "style"
    }

    /// Notes the start or end of element `name`: a block asks for a separator before more text.
    mutating func boundary(_ name: String) {
        if Self.blocks.contains(name) {
            pendingSeparator = UInt8(ascii: "\n")
        } else if Self.cells.contains(name), pendingSeparator == nil {
            pendingSeparator = UInt8(ascii: " ")
        }
    }

    mutating func append(node content: UnsafePointer<xmlChar>, visible: Bool) {
        let length = Int(xmlStrlen(content))
        guard length > 0 else { return }
        let node = UnsafeBufferPointer(start: content, count: length)
        guard visible else {
            // Only move the cursor past it.
            let count = text.count
            _ = align(node)
            text.removeSubrange(count...)
            starts.removeSubrange(count...)
            ends.removeSubrange(count...)
            return
        }
        let before = cursor
        let count = text.count
        let separator = pendingSeparator
        pendingSeparator = nil
        if let separator, let last = text.last, !Self.isSpace(last), !Self.isSpace(node[0]) {
            text.append(separator)
            starts.append(0)  // set below, once the node is placed
            ends.append(0)
        }
        let nodeStart = text.count
        if !align(node) {
            text.removeSubrange(nodeStart...)
            starts.removeSubrange(nodeStart...)
            ends.removeSubrange(nodeStart...)
            let position = Int32(cursor)
            text.append(contentsOf: node)
            starts.append(contentsOf: repeatElement(position, count: node.count))
            ends.append(contentsOf: repeatElement(position, count: node.count))
        }
        if nodeStart > count {
            // The separator maps to the first tag between the previous text and this one.
            let limit = Int(starts[nodeStart])
            var tag = before
            while tag < limit, source[tag] != UInt8(ascii: "<") { tag += 1 }
            let position = Int32(tag < limit ? tag : before)
            starts[count] = position
            ends[count] = position
        }
    }

    // MARK: Alignment

    /// Finds `node` in the source at or after `cursor`, appending its bytes with their offsets.
    mutating func align(_ node: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = node[0]
        var position = cursor
        var attempts = 0
        while position < source.count, attempts < 256, budget > 0 {
            budget -= 1
            let byte = source[position]
            if byte == first || byte == UInt8(ascii: "&") || byte == 0x0D || Self.isDropped(source, at: position) {
                attempts += 1
                let mark = text.count
                if match(node, from: position) { return true }
                text.removeSubrange(mark...)
                starts.removeSubrange(mark...)
                ends.removeSubrange(mark...)
            }
            if byte == UInt8(ascii: "<"), let markup = markupEnd(at: position) {
                position = markup.end
            } else {
                position += 1
                while position < source.count, source[position] & 0xC0 == 0x80 { position += 1 }
            }
        }
        return false
    }

    /// Matches all of `node` starting at `start`; on success appends it and moves `cursor`.
    mutating func match(_ node: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = 0
        var position = start
        // Where a `<` that may be text or dropped markup (`</<`) was taken as text: on a later
        // mismatch the search resumes there, dropping it instead.
        var choices: [(index: Int, position: Int)] = []
        var skipAt = -1
        while index < node.count {
            guard position < source.count, budget > 0 else {
                if backtrack(&choices, &index, &position, &skipAt) { continue }
                return false
            }
            budget -= 1
            let byte = source[position]
            // A tag or comment is never text, even where the text has a `<` (`a</div><b`).
            let markup = byte == UInt8(ascii: "<") ? markupEnd(at: position) : nil
            if let markup, markup.certain || position == skipAt {
                position = markup.end
                continue
            }
            if byte == UInt8(ascii: "&"), let reference = Self.reference(in: source, at: position) {
                if reference.scalar == nil {  // libxml2 drops an invalid numeric reference
                    position += reference.length
                    continue
                }
                let decoded = Array(String(reference.scalar!).utf8)
                if node.count - index >= decoded.count,
                   node[index..<(index + decoded.count)].elementsEqual(decoded) {
                    for byte in decoded { emit(byte, from: position, to: position + reference.length) }
                    index += decoded.count
                    position += reference.length
                    continue
                }
            }
            if byte == 0x0D, node[index] == 0x0A {  // CRLF and lone CR become LF
                let length = position + 1 < source.count && source[position + 1] == 0x0A ? 2 : 1
                emit(0x0A, from: position, to: position + length)
                index += 1
                position += length
                continue
            }
            if byte == node[index] {
                if markup != nil { choices.append((index, position)) }
                emit(byte, from: position, to: position + 1)
                index += 1
                position += 1
                continue
            }
            // Not in the text: markup libxml2 dropped (a stray end tag) or a character it refuses.
            if let markup {
                position = markup.end
            } else if Self.isDropped(source, at: position) {
                position += byte < 0x80 ? 1 : 3
            } else if !backtrack(&choices, &index, &position, &skipAt) {
                return false
            }
        }
        cursor = position
        return true
    }

    /// Returns to the last choice, to drop its markup instead of reading it as text.
    mutating func backtrack(_ choices: inout [(index: Int, position: Int)], _ index: inout Int,
                            _ position: inout Int, _ skipAt: inout Int) -> Bool {
        guard budget > 0, let choice = choices.popLast() else { return false }
        let removed = text.count - (index - choice.index)
        text.removeSubrange(removed...)
        starts.removeSubrange(removed...)
        ends.removeSubrange(removed...)
        index = choice.index
        position = choice.position
        skipAt = choice.position
        return true
    }

    mutating func emit(_ byte: UInt8, from start: Int, to end: Int) {
        text.append(byte)
        starts.append(Int32(start))
        ends.append(Int32(end))
    }

    /// Control characters other than tab, LF and CR, and U+FFFE/U+FFFF, which are not XML
    /// characters: libxml2 leaves them out of text.
    static func isDropped(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
        return byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF
            && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
    }

    /// The end of the markup construct starting at `index` (a `<`), read the way libxml2 2.9's
    /// HTML parser reads it: a start tag (over quoted attribute values), an end tag, a comment
    /// (ended by `-->` or `--!>`), a doctype or a processing instruction. A `script` or `style`
    /// start tag extends over its raw content up to its end tag. Other `<!` cover the `<`, and
    /// other `</` and `<?` their two bytes, which libxml2 may drop. Nil when the `<` is text
    /// (`a < b`).
    func markupEnd(at index: Int) -> (end: Int, certain: Bool)? {
        guard index + 1 < source.count else { return nil }
        let next = source[index + 1]
        if next == UInt8(ascii: "!") {
            if source[(index + 2)...].starts(with: "--".utf8) {
                var position = index + 4
                while position < source.count {
                    if source[position...].starts(with: "-->".utf8) { return (position + 3, true) }
                    if source[position...].starts(with: "--!>".utf8) { return (position + 4, true) }
                    position += 1
                }
                return (source.count, true)  // libxml2 drops an unterminated comment and all after it
            }
            if hasName("doctype", at: index + 2, prefixOnly: true) {
                return (find(">".utf8, from: index + 2).map { $0 + 1 } ?? source.count, true)
            }
            return (index + 1, false)  // before the content libxml2 drops the `<`; inside, it is text
        }
        if next == UInt8(ascii: "?") {
            guard index + 2 < source.count, Self.isNameStart(source[index + 2]),
                  let end = find(">".utf8, from: index + 2) else { return (index + 2, false) }
            return (end + 1, true)
        }
        if next == UInt8(ascii: "/") {
            guard index + 2 < source.count, Self.isASCIILetter(source[index + 2]) else { return (index + 2, false) }
            return (find(">".utf8, from: index + 2).map { $0 + 1 } ?? source.count, true)
        }
        guard Self.isASCIILetter(next) else { return nil }
        let tagEnd = startTagEnd(nameAt: index + 1)
        for raw in ["script", "style"] where hasName(raw, at: index + 1) {
            return (findEndTag(raw, from: tagEnd) ?? source.count, true)
        }
        return (tagEnd, true)
    }

    /// The end of a start tag whose name begins at `nameStart`: attributes are a name, then
    /// optionally `=` and a value in double or single quotes or up to white space or `>`;
    /// anything else is dropped up to white space or `>`.
    func startTagEnd(nameAt nameStart: Int) -> Int {
        let count = source.count
        var position = nameStart
        while position < count, Self.isNameByte(source[position]) { position += 1 }
        while true {
            while position < count, Self.isSpace(source[position]) { position += 1 }
            guard position < count else { return count }
            let byte = source[position]
            if byte == UInt8(ascii: ">") { return position + 1 }
            if byte == UInt8(ascii: "/"), position + 1 < count, source[position + 1] == UInt8(ascii: ">") {
                return position + 2
            }
            guard Self.isNameStart(byte) else {
                // A bogus attribute: dropped up to white space or the end of the tag.
                while position < count, !Self.isSpace(source[position]), source[position] != UInt8(ascii: ">"),
                      !(source[position] == UInt8(ascii: "/") && position + 1 < count
                        && source[position + 1] == UInt8(ascii: ">")) {
                    position += 1
                }
                continue
            }
            while position < count, Self.isNameByte(source[position]) { position += 1 }
            var after = position
            while after < count, Self.isSpace(source[after]) { after += 1 }
            guard after < count, source[after] == UInt8(ascii: "=") else { continue }
            position = after + 1
            while position < count, Self.isSpace(source[position]) { position += 1 }
            guard position < count else { return count }
            let quote = source[position]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                position += 1
                while position < count, source[position] != quote { position += 1 }
                position += 1
            } else {
                while position < count, !Self.isSpace(source[position]), source[position] != UInt8(ascii: ">") {
                    position += 1
                }
            }
        }
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    /// Whether the tag name at `index` is `name` (ASCII case-insensitive) and ends there.
    func hasName(_ name: String, at index: Int, prefixOnly: Bool = false) -> Bool {
        var position = index
        for expected in name.utf8 {
            guard position < source.count, source[position] | 0x20 == expected else { return false }
            position += 1
        }
        return prefixOnly || position == source.count || !Self.isASCIILetter(source[position]) && !(source[position] >= 0x30 && source[position] <= 0x39)
    }

    /// The start of the first `</name` at or after `index`.
    func findEndTag(_ name: String, from index: Int) -> Int? {
        var position = index
        while let found = find("</".utf8, from: position) {
            if hasName(name, at: found + 2) { return found }
            position = found + 2
        }
        return nil
    }

    func find(_ needle: String.UTF8View, from index: Int) -> Int? {
        let pattern = Array(needle)
        guard index <= source.count - pattern.count else { return nil }
        var position = index
        while position <= source.count - pattern.count {
            if source[position] == pattern[0], source[position..<(position + pattern.count)].elementsEqual(pattern) {
                return position
            }
            position += 1
        }
        return nil
    }

    /// A character reference at `index` (an `&`) as libxml2's HTML parser reads it in text:
    /// numeric ones (`&#233;`, `&#xE9;`, the `;` optional) and named ones known to libxml2 with
    /// a `;`. A numeric reference to a non-character has no scalar (libxml2 drops it).
    /// Nil when the `&` is a literal ampersand.
    static func reference(in bytes: [UInt8], at index: Int) -> (scalar: Unicode.Scalar?, length: Int, hasSemicolon: Bool)? {
        var position = index + 1
        guard position < bytes.count else { return nil }
        if bytes[position] == UInt8(ascii: "#") {
            position += 1
            let hex = position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "x")
            if hex { position += 1 }
            var value: UInt32 = 0
            var digits = 0
            while position < bytes.count {
                let byte = bytes[position]
                let digit: UInt32
                if byte >= 0x30 && byte <= 0x39 {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "f") {
                    digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
                } else {
                    break
                }
                if value < 0x110000 { value = value * (hex ? 16 : 10) + digit }
                digits += 1
                position += 1
            }
            let hasSemicolon = position < bytes.count && bytes[position] == UInt8(ascii: ";")
            if hasSemicolon { position += 1 }
            let valid = digits > 0 && isXMLChar(value)
            return (valid ? Unicode.Scalar(value) : nil, position - index, hasSemicolon && valid)
        }
        // A name: libxml2 reads letters, digits and `._-:`, then needs `;` and a known entity.
        guard isASCIILetter(bytes[position]) || bytes[position] == UInt8(ascii: "_")
                || bytes[position] == UInt8(ascii: ":") else { return nil }
        var name: [UInt8] = []
        while position < bytes.count, name.count <= 32 {
            let byte = bytes[position]
            guard isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
                    || byte >= 0x80 else { break }
            name.append(byte)
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ";"), name.count <= 32 else { return nil }
        name.append(0)
        guard let entity = htmlEntityLookup(name), entity.pointee.value > 0,
              let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return (scalar, position + 1 - index, true)
    }

    static func isXMLChar(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    func finish() -> HTMLText {
        var offsets = starts
        offsets.append(ends.last ?? Int32(cursor == 0 ? 0 : cursor))
        return HTMLText(text: String(decoding: text, as: UTF8.self), sourceOffsets: offsets, sourceEnds: ends)
    }
}
