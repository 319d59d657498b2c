import ComplianceCore
import Foundation
import RulePacks
import Testing
import TextEngine
@testable import Localization

/// Sizes in titles and bullets, in the market's size system and written as its language does.
@Suite struct SizeDisplayTests {
    static let composer: TitleComposer = {
        let base = TitleComposerTests.composer
        return TitleComposer(templates: base.templates, glossaries: try! GlossaryTests.shipped(), phrases: base.phrases,
                             sizes: try! SizeTablesTests.shipped())
    }()

    static func market(_ id: String, _ locale: String, _ system: SizeSystem) -> Market {
        Market(id: id, locales: [locale], scripts: [.latin], jurisdictions: [id], currency: "EUR", unitSystem: .metric, sizeSystem: system)
    }

    static let sneakers = Product(sku: "SN", brand: "Stride", category: "footwear/sneakers", type: "sneakers",
                                  attributes: ["color": "white", "size": "42"], sizeSystem: "EU")

    @Test(arguments: [
        ("en-US", SizeSystem.us, "Stride Sneakers, White, Size US 9", "Size: US 9"),
        ("en-GB", .uk, "Stride Sneakers, White, Size UK 8", "Size: UK 8"),
        ("de-DE", .eu, "Stride Sneaker, Weiß, Größe EU 42", "Größe: EU 42"),
        ("fr-FR", .eu, "Baskets Stride, Blanc, Taille EU 42", "Taille\u{202F}: EU 42"),
        ("ja-JP", .jp, "Stride スニーカー ホワイト 27.0cm", "サイズ：27.0cm"),
        ("zh-CN", .cn, "Stride 运动鞋 白色 270mm", "尺码：270mm"),
        ("zh-TW", .jp, "Stride 運動鞋 白色 27.0cm", "尺碼：27.0cm"),
        ("ko-KR", .kr, "Stride 스니커즈 화이트 270mm", "사이즈: 270mm"),
        ("pt-BR", .eu, "Tênis Stride, Branco, Tamanho EU 42", "Tamanho: EU 42"),
    ])
    func shoesInTheMarketsSystem(locale: String, system: SizeSystem, title: String, bullet: String) throws {
        let made = try Self.composer.title(of: Self.sneakers, locale: locale, sizeSystem: system)
        #expect(made.text == title && made.missing.isEmpty)
        let bullets = try Self.composer.bullets(of: Self.sneakers, market: Self.market("X", locale, system), templates: BulletsTests.templates)
        #expect(bullets.lines.contains(bullet), "\(bullets.lines)")
    }

    /// Japanese centimetres take the listing language's decimal sign (ICU): a German listing for a
    /// market on the JP system would write 27,0 cm.
    @Test func centimetresUseTheLanguagesDecimal() throws {
        #expect(try Self.composer.title(of: Self.sneakers, locale: "de-DE", sizeSystem: .jp).text == "Stride Sneaker, Weiß, Größe 27,0 cm")
    }

    @Test func clothingSizesAsEachLanguageNamesThem() throws {
        let dress = Product(sku: "DR", brand: "Acme", category: "apparel/dresses", type: "t-shirt",
                            attributes: ["size": "38", "gender": "women"], sizeSystem: "EU")
        #expect(try Self.composer.title(of: dress, locale: "zh-CN", sizeSystem: .cn).text == "Acme T恤 170/92A")
        #expect(try Self.composer.title(of: dress, locale: "ko-KR", sizeSystem: .kr).text == "Acme 티셔츠 77 사이즈")
        #expect(try Self.composer.title(of: dress, locale: "en-US", sizeSystem: .us).text == "Acme T-Shirt, Size US 8")
        #expect(try Self.composer.title(of: dress, locale: "zh-CN", sizeSystem: .us).text == "Acme T恤 美码8")
        let oneSize = Product(sku: "OS", brand: "Acme", category: "apparel/hats", type: "t-shirt", attributes: ["size": "one size"])
        #expect(try Self.composer.title(of: oneSize, locale: "de-DE", sizeSystem: .eu).text == "Acme T-Shirt, Einheitsgröße")
        #expect(try Self.composer.title(of: oneSize, locale: "ja-JP", sizeSystem: .jp).text == "Acme Tシャツ フリーサイズ")
    }

    /// A size that cannot be stated in the market's system is left out of the title and the
    /// bullets and reported, never written in the product's system.
    @Test func anUnconvertibleSizeIsLeftOutAndReported() throws {
        let odd = Product(sku: "SN", brand: "Stride", category: "footwear/sneakers", type: "sneakers", attributes: ["size": "41"], sizeSystem: "EU")
        let title = try Self.composer.title(of: odd, locale: "en-US", sizeSystem: .us)
        #expect(title.text == "Stride Sneakers")
        #expect(title.missing == [MissingTranslation(attribute: "size", value: "EU 41", language: "en",
                                                     detail: "EU 41 has no row in the footwear-men table")])
        let bullets = try Self.composer.bullets(of: odd, market: Self.market("US", "en-US", .us), templates: BulletsTests.templates)
        #expect(bullets.lines.isEmpty && bullets.missing == title.missing)
        let bare = Product(sku: "SN", brand: "Stride", category: "footwear/sneakers", type: "sneakers", attributes: ["size": "42"])
        #expect(try Self.composer.title(of: bare, locale: "de-DE", sizeSystem: .eu).missing.map(\.detail)
            == [SizeProblem.numberWithoutSystem("42").description])
    }

    /// Every title template and every bullets size pattern renders every size system and unit
    /// in every language: no placeholder left, the size itself present.
    @Test func everySizePatternRendersInEveryLanguage() throws {
        let templates = BulletsTests.templates
        for language in ListingLanguages.all {
            let locale = ListingLanguages.icuLocale(language)
            let template = try #require(Self.composer.templates.templates[language])
            let parts = template.parts.filter { $0.arguments.contains("size") }
            #expect(parts.count == 1, "\(language)")
            for system in SizeSystem.allCases.map(\.rawValue) + ["none"] {
                for unit in ["cm", "mm", "word", "none"] {
                    let values: [String: MessageArgument] = ["size": "S1Z3", "size_system": .string(system), "size_unit": .string(unit)]
                    for pattern in parts.map(\.pattern) + [try #require(templates.templates[language]).size] {
                        let text = try ICUMessageFormat(locale: locale, pattern: pattern).format(values)
                        #expect(text.contains("S1Z3") && !text.contains("{") && !text.contains("}"), "\(language) \(system) \(unit): \(text)")
                        if unit == "cm" || unit == "mm" { #expect(text.contains(unit), "\(language) \(system) \(unit): \(text)") }
                        if unit == "none" && ["EU", "US", "UK"].contains(system) && !language.hasPrefix("zh") {
                            #expect(text.contains(system), "a size in a foreign system names it: \(language) \(text)")
                        }
                    }
                }
            }
        }
    }
}
