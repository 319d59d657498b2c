import ComplianceCore
import Foundation
import Testing
import TextEngine
@testable import Localization

/// The pattern, fit, feature and size-word glossaries in titles and bullets.
@Suite struct AttributeGlossariesTests {
    static let composer = SizeDisplayTests.composer

    static func market(_ locale: String) -> Market { SizeDisplayTests.market("X", locale, .eu) }

    /// Every pattern and fit makes a title and a bullet, every feature a bullet and every size
    /// word a title and a bullet, in every listing language, without a gap and without English
    /// left in another language.
    @Test func everyTermRendersInEveryLanguage() throws {
        let glossaries = Self.composer.glossaries
        for attribute in ["pattern", "fit", "feature", "size"] {
            let glossary = try #require(glossaries[attribute], "\(attribute) glossary")
            #expect(glossary.terms.count >= 15, "\(attribute)")
            for term in glossary.terms.keys.sorted() {
                var attributes: [String: String] = [:]
                var features: [Feature] = []
                if attribute == "feature" { features = [.term(term)] } else { attributes[attribute] = term }
                let product = Product(sku: term, brand: "Acme", category: "apparel/t-shirts", type: "t-shirt", attributes: attributes, features: features)
                for language in ListingLanguages.all {
                    let locale = ListingLanguages.icuLocale(language)
                    let expected = try #require(glossary.terms[term]?[language])
                    let bullets = try Self.composer.bullets(of: product, market: Self.market(locale), templates: BulletsTests.templates)
                    #expect(bullets.missing.isEmpty && bullets.lines.count == 1 && bullets.lines[0].contains(expected),
                            "\(attribute) '\(term)' in \(language): \(bullets.lines)")
                    if attribute != "feature" {
                        let title = try Self.composer.title(of: product, locale: locale, sizeSystem: .eu)
                        #expect(title.missing.isEmpty && title.text.contains(expected) && !title.text.contains("{"),
                                "\(attribute) '\(term)' in \(language): \(title.text)")
                    }
                }
            }
        }
    }

    @Test func apparelTitlesAndBulletsStatePatternAndFit() throws {
        let shirt = Product(sku: "SH", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt",
                            attributes: ["color": "black", "pattern": "checked", "fit": "slim", "size": "M"],
                            features: [.term("machine washable"), .text(["en": "Soft combed cotton"]), .term("Quick-Dry")])
        #expect(try Self.composer.title(of: shirt, locale: "de-DE").text == "Acme T-Shirt, Schwarz, Kariert, Slim Fit, Größe M")
        #expect(try Self.composer.title(of: shirt, locale: "fr-FR").text == "T-shirt Acme, Noir, À carreaux, Coupe ajustée, Taille M")
        #expect(try Self.composer.title(of: shirt, locale: "ja-JP").text == "Acme Tシャツ ブラック チェック スリムフィット Mサイズ")
        let de = try Self.composer.bullets(of: shirt, market: Self.market("de-DE"), templates: BulletsTests.templates)
        #expect(de.lines == ["Farbe: Schwarz", "Muster: Kariert", "Slim Fit", "Größe: M", "Maschinenwaschbar", "Schnelltrocknend"],
                "the seller's own feature text is not a bullet here")
        let ar = try Self.composer.bullets(of: shirt, market: Self.market("ar-SA"), templates: BulletsTests.templates)
        #expect(ar.lines == ["اللون: أسود", "النقشة: مربعات", "قصة ضيقة", "المقاس: M", "قابل للغسل في الغسالة", "سريع الجفاف"])
        // Pattern and fit are dropped first to fit a limit.
        let fitted = try Self.composer.title(of: shirt, locale: "en-US", limit: (maximum: 30, unit: .graphemes))
        #expect(fitted.text == "Acme T-Shirt, Black, Size M" && fitted.dropped == ["{fit}", "{pattern}"], "\(fitted)")
    }

    /// A feature term or pattern the glossary lacks is reported and left out, never in English.
    @Test func anUnknownTermIsReportedNotLeftInEnglish() throws {
        let odd = Product(sku: "OD", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt", attributes: ["pattern": "ikat"],
                          features: [.term("self-heating"), .term("wireless")])
        let ja = try Self.composer.bullets(of: odd, market: Self.market("ja-JP"), templates: BulletsTests.templates)
        #expect(ja.lines == ["ワイヤレス"])
        #expect(ja.missing == [MissingTranslation(attribute: "pattern", value: "ikat", language: "ja"),
                               MissingTranslation(attribute: "feature", value: "self-heating", language: "ja")])
        #expect(try Self.composer.title(of: odd, locale: "ja-JP").text == "Acme Tシャツ")
        let en = try Self.composer.bullets(of: odd, market: Self.market("en-GB"), templates: BulletsTests.templates)
        #expect(en.lines == ["Pattern: Ikat", "Self-heating", "Wireless"] && en.missing.isEmpty, "English uses the value itself")
    }
}
