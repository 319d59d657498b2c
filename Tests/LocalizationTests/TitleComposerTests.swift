import ComplianceCore
import Foundation
import RulePacks
import Testing
import TextEngine
@testable import Localization

@Suite struct TitleComposerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let composer: TitleComposer = {
        func text(_ path: String) -> String { String(decoding: try! Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self) }
        let glossaries = ["colors", "materials", "types"].map { try! GlossaryLoader.load(yaml: text("locales/glossaries/\($0).yaml"), file: $0) }
        let families = try! TemplateFamiliesLoader.load(yaml: text("locales/templates/families.yaml"), file: "families.yaml")
        return TitleComposer(templates: try! TitleTemplatesLoader.load(yaml: text("locales/templates/titles.yaml"), file: "titles.yaml", families: families),
                             glossaries: glossaries,
                             phrases: try! PhrasesLoader.load(yaml: text("locales/templates/phrases.yaml"), file: "phrases.yaml"))
    }()

    static let tee = Product(sku: "TS-1", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt",
                             attributes: ["color": "black", "material": "cotton", "size": "M"], count: 2)

    @Test(arguments: [
        ("en-US", "Acme T-Shirt, Cotton, Black, Size M, Pack of 2"),
        ("de-DE", "Acme T-Shirt, Baumwolle, Schwarz, Größe M, 2er-Pack"),
        ("fr-FR", "T-shirt Acme, Coton, Noir, Taille M, Lot de 2"),
        ("pl-PL", "Koszulka Acme, Bawełna, kolor czarny, Rozmiar M, 2 sztuki"),
        ("ja-JP", "Acme Tシャツ 綿 ブラック Mサイズ 2点セット"),
        ("zh-TW", "Acme T恤 棉 黑色 M號 2入組"),
        ("ko-KR", "Acme 티셔츠 면 블랙 M 사이즈 2개입"),
        ("ar-SA", "تي شيرت Acme، قطن، أسود، مقاس M، قطعتان"),
    ])
    func titlesInEachLanguage(locale: String, expected: String) throws {
        let title = try Self.composer.title(of: Self.tee, locale: locale)
        #expect(title.text == expected)
        #expect(title.missing.isEmpty && title.dropped.isEmpty && !title.truncated)
    }

    /// Every type, colour and material of the glossaries makes a title in every listing language.
    @Test func everyGlossaryValueMakesATitleInEveryLanguage() throws {
        let composer = Self.composer
        let types = composer.glossaries["type"]!.terms.keys.sorted()
        let colors = composer.glossaries["color"]!.terms.keys.sorted()
        let materials = composer.glossaries["material"]!.terms.keys.sorted()
        var products = types.map { Product(sku: $0, brand: "Acme", category: "x", type: $0, attributes: ["color": "black", "material": "cotton"], count: 3) }
        products += colors.map { Product(sku: $0, brand: "Acme", category: "x", type: "t-shirt", attributes: ["color": $0]) }
        products += materials.map { Product(sku: $0, brand: "Acme", category: "x", type: "t-shirt", attributes: ["material": $0]) }
        for language in ListingLanguages.all {
            for product in products {
                let title = try composer.title(of: product, locale: ListingLanguages.icuLocale(language))
                #expect(title.missing.isEmpty && title.text.contains("Acme") && !title.text.contains("{"), "\(language) \(product.sku): \(title.text)")
            }
        }
    }

    @Test func setsOfPiecesSayHowManyPieces() throws {
        let blocks = Product(sku: "BB-1", brand: "Brickly", category: "toys/building", type: "building blocks",
                             attributes: ["pieces": "120", "color": "red"])
        #expect(try Self.composer.title(of: blocks, locale: "en-US").text == "Brickly Building Blocks, 120 pieces, Red")
        #expect(try Self.composer.title(of: blocks, locale: "de-DE").text == "Brickly Bausteine, 120 Teile, Rot")
        #expect(try Self.composer.title(of: blocks, locale: "pl-PL").text == "Klocki Brickly, 120 elementów, kolor czerwony")
        #expect(try Self.composer.title(of: blocks, locale: "ja-JP").text == "Brickly ブロック 120ピース レッド")
    }

    @Test func aValueWithoutTranslationIsReportedAndLeftOut() throws {
        let teal = Product(sku: "TS-2", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt", attributes: ["color": "teal", "size": "L"])
        let title = try Self.composer.title(of: teal, locale: "de-DE")
        #expect(title.text == "Acme T-Shirt, Größe L", "never 'teal' in a German title")
        #expect(title.missing == [MissingTranslation(attribute: "color", value: "teal", language: "de")])
        // Product values are English: an English title uses one the glossary lacks as given.
        let english = try Self.composer.title(of: teal, locale: "en-GB")
        #expect(english.text == "Acme T-Shirt, Teal, Size L" && english.missing.isEmpty)
    }

    @Test func fitsByDroppingPartsThenCutting() throws {
        let headphones = Product(sku: "H-1", brand: "Sony", category: "electronics/headphones", type: "headphones",
                                 attributes: ["model": "WH-1000XM4", "color": "black"], count: 1)
        let full = try Self.composer.title(of: headphones, locale: "en-US")
        #expect(full.text == "Sony Headphones WH-1000XM4, Black")
        let fitted = try Self.composer.title(of: headphones, locale: "en-US", limit: (maximum: 30, unit: .graphemes))
        #expect(fitted.text == "Sony Headphones WH-1000XM4" && fitted.dropped == ["{color}"] && !fitted.truncated)
        let tight = try Self.composer.title(of: Self.tee, locale: "en-US", limit: (maximum: 20, unit: .graphemes))
        let sizePart = try #require(Self.composer.templates.templates["en"]?.parts.first { $0.arguments.contains("size") }?.pattern)
        #expect(tight.text == "Acme T-Shirt, Black" && tight.dropped == ["{pack}", sizePart, "{material}"], "lowest priority first")
        // A Japanese title in a byte limit (three bytes a character).
        let japanese = try Self.composer.title(of: Self.tee, locale: "ja-JP", limit: (maximum: 24, unit: .utf8Bytes))
        #expect(japanese.text.utf8.count <= 24 && japanese.text.hasPrefix("Acme Tシャツ"))
    }

    @Test func aBrokenTemplateDoesNotLoad() {
        let part = "    separator: \", \"\n    parts:\n      - {pattern: \"{brand} {type}\", keep: true}\n"
        let good = "version: 1\ntitles:\n" + ListingLanguages.all.map { "  \($0):\n" + part }.joined()
        #expect(throws: Never.self) { try TitleTemplatesLoader.load(yaml: good, file: "t.yaml") }
        let unknown = good.replacingOccurrences(of: "  de:\n" + part, with: "  de:\n    separator: \", \"\n    parts:\n      - {pattern: \"{marke} {type}\", keep: true}\n")
        #expect(throws: RulePackError.self) { try TitleTemplatesLoader.load(yaml: unknown, file: "t.yaml") }
        let noPriority = good.replacingOccurrences(of: "  ja:\n" + part, with: "  ja:\n" + part + "      - {pattern: \"{color}\"}\n")
        #expect(throws: RulePackError.self) { try TitleTemplatesLoader.load(yaml: noPriority, file: "t.yaml") }
        let unclosed = good.replacingOccurrences(of: "  fr:\n" + part, with: "  fr:\n" + part.replacingOccurrences(of: "{type}\"", with: "{type\""))
        let error = #expect(throws: RulePackError.self) { try TitleTemplatesLoader.load(yaml: unclosed, file: "t.yaml") }
        #expect(error?.description.hasPrefix("t.yaml:") == true && error?.description.contains("titles.fr pattern '{brand} {type' is not valid ICU MessageFormat") == true)
        let families = TemplateFamilies(familyOf: ["grocery": "food"])
        let onlyFood = good.replacingOccurrences(of: "  ja:\n" + part, with: "  ja:\n" + part + "      - {pattern: \"{quantity}\", priority: 4, families: [food]}\n")
        #expect(throws: Never.self) { try TitleTemplatesLoader.load(yaml: onlyFood, file: "t.yaml", families: families) }
        let unknownFamily = onlyFood.replacingOccurrences(of: "families: [food]", with: "families: [groceries]")
        let familyError = #expect(throws: RulePackError.self) { try TitleTemplatesLoader.load(yaml: unknownFamily, file: "t.yaml", families: families) }
        #expect(familyError?.description.contains("'groceries' is not a template family (known: default, food)") == true)
    }

    /// Parts for some families only: food, beauty and home titles state their net quantity in the
    /// market's units; other families' titles do not.
    @Test func familyPartsStateTheQuantity() throws {
        let tea = Product(sku: "TE", brand: "Leafhouse", category: "grocery/tea", type: "tea", quantities: ["weight": Quantity(100, .gram)], count: 2)
        #expect(try Self.composer.title(of: tea, locale: "en-US", units: .us).text == "Leafhouse Tea, 3.5 oz (100 g), Pack of 2")
        #expect(try Self.composer.title(of: tea, locale: "de-DE", units: .metric).text == "Leafhouse Tee, 100 g, 2er-Pack")
        let mat = Product(sku: "YM", brand: "Flowfit", category: "sports/yoga", type: "yoga mat", quantities: ["weight": Quantity(1.2, .kilogram)])
        #expect(try Self.composer.title(of: mat, locale: "en-US", units: .us).text == "Flowfit Yoga Mat")
    }
}
