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
        Localizer(composer: TitleComposerTests.composer, bullets: BulletsTests.templates, rates: rates)
    }

    @Test func makesTheMarketsListing() throws {
        let rates = ExchangeRates(date: "2026-11-30", base: "EUR", rates: ["USD": Decimal(string: "1.05")!, "JPY": Decimal(string: "161.4")!])
        let us = try Self.localizer(rates: rates).localize(Self.bottle, for: Self.us)
        #expect(us.listing.id == "WB-1-US" && us.listing.market == "US" && us.listing.locale == "en-US")
        #expect(us.listing.title == "Acme Water Bottle, Stainless steel, Black")
        #expect(us.listing.attributes["price"] == "$26.15" && us.listing.attributes["capacity"] == "25.4 fl oz (750 mL)")
        #expect(us.listing.description == nil, "no English text given")
        #expect(us.listing.bullets == ["Material: Stainless steel", "Color: Black", "Capacity: 25.4 fl oz (750 mL)"])
        let jp = try Self.localizer(rates: rates).localize(Self.bottle, for: Self.jp, titleLimit: (maximum: 10, unit: .graphemes))
        #expect(jp.listing.attributes["price"] == "￥4,019" && jp.listing.description == "真空断熱のステンレスボトル。")
        #expect((jp.listing.title?.count ?? 99) <= 10 && !jp.dropped.isEmpty)
    }

    @Test func aPriceWithoutARateIsANote() throws {
        let made = try Self.localizer(rates: nil).localize(Self.bottle, for: Self.us)
        #expect(made.listing.attributes["price"] == nil && made.notes == ["price not converted: EUR to USD needs --rates"])
    }
}
