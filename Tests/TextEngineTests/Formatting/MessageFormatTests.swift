import Testing
@testable import TextEngine

struct MessageCase: Sendable, CustomTestStringConvertible {
    let locale: String
    /// The pattern below for 0, 1, 2, 3, 5, 11, 22, 100 and 1,000,000.
    let results: [String]
    var testDescription: String { locale }
}

@Suite struct MessageFormatTests {
    static let everyCategory =
        "{count, plural, zero {zero #} one {one #} two {two #} few {few #} many {many #} other {other #}}"
    static let counts: [Int64] = [0, 1, 2, 3, 5, 11, 22, 100, 1_000_000]

    static let cases: [MessageCase] = [
        .init(locale: "en", results: ["other 0", "one 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1,000,000"]),
        .init(locale: "de", results: ["other 0", "one 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1.000.000"]),
        .init(locale: "fr", results: ["one 0", "one 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100",
                                      "many 1\u{202F}000\u{202F}000"]),
        .init(locale: "ja", results: ["other 0", "other 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1,000,000"]),
        .init(locale: "zh-Hans", results: ["other 0", "other 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1,000,000"]),
        .init(locale: "ko", results: ["other 0", "other 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1,000,000"]),
        .init(locale: "ar", results: ["zero ٠", "one ١", "two ٢", "few ٣", "few ٥", "many ١١", "many ٢٢", "other ١٠٠", "other ١٬٠٠٠٬٠٠٠"]),
        .init(locale: "ar-AE", results: ["zero 0", "one 1", "two 2", "few 3", "few 5", "many 11", "many 22", "other 100", "other 1,000,000"]),
        .init(locale: "th", results: ["other 0", "other 1", "other 2", "other 3", "other 5", "other 11", "other 22", "other 100", "other 1,000,000"]),
        .init(locale: "pl", results: ["many 0", "one 1", "few 2", "few 3", "many 5", "many 11", "few 22", "many 100", "many 1\u{A0}000\u{A0}000"]),
        .init(locale: "ru", results: ["many 0", "one 1", "few 2", "few 3", "many 5", "many 11", "few 22", "many 100", "many 1\u{A0}000\u{A0}000"]),
    ]

    @Test(arguments: cases) func pluralBranchesPerLocale(_ c: MessageCase) throws {
        let format = try ICUMessageFormat(locale: c.locale, pattern: Self.everyCategory)
        #expect(try Self.counts.map { try format.format(["count": .int($0)]) } == c.results)
    }

    @Test func polishAndArabicProductCounts() throws {
        let polish = try ICUMessageFormat(
            locale: "pl", pattern: "{count, plural, one {# produkt} few {# produkty} many {# produktów} other {# produktu}}")
        #expect(try [1, 2, 5, 22, 25].map { try polish.format(["count": .int($0)]) }
                == ["1 produkt", "2 produkty", "5 produktów", "22 produkty", "25 produktów"])
        #expect(try polish.format(["count": 1.5]) == "1,5 produktu")
        let arabic = try ICUMessageFormat(
            locale: "ar", pattern: "{count, plural, zero {لا منتجات} one {منتج واحد} two {منتجان} few {# منتجات} many {# منتجًا} other {# منتج}}")
        #expect(try [0, 1, 2, 3, 11, 100].map { try arabic.format(["count": .int($0)]) }
                == ["لا منتجات", "منتج واحد", "منتجان", "٣ منتجات", "١١ منتجًا", "١٠٠ منتج"])
    }

    @Test func nestedSelectPluralAndCurrency() throws {
        let pattern = "{seller} {g, select, female {hat {count, plural, one {einen Artikel} other {# Artikel}} für {total, number, ::currency/EUR} verkauft} male {hat {count, plural, one {einen Artikel} other {# Artikel}} verkauft} other {verkaufte {count, plural, =0 {nichts} other {# Artikel}}}}"
        let german = try ICUMessageFormat(locale: "de", pattern: pattern)
        #expect(german.argumentNames == ["seller", "g", "count", "total"])
        #expect(try german.format(["seller": "Ana", "g": "female", "count": 1234, "total": 99.5])
                == "Ana hat 1.234 Artikel für 99,50\u{A0}€ verkauft")
        #expect(try german.format(["seller": "Ana", "g": "male", "count": 1, "total": 0]) == "Ana hat einen Artikel verkauft")
        #expect(try german.format(["seller": "Ana", "g": "other", "count": 0, "total": 0]) == "Ana verkaufte nichts")
        let arabic = try ICUMessageFormat(locale: "ar", pattern: pattern)
        #expect(try arabic.format(["seller": "Ana", "g": "female", "count": 1234, "total": 99.5])
                == "Ana hat ١٬٢٣٤ Artikel für \u{200F}٩٩٫٥٠\u{A0}€ verkauft")
    }

    @Test func ordinalsOffsetsQuotesAndNumberedArguments() throws {
        let ordinal = try ICUMessageFormat(locale: "en", pattern: "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}")
        #expect(try [1, 2, 3, 4, 11, 23].map { try ordinal.format(["n": .int($0)]) } == ["1st", "2nd", "3rd", "4th", "11th", "23rd"])
        let offset = try ICUMessageFormat(locale: "en", pattern: "{n, plural, offset:1 =0 {nobody} =1 {you} one {you and # other} other {you and # others}}")
        #expect(try [0, 1, 2, 3].map { try offset.format(["n": .int($0)]) } == ["nobody", "you", "you and 1 other", "you and 2 others"])
        let quoted = try ICUMessageFormat(locale: "en", pattern: "'{quoted}' it''s {x}")
        #expect(quoted.argumentNames == ["x"])
        #expect(try quoted.format(["x": "X"]) == "{quoted} it's X")
        let numbered = try ICUMessageFormat(locale: "en", pattern: "{0} x {1}")
        #expect(numbered.argumentNames == ["0", "1"])
        #expect(try numbered.format(["0": "zero", "1": "one"]) == "zero x one")
        #expect(try ICUMessageFormat(locale: "en", pattern: "").format([:]) == "")
    }

    @Test func datesUseTheGivenZone() throws {
        let instant = MessageArgument.date(secondsSince1970: 1_704_205_800)
        let tokyo = try ICUMessageFormat(locale: "ja", pattern: "{d, date, long} {d, time, short}", timeZone: "Asia/Tokyo")
        #expect(try tokyo.format(["d": instant]) == "2024年1月2日 23:30")
        let auckland = try ICUMessageFormat(locale: "en", pattern: "{d, date, ::yMMMdjm} / {d, date, full}", timeZone: "Pacific/Auckland")
        #expect(try auckland.format(["d": instant]) == "Jan 3, 2024, 3:30\u{202F}AM / Wednesday, January 3, 2024")
        let utc = try ICUMessageFormat(locale: "en", pattern: "{d, time, short}")
        #expect(try utc.format(["d": instant]) == "2:30\u{202F}PM")
        let thai = try ICUMessageFormat(locale: "th", pattern: "{n, number} {d, date, ::yMMMMd}", timeZone: "Asia/Bangkok")
        #expect(try thai.format(["n": 1234.5, "d": instant]) == "1,234.5 2 มกราคม 2567")
    }

    @Test func syntaxErrorsNameThePatternAndByteOffset() {
        func error(_ code: Int32, _ name: String, _ detail: String) -> TextEngineError {
            .icu(function: "clr_msgfmt_open", code: code, name: name, detail: detail)
        }
        #expect(throws: error(65799, "U_PATTERN_SYNTAX_ERROR", "pattern \"{a b}\" at byte offset 1")) {
            try ICUMessageFormat(locale: "en", pattern: "{a b}")
        }
        #expect(throws: error(65799, "U_PATTERN_SYNTAX_ERROR", "pattern \"héllo {n, plural, one {x} other {y} {\" at byte offset 18")) {
            try ICUMessageFormat(locale: "en", pattern: "héllo {n, plural, one {x} other {y} {")
        }
        // ICU reports unmatched braces and a missing `other` at offset 0.
        #expect(throws: error(65801, "U_UNMATCHED_BRACES", "pattern \"Hi {name\" at byte offset 0")) {
            try ICUMessageFormat(locale: "en", pattern: "Hi {name")
        }
        #expect(throws: error(65807, "U_DEFAULT_KEYWORD_MISSING", "pattern \"{n, plural, one {x}}\" at byte offset 0")) {
            try ICUMessageFormat(locale: "en", pattern: "{n, plural, one {x}}")
        }
        #expect(throws: error(65811, "U_NUMBER_SKELETON_SYNTAX_ERROR", "pattern \"{p, number, ::garbage}\"")) {
            try ICUMessageFormat(locale: "en", pattern: "{p, number, ::garbage}")
        }
        #expect(throws: error(16, "U_UNSUPPORTED_ERROR", "pattern \"é {n, plural, one {{d, date}} other {x}}\" at byte offset 20")) {
            try ICUMessageFormat(locale: "en", pattern: "é {n, plural, one {{d, date}} other {x}}")
        }
        #expect(throws: error(1, "U_ILLEGAL_ARGUMENT_ERROR", "pattern \"{a}\"")) {
            try ICUMessageFormat(locale: "en", pattern: "{a}", timeZone: "Nowhere/Special")
        }
    }

    @Test func missingAndMistypedArgumentsThrow() throws {
        #expect(throws: TextEngineError.invalidArgument("missing message argument(s) b for pattern \"{a} {b}\"")) {
            try ICUMessageFormat(locale: "en", pattern: "{a} {b}").format(["a": "x"])
        }
        #expect(throws: TextEngineError.icu(function: "clr_msgfmt_format", code: 3, name: "U_INVALID_FORMAT_ERROR",
                                            detail: "pattern \"{n, number}\"")) {
            try ICUMessageFormat(locale: "en", pattern: "{n, number}").format(["n": "abc"])
        }
        #expect(try ICUMessageFormat(locale: "en", pattern: "{a}").format(["a": "x", "unused": 1]) == "x")
    }

    @Test func longPatternsAndArguments() throws {
        let long = String(repeating: "y", count: 100_000)
        let format = try ICUMessageFormat.cached(locale: "en", pattern: String(repeating: "ab ", count: 50_000) + "{x}")
        let text = try format.format(["x": .string(long)])
        #expect(text.utf8.count == 250_000)
        #expect(text.hasSuffix("ab " + long))
        #expect(try ICUMessageFormat.cached(locale: "en", pattern: format.pattern).argumentNames == ["x"])
    }
}
