import Testing
@testable import TextEngine

@Suite struct ICURegexTests {
    @Test func reportsUTF8RangesOnTheOriginalText() throws {
        let sample = MarkedText("😀 call ⟦138-1234-5678⟧ or ⟦13912345678⟧ 电池⟦13812345678⟧毫安")
        let regex = try ICURegex(#"1[3-9]\d(?:-?\d{4}){2}"#)
        #expect(try regex.matches(in: sample.text) == sample.utf8Ranges)
    }

    /// ICU's default `\b` sits between a Unicode word character and a non-word one, so digits
    /// glued to Han characters have no boundary; with UAX #29 boundaries every ideograph is a
    /// word of its own, so they do (the trap PERFORMANCE.md describes: engines disagree here).
    @Test func wordBoundaryModes() throws {
        let text = "电池容量13812345678毫安时"
        #expect(try ICURegex(#"\b1[3-9]\d{9}\b"#).matches(in: text).isEmpty)
        #expect(try ICURegex(#"\b1[3-9]\d{9}\b"#, options: .unicodeWordBoundaries).matches(in: text) == [12..<23])
    }

    @Test func optionsAndScripts() throws {
        #expect(try ICURegex("nike", options: .caseInsensitive).matches(in: "NIKE Nike nIkE").count == 3)
        let thai = MarkedText("โทร ⟦๐๘๑๒๓๔๕๖๗๘⟧")
        #expect(try ICURegex(#"\d{10}"#).matches(in: thai.text) == thai.utf8Ranges)
        #expect(try ICURegex("^b", options: .multiline).matches(in: "a\nb").count == 1)
        #expect(try ICURegex("a.b", options: .dotMatchesLineBreaks).matches(in: "a\nb").count == 1)
    }

    @Test func syntaxErrorsNameThePatternAndOffset() {
        #expect(throws: TextEngineError.invalidArgument("invalid regular expression \"ab(c\" at offset 4: U_REGEX_MISMATCHED_PAREN")) {
            try ICURegex("ab(c")
        }
        #expect(throws: TextEngineError.self) { try ICURegex("a{2,1}") }
    }

    /// A catastrophic pattern is stopped by the time limit instead of hanging.
    @Test func catastrophicBacktrackingIsStopped() throws {
        let regex = try ICURegex("(a+)+$")
        let text = String(repeating: "a", count: 40) + "!"
        #expect(throws: TextEngineError.regexTimeLimit(pattern: "(a+)+$", limit: 20)) {
            try regex.matches(in: text, timeLimit: 20)
        }
    }

    @Test func emptyTextsNulBytesAndManyMatches() throws {
        #expect(try ICURegex("x").matches(in: "").isEmpty)
        #expect(try ICURegex("b").matches(in: "a\u{0}b") == [2..<3])
        let many = String(repeating: "ab ", count: 1000)
        #expect(try ICURegex("ab").matches(in: many).count == 1000)
    }
}
