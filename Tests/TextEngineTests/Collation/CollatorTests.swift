import Testing
@testable import TextEngine

@Suite struct CollatorTests {
    @Test(arguments: [
        ("en", ["banana", "Apple", "apple", "cherry"], ["apple", "Apple", "banana", "cherry"]),
        ("de", ["Zebra", "Äpfel", "Bär", "Apfel", "Ärger"], ["Apfel", "Äpfel", "Ärger", "Bär", "Zebra"]),
        ("sv", ["Zebra", "Äpple", "Apa", "Öl", "Åsa"], ["Apa", "Zebra", "Åsa", "Äpple", "Öl"]),
        ("fr", ["côté", "cote", "côte", "coté"], ["cote", "coté", "côte", "côté"]),
        ("ja", ["漢字", "かんじ", "カタカナ", "あい", "アイ", "ひらがな"], ["あい", "アイ", "カタカナ", "かんじ", "ひらがな", "漢字"]),
        ("zh-Hans", ["上海", "北京", "广州", "深圳", "中国"], ["北京", "广州", "上海", "深圳", "中国"]),
        ("ko", ["한국", "다리", "가나", "나라"], ["가나", "나라", "다리", "한국"]),
        ("ar", ["ثوم", "تفاح", "باب", "أب"], ["أب", "باب", "تفاح", "ثوم"]),
        ("th", ["ฮา", "ไก่", "ขวด", "กา", "เก"], ["กา", "เก", "ไก่", "ขวด", "ฮา"]),
    ])
    func sortsLikeTheLocale(locale: String, input: [String], expected: [String]) throws {
        #expect(try Collator(locale: locale).sorted(input) == expected)
    }

    @Test func compareAndStrength() throws {
        #expect(try Collator(locale: "zh-Hans").compare("北京", "上海") == .ascending)
        #expect(try Collator(locale: "sv").compare("Ä", "Z") == .descending)
        #expect(try Collator(locale: "de").compare("Äpfel", "Apfel") == .descending)
        #expect(try Collator(locale: "de", strength: .primary).compare("Äpfel", "apfel") == .same)
        #expect(try Collator(locale: "de", strength: .secondary).compare("Apfel", "apfel") == .same)
        #expect(try Collator(locale: "en").compare("", "") == .same)
    }

    @Test func phonebookAndNumericOptions() throws {
        let words = ["Ärger", "Affe", "Aerger", "Azur"]
        #expect(try Collator(locale: "de-u-co-phonebk").sorted(words) == ["Aerger", "Ärger", "Affe", "Azur"])
        #expect(try Collator(locale: "en").sorted(["item 10", "item 2"]) == ["item 10", "item 2"])
        #expect(try Collator(locale: "en", numericOrdering: true).sorted(["item 10", "item 2", "Item 1"])
            == ["Item 1", "item 2", "item 10"])
    }

    @Test func sortKeysAgreeWithCompare() throws {
        let collator = try Collator(locale: "ja")
        let words = ["漢字", "かんじ", "カタカナ", "あい", "", "a\u{0}b"]
        for a in words {
            for b in words {
                let byKey: CollationOrder = try collator.sortKey(a) < collator.sortKey(b) ? .ascending
                    : (try collator.sortKey(a) == collator.sortKey(b) ? .same : .descending)
                #expect(try byKey == collator.compare(a, b))
            }
        }
        #expect(try collator.sortKey(String(repeating: "漢字", count: 10_000)).bytes.count > 20_000)
    }
}
