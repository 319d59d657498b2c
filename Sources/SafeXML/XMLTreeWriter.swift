/// Writes a lossless tree as UTF-8 XML that parses back to an equal tree.
///
/// Text escapes `&`, `<` and `>` (and CR, which a parser would turn into LF); attribute values
/// escape `&`, `<`, `"` and TAB, LF and CR as character references, which a parser keeps rather
/// than normalizing to spaces. Comments, processing instructions and names are written as they
/// are: a tree parsed from XML has valid ones.
public enum XMLTreeWriter {
    /// The document as XML text.
    public static func write(_ document: XMLDocument) -> String {
        var out = ""
        if let declaration = document.declaration {
            out += "<?xml version=\"\(declaration.version)\""
            if declaration.hasEncoding { out += " encoding=\"UTF-8\"" }
            if let standalone = declaration.standalone { out += " standalone=\"\(standalone ? "yes" : "no")\"" }
            out += "?>\n"
        }
        for node in document.prolog {
            write(node, to: &out)
            out += "\n"
        }
        write(.element(document.root), to: &out)
        for node in document.epilog {
            out += "\n"
            write(node, to: &out)
        }
        return out + "\n"
    }

    /// One element and everything below it, without a declaration.
    public static func write(_ element: XMLTreeElement) -> String {
        var out = ""
        write(.element(element), to: &out)
        return out
    }

    private static func write(_ node: XMLTreeNode, to out: inout String) {
        switch node {
        case let .text(text):
            escapeText(text, to: &out)
        case let .comment(text):
            out += "<!--\(text)-->"
        case let .processingInstruction(target, data):
            out += data.isEmpty ? "<?\(target)?>" : "<?\(target) \(data)?>"
        case let .documentType(name, publicID, systemID):
            out += "<!DOCTYPE \(name)"
            if let publicID {
                out += " PUBLIC \"\(publicID)\" \"\(systemID ?? "")\""
            } else if let systemID {
                out += " SYSTEM \"\(systemID)\""
            }
            out += ">"
        case let .element(element):
            // An explicit stack instead of recursion: nesting depth is bounded only by libxml2.
            var stack: [(element: XMLTreeElement, next: Int)] = [(element, 0)]
            open(element, to: &out)
            while !stack.isEmpty {
                let top = stack.count - 1
                let (current, next) = stack[top]
                guard next < current.children.count else {
                    if !current.children.isEmpty { out += "</\(current.name.qualified)>" }
                    stack.removeLast()
                    continue
                }
                stack[top].next += 1
                if case let .element(child) = current.children[next] {
                    open(child, to: &out)
                    stack.append((child, 0))
                } else {
                    write(current.children[next], to: &out)
                }
            }
        }
    }

    /// The start tag; self-closing when the element has no children.
    private static func open(_ element: XMLTreeElement, to out: inout String) {
        out += "<" + element.name.qualified
        for declaration in element.namespaceDeclarations {
            out += declaration.prefix.map { " xmlns:\($0)=\"" } ?? " xmlns=\""
            escapeAttribute(declaration.uri, to: &out)
            out += "\""
        }
        for attribute in element.attributes {
            out += " \(attribute.name.qualified)=\""
            escapeAttribute(attribute.value, to: &out)
            out += "\""
        }
        out += element.children.isEmpty ? "/>" : ">"
    }

    static func escapeText(_ text: String, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    static func escapeAttribute(_ text: String, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}
