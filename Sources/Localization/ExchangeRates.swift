import ComplianceCore
import Foundation
import TextEngine

/// Exchange rates of one day, read from a rates file (`--rates FILE`):
///
/// ```json
/// {"date": "2026-11-30", "base": "EUR", "source": "ECB reference rates",
///  "rates": {"USD": 1.0518, "JPY": 161.44, "GBP": 0.8342}}
/// ```
///
/// Each rate is how many units of that currency one unit of `base` buys. Prices converted with
/// the file say which day's rates they used.
public struct ExchangeRates: Sendable, Equatable {
    /// The day the rates are of (YYYY-MM-DD).
    public let date: String
    public let base: String
    /// Where the rates come from, as the file says.
    public let source: String?
    /// Units of each currency per unit of `base` (the base itself is 1).
    public let rates: [String: Decimal]

    public init(date: String, base: String, source: String? = nil, rates: [String: Decimal]) {
        self.date = date
        self.base = base
        self.source = source
        var all = rates
        all[base] = 1
        self.rates = all
    }

    /// A rates file that cannot be used, naming the file and the key.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Reads a rates file.
    /// - Throws: `Problem` naming the file and what is wrong (not JSON, a missing or malformed
    ///   `date`, `base` or rate, a rate that is not a positive number).
    public static func load(_ data: Data, file: String) throws -> ExchangeRates {
        func problem(_ message: String) -> Problem { Problem(file: file, message: message) }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw problem("not a JSON object with date, base and rates")
        }
        for key in object.keys where !["date", "base", "source", "rates"].contains(key) {
            throw problem("unknown key '\(key)' (known: date, base, source, rates)")
        }
        guard let date = object["date"] as? String, Day(date) != nil else { throw problem("'date' must be a day, YYYY-MM-DD") }
        guard let base = object["base"] as? String, CurrencyData.isCode(base) else {
            throw problem("'base' must be an ISO 4217 code such as EUR")
        }
        var source: String?
        if let value = object["source"] {
            guard let text = value as? String else { throw problem("'source' must be a string") }
            source = text
        }
        guard let table = object["rates"] as? [String: Any], !table.isEmpty else { throw problem("'rates' must map currency codes to numbers") }
        var rates: [String: Decimal] = [:]
        for (code, value) in table {
            guard CurrencyData.isCode(code) else { throw problem("rates: '\(code)' is not an ISO 4217 code") }
            // Read the number as written (JSON text), not through a binary double.
            guard let number = value as? NSNumber, String(cString: number.objCType) != "c",  // "c": a JSON boolean
                  let rate = Decimal(string: number.stringValue, locale: Locale(identifier: "en_US_POSIX")), rate > 0 else {
                throw problem("rates: '\(code)' must be a positive number")
            }
            rates[code] = rate
        }
        return ExchangeRates(date: date, base: base, source: source, rates: rates)
    }

    /// `amount` in `currency` converted to `target`, rounded to the target's fraction digits
    /// (CLDR's: none for JPY and KRW, two for EUR, three for KWD), half away from zero.
    /// - Throws: `Problem` when a currency has no rate; `TextEngineError` for an invalid code.
    public func convert(_ amount: Decimal, from currency: String, to target: String, file: String = "rates") throws -> Decimal {
        guard let from = rates[currency.uppercased()] else { throw Problem(file: file, message: "no rate for \(currency) (rates of \(date))") }
        guard let to = rates[target.uppercased()] else { throw Problem(file: file, message: "no rate for \(target) (rates of \(date))") }
        let converted = currency.uppercased() == target.uppercased() ? amount : amount / from * to
        return Self.rounded(converted, digits: try CurrencyData.fractionDigits(target))
    }

    /// `value` rounded to `digits` fraction digits, half away from zero.
    public static func rounded(_ value: Decimal, digits: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, digits, .plain)
        return result
    }
}

/// A price in a currency, formatted for a locale with system ICU.
public struct Price: Sendable, Equatable {
    public let amount: Decimal
    public let currency: String

    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }

    /// Reads "19.99 EUR" (amount, then an ISO 4217 code).
    public init?(_ text: String) {
        let parts = text.split(separator: " ")
        // Digits with an optional point: Decimal(string:) alone would read "19,99" as 19.
        guard parts.count == 2, Self.isPlainNumber(parts[0]),
              let amount = Decimal(string: String(parts[0]), locale: Locale(identifier: "en_US_POSIX")),
              CurrencyData.isCode(String(parts[1])) else { return nil }
        self.init(amount: amount, currency: String(parts[1]))
    }

    /// `123`, `19.99`: ASCII digits with at most one point between digits.
    static func isPlainNumber(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// The price as `locale` writes it ("19,99 €" in de-DE, "￥3,226" in ja-JP), with exactly
    /// `fractionDigits` digits when given, else the currency's.
    public func formatted(locale: String, fractionDigits: Int? = nil) throws -> String {
        let precision: NumberPrecision = fractionDigits.map { .fractionDigits(min: $0, max: $0) } ?? .automatic
        return try ICUNumberFormat.currency(currency, locale: locale, precision: precision).format(decimal: "\(amount)")
    }

    /// `price` in `market`'s currency as its listings state it: converted with `rates` when the
    /// currencies differ, rounded half away from zero to the market's price step when it has one
    /// (CHF 18.60, 230 kr, $684 in Taiwan), else to the currency's digits. A price already in the
    /// market's currency is stated as the seller gave it.
    /// - Throws: `ExchangeRates.Problem` when a rate is missing or no rates were given.
    public static func stated(_ price: Price, in market: Market, rates: ExchangeRates?, ratesFile: String = "rates") throws -> String {
        guard let currency = market.currency, price.currency != currency else { return try price.formatted(locale: market.locales[0]) }
        guard let rates else { throw ExchangeRates.Problem(file: ratesFile, message: "\(price.currency) to \(currency) needs --rates") }
        var amount = try rates.convert(price.amount, from: price.currency, to: currency, file: ratesFile)
        guard let text = market.priceStep, let step = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), step > 0 else {
            return try Price(amount: amount, currency: currency).formatted(locale: market.locales[0])
        }
        amount = ExchangeRates.rounded(amount / step, digits: 0) * step
        let digits = text.split(separator: ".").dropFirst().first?.count ?? 0
        return try Price(amount: amount, currency: currency).formatted(locale: market.locales[0], fractionDigits: digits)
    }
}
