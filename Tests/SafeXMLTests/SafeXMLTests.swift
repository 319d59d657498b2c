import SafeXML
import Testing

@Suite struct SafeXMLTests {
    @Test func parsesElementsAttributesTextAndNamespaces() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file source-language="en" target-language="de">
            <trans-unit id="t1"><source>Soft &amp; <g id="1">organic</g> cotton</source><target><![CDATA[Weich & <bio>]]></target></trans-unit>
          </file>
        </xliff>
        """
        let root = try SafeXML.parse(Array(xml.utf8), source: "de.xlf")
        #expect(root.name == "xliff")
        #expect(root.namespace == "urn:oasis:names:tc:xliff:document:1.2")
        #expect(root.attributes["version"] == "1.2")
        let unit = try #require(root.elements(named: "file").first?.elements(named: "trans-unit").first)
        #expect(unit.attributes["id"] == "t1")
        #expect(unit.line == 4)
        let source = try #require(unit.elements(named: "source").first)
        #expect(source.textContent == "Soft & organic cotton")
        #expect(source.children.count == 3)
        #expect(unit.elements(named: "target").first?.textContent == "Weich & <bio>")
    }

    @Test func malformedXMLNamesSourceLineAndColumn() {
        let xml = "<a>\n  <b>text</c>\n</a>"
        #expect {
            try SafeXML.parse(Array(xml.utf8), source: "feed.xml")
        } throws: { error in
            guard let error = error as? XMLParseError else { return false }
            return error.source == "feed.xml" && error.line == 2 && error.column > 0
                && error.description.hasPrefix("feed.xml:2:") && error.message.contains("mismatch")
        }
    }

    /// External entities are neither loaded nor expanded (no XXE), and any entity declaration
    /// is refused, which also stops exponential expansion ("billion laughs").
    @Test func refusesEntityDeclarations() throws {
        // /etc/passwd exists on every Linux machine: it must not end up in the document.
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <r>&x;</r>
        """
        do {
            let root = try SafeXML.parse(Array(xxe.utf8), source: "xxe.xml")
            Issue.record("a document declaring an external entity was accepted: \(root.textContent)")
        } catch let error as XMLParseError {
            #expect(error.message.contains("entity declarations are not accepted"))
            #expect(!error.description.contains("root:"))
        }
        let laughs = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
        <r>&c;</r>
        """
        // libxml2 may stop it first ("entity reference loop"); either way nothing is expanded.
        #expect(throws: XMLParseError.self) { try SafeXML.parse(Array(laughs.utf8), source: "laughs.xml") }
    }

    @Test func noNetworkForExternalDTDs() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE r SYSTEM "http://127.0.0.1:9/never.dtd">
        <r>ok</r>
        """
        let root = try SafeXML.parse(Array(xml.utf8), source: "dtd.xml")
        #expect(root.textContent == "ok")
    }

    @Test func boundsInputSize() {
        let big = Array(("<r>" + String(repeating: "x", count: 2000) + "</r>").utf8)
        #expect(throws: XMLParseError(source: "big.xml", line: 0, column: 0, message: "2007 bytes is more than the limit of 1000")) {
            try SafeXML.parse(big, source: "big.xml", maximumBytes: 1000)
        }
    }

    @Test func invalidUTF8AndEmptyInputAreErrors() {
        #expect(throws: XMLParseError.self) { try SafeXML.parse([0x3C, 0x72, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x72, 0x3E], source: "bad.xml") }
        #expect(throws: XMLParseError.self) { try SafeXML.parse([], source: "empty.xml") }
    }
}
