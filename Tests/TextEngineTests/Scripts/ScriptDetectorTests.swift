import Testing
@testable import TextEngine

@Suite struct ScriptDetectorTests {
    private func runs(_ text: String) throws -> [String] {
        try ScriptDetector.runs(in: text).map { "\($0.script):\($0.substring(in: text))" }
    }

    @Test(arguments: [
        ("en", "Buy 2 now!", ["Latn:Buy 2 now!"]),
        ("de", "Größe: 42 — Äpfel", ["Latn:Größe: 42 — Äpfel"]),
        ("fr", "« Été » 5 €", ["Latn:« Été » 5 €"]),
        ("ja", "日本語のテキストです。カーナビを買う！",
         ["Hani:日本語", "Hira:の", "Kana:テキスト", "Hira:です。", "Kana:カーナビ", "Hira:を", "Hani:買", "Hira:う！"]),
        ("zh-Hans", "我们最好的产品。", ["Hani:我们最好的产品。"]),
        ("ko", "최고의 제품 (韓國)", ["Hang:최고의 제품 (", "Hani:韓國)"]),
        ("ar", "منتج ١٢٣ Nike", ["Arab:منتج ١٢٣ ", "Latn:Nike"]),
        ("th", "สินค้า 100% ดี", ["Thai:สินค้า 100% ดี"]),
    ])
    func runsPerLocaleSample(locale: String, text: String, expected: [String]) throws {
        #expect(try runs(text) == expected)
    }

    @Test func scriptSetsCountJapaneseAsHanAndKana() throws {
        #expect(try ScriptDetector.scripts(in: "日本語のテキスト") == [.han, .hiragana, .katakana])
        #expect(try ScriptDetector.scripts(in: "Nіkе") == [.latin, .cyrillic])
        #expect(try ScriptDetector.scripts(in: "123 !?") == [])
        #expect(try ScriptDetector.scripts(in: "") == [])
    }

    @Test func prolongedSoundMarkJoinsKanaRuns() throws {
        #expect(try runs("カーナビ") == ["Kana:カーナビ"])
        #expect(try runs("ーカ") == ["Kana:ーカ"])
        // Alone after Latin, U+30FC stays Hiragana-or-Katakana: the first candidate is reported.
        #expect(try runs("x ー") == ["Latn:x ", "Hira:ー"])
    }

    @Test func neutralCharactersJoinTheirNeighbours() throws {
        #expect(try runs("123 abc") == ["Latn:123 abc"])
        #expect(try runs("\u{301}a\u{301}") == ["Latn:\u{301}a\u{301}"])
        #expect(try runs("👨‍👩‍👧‍👦🇯🇵") == ["Zyyy:👨‍👩‍👧‍👦🇯🇵"])
        #expect(try runs("a\u{0}б") == ["Latn:a\u{0}", "Cyrl:б"])
        #expect(try ScriptDetector.runs(in: "") == [])
    }

    @Test func runRangesAreUTF8Offsets() throws {
        let found = try ScriptDetector.runs(in: "Nіkе")
        #expect(found == [
            ScriptRun(script: .latin, utf8Range: 0..<1), ScriptRun(script: .cyrillic, utf8Range: 1..<3),
            ScriptRun(script: .latin, utf8Range: 3..<4), ScriptRun(script: .cyrillic, utf8Range: 4..<6),
        ])
    }

    @Test func oneMegabyteIsSplitIntoRuns() throws {
        let text = String(repeating: "abc где ", count: 100_000)
        let found = try ScriptDetector.runs(in: text)
        #expect(found.count == 200_000)
        #expect(found.last?.utf8Range.upperBound == text.utf8.count)
    }
}
