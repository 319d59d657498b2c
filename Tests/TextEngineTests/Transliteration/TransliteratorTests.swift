import Testing
@testable import TextEngine

@Suite struct TransliteratorTests {
    @Test(arguments: [
        ("en", "Buy now", "Buy now"),
        ("de", "Straße Ærø", "Strasse AEro"),
        ("fr", "Crème brûlée", "Creme brulee"),
        ("ja", "こんにちは", "kon'nichiha"),
        ("zh-Hans", "北京", "bei jing"),
        ("ko", "안녕하세요", "annyeonghaseyo"),
        ("ar", "مرحبا", "mrhba"),
        ("th", "สวัสดี", "swasdi"),
    ])
    func anyLatinToASCII(locale: String, text: String, expected: String) throws {
        #expect(try Transliterator(id: "Any-Latin; Latin-ASCII").transliterate(text) == expected)
    }

    @Test func anyLatinKeepsDiacritics() throws {
        let any = try Transliterator(id: "Any-Latin")
        #expect(try any.transliterate("北京") == "běi jīng")
        #expect(try any.transliterate("สวัสดี") == "s̄wạs̄dī")
        #expect(try any.transliterate("مرحبا") == "mrḥbạ")
        #expect(try any.transliterate("Ελλάδα") == "Elláda")
    }

    @Test func scriptSpecificTransformsLeaveOtherScripts() throws {
        #expect(try Transliterator(id: "Han-Latin").transliterate("北京 Москва") == "běi jīng Москва")
        #expect(try Transliterator(id: "Cyrillic-Latin").transliterate("Москва 北京") == "Moskva 北京")
    }

    @Test func unknownIdThrowsNamingIt() {
        #expect(throws: TextEngineError.invalidArgument("unknown transliterator id \"Foo-Bar\" (U_INVALID_ID)")) {
            try Transliterator(id: "Foo-Bar")
        }
        #expect(throws: TextEngineError.self) { try Transliterator(id: "") }
    }

    @Test func edgeCasesPassThrough() throws {
        let t = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(try t.transliterate("") == "")
        #expect(try t.transliterate("a\u{0}б") == "a\u{0}b")
        #expect(try t.transliterate("👨‍👩‍👧‍👦🇯🇵") == "👨‍👩‍👧‍👦🇯🇵")
    }

    @Test func growingOutputAndConcurrentUse() async throws {
        let t = try Transliterator(id: "Any-Latin; Latin-ASCII")
        let text = String(repeating: "北京", count: 5_000)
        let expected = String(repeating: "bei jing ", count: 4_999) + "bei jing"
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try t.transliterate(text) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: expected, count: 8))
    }
}
