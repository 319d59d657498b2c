import ComplianceCore
import Foundation
import Testing
import TextEngine
@testable import Localization

@Suite struct LocalizerTests {
    static let us = Market(id: "US", name: "United States", locales: ["en-US"], scripts: [.latin], jurisdictions: ["US"], currency: "USD", unitSystem: .us)
    static let jp = Market(id: "JP", name: "Japan", locales: ["ja-JP"], scripts: [.han, .latin], jurisdictions: ["JP"], currency: "JPY", unitSystem: .metric)

    static let bottle = Product(sku: "WB-1", brand: "Acme", category: "home/drinkware", type: "water bottle",
                                attributes: ["color": "black", "material": "stainless steel"], quantities: ["capacity": Quantity(750, .milliliter)],
                                price: Price(amount: Decimal(string: "24.90")!, currency: "EUR"),
                                texts: ["ja": ["description": "真空断熱のステンレスボトル。"]])

    static func localizer(rates: ExchangeRates?) -> Localizer {
        Localizer(composer: TitleComposerTests.composer, bullets: BulletsTests.templates, descriptions: DescriptionsTests.templates, rates: rates)
    }

    @Test func makesTheMarketsListing() throws {
        let rates = ExchangeRates(date: "2026-11-30", base: "EUR", rates: ["USD": Decimal(string: "1.05")!, "JPY": Decimal(string: "161.4")!])
        let us = try Self.localizer(rates: rates).localize(Self.bottle, for: Self.us)
        #expect(us.listing.id == "WB-1-US" && us.listing.market == "US" && us.listing.locale == "en-US")
        #expect(us.listing.title == "Acme Water Bottle, 25.4 fl oz (750 mL), Stainless steel, Black")
        #expect(us.listing.attributes["price"] == "$26.15" && us.listing.attributes["capacity"] == "25.4 fl oz (750 mL)")
        #expect(us.listing.description == "Water bottle from Acme, made of stainless steel. Capacity: 25.4 fl oz (750 mL). Color: Black.",
                "the templates only: no English text given")
        #expect(us.untranslated == [Localizer.Untranslated(field: "description", language: "en", available: ["ja"])])
        #expect(us.listing.bullets == ["Material: Stainless steel", "Color: Black", "Capacity: 25.4 fl oz (750 mL)"])
        let jp = try Self.localizer(rates: rates).localize(Self.bottle, for: Self.jp, titleLimit: (maximum: 10, unit: .graphemes))
        #expect(jp.listing.attributes["price"] == "￥4,019")
        #expect(jp.listing.description == "Acmeの水筒。素材：ステンレス。容量：750 ml。カラー：ブラック。\n\n真空断熱のステンレスボトル。")
        #expect(jp.untranslated.isEmpty)
        #expect((jp.listing.title?.count ?? 99) <= 10 && !jp.dropped.isEmpty)
    }

    @Test func sellerTextIsUsedInItsLanguageAndReportedElsewhere() throws {
        let tee = Product(sku: "TS", brand: "Acme", category: "apparel/t-shirts", type: "t-shirt",
                          features: [.term("machine washable"), .text(["en": "Soft combed cotton", "de": "Weiche Baumwolle"]), .text(["en": "Relaxed fit"])])
        let us = try Self.localizer(rates: nil).localize(tee, for: Self.us)
        #expect(us.listing.bullets.suffix(2) == ["Soft combed cotton", "Relaxed fit"] && us.untranslated.isEmpty)
        let jp = try Self.localizer(rates: nil).localize(tee, for: Self.jp)
        #expect(!jp.listing.bullets.contains { $0.contains("cotton") || $0.contains("Relaxed") }, "never English text in a Japanese listing")
        #expect(jp.untranslated.map(\.description) == ["features[1] has no ja text (given in de, en)", "features[2] has no ja text (given in en)"])
    }

    @Test func theDescriptionFitsItsLimit() throws {
        let long = String(repeating: "Vacuum insulated steel keeps drinks cold. ", count: 20)
        let bottle = Product(sku: "WB-2", brand: "Acme", category: "home/drinkware", type: "water bottle", texts: ["en": ["description": long]])
        let made = try Self.localizer(rates: nil).localize(bottle, for: Self.us, descriptionLimit: (maximum: 200, unit: .utf8Bytes))
        let text = try #require(made.listing.description)
        #expect(text.utf8.count <= 200 && text.hasPrefix("Water bottle from Acme.\n\nVacuum") && !text.hasSuffix(" "))
    }

    @Test func aListingInAnotherLocaleOfTheMarket() throws {
        let belgium = Market(id: "BE", name: "Belgium", locales: ["nl-BE", "fr-BE"], scripts: [.latin], jurisdictions: ["EU", "BE"],
                             currency: "EUR", unitSystem: .metric, requiredLocales: ["nl-BE", "fr-BE"])
        let dutch = try Self.localizer(rates: nil).localize(Self.bottle, for: belgium, locale: "nl-BE")
        #expect(dutch.listing.id == "WB-1-BE" && dutch.listing.locale == "nl-BE" && dutch.listing.title == "Acme Drinkfles, 750 ml, Roestvrij staal, Zwart")
        let french = try Self.localizer(rates: nil).localize(Self.bottle, for: belgium, locale: "fr-BE")
        #expect(french.listing.id == "WB-1-BE-fr" && french.listing.market == "BE" && french.listing.locale == "fr-BE")
        #expect(french.listing.title == "Gourde Acme, 750 ml, Acier inoxydable, Noir" && french.listing.attributes["price"] == "24,90\u{A0}€")
    }

    @Test func aPriceWithoutARateIsANote() throws {
        let made = try Self.localizer(rates: nil).localize(Self.bottle, for: Self.us)
        #expect(made.listing.attributes["price"] == nil && made.notes == ["price not converted: EUR to USD needs --rates"])
    }
}
