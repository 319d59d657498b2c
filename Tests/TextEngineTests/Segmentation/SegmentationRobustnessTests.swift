import Testing
@testable import TextEngine

@Suite struct SegmentationRobustnessTests {
    @Test(arguments: SegmentUnit.allCases)
    func emptyTextHasNoSegments(_ unit: SegmentUnit) throws {
        #expect(try Segmenter(locale: "en").segments(in: "", unit: unit) == [])
        #expect(try WordBoundaries(text: "", locale: "en").utf8Offsets == [0])
    }

    @Test func nulBytesAreOrdinaryCharacters() throws {
        let text = "a\u{0}b c"
        #expect(try Segmenter(locale: "en").graphemes(in: text).map(\.utf8Range) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5])
        #expect(try Segmenter(locale: "en").words(in: text).map(\.utf8Range) == [0..<1, 1..<2, 2..<3, 3..<4, 4..<5])
    }

    @Test func loneCombiningMarkIsItsOwnGrapheme() throws {
        let text = "\u{301}a\u{301}"
        #expect(try Segmenter(locale: "en").graphemes(in: text).map(\.utf8Range) == [0..<2, 2..<5])
    }

    @Test func emojiSequencesAndFlagsAreOneGraphemeEach() throws {
        let text = "👨‍👩‍👧‍👦🇯🇵🇩🇪👍🏽"
        let graphemes = try Segmenter(locale: "ja").graphemes(in: text)
        #expect(graphemes.map { String($0.substring(in: text)) } == ["👨‍👩‍👧‍👦", "🇯🇵", "🇩🇪", "👍🏽"])
        #expect(graphemes.map(\.utf8Range) == [0..<25, 25..<33, 33..<41, 41..<49])
    }

    @Test func oneMegabyteOfMixedScriptsIsSegmented() throws {
        let chunk = "Buy 最好的产品 สวัสดีครับ Größe 42. "
        let repeats = 1_048_576 / chunk.utf8.count + 1
        let text = String(repeating: chunk, count: repeats)
        let segmenter = Segmenter(locale: "th")
        for unit in SegmentUnit.allCases {
            let segments = try segmenter.segments(in: text, unit: unit)
            #expect(segments.first?.utf8Range.lowerBound == 0)
            #expect(segments.last?.utf8Range.upperBound == text.utf8.count)
        }
        let words = try segmenter.words(in: text)
        #expect(try segmenter.words(in: chunk).count == 13)
        #expect(words.count == 13 * repeats)
        let boundaries = try WordBoundaries(text: text, locale: "th")
        #expect(boundaries.isWordAligned(4..<19))
    }
}
