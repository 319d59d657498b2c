import Testing
@testable import TextEngine

@Suite struct SegmenterUnitTests {
    private func strings(_ segments: [TextSegment], _ text: String) -> [String] {
        segments.map { String($0.substring(in: text)) }
    }

    @Test(arguments: [
        ("en", "Hi!", ["H", "i", "!"]),
        ("de", "Gro\u{308}ße", ["G", "r", "o\u{308}", "ß", "e"]),
        ("fr", "e\u{301}te\u{301}", ["e\u{301}", "t", "e\u{301}"]),
        ("ja", "が\u{3099}カ", ["が\u{3099}", "カ"]),
        ("zh-Hans", "产品", ["产", "品"]),
        ("ko", "\u{1112}\u{1161}\u{11AB}국", ["\u{1112}\u{1161}\u{11AB}", "국"]),
        ("ar", "مَرحبا", ["مَ", "ر", "ح", "ب", "ا"]),
        ("th", "สวัสดีครับ", ["ส", "วั", "ส", "ดี", "ค", "รั", "บ"]),
    ])
    func graphemes(locale: String, text: String, expected: [String]) throws {
        let segments = try Segmenter(locale: locale).graphemes(in: text)
        #expect(strings(segments, text) == expected)
        #expect(segments.allSatisfy { $0.kind == .grapheme })
    }

    @Test(arguments: [
        ("en", "Buy now. Only $3.50! Really?\nYes", ["Buy now. ", "Only $3.50! ", "Really?\n", "Yes"]),
        ("de", "Größe 42. Nur 3,50 €! Ja", ["Größe 42. ", "Nur 3,50 €! ", "Ja"]),
        // A spaced closing guillemet starts the next sentence: ICU's rules do not see "! »" as one end.
        ("fr", "Très bien. « Oui ! » Non", ["Très bien. ", "« Oui ! ", "» Non"]),
        ("ja", "最高です。買う！", ["最高です。", "買う！"]),
        ("zh-Hans", "我们最好的产品。你好吗？", ["我们最好的产品。", "你好吗？"]),
        ("ko", "최고의 제품입니다. 안녕하세요!", ["최고의 제품입니다. ", "안녕하세요!"]),
        ("ar", "أفضل منتج. هل تريد؟ نعم", ["أفضل منتج. ", "هل تريد؟ ", "نعم"]),
        ("th", "สวัสดีครับ ยินดีต้อนรับ", ["สวัสดีครับ ยินดีต้อนรับ"]),
    ])
    func sentences(locale: String, text: String, expected: [String]) throws {
        let sentences = strings(try Segmenter(locale: locale).sentences(in: text), text)
        #expect(sentences == expected)
    }

    @Test func sentenceEndsAreTyped() throws {
        let kinds = try Segmenter(locale: "en").sentences(in: "One. Two\nThree").map(\.kind)
        #expect(kinds == [.sentence(.terminator), .sentence(.separator), .sentence(.separator)])
    }

    @Test func abbreviationsNeedTheSuppressionKeyword() throws {
        let text = "Mr. Smith paid."
        #expect(strings(try Segmenter(locale: "en").sentences(in: text), text) == ["Mr. ", "Smith paid."])
        #expect(strings(try Segmenter(locale: "en@ss=standard").sentences(in: text), text) == ["Mr. Smith paid."])
    }

    @Test(arguments: [
        ("en", "Buy it now", [4, 7, 10]),
        ("de", "Apfel-Saft kaufen", [6, 11, 17]),
        ("fr", "« Oui » dit-il", [3, 7, 10, 14, 16]), // "« " may end a line
        ("ja", "買う。カー", [3, 9, 12, 15]),
        ("zh-Hans", "产品。好", [3, 9, 12]),
        ("ko", "최고의 제품", [3, 6, 10, 13, 16]),
        ("ar", "أفضل منتج", [9, 17]),
        ("th", "สวัสดีครับ", [18, 30]),
    ])
    func lineBreakOpportunities(locale: String, text: String, utf8Offsets: [Int]) throws {
        let breaks = try Segmenter(locale: locale).lineBreaks(in: text)
        #expect(breaks.map(\.utf8Offset) == utf8Offsets)
        #expect(breaks.allSatisfy { $0.kind == .soft })
    }

    @Test func newlinesAreHardBreaks() throws {
        let breaks = try Segmenter(locale: "en").lineBreaks(in: "Line one\nLine two")
        #expect(breaks == [
            LineBreakOpportunity(utf8Offset: 5, kind: .soft), LineBreakOpportunity(utf8Offset: 9, kind: .hard),
            LineBreakOpportunity(utf8Offset: 14, kind: .soft), LineBreakOpportunity(utf8Offset: 17, kind: .soft),
        ])
    }
}
