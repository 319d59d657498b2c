import Testing
@testable import TextEngine

/// Ordinary listing text in each reference language through the folded view: what changes and
/// what must not (a fold that mangles real words would make rules cry wolf).
@Suite struct LanguageViewsTests {
    @Test(arguments: [
        // en: m -> rn is the UTS #39 skeleton; l joins the i class; digits stay outside words.
        ("en", "Wireless Headphones, 2 Pack", "wireiess headphones, 2 pack"),
        ("de", "Größe: 42 × 30 cm, Bio-Baumwolle", "grosse: 42 x 30 crn, bio baurnwoiie"),
        ("fr", "Crème hydratante, 50 ml", "crerne hydratante, 50 rni"),
        ("ja", "ワイヤレス イヤホン 高音質", "ワイヤレスイヤホン高音質"),
        ("zh-Hans", "无线耳机 最佳音质", "无线耳机最佳音质"),
        ("ko", "무선 이어폰 최고 음질", "무선 이어폰 최고 음질"),
        ("th", "หูฟังไร้สาย คุณภาพเสียงดี", "หูฟังไร้สาย คุณภาพเสียงดี"),
    ])
    func foldedView(language: String, text: String, expected: String) {
        #expect(TextView.folded.of(text).text == expected, "\(language)")
    }

    @Test func arabicLosesOnlyHarakat() {
        let text = "سَمّاعات لاسلكية"
        let unaccented = TextView.unaccented.of(text).text
        #expect(unaccented == "سماعات لاسلكية")
        #expect(TextView.normalized.of(text).text == text)
    }

    /// Each language's words keep their original spans through the folded view.
    @Test(arguments: [
        ("Bio-⟦Baumwolle⟧", "baumwolle"),
        ("⟦最佳⟧音质", "最佳"),
        ("무선 ⟦이어폰⟧", "이어폰"),
        ("หูฟัง⟦ไร้สาย⟧", "ไร้สาย"),
        ("⟦ワイヤレス イヤホン⟧", "ワイヤレスイヤホン"),
        ("سماعات ⟦لاسلكية⟧", "لاسلكية"),
    ])
    func spansSurviveFolding(marked: String, term: String) {
        let sample = MarkedText(marked)
        #expect(originalMatches(of: term, in: sample.text) == sample.utf8Ranges)
    }
}
