import Testing
@testable import TextEngine

/// Where `term`, folded like the text, occurs in `view` of `text`, as original UTF-8 ranges.
func originalMatches(of term: String, in text: String, view: TextView = .folded) -> [Range<Int>] {
    let mapped = view.of(text)
    return mapped.occurrences(of: view.fold(term)).map { mapped.originalUTF8Range(ofUTF8: $0) }
}

@Suite struct FoldedViewTests {
    /// Evasions of a term that the folded view must see through, each with the span to report.
    @Test(arguments: [
        ("nike", "Buy ⟦Ｎ.і.к.е⟧ shoes"),          // full-width N, Cyrillic і к е, dots
        ("nike", "⟦N I K E⟧ Air"),                 // spaced out
        ("nike", "⟦N\u{200B}i\u{200B}k\u{200B}e⟧"), // zero-width spaces
        ("nike", "⟦n1k3⟧ running"),                // leetspeak
        ("nike", "⟦NÏKÉ⟧ style"),                  // diacritics
        ("nike", "⟦N̴̛i̴k̴e̴⟧"),                       // zalgo marks
        ("nike", "⟦ℕ𝕚𝕜𝕖⟧"),                         // mathematical letters
        ("nike", "⟦ＮＩＫＥ⟧"),                      // full width
        ("nike", "⟦N_l_K_E⟧"),                     // l for I, underscores
        ("paypal", "Pay with ⟦раураl⟧"),           // Cyrillic р а у
        ("最好", "这是⟦最 好⟧的产品"),              // space between Han characters
        ("最好", "⟦最\u{200D}好⟧"),
        ("gucci", "⟦GUCC1⟧ bag"),
        ("amazon", "⟦Αmazοn⟧"),                    // Greek Alpha and omicron
        ("samsung", "⟦S.a.m.s.u.n.g⟧ Galaxy"),     // m is rn in the skeleton: still one spaced letter
        ("samsung", "⟦S A M S U N G⟧ S24"),
        ("micro", "⟦m i c r o⟧ usb"),              // a run that starts with m
    ])
    func seesThroughEvasion(term: String, marked: String) {
        let sample = MarkedText(marked)
        #expect(originalMatches(of: term, in: sample.text) == sample.utf8Ranges, "\(marked)")
    }

    @Test func keepsOrdinaryWordsAndNumbersIntact() {
        #expect(TextView.folded.of("Größe 42, 13812345678").text == "grosse 42, 13812345678")
        #expect(TextView.unleet.of("Great! 100% cotton, c3po").text == "great! 100% cotton, cepo")
        #expect(TextView.joined.of("U.S. made, a b").text == "u.s. made, a b")
    }

    @Test func joinsOnlyStandaloneLetters() {
        #expect(TextView.joined.of("N.i.k.e shoes").text == "nike shoes")
        #expect(TextView.joined.of("size S M L XL").text == "size sml xl")
        #expect(TextView.joined.of("abc d e f").text == "abc def")
        #expect(TextView.joined.of("a\nb\nc").text == "a\nb\nc")
        #expect(TextView.joined.of("東京 タワー").text == "東京タワー")
        #expect(TextView.joined.of("서울 타워").text == "서울 타워")
    }

    @Test func keepsThaiVowelsAndKanaVoicing() {
        #expect(TextView.unaccented.of("สวัสดี").text == "สวัสดี")
        #expect(TextView.unaccented.of("バッグ").text == "バッグ")
        #expect(TextView.unaccented.of("café crème").text == "cafe creme")
        #expect(TextView.unaccented.of("مُنتَج").text == "منتج")
    }

    @Test func skeletonFoldsLookAlikes() {
        #expect(TextView.skeleton.of("раураl").text == TextView.skeleton.of("paypal").text)
        #expect(TextView.skeleton.of("Αmazοn").text == TextView.skeleton.of("amazon").text)
    }
}

@Suite struct LeetFoldingTests {
    @Test func foldsAfterNonWordCharactersOfAnyWidth() {
        #expect(TextView.unleet.of("水杯，n1k3「b4g」").text == "水杯,nike「bag」")
        // A Latin word ends where Han, kana or Hangul begin: the digit of No.1 stays one.
        #expect(TextView.unleet.of("No.1商品 No.1브랜드 No.1の").text == "no.1商品 no.1브랜드 no.1の")
        #expect(TextView.unleet.of("—1—").text == "—1—")
    }
}
