import ComplianceCore
import Localization
import Testing
import Translation
import XLIFF

@Suite struct TranslationReviewTests {
    static let products = Dictionary(uniqueKeysWithValues: XLIFFExporterTests.products.map { ($0.sku, $0) })

    func review(_ xml: String, expected: Set<String>? = nil) throws -> TranslationReview {
        let document = try XLIFFDocument(parsing: Array(xml.utf8), source: "t.xlf")
        return try TranslationReview.review(document, products: Self.products, expectedLanguages: expected,
                                            limits: { _ in XLIFFExporterTests.limits })
    }

    @Test func acceptsGoodTargetsAndKeepsBadOnesOut() throws {
        let result = try review("""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
        <file original="p" source-language="en" target-language="de-DE" datatype="plaintext"><body>
        <trans-unit id="TS-1/features/2"><source>Model <mrk mtype="protected">AX-1</mrk> by <mrk mtype="protected">Acme</mrk></source>
        <target>Modell <mrk mtype="protected">AX-1</mrk> von <mrk mtype="protected">Acme</mrk></target></trans-unit>
        <trans-unit id="AB/2/features/0"><source>Acmeville design</source>
        <target>Acmeville design</target></trans-unit>
        <trans-unit id="NO-SUCH/description"><source>x</source><target>y</target></trans-unit>
        <trans-unit id="free-text"><source>x</source><target>y</target></trans-unit>
        </body></file></xliff>
        """)
        #expect(result.targetLanguage == "de")
        #expect(result.units == 4)
        #expect(result.accepted == [TranslationReview.Accepted(key: UnitKey(sku: "TS-1", field: .feature(2)), language: "de",
                                                                text: "Modell AX-1 von Acme")])
        #expect(result.findings.map { "\($0.line) \($0.unit ?? "-") \($0.finding.check.rawValue)" }
                == ["6 AB/2/features/0 leftover", "7 NO-SUCH/description unit", "8 free-text unit"])
        #expect(result.errorCount == 2 && result.warningCount == 1)
    }

    @Test func theQAStatesAreMarkedAndNothingElseChanges() throws {
        let xml = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
        <file original="p" source-language="en" target-language="de" datatype="plaintext"><body>
        <!-- kept -->
        <trans-unit id="TS-1/features/2" x:tool="kept" xmlns:x="urn:x"><source>Model AX-1 by Acme</source>
        <target>Modell AX-1 von Acme</target><alt-trans><target>kept</target></alt-trans></trans-unit>
        <trans-unit id="AB/2/features/0"><source>Acmeville design</source><target state="translated">Acmeville design</target></trans-unit>
        <trans-unit id="free-text"><source>x</source><target>y</target></trans-unit>
        </body></file></xliff>
        """
        let document = try XLIFFDocument(parsing: Array(xml.utf8), source: "m.xlf")
        let result = try TranslationReview.review(document, products: Self.products, expectedLanguages: nil,
                                                  limits: { _ in [:] })
        #expect(result.outcomes.map(\.passed) == [true, false])
        let marked = try QAStates.marked(document, by: result)
        #expect(marked.files[0].units.map { $0.parts[0].state } == ["signed-off", "needs-review-translation", nil])
        let unmarked = marked.written().replacing(#"<target state="signed-off">"#, with: "<target>")
            .replacing(#"state="needs-review-translation""#, with: #"state="translated""#)
        #expect(unmarked == document.written())
    }

    @Test func aStaleSourceAndAnUnexpectedLanguageAreReported() throws {
        let result = try review("""
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
        <file id="f"><unit id="a" name="AB/2/features/0"><segment><source>Acme design</source>
        <target>Design Acmeville</target></segment></unit></file></xliff>
        """, expected: ["de", "ja"])
        #expect(result.findings.map(\.finding.message) == [
            "target language fr is not a language of the markets chosen (de, ja)",
            "the product's en text is no longer the source of this unit: check the translation still fits",
        ])
    }

    @Test func aDocumentWithoutATargetLanguageIsAnInputError() throws {
        #expect {
            try review("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n<file id=\"f\"/></xliff>")
        } throws: { error in
            "\(error)" == "t.xlf:2: <xliff> has no trgLang"
        }
    }
}
