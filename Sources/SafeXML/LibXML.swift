internal import CLibXML2

/// Conversions from libxml2's tree to Swift values, and its one-time setup.
enum LibXML {
    /// libxml2 must be initialized once before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }

    static func string(_ chars: UnsafePointer<xmlChar>?) -> String? {
        chars.map { String(cString: $0) }
    }

    /// Copies an element and everything below it.
    static func element(_ node: xmlNodePtr) -> XMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name) ?? ""
            if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                attributes[name] = String(cString: value)
                clr_xml_free(value)
            } else {
                attributes[name] = ""
            }
            attribute = current.pointee.next
        }
        var children: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let text = string(current.pointee.content) {
                    if case let .text(previous)? = children.last {
                        children[children.count - 1] = .text(previous + text)
                    } else {
                        children.append(.text(text))
                    }
                }
            default:
                break  // comments, processing instructions
            }
            child = current.pointee.next
        }
        return XMLElement(name: string(node.pointee.name) ?? "", namespace: string(node.pointee.ns?.pointee.href),
                          attributes: attributes, children: children, line: Int(xmlGetLineNo(node)))
    }
}
