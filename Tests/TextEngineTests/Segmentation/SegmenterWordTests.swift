import Testing
@testable import TextEngine

/// A text, its locale and the exact word-break segments ICU 72 gives it.
struct WordCase: Sendable, CustomStringConvertible {
    let locale: String
    let text: String
    let words: [String]
    let wordLike: [String]
    var description: String { locale }
}

@Suite struct SegmenterWordTests {
    static let cases: [WordCase] = [
        WordCase(locale: "en", text: "It's 3.5 kg. Buy now!",
                 words: ["It's", " ", "3.5", " ", "kg", ".", " ", "Buy", " ", "now", "!"],
                 wordLike: ["It's", "3.5", "kg", "Buy", "now"]),
        WordCase(locale: "de", text: "Größe: 42. Äpfel-Saft",
                 words: ["Größe", ":", " ", "42", ".", " ", "Äpfel", "-", "Saft"],
                 wordLike: ["Größe", "42", "Äpfel", "Saft"]),
        WordCase(locale: "fr", text: "L'été est là, dit-il.",
                 words: ["L'été", " ", "est", " ", "là", ",", " ", "dit", "-", "il", "."],
                 wordLike: ["L'été", "est", "là", "dit", "il"]),
        WordCase(locale: "ja", text: "日本語のテキストです。カーナビを買う！",
                 words: ["日本語", "の", "テキスト", "です", "。", "カーナビ", "を", "買う", "！"],
                 wordLike: ["日本語", "の", "テキスト", "です", "カーナビ", "を", "買う"]),
        WordCase(locale: "zh-Hans", text: "我们最好的产品。你好吗？",
                 words: ["我们", "最好的", "产品", "。", "你好", "吗", "？"],
                 wordLike: ["我们", "最好的", "产品", "你好", "吗"]),
        WordCase(locale: "ko", text: "최고의 제품입니다. 안녕하세요!",
                 words: ["최고의", " ", "제품입니다", ".", " ", "안녕하세요", "!"],
                 wordLike: ["최고의", "제품입니다", "안녕하세요"]),
        WordCase(locale: "ar", text: "أفضل منتج في العالم ١٢٣.",
                 words: ["أفضل", " ", "منتج", " ", "في", " ", "العالم", " ", "١٢٣", "."],
                 wordLike: ["أفضل", "منتج", "في", "العالم", "١٢٣"]),
        WordCase(locale: "th", text: "สวัสดีครับ ยินดีต้อนรับ",
                 words: ["สวัสดี", "ครับ", " ", "ยินดี", "ต้อนรับ"],
                 wordLike: ["สวัสดี", "ครับ", "ยินดี", "ต้อนรับ"]),
    ]

    @Test(arguments: cases) func wordsAreExact(_ c: WordCase) throws {
        let segments = try Segmenter(locale: c.locale).words(in: c.text)
        #expect(segments.map { String($0.substring(in: c.text)) } == c.words)
        #expect(segments.filter { $0.kind.wordKind?.isWordLike == true }.map { String($0.substring(in: c.text)) }
            == c.wordLike)
    }

    @Test(arguments: cases) func offsetsShiftWithAnEmojiPrefix(_ c: WordCase) throws {
        let prefix = "👍🏽 "
        let plain = try Segmenter(locale: c.locale).words(in: c.text).map(\.utf8Range)
        let prefixed = try Segmenter(locale: c.locale).words(in: prefix + c.text).map(\.utf8Range)
        let shift = prefix.utf8.count
        #expect(Array(prefixed.dropFirst(2)) == plain.map { ($0.lowerBound + shift)..<($0.upperBound + shift) })
    }

    @Test func wordKindsFollowRuleStatus() throws {
        let text = "Buy 2 x 漢字 カタカナ!"
        let kinds = try Segmenter(locale: "en").words(in: text).map { $0.kind.wordKind }
        #expect(kinds == [.letter, .nonWord, .number, .nonWord, .letter, .nonWord, .ideographic, .nonWord, .ideographic, .nonWord])
    }

    @Test func dictionaryWordsInJapaneseAllCountAsIdeographic() throws {
        // ICU 72 gives every CJ dictionary word the ideographic status, kana-only words too, and
        // splits an unknown hiragana run into single characters.
        let segmenter = Segmenter(locale: "ja")
        let katakana = try segmenter.words(in: "カタカナ")
        #expect(katakana == [TextSegment(utf8Range: 0..<12, kind: .word(.ideographic))])
        let hiragana = try segmenter.words(in: "ひらがな").map { String($0.substring(in: "ひらがな")) }
        #expect(hiragana == ["ひ", "ら", "が", "な"])
    }

    @Test func segmentsKnowTheirScalarRange() throws {
        let text = "Ça coûte 5 €"
        let words = try Segmenter(locale: "fr").words(in: text)
        #expect(words.map(\.utf8Range) == [0..<3, 3..<4, 4..<10, 10..<11, 11..<12, 12..<13, 13..<16])
        #expect(words.map { $0.scalarRange(in: text) } == [0..<2, 2..<3, 3..<8, 8..<9, 9..<10, 10..<11, 11..<12])
    }
}
