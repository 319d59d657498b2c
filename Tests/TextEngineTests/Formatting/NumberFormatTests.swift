import Testing
@testable import TextEngine

/// Expected output of the number conveniences for one locale (CLDR 42 data of system ICU 72).
struct NumberCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let decimal: String, negativeInt: String, decimalText: String, percent: String
    let euro: String, compact: String, nan: String, negativeInfinity: String
    var testDescription: String { locale }
}

@Suite struct NumberFormatTests {
    // U+00A0 and U+202F are ICU's (narrow) no-break spaces; `ar` writes Arabic-Indic digits with
    // U+061C (ALM) before the minus, `ar-AE` Latin digits with U+200E (LRM); currencies in both
    // start with U+200F (RLM).
    static let cases: [NumberCase] = [
        .init(locale: "en", decimal: "1,234,567.891", negativeInt: "-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26%", euro: "€1,234.50", compact: "1.2M", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "de", decimal: "1.234.567,891", negativeInt: "-1.234.567", decimalText: "12.345.678.901.234.567.890,125",
              percent: "26\u{A0}%", euro: "1.234,50\u{A0}€", compact: "1,2\u{A0}Mio.", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "fr", decimal: "1\u{202F}234\u{202F}567,891", negativeInt: "-1\u{202F}234\u{202F}567",
              decimalText: "12\u{202F}345\u{202F}678\u{202F}901\u{202F}234\u{202F}567\u{202F}890,125",
              percent: "26\u{A0}%", euro: "1\u{202F}234,50\u{A0}€", compact: "1,2\u{A0}M", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "ja", decimal: "1,234,567.891", negativeInt: "-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26%", euro: "€1,234.50", compact: "123万", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "zh-Hans", decimal: "1,234,567.891", negativeInt: "-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26%", euro: "€1,234.50", compact: "123万", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "ko", decimal: "1,234,567.891", negativeInt: "-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26%", euro: "€1,234.50", compact: "123만", nan: "NaN", negativeInfinity: "-∞"),
        .init(locale: "ar", decimal: "١٬٢٣٤٬٥٦٧٫٨٩١", negativeInt: "\u{61C}-١٬٢٣٤٬٥٦٧", decimalText: "١٢٬٣٤٥٬٦٧٨٬٩٠١٬٢٣٤٬٥٦٧٬٨٩٠٫١٢٥",
              percent: "٢٦٪\u{61C}", euro: "\u{200F}١٬٢٣٤٫٥٠\u{A0}€", compact: "١٫٢\u{A0}مليون", nan: "ليس\u{A0}رقم",
              negativeInfinity: "\u{61C}-∞"),
        .init(locale: "ar-AE", decimal: "1,234,567.891", negativeInt: "\u{200E}-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26\u{200E}%\u{200E}", euro: "\u{200F}1,234.50\u{A0}€", compact: "1.2\u{A0}مليون", nan: "ليس\u{A0}رقمًا",
              negativeInfinity: "\u{200E}-∞"),
        .init(locale: "th", decimal: "1,234,567.891", negativeInt: "-1,234,567", decimalText: "12,345,678,901,234,567,890.125",
              percent: "26%", euro: "€1,234.50", compact: "1.2M", nan: "NaN", negativeInfinity: "-∞"),
    ]

    @Test(arguments: cases) func conveniencesFormatPerLocale(_ c: NumberCase) throws {
        let decimal = try ICUNumberFormat.decimal(locale: c.locale)
        #expect(try decimal.format(1_234_567.891) == c.decimal)
        #expect(try decimal.format(-1_234_567) == c.negativeInt)
        #expect(try decimal.format(decimal: "12345678901234567890.125") == c.decimalText)
        #expect(try decimal.format(Double.nan) == c.nan)
        #expect(try decimal.format(-Double.infinity) == c.negativeInfinity)
        #expect(try ICUNumberFormat.percent(locale: c.locale).format(0.256) == c.percent)
        #expect(try ICUNumberFormat.currency("EUR", locale: c.locale).format(1234.5) == c.euro)
        #expect(try ICUNumberFormat.compact(locale: c.locale).format(1_234_567) == c.compact)
    }

    @Test func currencyDisplaysAndRegions() throws {
        #expect(try ICUNumberFormat.currency("EUR", locale: "en", display: .isoCode).format(1234.5) == "EUR\u{A0}1,234.50")
        #expect(try ICUNumberFormat.currency("EUR", locale: "en", display: .name).format(1234.5) == "1,234.50 euros")
        #expect(try ICUNumberFormat.currency("usd", locale: "zh-Hans").format(1234.5) == "US$1,234.50")
        #expect(try ICUNumberFormat.currency("USD", locale: "fr-FR").format(1234.5) == "1\u{202F}234,50\u{A0}$US")
        #expect(try ICUNumberFormat.currency("AED", locale: "ar-AE").format(1234.5) == "\u{200F}1,234.50\u{A0}د.إ.\u{200F}")
        #expect(try ICUNumberFormat.currency("JPY", locale: "ja-JP").format(1234.5) == "￥1,234")
        #expect(try ICUNumberFormat.currency("EUR", locale: "de", precision: .integer).format(1234.5) == "1.234\u{A0}€")
    }

    @Test func skeletonsPrecisionAndLocaleForms() throws {
        #expect(try ICUNumberFormat(locale: "en", skeleton: "@@#").format(1234.5) == "1,230")
        #expect(try ICUNumberFormat(locale: "en", skeleton: "precision-increment/0.05").format(1234.52) == "1,234.50")
        #expect(try ICUNumberFormat.decimal(locale: "en", precision: .fractionDigits(min: 2, max: 2)).format(2) == "2.00")
        #expect(try ICUNumberFormat.decimal(locale: "en", precision: .significantDigits(min: 1, max: 2)).format(0.0456) == "0.046")
        #expect(try ICUNumberFormat.decimal(locale: "ar-u-nu-latn").format(1234.5) == "1,234.5")
        #expect(try ICUNumberFormat.decimal(locale: "de_CH").format(1234.5) == "1’234.5")
        #expect(try ICUNumberFormat.decimal(locale: "hi-IN").format(1_234_567) == "12,34,567")
        #expect(try ICUNumberFormat.decimal(locale: "en").format(Int64.min) == "-9,223,372,036,854,775,808")
        #expect(try ICUNumberFormat.compact(locale: "en", style: .long).format(1_234_567) == "1.2 million")
    }

    /// ICU alone would fall back to the process's default locale (en_US_POSIX under LANG=C: "1234.5").
    @Test func unknownLocalesFallBackToRootNotToTheEnvironment() throws {
        #expect(try ICUNumberFormat.decimal(locale: "xx-YY").format(1234.5) == "1,234.5")
        #expect(try ICUNumberFormat.decimal(locale: "!!!@@@###").format(1234.5) == "1,234.5")
        #expect(try ICUNumberFormat.decimal(locale: "").format(1234.5) == "1,234.5")
        #expect(try ICUNumberFormat.decimal(locale: "xx-u-nu-arab").format(1234.5) == "١٬٢٣٤٫٥")
        #expect(try ICUNumberFormat.decimal(locale: "en-XX").format(1234.5) == "1,234.5")
        #expect(try ICUNumberFormat.decimal(locale: "de-AT").format(1234.5) == "1\u{A0}234,5")
    }

    @Test func badSkeletonsThrowNamingTheSkeletonAndOffset() {
        #expect(throws: TextEngineError.icu(function: "clr_numfmt_open", code: 65811, name: "U_NUMBER_SKELETON_SYNTAX_ERROR",
                                            detail: "skeleton \"currency/EURO\" at byte offset 9")) {
            try ICUNumberFormat(locale: "en", skeleton: "currency/EURO")
        }
        #expect(throws: TextEngineError.icu(function: "clr_numfmt_open", code: 65811, name: "U_NUMBER_SKELETON_SYNTAX_ERROR",
                                            detail: "skeleton \".00 foo\" at byte offset 4")) {
            try ICUNumberFormat(locale: "en", skeleton: ".00 foo")
        }
        #expect(throws: TextEngineError.icu(function: "clr_numfmt_open", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR",
                                            detail: "skeleton \"  \"")) {
            try ICUNumberFormat(locale: "en", skeleton: "  ")
        }
        #expect(throws: TextEngineError.invalidArgument("invalid ISO 4217 currency code \"EU\"")) {
            try ICUNumberFormat.currency("EU", locale: "en")
        }
        #expect(throws: TextEngineError.invalidArgument("invalid fraction digit range 3...1")) {
            try ICUNumberFormat.decimal(locale: "en", precision: .fractionDigits(min: 3, max: 1))
        }
    }

    @Test func badDecimalTextThrows() throws {
        let format = try ICUNumberFormat.decimal(locale: "en")
        #expect(throws: TextEngineError.icu(function: "clr_numfmt_format_decimal", code: 65808, name: "U_DECIMAL_NUMBER_SYNTAX_ERROR",
                                            detail: "\"12abc\" with skeleton \"group-auto\"")) {
            try format.format(decimal: "12abc")
        }
    }

    @Test func longOutputsGrowTheBuffer() throws {
        let text = try ICUNumberFormat.decimal(locale: "en").format(1e300)
        #expect(text.count == 301 + 100)
        #expect(text.hasPrefix("1,000,000,"))
        let digits = String(repeating: "9", count: 900)
        #expect(try ICUNumberFormat(locale: "en", skeleton: "group-off").format(decimal: digits) == digits)
    }

    @Test func cachedFormattersAreShared() throws {
        let a = try ICUNumberFormat.cached(locale: "de", skeleton: "currency/CHF")
        let b = try ICUNumberFormat.cached(locale: "de", skeleton: "currency/CHF")
        #expect(a.handle === b.handle)
        #expect(try a.format(5) == "5,00\u{A0}CHF")
    }

    @Test func formattersAreUsableFromManyTasks() async throws {
        let format = try ICUNumberFormat.currency("EUR", locale: "fr")
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<64 { group.addTask { try format.format(Int64(i * 1000)) } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(results.count == 64)
        #expect(results.contains("63\u{202F}000,00\u{A0}€"))
    }
}
