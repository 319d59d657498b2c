import Testing
@testable import TextEngine

@Suite struct TextInspectionTests {
    /// The acceptance example: the folded view matches `nike` and `最好` on the original spans.
    @Test func foldedViewFindsTermsOnOriginalSpans() throws {
        let inspection = try TextInspection(text: "Ｎ.і.к.е 最 好", locale: "en-US", terms: ["nike", "最好"])
        #expect(inspection.views.last?.name == "folded")
        #expect(inspection.views.last?.text == "nike 最好")
        #expect(inspection.foldedTokens.map(\.folded) == ["nike", "最好"])
        #expect(inspection.foldedTokens.map(\.original.text) == ["Ｎ.і.к.е", "最 好"])
        #expect(inspection.matches.map(\.original.text) == ["Ｎ.і.к.е", "最 好"])
        #expect(inspection.matches.map(\.original.scalarRange) == [0..<7, 8..<11])
        #expect(inspection.matches.map(\.view) == ["folded", "joined"])
    }

    @Test func listsHiddenCharacters() throws {
        let inspection = try TextInspection(text: "a\u{200B}b\u{202E}c\u{2800}", locale: "en")
        #expect(inspection.hidden.map(\.codePoint) == ["U+200B", "U+202E", "U+2800"])
        #expect(inspection.hidden.map(\.kind) == [.invisible, .bidiControl, .invisible])
        #expect(inspection.hidden.map(\.name) == ["ZERO WIDTH SPACE", "RIGHT-TO-LEFT OVERRIDE", "BRAILLE PATTERN BLANK"])
        #expect(inspection.hidden.map(\.span.scalarRange) == [1..<2, 3..<4, 5..<6])
    }

    @Test func reportsEachSpanOnceUnderTheFirstViewThatFindsIt() throws {
        let inspection = try TextInspection(text: "nike NIKE n1ke", locale: "en", terms: ["nike"])
        #expect(inspection.matches.map(\.view) == ["normalized", "normalized", "unleet"])
    }

    @Test func scriptsWordsAndSpoofCheck() throws {
        let inspection = try TextInspection(text: "Nіkе 运动鞋", locale: "en-US")
        #expect(inspection.scripts.map(\.script) == ["Latn", "Cyrl", "Latn", "Cyrl", "Hani"])
        #expect(inspection.words.map(\.span.text) == ["Nіkе", "运动", "鞋"])
        #expect(inspection.words.map(\.kind) == ["letter", "ideographic", "ideographic"])
        #expect(inspection.spoof.mixedScript)
        #expect(inspection.spoof.unexpectedCharacters)
        #expect(inspection.spoof.scripts == ["Cyrl", "Hani", "Latn"])
        #expect(try TextInspection(text: "Nike", locale: "en-US").spoof.restrictionLevel == "ascii")
    }
}
