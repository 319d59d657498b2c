internal import CLibXML2

/// Copies libxml2's document into a lossless `XMLDocument`.
enum LibXMLTree {
    static func document(_ document: xmlDocPtr, source: String) throws -> XMLDocument {
        var declaration: XMLDeclaration?
        let standalone = document.pointee.standalone
        if standalone != -1 {
            declaration = XMLDeclaration(version: LibXML.string(document.pointee.version) ?? "1.0",
                                         hasEncoding: document.pointee.encoding != nil,
                                         standalone: standalone == 1 ? true : standalone == 0 ? false : nil)
        }
        var prolog: [XMLTreeNode] = [], epilog: [XMLTreeNode] = []
        var root: XMLTreeElement?
        var child = document.pointee.children
        while let current = child {
            var node: XMLTreeNode?
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                root = element(current)
            case XML_DTD_NODE:
                let dtd = UnsafeMutablePointer<xmlDtd>(OpaquePointer(current))
                if dtd.pointee.children != nil {
                    throw XMLParseError(source: source, line: Int(xmlGetLineNo(current)), column: 0,
                                        message: "a DOCTYPE with an internal subset is not accepted")
                }
                node = .documentType(name: LibXML.string(dtd.pointee.name) ?? "", publicID: LibXML.string(dtd.pointee.ExternalID),
                                     systemID: LibXML.string(dtd.pointee.SystemID))
            default:
                node = leaf(current)
            }
            if let node { if root == nil { prolog.append(node) } else { epilog.append(node) } }
            child = current.pointee.next
        }
        guard let root else { throw XMLParseError(source: source, line: 0, column: 0, message: "no root element") }
        return XMLDocument(declaration: declaration, prolog: prolog, root: root, epilog: epilog)
    }

    /// A comment or processing instruction; nil for other node kinds.
    static func leaf(_ node: xmlNodePtr) -> XMLTreeNode? {
        switch node.pointee.type {
        case XML_COMMENT_NODE:
            return .comment(LibXML.string(node.pointee.content) ?? "")
        case XML_PI_NODE:
            return .processingInstruction(target: LibXML.string(node.pointee.name) ?? "", data: LibXML.string(node.pointee.content) ?? "")
        default:
            return nil
        }
    }

    static func name(_ node: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> XMLQName {
        XMLQName(LibXML.string(node) ?? "", prefix: LibXML.string(namespace?.pointee.prefix),
                 namespace: LibXML.string(namespace?.pointee.href))
    }

    /// Copies an element and everything below it (libxml2 bounds the depth).
    static func element(_ node: xmlNodePtr) -> XMLTreeElement {
        var declarations: [XMLNamespaceDeclaration] = []
        var definition = node.pointee.nsDef
        while let current = definition {
            declarations.append(XMLNamespaceDeclaration(prefix: LibXML.string(current.pointee.prefix),
                                                        uri: LibXML.string(current.pointee.href) ?? ""))
            definition = current.pointee.next
        }
        var attributes: [XMLTreeAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            if let chars = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: chars)
                clr_xml_free(chars)
            }
            attributes.append(XMLTreeAttribute(name(current.pointee.name, current.pointee.ns), value))
            attribute = current.pointee.next
        }
        var children: [XMLTreeNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = LibXML.string(current.pointee.content) ?? ""
                if case let .text(previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else if !text.isEmpty {
                    children.append(.text(text))
                }
            default:
                if let leaf = leaf(current) { children.append(leaf) }
            }
            child = current.pointee.next
        }
        return XMLTreeElement(name: name(node.pointee.name, node.pointee.ns), namespaceDeclarations: declarations,
                              attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }
}
