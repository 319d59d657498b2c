import Testing
@testable import TextEngine

@Suite struct NormalizationTests {
    /// NFKC case fold in the eight reference languages: (input, expected).
    @Test(arguments: [
        ("Premium HEADPHONES ﬁt", "premium headphones fit"),          // en: ligature
        ("Größe MASSE Straße", "grösse masse strasse"),                 // de: ß folds to ss
        ("Œuvre ÉTÉ naïve", "œuvre été naïve"),                         // fr
        ("ﾊﾞｯｸﾞ　ＡＢＣ１２３", "バッグ abc123"),                       // ja: half-width kana, full-width
        ("产品㈱（最佳）", "产品(株)(最佳)"),                             // zh-Hans: parenthesized ideograph
        ("ᄒ\u{1161}ᆫ국 ㈜", "한국 (주)"),                                // ko: conjoining jamo compose
        ("ﻻ ﺏ", "لا ب"),                                               // ar: presentation forms
        ("ภาษาไทย ๑๒๓", "ภาษาไทย ๑๒๓"),                                // th: unchanged (Thai digits stay)
    ])
    func nfkcCaseFold(input: String, expected: String) {
        #expect(input.normalized(.nfkcCaseFold) == expected)
        #expect(TextView.normalized.of(input).text == expected)
    }

    @Test func otherForms() {
        #expect("e\u{301}".normalized(.nfc) == "é")
        #expect("é".normalized(.nfd) == "e\u{301}")
        #expect("ﬁ".normalized(.nfkc) == "fi")
        #expect("ﬁ".normalized(.nfc) == "ﬁ")
        #expect("①".normalized(.nfkd) == "1")
    }

    /// A view byte maps back to the whole source character that produced it.
    @Test(arguments: [
        ("x ⟦ﬁ⟧ y", "fi"),
        ("⟦ＡＢＣ⟧", "abc"),
        ("ab ⟦ß⟧", "ss"),
        ("韓 ⟦ﾊﾞｯｸﾞ⟧", "バッグ"),
        ("⟦e\u{301}⟧!", "é"),
        ("😀 ⟦Ａ⟧", "a"),
    ])
    func mapsViewSpansToOriginalCharacters(marked: String, normalized: String) {
        let sample = MarkedText(marked)
        let view = TextView.normalized.of(sample.text)
        let found = view.occurrences(of: normalized).map { view.originalSpan(ofUTF8: $0) }
        #expect(found.map(\.utf8Range) == sample.utf8Ranges)
        let expectedText = sample.utf8Ranges.map { String(decoding: Array(sample.text.utf8)[$0], as: UTF8.self) }
        #expect(found.map(\.text) == expectedText)
    }

    @Test func spansCountScalarsAndBytes() {
        let text = "😀 Ｎike"
        let view = TextView.folded.of(text)
        let span = view.originalSpan(ofUTF8: view.occurrences(of: "nike")[0])
        #expect(span.scalarRange == 2..<6)
        #expect(span.utf8Range == 5..<11)
        #expect(span.text == "Ｎike")
        #expect(UTF8Offsets.utf16Offset(ofUTF8: 5, in: text) == 3)
        #expect(UTF8Offsets.utf8Offset(ofScalar: 2, in: text) == 5)
    }

    @Test func emptyRangesMapToPositions() {
        let view = TextView.normalized.of("ＡＢ")
        #expect(view.originalUTF8Range(ofUTF8: 1..<1) == 3..<3)
        #expect(view.originalUTF8Range(ofUTF8: 2..<2) == 6..<6)
    }
}

@Suite struct BadInputTests {
    @Test func invalidUTF8NamesTheByteLineAndColumn() throws {
        let bytes: [UInt8] = Array("ok\nab".utf8) + [0xC3, 0x28] + Array("z".utf8)
        #expect(throws: TextEngineError.invalidUTF8(byteOffset: 5, line: 2, column: 3)) {
            try UTF8Validation.decode(bytes)
        }
        #expect(throws: TextEngineError.invalidUTF8(byteOffset: 0, line: 1, column: 1)) {
            try UTF8Validation.decode([0xED, 0xA0, 0x80])  // an encoded surrogate
        }
        #expect(try UTF8Validation.decode(Array("日本".utf8)) == "日本")
    }

    @Test func nulBytesAreOrdinaryCharacters() {
        let text = "a\u{0}Ｎike\u{0}"
        let view = TextView.folded.of(text)
        #expect(view.text == "a\u{0}nike\u{0}")
        #expect(view.originalSpan(ofUTF8: 2..<6).text == "Ｎike")
        #expect(TextView.allCases.allSatisfy { !$0.of(text).utf8.isEmpty })
    }

    @Test func emptyTextHasEmptyViews() {
        for view in TextView.allCases { #expect(view.of("").utf8.isEmpty) }
        #expect(HiddenCharacters.find(in: "").isEmpty)
    }

    /// A 1 MB field of every kind of text goes through every view in linear time (no timing
    /// assertion here: a quadratic stage would take minutes and time the suite out).
    @Test func oneMegabyteField() {
        let chunk = "Ｎ.і.к.е n1k3 最 好 สวัสดี café\u{200B} 한국어 مرحبا 😀\n"
        let text = String(repeating: chunk, count: (1 << 20) / chunk.utf8.count + 1)
        let folded = TextView.folded.of(text)
        let matches = folded.occurrences(of: "nike")
        #expect(matches.count == 2 * ((1 << 20) / chunk.utf8.count + 1))
        #expect(folded.originalSpan(ofUTF8: matches.last!).text == "n1k3")
        #expect(HiddenCharacters.find(in: text).count == (1 << 20) / chunk.utf8.count + 1)
    }

    @Test func loneMarksAndSurrogateFreeScalars() {
        #expect(TextView.folded.of("\u{301}\u{301}a").text == "\u{301}\u{301}a")
        #expect(TextView.folded.of("\u{10FFFF}x").text == "\u{10FFFF}x")
    }
}
