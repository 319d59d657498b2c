import Foundation
import RulePacks
import Testing
@testable import Localization

@Suite struct GlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func shipped() throws -> [Glossary] {
        let folder = root.appendingPathComponent("locales/glossaries")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            return try GlossaryLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
        }
    }

    /// The fourteen languages of issue 5, in every shipped glossary.
    @Test func shippedGlossariesCoverTheListingLanguages() throws {
        let glossaries = try Self.shipped()
        #expect(Set(glossaries.map(\.attribute)).isSuperset(of: ["color", "material"]))
        for glossary in glossaries {
            #expect(Set(glossary.languages) == ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "pt-BR", "ja", "zh-Hans", "zh-Hant", "ko", "ar"],
                    "\(glossary.id)")
            #expect(glossary.terms.count >= (glossary.attribute == "type" ? 12 : 15), "\(glossary.id)")
        }
    }

    @Test func translatesForTheMarketsLocale() throws {
        let glossaries = try Self.shipped()
        let colors = try #require(glossaries.first { $0.attribute == "color" })
        #expect(colors.translate("Black", locale: "de-DE") == "Schwarz")
        #expect(colors.translate("red", locale: "zh-TW") == "紅色" && colors.translate("red", locale: "zh-CN") == "红色")
        #expect(colors.translate("white", locale: "pt-BR") == "Branco" && colors.translate("blue", locale: "fr-CA") == "Bleu")
        #expect(colors.translate("teal", locale: "de-DE") == nil, "an unknown value is reported, not passed through")
        #expect(colors.translate("black", locale: "th-TH") == nil, "no Thai in the glossary")
        let materials = try #require(glossaries.first { $0.attribute == "material" })
        #expect(materials.translate("Cotton", locale: "ja-JP") == "綿" && materials.translate("stainless steel", locale: "de-AT") == "Edelstahl")
    }

    @Test func aTermMissingALanguageDoesNotLoad() {
        let yaml = """
        version: 1
        glossary: {id: c, attribute: color, languages: [en, de]}
        terms:
          black: {en: Black}
        """
        #expect(throws: RulePackError.self) { try GlossaryLoader.load(yaml: yaml, file: "g.yaml") }
        do {
            _ = try GlossaryLoader.load(yaml: yaml, file: "g.yaml")
        } catch let error as RulePackError {
            #expect(error.description.hasPrefix("g.yaml:4:10:") && error.description.contains("de"), "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }
}
