import ComplianceCore
import Foundation
import RulePacks
import Testing
import TextEngine
@testable import Localization

@Suite struct DescriptionsTests {
    static let families: TemplateFamilies = {
        let url = TitleComposerTests.root.appendingPathComponent("locales/templates/families.yaml")
        return try! TemplateFamiliesLoader.load(yaml: String(decoding: try! Data(contentsOf: url), as: UTF8.self), file: url.path)
    }()

    static let templates: DescriptionTemplates = {
        let url = TitleComposerTests.root.appendingPathComponent("locales/templates/descriptions.yaml")
        return try! DescriptionTemplatesLoader.load(yaml: String(decoding: try! Data(contentsOf: url), as: UTF8.self), file: url.path, families: families)
    }()

    static func market(_ id: String, _ locale: String, _ system: UnitSystem = .metric) -> Market {
        Market(id: id, locales: [locale], scripts: [.latin], jurisdictions: [id], currency: "EUR", unitSystem: system)
    }

    static let blocks = Product(sku: "BB", brand: "Brickly", category: "toys/building", type: "building blocks",
                                attributes: ["color": "red", "material": "plastic", "pieces": "120", "age_min_years": "3", "origin": "DK"], count: 2)
    static let tea = Product(sku: "TE", brand: "Leafhouse", category: "grocery/tea", type: "tea", attributes: ["origin": "LK"],
                             quantities: ["weight": Quantity(100, .gram)])

    static func describe(_ product: Product, _ market: Market) throws -> TitleComposer.Description {
        try TitleComposerTests.composer.description(of: product, market: market, templates: templates)
    }

    @Test(arguments: [
        ("US", "en-US", "Building blocks from Brickly, made of plastic. The set has 120 pieces. For children aged 3 years and up. Color: Red. Pack of 2 items. Country of origin: Denmark."),
        ("DE", "de-DE", "Bausteine von Brickly aus Kunststoff. Das Set enthält 120 Teile. Für Kinder ab 3 Jahren. Farbe: Rot. 2 Stück pro Packung. Herkunftsland: Dänemark."),
        ("FR", "fr-FR", "Blocs de construction Brickly en plastique. L’ensemble compte 120 pièces. Pour les enfants dès 3 ans. Couleur\u{202F}: rouge. Lot de 2 articles. Pays d’origine\u{202F}: Danemark."),
        ("PL", "pl-PL", "Klocki Brickly. Materiał: tworzywo sztuczne. Zestaw zawiera 120 elementów. Dla dzieci od 3 lat. Kolor: czerwony. W opakowaniu: 2 sztuki. Kraj pochodzenia: Dania."),
        ("JP", "ja-JP", "Brickly ブロック。素材：プラスチック。120ピース入り。対象年齢：3歳以上。カラー：レッド。2点セット。原産国：デンマーク。".replacingOccurrences(of: "Brickly ブロック", with: "Bricklyのブロック")),
        ("TW", "zh-TW", "Brickly 積木。材質：塑膠。共120件。適用年齡：3歲以上。顏色：紅色。2入組。原產地：丹麥。"),
        ("SA", "ar-SA", "مكعبات بناء من Brickly. الخامة: بلاستيك. تضم المجموعة ١٢٠ قطعة. للأطفال من عمر ٣ سنوات فأكثر. اللون: أحمر. عبوة من قطعتين. بلد المنشأ: الدانمرك."),
    ])
    func describesAToyInEachLanguage(id: String, locale: String, expected: String) throws {
        let made = try Self.describe(Self.blocks, Self.market(id, locale))
        #expect(made.text == expected)
        #expect(made.missing.isEmpty)
    }

    @Test func foodStatesTheNetQuantityInTheMarketsUnits() throws {
        #expect(try Self.describe(Self.tea, Self.market("US", "en-US", .us)).text
            == "Tea from Leafhouse. Net weight: 3.5 oz (100 g). Country of origin: Sri Lanka.")
        #expect(try Self.describe(Self.tea, Self.market("DE", "de-DE")).text == "Tee von Leafhouse. Nettofüllmenge: 100 g. Herkunftsland: Sri Lanka.")
    }

    /// The size is stated as in the title and bullets: converted to the market's system, or
    /// reported and left out, never written in another system.
    @Test func sizesAreStatedInTheMarketsSystem() throws {
        let base = TitleComposerTests.composer
        let composer = TitleComposer(templates: base.templates, glossaries: Array(base.glossaries.values), phrases: base.phrases,
                                     sizes: try SizeTablesTests.shipped())
        let sneakers = Product(sku: "SN", brand: "Stride", category: "footwear/sneakers", type: "sneakers", attributes: ["size": "42"], sizeSystem: "EU")
        func market(_ id: String, _ locale: String, _ system: SizeSystem) -> Market {
            Market(id: id, locales: [locale], scripts: [.latin], jurisdictions: [id], currency: "EUR", unitSystem: .metric, sizeSystem: system)
        }
        #expect(try composer.description(of: sneakers, market: market("US", "en-US", .us), templates: Self.templates).text
            == "Sneakers from Stride. Size: US 9.")
        #expect(try composer.description(of: sneakers, market: market("JP", "ja-JP", .jp), templates: Self.templates).text
            == "Strideのスニーカー。サイズ：27.0cm。")
        let unknown = Product(sku: "SN", brand: "Stride", category: "footwear/sneakers", type: "sneakers", attributes: ["size": "41"], sizeSystem: "EU")
        let made = try composer.description(of: unknown, market: market("US", "en-US", .us), templates: Self.templates)
        #expect(made.text == "Sneakers from Stride." && made.missing.map(\.attribute) == ["size"])
    }

    @Test func alternativesFollowWhatTheProductHas() throws {
        let plain = Product(sku: "X", category: "apparel/t-shirts", type: "t-shirt")
        #expect(try Self.describe(plain, Self.market("US", "en-US")).text == "T-shirt.")
        let unbranded = Product(sku: "X", category: "apparel/t-shirts", type: "t-shirt", attributes: ["material": "cotton"])
        #expect(try Self.describe(unbranded, Self.market("US", "en-US")).text == "T-shirt, made of cotton.")
        // An unknown family uses `default`; an unknown region is left out, not written as a code.
        let odd = Product(sku: "X", brand: "Acme", category: "garden/tools", type: "t-shirt", attributes: ["origin": "QQ"])
        #expect(try Self.describe(odd, Self.market("DE", "de-DE")).text == "T-Shirt von Acme.")
        // A colour the glossary lacks is reported and left out, in every language but English.
        let teal = Product(sku: "X", brand: "Acme", category: "home/drinkware", type: "water bottle", attributes: ["color": "teal"])
        let german = try Self.describe(teal, Self.market("DE", "de-DE"))
        #expect(german.text == "Trinkflasche von Acme." && german.missing == [MissingTranslation(attribute: "color", value: "teal", language: "de")])
        #expect(try Self.describe(teal, Self.market("US", "en-US")).text == "Water bottle from Acme. Color: Teal.")
    }

    /// Every family of every language: each plural argument has a branch for each plural
    /// category of the language, and a number of each category renders.
    @Test func everyPluralCategoryOfEveryLanguageRenders() throws {
        let samples: [Double] = (0...200).map(Double.init) + [0.5, 1.5, 1000, 1_000_000]
        var checked = 0
        for language in ListingLanguages.all {
            let template = try #require(Self.templates.templates[language])
            let locale = ListingLanguages.icuLocale(language)
            let rules = try PluralRules.cached(locale: locale)
            let categories = try rules.categories()
            let parts = template.families.values.flatMap { $0 } + template.common
            for alternative in parts.flatMap(\.alternatives) {
                let numbers = alternative.arguments.filter { DescriptionTemplates.numbers.contains($0) }
                guard !numbers.isEmpty else { continue }
                let branches = PhrasesTests.pluralKeywords(alternative.pattern)
                for category in categories {
                    #expect(branches.contains(category.rawValue), "\(language) \(alternative.pattern): no '\(category.rawValue)' branch")
                    let sample = try #require(try samples.first { try rules.category(for: $0) == category })
                    var arguments: [String: MessageArgument] = [:]
                    for name in alternative.arguments { arguments[name] = numbers.contains(name) ? .double(sample) : .string("X") }
                    let text = try ICUMessageFormat(locale: locale, pattern: alternative.pattern).format(arguments)
                    #expect(!text.isEmpty && !text.contains("{") && !text.contains("#"), "\(language) \(sample): \(text)")
                    checked += 1
                }
                #expect(branches.filter { !$0.hasPrefix("=") }.isSubset(of: Set(categories.map(\.rawValue))), "\(language): \(branches)")
            }
        }
        #expect(checked > 100)
    }

    @Test func everyFamilyRendersInEveryLanguage() throws {
        let families = ["apparel/x", "footwear/x", "electronics/x", "toys/x", "beauty/x", "grocery/x", "home/x", "sports/x", "misc/x"]
        for language in ListingLanguages.all {
            let locale = ListingLanguages.icuLocale(language) == "zh-Hant" ? "zh-TW" : ListingLanguages.icuLocale(language)
            for category in families {
                let product = Product(sku: "P", brand: "Acme", category: category, type: "t-shirt",
                                      attributes: ["material": "cotton", "color": "black", "size": "M", "model": "AX-1", "pieces": "2",
                                                   "age_min_years": "1", "origin": "PT"],
                                      quantities: ["capacity": Quantity(750, .milliliter), "weight": Quantity(1.5, .kilogram)], count: 3)
                let made = try Self.describe(product, Self.market("X", locale))
                #expect(made.text.contains("Acme") && made.missing.isEmpty && !made.text.contains("{"), "\(language) \(category): \(made.text)")
            }
        }
    }

    @Test func aBrokenDescriptionsFileDoesNotLoad() throws {
        let url = TitleComposerTests.root.appendingPathComponent("locales/templates/descriptions.yaml")
        let shipped = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        func load(_ text: String) throws { _ = try DescriptionTemplatesLoader.load(yaml: text, file: "d.yaml", families: Self.families) }
        #expect(throws: Never.self) { try load(shipped) }
        let unknownValue = shipped.replacingOccurrences(of: "\"Color: {color}.\"", with: "\"Color: {sise}.\"")
        #expect { try load(unknownValue) } throws: { "\($0)".contains("{sise} is not a description value") && "\($0)".hasPrefix("d.yaml:") }
        let broken = shipped.replacingOccurrences(of: "\"Farbe: {color}.\"", with: "\"Farbe: {color.\"")
        #expect { try load(broken) } throws: { "\($0)".contains("not valid ICU MessageFormat") }
        let noFamily = shipped.replacingOccurrences(of: "      footwear: *sv-made\n", with: "")
        #expect { try load(noFamily) } throws: { "\($0)".contains("missing required key 'footwear'") }
        let noLanguage = shipped.replacingOccurrences(of: "  ko:\n", with: "  kx:\n")
        #expect(throws: RulePackError.self) { try load(noLanguage) }
    }

    @Test func familiesMapCategoriesAndRefuseDefault() throws {
        #expect(Self.families.family(of: Self.tea) == "food" && Self.families.family(of: Self.blocks) == "toys")
        #expect(Self.families.family(of: Product(sku: "G", category: "garden/tools")) == "default")
        #expect(Self.families.names.contains("default") && Self.families.names.contains("sports"))
        let error = #expect(throws: RulePackError.self) {
            try TemplateFamiliesLoader.load(yaml: "version: 1\nfamilies:\n  toys: toys\n  garden: default\n", file: "f.yaml")
        }
        #expect(error?.description.hasPrefix("f.yaml:4:11: 'default' is the family of every category not listed") == true, "\(String(describing: error))")
    }
}
