import Testing
@testable import TextEngine

@Suite struct WordBoundariesTests {
    @Test(arguments: [
        ("en", "Buy the best", [0, 3, 4, 7, 8, 12]),
        ("de", "Bestes Öl", [0, 6, 7, 10]),
        ("fr", "L'été", [0, 7]),
        ("ja", "最高の品質", [0, 6, 9, 15]),
        ("zh-Hans", "我们最好的产品", [0, 6, 15, 21]),
        ("ko", "최고 제품", [0, 6, 7, 13]),
        ("ar", "أفضل منتج", [0, 8, 9, 17]),
        ("th", "สวัสดีครับ", [0, 18, 30]),
    ])
    func boundaryOffsets(locale: String, text: String, expected: [Int]) throws {
        let boundaries = try WordBoundaries(text: text, locale: locale)
        #expect(boundaries.utf8Offsets == expected)
        #expect(boundaries.utf8Count == text.utf8.count)
    }

    @Test func matchEdgesInChineseAndThai() throws {
        let zh = try WordBoundaries(text: "我们最好的产品", locale: "zh-Hans")
        #expect(zh.isWordAligned(6..<15))  // 最好的
        #expect(!zh.isWordAligned(6..<12)) // 最好 ends inside 最好的
        #expect(zh.isWordAligned(15..<21)) // 产品
        let th = try WordBoundaries(text: "สวัสดีครับ", locale: "th")
        #expect(th.isWordAligned(0..<18))  // สวัสดี
        #expect(!th.isWordAligned(0..<9))
    }

    @Test func offsetsOutsideTheTextAreNotBoundaries() throws {
        let boundaries = try WordBoundaries(text: "ab", locale: "en")
        #expect(boundaries.isBoundary(utf8Offset: 0))
        #expect(boundaries.isBoundary(utf8Offset: 2))
        #expect(!boundaries.isBoundary(utf8Offset: 1))
        #expect(!boundaries.isBoundary(utf8Offset: -1))
        #expect(!boundaries.isBoundary(utf8Offset: 3))
    }

    @Test func boundariesMatchTheSegmenterAcrossWordsOf64Bytes() throws {
        let text = String(repeating: "abcdefghij ", count: 20)
        let boundaries = try Segmenter(locale: "en").wordBoundaries(in: text)
        let words = try Segmenter(locale: "en").words(in: text)
        #expect(boundaries.utf8Offsets == [0] + words.map(\.utf8Range.upperBound))
    }
}
