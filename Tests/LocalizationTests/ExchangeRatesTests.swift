import ComplianceCore
import Foundation
import Testing
import TextEngine
@testable import Localization

@Suite struct ExchangeRatesTests {
    static let file = #"{"date": "2026-11-30", "base": "EUR", "source": "test", "rates": {"USD": 1.05, "JPY": 161.44, "KRW": 1520.3, "GBP": 0.83, "KWD": 0.3234}}"#

    static func rates() throws -> ExchangeRates { try ExchangeRates.load(Data(file.utf8), file: "rates.json") }

    @Test func convertsAndRoundsToEachCurrencysDigits() throws {
        let rates = try Self.rates()
        #expect(rates.date == "2026-11-30" && rates.base == "EUR" && rates.source == "test")
        #expect(try rates.convert(Decimal(string: "19.99")!, from: "EUR", to: "JPY") == 3227, "19.99 × 161.44 = 3227.1856: no decimals for yen")
        #expect(try rates.convert(Decimal(string: "19.99")!, from: "EUR", to: "KRW") == 30391, "19.99 × 1520.3 = 30390.797")
        #expect(try rates.convert(Decimal(string: "19.99")!, from: "EUR", to: "USD") == Decimal(string: "20.99"), "20.9895 rounds half away from zero")
        #expect(try rates.convert(10, from: "USD", to: "GBP") == Decimal(string: "7.9"), "through the base: 10 / 1.05 × 0.83 = 7.9047…")
        #expect(try rates.convert(10, from: "EUR", to: "KWD") == Decimal(string: "3.234"), "three digits for the dinar")
        #expect(try rates.convert(Decimal(string: "12.345")!, from: "EUR", to: "EUR") == Decimal(string: "12.35"))
        #expect(throws: ExchangeRates.Problem.self) { try rates.convert(1, from: "EUR", to: "CHF") }
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(ExchangeRates.rounded(Decimal(string: "2.5")!, digits: 0) == 3)
        #expect(ExchangeRates.rounded(Decimal(string: "1.005")!, digits: 2) == Decimal(string: "1.01"))
        #expect(ExchangeRates.rounded(Decimal(string: "-2.5")!, digits: 0) == -3)
    }

    @Test(arguments: [
        ("[1, 2]", "rates.json: not a JSON object with date, base and rates"),
        (#"{"date": "30.11.2026", "base": "EUR", "rates": {"USD": 1}}"#, "rates.json: 'date' must be a day, YYYY-MM-DD"),
        (#"{"date": "2026-11-30", "base": "euro", "rates": {"USD": 1}}"#, "rates.json: 'base' must be an ISO 4217 code such as EUR"),
        (#"{"date": "2026-11-30", "base": "EUR", "rates": {"usd": 1}}"#, "rates.json: rates: 'usd' is not an ISO 4217 code"),
        (#"{"date": "2026-11-30", "base": "EUR", "rates": {"USD": -1}}"#, "rates.json: rates: 'USD' must be a positive number"),
        (#"{"date": "2026-11-30", "base": "EUR", "rates": {"USD": true}}"#, "rates.json: rates: 'USD' must be a positive number"),
        (#"{"date": "2026-11-30", "base": "EUR", "rates": {"USD": 1}, "when": 1}"#, "rates.json: unknown key 'when' (known: date, base, source, rates)"),
    ])
    func badFilesNameTheProblem(text: String, message: String) {
        #expect(throws: ExchangeRates.Problem(file: "rates.json", message: String(message.dropFirst("rates.json: ".count)))) {
            try ExchangeRates.load(Data(text.utf8), file: "rates.json")
        }
    }

    @Test func pricesFormatAsICUWritesThem() throws {
        #expect(Price("19.99 EUR") == Price(amount: Decimal(string: "19.99")!, currency: "EUR"))
        #expect(Price("19,99 EUR") == nil && Price("19.99 euro") == nil)
        #expect(try Price(amount: Decimal(string: "1234.5")!, currency: "EUR").formatted(locale: "de-DE") == "1.234,50\u{A0}€")
        #expect(try Price(amount: 3227, currency: "JPY").formatted(locale: "ja-JP") == "￥3,227")
        #expect(try Price(amount: Decimal(string: "20.99")!, currency: "USD").formatted(locale: "en-US") == "$20.99")
        #expect(try CurrencyData.fractionDigits("JPY") == 0 && CurrencyData.fractionDigits("EUR") == 2 && CurrencyData.fractionDigits("KWD") == 3)
        #expect(throws: TextEngineError.self) { try CurrencyData.fractionDigits("EURO") }
    }

    /// Converted prices keep to the market's retail step; a price in the market's own currency is
    /// stated as given.
    @Test func marketsWithAPriceStep() throws {
        let rates = ExchangeRates(date: "2026-11-30", base: "EUR",
                                  rates: ["CHF": Decimal(string: "0.93")!, "SEK": Decimal(string: "11.5")!, "TWD": Decimal(string: "34.2")!])
        func market(_ id: String, _ locale: String, _ currency: String, _ step: String?) -> Market {
            Market(id: id, locales: [locale], scripts: [.latin], jurisdictions: [id], currency: currency, priceStep: step)
        }
        let price = Price(amount: Decimal(string: "19.99")!, currency: "EUR")
        #expect(try Price.stated(price, in: market("CH", "de-CH", "CHF", "0.05"), rates: rates) == "CHF\u{A0}18.60")
        #expect(try Price.stated(price, in: market("SE", "sv-SE", "SEK", "1"), rates: rates) == "230\u{A0}kr")
        #expect(try Price.stated(price, in: market("TW", "zh-TW", "TWD", "1"), rates: rates) == "$684")
        #expect(try Price.stated(price, in: market("TW", "zh-TW", "TWD", nil), rates: rates) == "$683.66")
        let own = Price(amount: Decimal(string: "18.59")!, currency: "CHF")
        #expect(try Price.stated(own, in: market("CH", "de-CH", "CHF", "0.05"), rates: nil) == "CHF\u{A0}18.59", "the seller's own price is kept")
        #expect(throws: ExchangeRates.Problem.self) { try Price.stated(price, in: market("CH", "de-CH", "CHF", "0.05"), rates: nil) }
    }
}
