import SafeXML

/// Inline content of a source or target: text, codes (placeholders for formatting the
/// translator must keep) and annotation markers. Each code and marker keeps its element as
/// written, so content copied into a target is written back exactly.
public indirect enum XLIFFInline: Sendable, Equatable {
    case text(String)
    /// A standalone code: 2.0 `ph`, `sc`, `ec`; 1.2 `x`, `bx`, `ex`, `ph`, `bpt`, `ept`, `it`.
    case code(XLIFFCode)
    /// A code around content: 2.0 `pc`, 1.2 `g`.
    case pair(XLIFFCode, [XLIFFInline])
    /// An annotation around content: `mrk`.
    case marker(XLIFFMarker, [XLIFFInline])
    /// The start (2.0 `sm`) or end (`em`) of an annotation that may overlap others.
    case markerStart(XLIFFMarker)
    case markerEnd(XLIFFMarker)
    /// A character written as a code point (2.0 `cp`), for characters XML cannot hold.
    case character(Unicode.Scalar?, XMLTreeElement)
    /// Anything else (an element of another namespace, a comment), kept as it is.
    case other(XMLTreeNode)

    /// The text a reader sees: text, characters and the text inside pairs and markers; codes
    /// add nothing.
    public static func plainText(_ content: [XLIFFInline]) -> String {
        content.map { item in
            switch item {
            case let .text(text): text
            case let .pair(_, inner), let .marker(_, inner): plainText(inner)
            case let .character(scalar, _): scalar.map { String($0) } ?? ""
            case .code, .markerStart, .markerEnd, .other: ""
            }
        }.joined()
    }

    /// The codes in `content`, depth first, in order.
    public static func codes(_ content: [XLIFFInline]) -> [XLIFFCode] {
        content.flatMap { item -> [XLIFFCode] in
            switch item {
            case let .code(code): [code]
            case let .pair(code, inner): [code] + codes(inner)
            case let .marker(_, inner): codes(inner)
            case .text, .markerStart, .markerEnd, .character, .other: []
            }
        }
    }

    /// The XML nodes that write `content`.
    public static func nodes(_ content: [XLIFFInline]) -> [XMLTreeNode] {
        var nodes: [XMLTreeNode] = []
        for item in content {
            let node: XMLTreeNode
            switch item {
            case let .text(text):
                if case let .text(previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + text)
                    continue
                }
                node = .text(text)
            case let .code(code): node = .element(code.element)
            case let .pair(code, inner):
                var element = code.element
                element.children = Self.nodes(inner)
                node = .element(element)
            case let .marker(marker, inner):
                var element = marker.element
                element.children = Self.nodes(inner)
                node = .element(element)
            case let .markerStart(marker), let .markerEnd(marker): node = .element(marker.element)
            case let .character(_, element): node = .element(element)
            case let .other(other): node = other
            }
            nodes.append(node)
        }
        return nodes
    }
}

/// An inline code: its kind (the element's local name), the id that pairs it between source and
/// target, and its element as written (with its original data, for 1.2 `bpt`/`ept`/`ph`/`it`).
public struct XLIFFCode: Sendable, Equatable {
    public var element: XMLTreeElement

    public init(element: XMLTreeElement) {
        self.element = element
    }

    /// `ph`, `pc`, `sc`, `ec`, `x`, `g`, `bpt`, ...
    public var kind: String { element.name.local }

    /// The id that matches a target code with its source code: `startRef` of a 2.0 `ec`, `rid`
    /// of a 1.2 `ex`/`ept` when given, else `id`.
    public var reference: String {
        element.attribute("startRef") ?? element.attribute("rid") ?? element.attribute("id") ?? ""
    }

    /// `kind#reference`, e.g. `pc#1`, `ec#4`: equal for a code and its copy in the target.
    public var key: String { "\(kind)#\(reference)" }
}

/// An annotation marker: 2.0 `mrk`/`sm`/`em`, 1.2 `mrk`.
public struct XLIFFMarker: Sendable, Equatable {
    public var element: XMLTreeElement

    public init(element: XMLTreeElement) {
        self.element = element
    }

    /// 2.0 `id` (`startRef` for `em`), 1.2 `mid`.
    public var id: String? { element.attribute("id") ?? element.attribute("startRef") ?? element.attribute("mid") }

    /// 2.0 `type`, 1.2 `mtype`.
    public var type: String? { element.attribute("type") ?? element.attribute("mtype") }

    /// False for text not to translate: 2.0 `translate="no"`, 1.2 `mtype="protected"`.
    public var translate: Bool {
        if element.attribute("translate") == "no" { return false }
        return element.attribute("mtype") != "protected"
    }
}
