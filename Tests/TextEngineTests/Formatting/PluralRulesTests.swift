import Testing
@testable import TextEngine

struct PluralCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let cardinals: [PluralCategory], ordinals: [PluralCategory]
    /// Categories of 0, 1, 2, 3, 5, 11, 22, 101 and 1.5.
    let selections: [PluralCategory]
    var testDescription: String { locale }
}

@Suite struct PluralRulesTests {
    static let samples: [Double] = [0, 1, 2, 3, 5, 11, 22, 101, 1.5]

    static let cases: [PluralCase] = [
        .init(locale: "en", cardinals: [.one, .other], ordinals: [.one, .two, .few, .other],
              selections: [.other, .one, .other, .other, .other, .other, .other, .other, .other]),
        .init(locale: "de", cardinals: [.one, .other], ordinals: [.other],
              selections: [.other, .one, .other, .other, .other, .other, .other, .other, .other]),
        .init(locale: "fr", cardinals: [.one, .many, .other], ordinals: [.one, .other],
              selections: [.one, .one, .other, .other, .other, .other, .other, .other, .one]),
        .init(locale: "ja", cardinals: [.other], ordinals: [.other], selections: Array(repeating: .other, count: 9)),
        .init(locale: "zh-Hans", cardinals: [.other], ordinals: [.other], selections: Array(repeating: .other, count: 9)),
        .init(locale: "ko", cardinals: [.other], ordinals: [.other], selections: Array(repeating: .other, count: 9)),
        .init(locale: "ar", cardinals: [.zero, .one, .two, .few, .many, .other], ordinals: [.other],
              selections: [.zero, .one, .two, .few, .few, .many, .many, .other, .other]),
        .init(locale: "th", cardinals: [.other], ordinals: [.other], selections: Array(repeating: .other, count: 9)),
        .init(locale: "pl", cardinals: [.one, .few, .many, .other], ordinals: [.other],
              selections: [.many, .one, .few, .few, .many, .many, .few, .many, .other]),
        .init(locale: "ru", cardinals: [.one, .few, .many, .other], ordinals: [.other],
              selections: [.many, .one, .few, .few, .many, .many, .few, .one, .other]),
    ]

    @Test(arguments: cases) func cardinalRulesPerLocale(_ c: PluralCase) throws {
        let rules = try PluralRules(locale: c.locale)
        #expect(try rules.categories() == c.cardinals)
        #expect(try PluralRules(locale: c.locale, kind: .ordinal).categories() == c.ordinals)
        #expect(try Self.samples.map(rules.category(for:)) == c.selections)
    }

    @Test func englishOrdinals() throws {
        let ordinal = try PluralRules.cached(locale: "en", kind: .ordinal)
        let categories = try [1.0, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal.category(for:))
        #expect(categories == [.one, .two, .few, .other, .other, .other, .other, .one, .two, .few, .one])
    }

    /// Visible fraction digits change the category: "1.0" is plural in English.
    @Test func formattedNumbersCountTheirVisibleDigits() throws {
        let english = try PluralRules(locale: "en")
        #expect(try english.category(for: 1.0) == .one)
        #expect(try english.category(for: 1, formattedWith: ICUNumberFormat(locale: "en", skeleton: ".0")) == .other)
        #expect(try english.category(for: 1, formattedWith: ICUNumberFormat(locale: "en", skeleton: "precision-integer")) == .one)
        #expect(try english.category(for: 1.04, formattedWith: ICUNumberFormat(locale: "en", skeleton: ".#")) == .one)
        #expect(try english.category(forDecimal: "1", formattedWith: ICUNumberFormat(locale: "en", skeleton: ".00")) == .other)
        let french = try PluralRules(locale: "fr")
        #expect(try french.category(for: 1_000_000) == .many)
        #expect(try french.category(for: 1_000_000, formattedWith: ICUNumberFormat.compact(locale: "fr", style: .long)) == .many)
        let polish = try PluralRules(locale: "pl")
        #expect(try polish.category(for: 5, formattedWith: ICUNumberFormat(locale: "pl", skeleton: ".0")) == .other)
    }

    @Test func unknownLocalesUseRootRules() throws {
        #expect(try PluralRules(locale: "xx-YY").categories() == [.other])
        #expect(try PluralRules(locale: "xx-YY").category(for: 1) == .other)
    }
}
