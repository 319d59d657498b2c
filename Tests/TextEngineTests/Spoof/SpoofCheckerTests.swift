import Testing
@testable import TextEngine

/// One span, what it is expected to be written in, and ICU 72's verdict.
struct SpoofCase: Sendable, CustomStringConvertible {
    let span: String
    let expectation: SpoofExpectation
    let level: RestrictionLevel
    let failed: SpoofChecks
    let scripts: Set<ScriptCode>
    var wholeScript = false
    var mixedScript = false
    var description: String { "\(span) for \(expectation)" }
}

@Suite struct SpoofCheckerTests {
    static let cases: [SpoofCase] = [
        SpoofCase(span: "Nike", expectation: .locales(["en-US"]), level: .ascii, failed: [], scripts: [.latin]),
        SpoofCase(span: "Nіkе", expectation: .locales(["en-US"]), level: .minimallyRestrictive,
                  failed: [.restrictionLevel, .unexpectedCharacters], scripts: [.latin, .cyrillic], mixedScript: true),
        SpoofCase(span: "Продукт", expectation: .locales(["en-US"]), level: .singleScriptRestrictive,
                  failed: [.unexpectedCharacters], scripts: [.cyrillic]),
        SpoofCase(span: "Продукт", expectation: .locales(["ru"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.cyrillic]),
        SpoofCase(span: "сосо", expectation: .locales(["en-US"]), level: .singleScriptRestrictive,
                  failed: [.unexpectedCharacters], scripts: [.cyrillic], wholeScript: true),
        SpoofCase(span: "АВС", expectation: .scripts([.latin]), level: .singleScriptRestrictive,
                  failed: [.unexpectedCharacters], scripts: [.cyrillic], wholeScript: true),
        SpoofCase(span: "рау", expectation: .locales(["ru"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.cyrillic]),
        SpoofCase(span: "Größe", expectation: .locales(["de"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.latin]),
        SpoofCase(span: "Été", expectation: .locales(["fr"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.latin]),
        SpoofCase(span: "日本語のテキスト", expectation: .locales(["ja"]), level: .singleScriptRestrictive,
                  failed: [], scripts: [.han, .hiragana, .katakana]),
        // The scripts of "ja" are Han, Hiragana and Katakana only: Latin needs "en" as well.
        SpoofCase(span: "Sony日本", expectation: .locales(["ja"]), level: .highlyRestrictive,
                  failed: [.unexpectedCharacters], scripts: [.latin, .han]),
        SpoofCase(span: "Sony日本", expectation: .locales(["ja", "en"]), level: .highlyRestrictive, failed: [],
                  scripts: [.latin, .han]),
        SpoofCase(span: "我们的产品", expectation: .locales(["zh-Hans"]), level: .singleScriptRestrictive,
                  failed: [], scripts: [.han]),
        SpoofCase(span: "한국어 제품", expectation: .locales(["ko"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.hangul]),
        SpoofCase(span: "منتج ١٢٣", expectation: .locales(["ar"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.arabic]),
        SpoofCase(span: "Nike 123١", expectation: .locales(["en"]), level: .moderatelyRestrictive,
                  failed: [.restrictionLevel, .unexpectedCharacters, .mixedNumbers], scripts: [.latin, .arabic],
                  mixedScript: true), // the skeleton of "١" (U+0661) is "l"
        SpoofCase(span: "สินค้า", expectation: .locales(["th"]), level: .singleScriptRestrictive, failed: [],
                  scripts: [.thai]),
        SpoofCase(span: "สินค้า", expectation: .locales(["en"]), level: .singleScriptRestrictive,
                  failed: [.unexpectedCharacters], scripts: [.thai]),
        SpoofCase(span: "Prix سعر", expectation: .locales(["fr", "ar"]), level: .moderatelyRestrictive,
                  failed: [.restrictionLevel], scripts: [.latin, .arabic]),
        SpoofCase(span: "", expectation: .locales(["en"]), level: .ascii, failed: [], scripts: []),
    ]

    @Test(arguments: cases) func verdicts(_ c: SpoofCase) throws {
        let result = try SpoofChecker(expecting: c.expectation).check(c.span)
        #expect(result.restrictionLevel == c.level)
        #expect(result.failedChecks == c.failed)
        #expect(result.scripts == c.scripts)
        #expect(result.isWholeScriptConfusable == c.wholeScript)
        #expect(result.isMixedScriptConfusable == c.mixedScript)
        #expect(result.isMixedScript == (c.level > .singleScriptRestrictive))
    }

    @Test func hiddenDotOverLetterI() throws {
        let result = try SpoofChecker(expecting: .locales(["en"])).check("i\u{307}phone")
        #expect(result.failedChecks == [.hiddenOverlay])
    }

    @Test func unknownScriptCodeIsRejected() {
        #expect(throws: TextEngineError.self) {
            try SpoofChecker(expecting: .scripts(["Qqqq"])).check("abc")
        }
        #expect(throws: TextEngineError.self) {
            try SpoofChecker(expecting: .scripts(["La]tn"])).check("abc")
        }
        #expect(SpoofChecker.pattern(for: [.latin, .greek]) == "[[:sc=Grek:][:sc=Latn:][:sc=Zyyy:][:sc=Zinh:]]")
    }
}
