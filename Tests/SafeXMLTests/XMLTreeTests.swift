import SafeXML
import Testing

@Suite struct XMLTreeTests {
    /// Parses, writes and parses again; the two trees must be equal.
    func roundTrip(_ xml: String, source: String = "test.xml") throws -> (XMLDocument, XMLDocument, String) {
        let first = try SafeXML.parseDocument(Array(xml.utf8), source: source)
        let written = XMLTreeWriter.write(first)
        let second = try SafeXML.parseDocument(Array(written.utf8), source: source + " (written)")
        return (first, second, written)
    }

    @Test func keepsPrefixesDeclarationsCommentsAndInstructions() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- before -->
        <?style type="x"?>
        <x:root xmlns:x="urn:x" xmlns="urn:default" xmlns:its="http://www.w3.org/2005/11/its" its:translate="no" b="2" a="1">
          <child xml:lang="de" xml:space="preserve">  two  spaces  </child>
          <!-- inside -->
          <x:empty/>
          <mixed>a<![CDATA[<b> & c]]>d</mixed>
        </x:root>
        <!-- after -->
        """
        let (first, second, _) = try roundTrip(xml)
        #expect(first == second)
        #expect(first.declaration == XMLDeclaration(version: "1.0", hasEncoding: true, standalone: true))
        #expect(first.prolog == [.comment(" before "), .processingInstruction(target: "style", data: "type=\"x\"")])
        #expect(first.epilog == [.comment(" after ")])
        let root = first.root
        #expect(root.name == XMLQName("root", prefix: "x", namespace: "urn:x"))
        #expect(root.namespaceDeclarations.map(\.prefix) == ["x", nil, "its"])
        #expect(root.attributes.map(\.name.qualified) == ["its:translate", "b", "a"])
        #expect(root.attribute("translate", namespace: "http://www.w3.org/2005/11/its") == "no")
        let elements = root.childElements.map(\.element)
        #expect(elements[0].name == XMLQName("child", namespace: "urn:default"))
        #expect(elements[0].attribute("space", namespace: "http://www.w3.org/XML/1998/namespace") == "preserve")
        #expect(elements[0].children == [.text("  two  spaces  ")])
        #expect(elements[0].line == 5)
        #expect(elements[2].children == [.text("a<b> & cd")], "CDATA merges into the text around it")
        #expect(root.children.contains(.comment(" inside ")))
    }

    @Test func escapesTextAndAttributesSoTheySurvive() throws {
        let root = XMLTreeElement(name: XMLQName("r"), attributes: [
            XMLTreeAttribute(XMLQName("v"), "a\tb\nc\r\"q\" <&> 'x'"),
        ], children: [.text("1 < 2 && 3 > 2 ]]> \r\n end")])
        let document = XMLDocument(root: root)
        let written = XMLTreeWriter.write(document)
        #expect(written.contains(#"v="a&#9;b&#10;c&#13;&quot;q&quot; &lt;&amp;> 'x'""#))
        #expect(written.contains("1 &lt; 2 &amp;&amp; 3 &gt; 2 ]]&gt; &#13;\n end"))
        let parsed = try SafeXML.parseDocument(Array(written.utf8), source: "built")
        #expect(parsed == document)
    }

    @Test func whiteSpaceOnlyTextAndDocumentTypeAreKept() throws {
        let xml = """
        <!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">
        <xliff version="1.1">
           \t
        <file/></xliff>
        """
        let (first, second, written) = try roundTrip(xml)
        #expect(first == second)
        #expect(first.declaration == nil)
        #expect(!written.hasPrefix("<?xml"))
        #expect(first.prolog == [.documentType(name: "xliff", publicID: "-//XLIFF//DTD XLIFF//EN",
                                               systemID: "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd")])
        #expect(first.root.children.first == .text("\n   \t\n"))
    }

    @Test(arguments: ["okapi-2.0.xlf", "trados-1.2.xlf", "memoq-1.2.xlf", "crowdin-2.0.xlf"])
    func foreignXLIFFRoundTrips(_ name: String) throws {
        let xml = try Fixture.text("xliff/" + name)
        let (first, second, written) = try roundTrip(xml, source: name)
        #expect(first == second)
        // Writing the second parse gives the same text: the writer is stable.
        #expect(XMLTreeWriter.write(second) == written)
    }

    @Test func refusesEntitiesAndInternalSubsetsWithTheirLine() {
        let entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [\n<!ENTITY e \"boom\">\n]>\n<r>&e;</r>"
        #expect(throws: XMLParseError.self) { try SafeXML.parseDocument(Array(entity.utf8), source: "e.xlf") }
        #expect {
            try SafeXML.parseDocument(Array(entity.utf8), source: "e.xlf")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("e.xlf:3:1:") && text.contains("entity declarations are not accepted")
        }
        let subset = "<!DOCTYPE r [<!ELEMENT r ANY>]><r/>"
        #expect {
            try SafeXML.parseDocument(Array(subset.utf8), source: "s.xml")
        } throws: { error in
            (error as? XMLParseError)?.message == "a DOCTYPE with an internal subset is not accepted"
        }
    }

    @Test func malformedDocumentNamesLineAndColumn() {
        let xml = "<xliff>\n  <file>\n    <unit></file>\n</xliff>"
        #expect {
            try SafeXML.parseDocument(Array(xml.utf8), source: "broken.xlf")
        } throws: { error in
            guard let error = error as? XMLParseError else { return false }
            return error.line == 3 && error.column > 0 && error.description.hasPrefix("broken.xlf:3:") && error.message.contains("mismatch")
        }
    }

    @Test func sizeIsBounded() {
        #expect(throws: XMLParseError.self) {
            try SafeXML.parseDocument(Array("<r>0123456789</r>".utf8), source: "big.xml", maximumBytes: 10)
        }
    }
}
