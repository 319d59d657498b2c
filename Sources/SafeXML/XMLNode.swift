/// A node of a parsed XML document: an element or a stretch of character data.
public indirect enum XMLNode: Sendable, Equatable {
    case element(XMLElement)
    /// Text and CDATA, with character references decoded.
    case text(String)
}

/// An element of a parsed XML document, copied out of libxml2 into Swift values.
public struct XMLElement: Sendable, Equatable {
    /// The local name (`trans-unit`, not `xliff:trans-unit`).
    public let name: String
    /// The namespace URI, when the element has one.
    public let namespace: String?
    /// Attributes by local name.
    public let attributes: [String: String]
    /// Child elements and text, in document order.
    public let children: [XMLNode]
    /// The line the element starts on (1-based), for error messages.
    public let line: Int

    public init(name: String, namespace: String?, attributes: [String: String], children: [XMLNode], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The element of a lossless tree without what this view leaves out: comments, processing
    /// instructions, prefixes and namespace declarations. Adjacent text is joined; attributes are
    /// keyed by local name (the last one wins).
    public init(_ tree: XMLTreeElement) {
        var children: [XMLNode] = []
        for node in tree.children {
            switch node {
            case let .element(element):
                children.append(.element(XMLElement(element)))
            case let .text(text):
                if case let .text(previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            case .comment, .processingInstruction, .documentType:
                break
            }
        }
        self.init(name: tree.name.local, namespace: tree.name.namespace,
                  attributes: Dictionary(tree.attributes.map { ($0.name.local, $0.value) }, uniquingKeysWith: { _, last in last }),
                  children: children, line: tree.line)
    }

    /// The child elements.
    public var elements: [XMLElement] {
        children.compactMap { if case let .element(e) = $0 { e } else { nil } }
    }

    /// The child elements with local name `name`.
    public func elements(named name: String) -> [XMLElement] {
        elements.filter { $0.name == name }
    }

    /// All text inside this element, in document order.
    public var textContent: String {
        children.map {
            switch $0 {
            case let .text(text): text
            case let .element(element): element.textContent
            }
        }.joined()
    }
}
