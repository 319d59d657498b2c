import ComplianceCore
import Localization
import SafeXML
import XLIFF

/// Builds the XLIFF document of one target language: per product (sorted by SKU) a group with
/// notes on the product, and per text a unit with notes on its field and length limits. Brand
/// and model inside a source are marked not to translate (2.0 `<mrk translate="no">`, 1.2
/// `<mrk mtype="protected">`).
public struct XLIFFExporter: Sendable {
    public let version: XLIFFVersion
    public let sourceLanguage: String
    public let targetLanguage: String
    /// The file the products came from (`original`).
    public let original: String
    /// The length limits of the target markets, by listing field (`description`, `bullets`).
    public let limits: [String: [FieldLimit]]

    public init(version: XLIFFVersion, sourceLanguage: String, targetLanguage: String, original: String, limits: [String: [FieldLimit]]) {
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.original = original
        self.limits = limits
    }

    /// The document, and how many units it holds; nil when no product lacks a text in the target.
    public func document(for products: [Product]) -> (document: XMLDocument, units: Int)? {
        let bySKU = Dictionary(products.map { ($0.sku, $0) }, uniquingKeysWith: { first, _ in first })
        let items = SourceTexts.items(products, source: sourceLanguage, target: targetLanguage)
        guard !items.isEmpty else { return nil }
        var ids = Set<String>()
        var groups: [XMLTreeElement] = []
        var current: (sku: String, units: [XMLTreeElement])?
        func closeGroup() {
            guard let open = current, let product = bySKU[open.sku] else { return }
            groups.append(group(product, units: open.units, ids: &ids))
        }
        for item in items {
            if current?.sku != item.key.sku {
                closeGroup()
                current = (item.key.sku, [])
            }
            current?.units.append(unit(item, ids: &ids))
        }
        closeGroup()
        let root: XMLTreeElement
        switch version {
        case .v2:
            let file = element("file", attributes: [("id", "f1"), ("original", original)], children: groups)
            root = element("xliff", attributes: [("version", "2.0"), ("srcLang", sourceLanguage), ("trgLang", targetLanguage)], children: [file])
        case .v1_2:
            let body = element("body", children: groups)
            let file = element("file", attributes: [("original", original), ("source-language", sourceLanguage),
                                                    ("target-language", targetLanguage), ("datatype", "plaintext")], children: [body])
            root = element("xliff", attributes: [("version", "1.2")], children: [file])
        }
        var withNamespace = root
        withNamespace.namespaceDeclarations = [XMLNamespaceDeclaration(prefix: nil, uri: version.namespace)]
        return (XMLDocument(root: Self.indented(withNamespace, depth: 0)), items.count)
    }

    func element(_ local: String, attributes: [(String, String)] = [], children: [XMLTreeElement] = []) -> XMLTreeElement {
        XMLTreeElement(name: XMLQName(local, namespace: version.namespace),
                       attributes: attributes.map { XMLTreeAttribute(XMLQName($0.0), $0.1) }, children: children.map { .element($0) })
    }

    func note(_ category: String, _ text: String) -> XMLTreeElement {
        var note = element("note", attributes: version == .v2 ? [("category", category)] : [("from", "clearance")])
        note.children = [.text(version == .v2 ? text : "\(category): \(text)")]
        return note
    }

    /// Notes in place for the version: 2.0 inside `<notes>`, 1.2 as they are.
    func notes(_ list: [XMLTreeElement]) -> [XMLTreeElement] {
        guard !list.isEmpty else { return [] }
        return version == .v2 ? [element("notes", children: list)] : list
    }

    func group(_ product: Product, units: [XMLTreeElement], ids: inout Set<String>) -> XMLTreeElement {
        var context: [XMLTreeElement] = []
        if let type = product.type { context.append(note("type", type)) }
        context.append(note("category", product.category))
        if let brand = product.brand { context.append(note("brand", brand)) }
        if let model = product.attributes["model"] { context.append(note("model", model)) }
        let id = Self.uniqueID(product.sku, nmtoken: version == .v2, in: &ids)
        return element("group", attributes: [("id", id), (version == .v2 ? "name" : "resname", product.sku)],
                       children: notes(context) + units)
    }

    func unit(_ item: SourceTexts.Item, ids: inout Set<String>) -> XMLTreeElement {
        var context = [note("field", item.key.listingField == "bullets" ? "feature (a listing bullet)" : "description")]
        for limit in Set(limits[item.key.listingField] ?? []).sorted() {
            context.append(note("length", "\(limit)"))
        }
        var source = element("source")
        let content = protectedContent(item.text, protected: item.protected).flatMap(xmlSafe)
        source.children = XLIFFInline.nodes(content)
        let removed = item.text.unicodeScalars.filter { !Self.isXMLCharacter($0) }
        if version == .v1_2, !removed.isEmpty {
            let codes = removed.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }
            context.append(note("removed", "characters XML cannot hold: \(codes.joined(separator: ", "))"))
        }
        if Self.needsPreserve(item.text) {
            source.attributes.append(XMLTreeAttribute(XMLQName("space", prefix: "xml", namespace: "http://www.w3.org/XML/1998/namespace"), "preserve"))
        }
        let name = item.key.description
        switch version {
        case .v2:
            let segment = element("segment", attributes: [("state", "initial")], children: [source])
            return element("unit", attributes: [("id", Self.uniqueID(name, nmtoken: true, in: &ids)), ("name", name)],
                           children: notes(context) + [segment])
        case .v1_2:
            return element("trans-unit", attributes: [("id", Self.uniqueID(name, nmtoken: false, in: &ids)), ("resname", name)],
                           children: [source] + notes(context))
        }
    }

    /// `text` with each protected text wrapped in a do-not-translate marker.
    func protectedContent(_ text: String, protected: [String]) -> [XLIFFInline] {
        var content: [XLIFFInline] = []
        var rest = Substring(text)
        var counter = 0
        while !rest.isEmpty {
            // The earliest protected text standing alone (not inside a longer word), longest first.
            var found: Range<Substring.Index>?
            for term in protected {
                var search = rest.startIndex
                while let range = rest[search...].firstRange(of: term) {
                    if Self.standsAlone(range, in: rest) {
                        if found == nil || range.lowerBound < found!.lowerBound { found = range }
                        break
                    }
                    search = range.upperBound
                }
            }
            guard let range = found else {
                content.append(.text(String(rest)))
                break
            }
            if range.lowerBound > rest.startIndex { content.append(.text(String(rest[..<range.lowerBound]))) }
            counter += 1
            let attributes: [(String, String)] = version == .v2 ? [("id", "m\(counter)"), ("translate", "no")] : [("mtype", "protected")]
            content.append(.marker(XLIFFMarker(element: element("mrk", attributes: attributes)), [.text(String(rest[range]))]))
            rest = rest[range.upperBound...]
        }
        return content
    }

    /// Text as XML can hold it: a character XML 1.0 forbids (a control character, U+FFFE)
    /// becomes a 2.0 `<cp hex="..."/>`; 1.2 has no way to write one, so it is left out (and a
    /// note says so).
    func xmlSafe(_ item: XLIFFInline) -> [XLIFFInline] {
        guard case let .text(text) = item, !text.unicodeScalars.allSatisfy(Self.isXMLCharacter) else {
            if case let .marker(marker, inner) = item { return [.marker(marker, inner.flatMap(xmlSafe))] }
            return [item]
        }
        var pieces: [XLIFFInline] = []
        var run = ""
        for scalar in text.unicodeScalars {
            if Self.isXMLCharacter(scalar) {
                run.unicodeScalars.append(scalar)
                continue
            }
            if !run.isEmpty { pieces.append(.text(run)) }
            run = ""
            if version == .v2 {
                let hex = String(scalar.value, radix: 16, uppercase: true).leftPadded(4)
                pieces.append(.character(scalar, element("cp", attributes: [("hex", hex)])))
            }
        }
        if !run.isEmpty { pieces.append(.text(run)) }
        return pieces
    }

    /// Whether XML 1.0 text may hold `scalar`.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func standsAlone(_ range: Range<Substring.Index>, in text: Substring) -> Bool {
        let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
        let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
        return !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
    }

    /// Whether white space in `text` would be lost without `xml:space="preserve"`: at either
    /// end, two in a row, or a tab or line break.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first.isWhitespace || last.isWhitespace { return true }
        var previousSpace = false
        for character in text {
            if character == "\t" || character.isNewline { return true }
            if character == " " {
                if previousSpace { return true }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return false
    }

    /// An id unique in the document: 2.0 ids are NMTOKENs, so other characters become `_`.
    static func uniqueID(_ name: String, nmtoken: Bool, in ids: inout Set<String>) -> String {
        var base = name
        if nmtoken {
            base = String(name.unicodeScalars.map { scalar -> Character in
                let allowed = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ".-_:".unicodeScalars.contains(scalar)
                return allowed ? Character(scalar) : "_"
            })
        }
        var id = base
        var counter = 1
        while ids.contains(id) {
            counter += 1
            id = "\(base)_\(counter)"
        }
        ids.insert(id)
        return id
    }

    /// Indents elements that hold only elements; mixed content (sources, notes) stays as built.
    static func indented(_ element: XMLTreeElement, depth: Int) -> XMLTreeElement {
        guard !element.children.isEmpty, element.children.allSatisfy({ if case .element = $0 { true } else { false } }) else { return element }
        var copy = element
        let inner = "\n" + String(repeating: "  ", count: depth + 1)
        copy.children = element.children.flatMap { node -> [XMLTreeNode] in
            guard case let .element(child) = node else { return [node] }
            return [.text(inner), .element(indented(child, depth: depth + 1))]
        } + [.text("\n" + String(repeating: "  ", count: depth))]
        return copy
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
