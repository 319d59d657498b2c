import Testing
import TextEngine
@testable import ComplianceCore

@Suite struct TermMatcherTests {
    static let marks = try! TermMatcher(lists: [
        TermList(id: "nike", terms: ["Nike", "耐克", "ナイキ", "나이키", "Найк"]),
        TermList(id: "paypal", terms: ["PayPal"]),
        TermList(id: "coco", terms: ["coco"]),
        TermList(id: "cn-absolute", terms: ["最佳", "最", "第一"], allow: ["最近", "最新", "第一次"], boundary: .none),
        TermList(id: "omega", terms: ["Omega"], allow: ["Omega-3"]),
    ])

    func spans(_ marked: String, locale: String = "en-US", scripts: Set<ScriptCode> = [.latin]) throws -> ([Range<Int>], [TermMatch]) {
        let sample = MarkedSpans(marked)!
        let found = try Self.marks.matches(in: sample.text, locale: locale, expectedScripts: scripts)
        return (sample.utf8Ranges, found)
    }

    @Test(arguments: [
        "Buy ⟦Nike⟧ shoes",
        "⟦NIKE⟧'s new line",
        "⟦Ｎ.і.к.е⟧ running",
        "⟦N I K E⟧ Air",
        "⟦n1k3⟧ style",
        "正品⟦耐克⟧鞋",
        "⟦ナイキ⟧のスニーカー",
        "⟦나이키⟧를 샀어요",
        "Кроссовки ⟦Найк⟧",
        "pay via ⟦раураl⟧ only",
    ])
    func findsMarksInEveryDisguise(marked: String) throws {
        let (expected, found) = try spans(marked)
        #expect(found.map(\.span.utf8Range) == expected, "\(marked)")
    }

    @Test(arguments: ["Nikes and Nikon", "unicorn nikel", "Omega-3 fish oil", "snicker"])
    func wordBoundariesKeepOrdinaryWords(text: String) throws {
        #expect(try Self.marks.matches(in: text, locale: "en-US", expectedScripts: [.latin]).isEmpty, "\(text)")
    }

    /// The ASCII shortcuts at start-up give what ICU gives: every printable ASCII character, and
    /// words mixing them.
    @Test func asciiShortcutsAgreeWithICU() throws {
        let samples = (0x20...0x7E).map { String(Character(Unicode.Scalar($0)!)) } + ["Nike", "3M", "H&M", "A-1 STEAK", "7-Eleven", "42", "O'Neill"]
        for term in samples {
            #expect(TermMatcher.asciiLowercased(term) == term.normalized(.nfkcCaseFold), "\(term)")
            #expect(try TermMatcher.asciiScripts(term) == ScriptDetector.scripts(in: term), "\(term)")
        }
        #expect(TermMatcher.asciiLowercased("Café") == nil)
        #expect(TermMatcher.asciiScripts("耐克") == nil)
    }

    @Test func allowedLongerWordsWinInChinese() throws {
        let (expected, found) = try spans("⟦最佳⟧品质，最近更新，⟦第一⟧品牌，第一次购买", locale: "zh-CN", scripts: [.han])
        #expect(found.map(\.span.utf8Range) == expected)
        #expect(found.map(\.term) == ["最佳", "第一"])
    }

    @Test func aTermInsideALongerOneOfTheSameListIsOneFinding() throws {
        let found = try Self.marks.matches(in: "最佳 最", locale: "zh-CN", expectedScripts: [.han])
        #expect(found.map(\.term) == ["最佳", "最"])
    }

    @Test func possessivesAndElisions() throws {
        #expect(try Self.marks.matches(in: "Nike's and Nike’s", locale: "en", expectedScripts: [.latin]).count == 2)
        #expect(try Self.marks.matches(in: "d'Omega", locale: "fr", expectedScripts: [.latin]).map(\.term) == ["Omega"])
    }

    @Test func disguiseIsReported() throws {
        let found = try Self.marks.matches(in: "Nike and Ｎ.і.к.е", locale: "en-US", expectedScripts: [.latin])
        #expect(found.map(\.disguised) == [false, true])
        let wide = try Self.marks.matches(in: "ＮＩＫＥ", locale: "en-US", expectedScripts: [.latin])
        #expect(wide.map(\.disguised) == [false], "case and width alone are no disguise")
    }

    /// Cyrillic "сосо" folds to "coco", but in a Russian listing it is just Russian text; in an
    /// English listing it is a disguise.
    @Test func lookAlikesInTheMarketsOwnScript() throws {
        #expect(try Self.marks.matches(in: "сосо", locale: "ru-RU", expectedScripts: [.cyrillic]).isEmpty)
        #expect(try Self.marks.matches(in: "сосо", locale: "en-US", expectedScripts: [.latin]).map(\.term) == ["coco"])
        #expect(try Self.marks.matches(in: "Найк", locale: "ru-RU", expectedScripts: [.cyrillic]).map(\.term) == ["Найк"])
    }

    @Test func emptyAndUnrelatedTexts() throws {
        #expect(try Self.marks.matches(in: "", locale: "en", expectedScripts: [.latin]).isEmpty)
        #expect(try Self.marks.matches(in: "Plain cotton shirt", locale: "en", expectedScripts: [.latin]).isEmpty)
    }
}

@Suite struct FoldedCharacterBoundaryTests {
    /// `m` folds to `rn` (a look-alike): a term ending in `r` must not end between the two, or
    /// `umweltfreundlicher` would be found in `umweltfreundlichem`.
    @Test func aMatchDoesNotEndInsideWhatOneCharacterBecame() throws {
        let matcher = try TermMatcher(lists: [TermList(id: "a", terms: ["umweltfreundlicher", "stras", "nike"])])
        #expect(try matcher.matches(in: "aus umweltfreundlichem Stoff", locale: "de-DE", expectedScripts: [.latin]).isEmpty)
        #expect(try matcher.matches(in: "Straße", locale: "de-DE", expectedScripts: [.latin]).isEmpty)
        #expect(try matcher.matches(in: "ein umweltfreundlicher Stoff", locale: "de-DE", expectedScripts: [.latin]).count == 1)
        #expect(try matcher.matches(in: "Ｎ.і.к.е", locale: "en-US", expectedScripts: [.latin]).count == 1)
    }
}
