import SafeXML
import Testing

/// Random trees with the characters writers get wrong (markup characters, `]]>`, tabs, CR, line
/// breaks, non-ASCII) must be written so that they parse back equal.
@Suite struct XMLTreeRandomTests {
    /// xorshift64*: the same trees on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
    }

    static let pieces = ["a", "&", "<", ">", "\"", "'", "]]>", "\t", "\n", "\r", "\r\n", " ", "  ", "é", "日本", "🎉", "&amp;", "\u{85}", "\u{2028}", "x y"]

    func text(_ random: inout Generator) -> String {
        (0..<Int.random(in: 1...5, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    func element(_ random: inout Generator, depth: Int) -> XMLTreeElement {
        let prefixed = Bool.random(using: &random)
        var element = XMLTreeElement(name: prefixed ? XMLQName("e\(depth)", prefix: "p", namespace: "urn:p") : XMLQName("e\(depth)", namespace: "urn:d"))
        let names = [XMLQName("id"), XMLQName("v"), XMLQName("w", prefix: "p", namespace: "urn:p"),
                     XMLQName("lang", prefix: "xml", namespace: "http://www.w3.org/XML/1998/namespace")]
        for name in names where Bool.random(using: &random) {
            element.attributes.append(XMLTreeAttribute(name, text(&random)))
        }
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            let node: XMLTreeNode
            switch Int.random(in: 0...5, using: &random) {
            case 0, 1 where depth < 4: node = .element(self.element(&random, depth: depth + 1))
            case 2: node = .comment(" c-1 <&> ")
            case 3: node = .processingInstruction(target: "pi", data: "x=\"1\" <&>")
            default: node = .text(text(&random))
            }
            if case .text = node, case .text? = element.children.last { continue }
            element.children.append(node)
        }
        return element
    }

    @Test func randomTreesSurviveWriting() throws {
        var random = Generator(state: 0x9E37_79B9_7F4A_7C15)
        for round in 0..<300 {
            var root = element(&random, depth: 0)
            root.namespaceDeclarations = [XMLNamespaceDeclaration(prefix: nil, uri: "urn:d"), XMLNamespaceDeclaration(prefix: "p", uri: "urn:p")]
            let document = XMLDocument(prolog: [.comment(" tree \(round) ")], root: root)
            let written = XMLTreeWriter.write(document)
            let parsed = try SafeXML.parseDocument(Array(written.utf8), source: "random \(round)")
            let equal = parsed == document
            #expect(equal, "round \(round): \(written)")
            if !equal { break }
        }
    }
}
