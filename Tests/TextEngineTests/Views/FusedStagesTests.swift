import Testing
@testable import TextEngine

/// The one-pass implementations behind the folded view give exactly what the steps give one
/// after the other: text and map.
@Suite struct FusedStagesTests {
    static let samples = [
        "Ｎ.і.к.е 最 好", "n 1 k 3 shoes", "$ale! great! 100% c++", "a!b!c!", "$a b c!", "x n.1.k.3y",
        "最 好3 最! 好", "3 最 好 4", "l1l|l!", "N_l_K_E", "a b", "S M L XL", "e.g. U.S.A. made",
        "水杯，n1k3「b4g」", "—1—", "n i k e\nn i k e", "ℕ𝕚𝕜𝕖 ＮＩＫＥ", "N̴̛i̴k̴e̴", "東京 タワー 1 2 3",
        "a1 b2 c3", "1 2 3 4", "@ b c", "b @ c d", "x|y|z", "1l 2l 3l", "A . B . C", "a - b - c - d",
        "c 3 p o", "🙂 n i k e 🙂", "Größe 42", "سماعات 1 2 3", "หูฟัง ๑ ๒ ๓", "",
        "S.a.m.s.u.n.g Galaxy", "m i c r o", "x.rn.m.m", "ﬁ.x.y", "S A M S U N G",
    ]

    @Test func foldedViewEqualsStepByStep() {
        for text in Self.samples + Self.generated() {
            let fused = TextView.apply(TextView.folded.steps, to: text, fused: true)
            let stepwise = TextView.apply(TextView.folded.steps, to: text, fused: false)
            #expect(fused.text == stepwise.text, "\(text.debugDescription)")
            #expect(fused.originStart == stepwise.originStart, "\(text.debugDescription)")
            #expect(fused.originEnd == stepwise.originEnd, "\(text.debugDescription)")
        }
    }

    /// Deterministic random strings over the characters the stages treat specially.
    static func generated() -> [String] {
        let alphabet = Array("ab l1i3|!$@+ .-_\u{200B}最好ｎ́кÉ0\nmﬁ")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<400).map { _ in
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 59) + 1
            for _ in 0..<length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            return text
        }
    }
}

@Suite struct MatchingViewsTests {
    @Test func equalTheViewsComputedAlone() {
        for text in FusedStagesTests.samples {
            let views = MatchingViews(text)
            let folded = TextView.folded.of(text)
            #expect(views.normalized.text == TextView.normalized.of(text).text)
            #expect(views.folded.text == folded.text)
            #expect(views.folded.originStart == folded.originStart && views.folded.originEnd == folded.originEnd)
        }
    }
}
