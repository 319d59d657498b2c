/// A whole XML document as written, kept so that writing it back loses nothing a reader of the
/// XML information set could see: prefixes, namespace declarations in order, attributes in order,
/// comments, processing instructions and white space. Only the lexical form is not kept (quote
/// style, spacing inside tags, `<a></a>` versus `<a/>`, CDATA sections, which become text).
public struct XMLDocument: Sendable, Equatable {
    /// The XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`), nil when there was none.
    public var declaration: XMLDeclaration?
    /// Comments, processing instructions and the document type before the root element.
    public var prolog: [XMLTreeNode]
    /// The root element.
    public var root: XMLTreeElement
    /// Comments and processing instructions after the root element.
    public var epilog: [XMLTreeNode]

    public init(declaration: XMLDeclaration? = XMLDeclaration(), prolog: [XMLTreeNode] = [], root: XMLTreeElement,
                epilog: [XMLTreeNode] = []) {
        self.declaration = declaration
        self.prolog = prolog
        self.root = root
        self.epilog = epilog
    }
}

/// The XML declaration. A document is always written in UTF-8, so an encoding is written as UTF-8.
public struct XMLDeclaration: Sendable, Equatable {
    public var version: String
    /// Whether the declaration named an encoding.
    public var hasEncoding: Bool
    /// `standalone="yes"` (true), `"no"` (false), or no standalone attribute (nil).
    public var standalone: Bool?

    public init(version: String = "1.0", hasEncoding: Bool = true, standalone: Bool? = nil) {
        self.version = version
        self.hasEncoding = hasEncoding
        self.standalone = standalone
    }
}

/// A node of a lossless XML tree.
public enum XMLTreeNode: Sendable, Equatable {
    case element(XMLTreeElement)
    /// Character data (CDATA sections included), references decoded.
    case text(String)
    case comment(String)
    case processingInstruction(target: String, data: String)
    /// `<!DOCTYPE name PUBLIC "publicID" "systemID">`, only in a prolog; never loaded.
    case documentType(name: String, publicID: String?, systemID: String?)
}

/// A qualified name: the prefix as written, the local name and the namespace URI it is bound to.
public struct XMLQName: Sendable, Hashable {
    public var prefix: String?
    public var local: String
    public var namespace: String?

    public init(_ local: String, prefix: String? = nil, namespace: String? = nil) {
        self.prefix = prefix
        self.local = local
        self.namespace = namespace
    }

    /// The name as written: `its:translate`, `source`.
    public var qualified: String { prefix.map { "\($0):\(local)" } ?? local }
}

/// An attribute: its name and value, in document order within its element.
public struct XMLTreeAttribute: Sendable, Equatable {
    public var name: XMLQName
    public var value: String

    public init(_ name: XMLQName, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A namespace declaration `xmlns="uri"` (prefix nil) or `xmlns:p="uri"`.
public struct XMLNamespaceDeclaration: Sendable, Equatable {
    public var prefix: String?
    public var uri: String

    public init(prefix: String?, uri: String) {
        self.prefix = prefix
        self.uri = uri
    }
}

/// An element of a lossless tree.
///
/// Equality compares names, declarations, attributes and children; it ignores `line`, which
/// depends on how the document was laid out.
public struct XMLTreeElement: Sendable, Equatable {
    public var name: XMLQName
    /// Namespace declarations on this element, in document order.
    public var namespaceDeclarations: [XMLNamespaceDeclaration]
    /// Attributes in document order.
    public var attributes: [XMLTreeAttribute]
    public var children: [XMLTreeNode]
    /// The 1-based line the start tag was on in the parsed source; 0 for a built element.
    public var line: Int

    public init(name: XMLQName, namespaceDeclarations: [XMLNamespaceDeclaration] = [], attributes: [XMLTreeAttribute] = [],
                children: [XMLTreeNode] = [], line: Int = 0) {
        self.name = name
        self.namespaceDeclarations = namespaceDeclarations
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    public static func == (lhs: XMLTreeElement, rhs: XMLTreeElement) -> Bool {
        lhs.name == rhs.name && lhs.namespaceDeclarations == rhs.namespaceDeclarations
            && lhs.attributes == rhs.attributes && lhs.children == rhs.children
    }

    /// The value of the attribute with local name `local` and namespace `namespace` (nil: none).
    public func attribute(_ local: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }

    /// Sets (or adds at the end) the attribute with this local name and namespace.
    public mutating func setAttribute(_ name: XMLQName, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name.local == name.local && $0.name.namespace == name.namespace }) {
            attributes[index].value = value
        } else {
            attributes.append(XMLTreeAttribute(name, value))
        }
    }

    /// The child elements, with their positions in `children`.
    public var childElements: [(index: Int, element: XMLTreeElement)] {
        children.enumerated().compactMap { index, node in
            if case let .element(element) = node { (index, element) } else { nil }
        }
    }

    /// All character data below this element, in document order.
    public var textContent: String {
        children.map { node in
            switch node {
            case let .text(text): text
            case let .element(element): element.textContent
            case .comment, .processingInstruction, .documentType: ""
            }
        }.joined()
    }
}
