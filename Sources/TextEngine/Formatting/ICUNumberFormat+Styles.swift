import CICUShim

/// How a currency is shown.
public enum CurrencyDisplay: String, Sendable, Codable, CaseIterable {
    /// The locale's symbol: "€", "US$" or "$" depending on the locale.
    case symbol
    /// The narrow symbol: "$" for every dollar.
    case narrowSymbol
    /// The ISO code: "EUR".
    case isoCode
    /// The display name: "euros".
    case name

    var skeletonStem: String {
        switch self {
        case .symbol: return ""
        case .narrowSymbol: return "unit-width-narrow"
        case .isoCode: return "unit-width-iso-code"
        case .name: return "unit-width-full-name"
        }
    }
}

/// Short or long compact notation ("1.2K" or "1.2 thousand").
public enum CompactStyle: String, Sendable, Codable, CaseIterable {
    case short, long
}

extension ICUNumberFormat {
    /// A grouped decimal formatter, e.g. "1,234.5" in en, "1.234,5" in de.
    public static func decimal(locale: String, precision: NumberPrecision = .automatic) throws -> ICUNumberFormat {
        try cached(locale: locale, skeleton: join("group-auto", precision.skeletonStem()))
    }

    /// A percent formatter for fractions: 0.25 is "25%" in en, "25 %" in de.
    public static func percent(locale: String, precision: NumberPrecision = .integer) throws -> ICUNumberFormat {
        try cached(locale: locale, skeleton: join("percent scale/100", precision.skeletonStem()))
    }

    /// A currency formatter for an ISO 4217 code such as "EUR".
    /// - Throws: `TextEngineError.invalidArgument` when `code` is not three ASCII letters.
    public static func currency(_ code: String, locale: String, display: CurrencyDisplay = .symbol,
                                precision: NumberPrecision = .automatic) throws -> ICUNumberFormat {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) else {
            throw TextEngineError.invalidArgument("invalid ISO 4217 currency code \"\(code)\"")
        }
        return try cached(locale: locale,
                          skeleton: join("currency/\(code.uppercased())", display.skeletonStem, precision.skeletonStem()))
    }

    /// A compact formatter: 1234 is "1.2K" (short) or "1.2 thousand" (long) in en.
    public static func compact(locale: String, style: CompactStyle = .short) throws -> ICUNumberFormat {
        try cached(locale: locale, skeleton: "compact-\(style.rawValue)")
    }

    static func join(_ stems: String...) -> String {
        stems.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Facts about ISO 4217 currencies from system ICU's CLDR data.
public enum CurrencyData {
    /// Whether `text` is written as an ISO 4217 code is: three capital ASCII letters (`EUR`).
    public static func isCode(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.allSatisfy { (65...90).contains($0) }
    }

    /// The fraction digits prices in `code` show: 2 for EUR and USD, 0 for JPY and KRW, 3 for KWD.
    /// - Throws: `TextEngineError.invalidArgument` when `code` is not three ASCII letters.
    public static func fractionDigits(_ code: String) throws -> Int {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) }) else {
            throw TextEngineError.invalidArgument("invalid ISO 4217 currency code \"\(code)\"")
        }
        var status: Int32 = 0
        let digits = code.uppercased().withCString { clr_currency_fraction_digits($0, &status) }
        try ICUCall.check(status, "clr_currency_fraction_digits", code)
        return Int(digits)
    }
}
