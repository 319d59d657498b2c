import ComplianceCore
import Localization
import SafeXML
import Testing
import Translation
import XLIFF

@Suite struct XLIFFExporterTests {
    static let products = [
        Product(sku: "TS-1", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt", attributes: ["model": "AX-1"],
                texts: ["en": ["description": "Acme tee,  soft & light"]],
                features: [.term("machine washable"), .text(["en": "By Acme", "de": "Von Acme"]), .text(["en": "Model AX-1 by Acme"])]),
        Product(sku: "AB/2", category: "home/drinkware", texts: ["en": ["description": "Glass bottle"], "de": ["description": "Glasflasche"]],
                features: [.text(["en": "Acmeville design"])]),
        Product(sku: "ZZ-3", category: "grocery/tea", texts: ["de": ["description": "Schwarztee"]]),
    ]
    static let limits = ["description": [FieldLimit(field: "description", maximum: 2000, unit: .graphemes, rule: "test/description-length")]]

    @Test func twoPointZeroHoldsTheTextsTheTargetLacks() throws {
        let exporter = XLIFFExporter(version: .v2, sourceLanguage: "en", targetLanguage: "de", original: "products.jsonl", limits: Self.limits)
        let (document, units) = try #require(exporter.document(for: Self.products))
        #expect(units == 3)
        let xml = XMLTreeWriter.write(document)
        let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1" original="products.jsonl">
            <group id="AB_2" name="AB/2">
              <notes>
                <note category="category">home/drinkware</note>
              </notes>
              <unit id="AB_2_features_0" name="AB/2/features/0">
                <notes>
                  <note category="field">feature (a listing bullet)</note>
                </notes>
                <segment state="initial">
                  <source>Acmeville design</source>
                </segment>
              </unit>
            </group>
            <group id="TS-1" name="TS-1">
              <notes>
                <note category="type">t-shirt</note>
                <note category="category">apparel/t-shirts</note>
                <note category="brand">Acme</note>
                <note category="model">AX-1</note>
              </notes>
              <unit id="TS-1_description" name="TS-1/description">
                <notes>
                  <note category="field">description</note>
                  <note category="length">at most 2000 graphemes (test/description-length)</note>
                </notes>
                <segment state="initial">
                  <source xml:space="preserve"><mrk id="m1" translate="no">Acme</mrk> tee,  soft &amp; light</source>
                </segment>
              </unit>
              <unit id="TS-1_features_2" name="TS-1/features/2">
                <notes>
                  <note category="field">feature (a listing bullet)</note>
                </notes>
                <segment state="initial">
                  <source>Model <mrk id="m1" translate="no">AX-1</mrk> by <mrk id="m2" translate="no">Acme</mrk></source>
                </segment>
              </unit>
            </group>
          </file>
        </xliff>

        """
        #expect(xml == expected)
        // The view reads it back: the German feature of TS-1 and the German-only ZZ-3 are not there.
        let view = try XLIFFDocument(parsing: Array(xml.utf8), source: "en-de.xlf")
        #expect(view.files[0].units.map(\.key) == ["AB/2/features/0", "TS-1/description", "TS-1/features/2"])
        #expect(view.files[0].units.map { XLIFFInline.plainText($0.parts[0].source) }
                == ["Acmeville design", "Acme tee,  soft & light", "Model AX-1 by Acme"])
    }

    @Test func onePointTwoMarksProtectedTextAndKeepsNotesAfterTheSource() throws {
        let exporter = XLIFFExporter(version: .v1_2, sourceLanguage: "en", targetLanguage: "ja", original: "p.jsonl", limits: Self.limits)
        let (document, units) = try #require(exporter.document(for: Self.products))
        #expect(units == 5, "ja lacks every English text, AB/2's description and TS-1's second feature included")
        let xml = XMLTreeWriter.write(document)
        #expect(xml.contains(#"<file original="p.jsonl" source-language="en" target-language="ja" datatype="plaintext">"#))
        #expect(xml.contains("""
                <trans-unit id="TS-1/features/1" resname="TS-1/features/1">
                  <source>By <mrk mtype="protected">Acme</mrk></source>
                  <note from="clearance">field: feature (a listing bullet)</note>
                </trans-unit>
        """))
        let view = try XLIFFDocument(parsing: Array(xml.utf8), source: "en-ja.xlf")
        #expect(view.version == .v1_2)
        #expect(view.files[0].groups.map(\.name) == ["AB/2", "TS-1"])
        #expect(view.files[0].units.map(\.key) == ["AB/2/description", "AB/2/features/0", "TS-1/description", "TS-1/features/1", "TS-1/features/2"])
    }

    @Test func charactersXMLCannotHoldBecomeCodePointsIn2AndANoteIn12() throws {
        let product = Product(sku: "C-1", category: "home/x", texts: ["en": ["description": "Bell\u{7}ring\r\nnext"]])
        let two = try #require(XLIFFExporter(version: .v2, sourceLanguage: "en", targetLanguage: "de", original: "p", limits: [:])
            .document(for: [product]))
        let written = XMLTreeWriter.write(two.document)
        #expect(written.contains(#"<source xml:space="preserve">Bell<cp hex="0007"/>ring&#13;"#))
        let view = try XLIFFDocument(parsing: Array(written.utf8), source: "c.xlf")
        #expect(XLIFFInline.plainText(view.files[0].units[0].parts[0].source) == "Bell\u{7}ring\r\nnext")
        let old = try #require(XLIFFExporter(version: .v1_2, sourceLanguage: "en", targetLanguage: "de", original: "p", limits: [:])
            .document(for: [product]))
        let text = XMLTreeWriter.write(old.document)
        #expect(text.contains("<note from=\"clearance\">removed: characters XML cannot hold: U+0007</note>"))
        #expect(try XLIFFDocument(parsing: Array(text.utf8), source: "c12.xlf").files[0].units.count == 1)
    }

    @Test func productsWithoutTheSourceLanguageAreNamed() {
        let missing = SourceTexts.withoutSource(Self.products, source: "en")
        #expect(missing.map(\.sku) == ["ZZ-3"])
        #expect(missing.first?.languages == ["de"])
        let exporter = XLIFFExporter(version: .v2, sourceLanguage: "en", targetLanguage: "de", original: "x", limits: [:])
        #expect(exporter.document(for: [Self.products[2]]) == nil)
    }
}
