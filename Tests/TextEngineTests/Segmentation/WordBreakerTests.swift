import Testing
@testable import TextEngine

/// The on-demand breaker answers exactly what the full segmentation says, at every offset and
/// in any order of queries.
@Suite struct WordBreakerTests {
    @Test(arguments: [
        ("en", "Premium wireless headphones, 2-pack (Nike-style)."),
        ("de", "Größe: 42 × 30 cm, Bio-Baumwolle"),
        ("fr", "L'été : crème « bio » à 50 %"),
        ("ja", "最高品質のワイヤレスイヤホン、送料無料"),
        ("zh-Hans", "我们最好的产品，国家级品质"),
        ("ko", "무선 이어폰 최고 음질"),
        ("ar", "سماعات لاسلكية أصلية ١٢٣"),
        ("th", "หูฟังไร้สายคุณภาพเสียงดีที่สุด"),
    ])
    func agreesWithFullSegmentation(locale: String, text: String) throws {
        let full = try WordBoundaries(text: text, locale: locale)
        let breaker = try WordBreaker(text: text, locale: locale)
        let offsets = Array(0...text.utf8.count)
        // Backwards and forwards: the iterator's position must not leak into answers.
        for offset in offsets.reversed() + offsets {
            #expect(breaker.isBoundary(utf8Offset: offset) == full.isBoundary(utf8Offset: offset), "\(locale) at \(offset)")
        }
        #expect(breaker.isBoundary(utf8Offset: -1) == false)
        #expect(breaker.isBoundary(utf8Offset: text.utf8.count + 1) == false)
    }

    @Test func wholeWordsInChineseAndThai() throws {
        let chinese = MarkedText("我们⟦最好⟧的产品")
        #expect(try WordBreaker(text: chinese.text, locale: "zh").isWordAligned(chinese.utf8Ranges[0]) == false)
        let thai = MarkedText("⟦สวัสดี⟧ครับ")
        #expect(try WordBreaker(text: thai.text, locale: "th").isWordAligned(thai.utf8Ranges[0]))
        let empty = try WordBreaker(text: "", locale: "en")
        #expect(empty.isBoundary(utf8Offset: 0))
    }
}
