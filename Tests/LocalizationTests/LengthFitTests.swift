import ComplianceCore
import Testing
import TextEngine
@testable import Localization

@Suite struct LengthFitTests {
    @Test func fitsAtTheLastWordThatFits() throws {
        let title = "Wireless Headphones, Noise Cancelling, 40 Hours Battery, Black"
        let fitted = try LengthFit.fit(title, maximum: 40, unit: .graphemes, locale: "en-US")
        #expect(fitted == LengthFit.Result(text: "Wireless Headphones, Noise Cancelling", truncated: true, length: 37), "no dangling comma")
        #expect(try LengthFit.fit(title, maximum: 200, unit: .graphemes, locale: "en-US").truncated == false)
    }

    @Test func neverCutsABrandOrAModelNumber() throws {
        let title = "Sony WH-1000XM4 Wireless Headphones"
        // ICU breaks WH-1000XM4 at the hyphen; protected, it is kept whole or left out.
        let fitted = try LengthFit.fit(title, maximum: 10, unit: .graphemes, locale: "en-US", protected: ["WH-1000XM4"])
        #expect(fitted.text == "Sony")
        let brand = try LengthFit.fit("Nike Air Max 90 running shoes", maximum: 10, unit: .graphemes, locale: "en-US", protected: ["Nike Air Max"])
        #expect(brand.text.isEmpty, "the brand alone does not fit: nothing rather than half a brand")
    }

    @Test func cutsJapaneseAndThaiBetweenWords() throws {
        let japanese = "ステンレス真空断熱ボトル大容量"
        let fitted = try LengthFit.fit(japanese, maximum: 10, unit: .graphemes, locale: "ja-JP")
        #expect(fitted.length <= 10 && japanese.hasPrefix(fitted.text) && !fitted.text.isEmpty)
        let words = try WordBoundaries(text: japanese, locale: "ja-JP")
        #expect(words.isBoundary(utf8Offset: fitted.text.utf8.count), "cut on an ICU word boundary: \(fitted.text)")
        let thai = "เสื้อยืดคอกลมผู้ชายผ้าฝ้าย"
        let thaiFit = try LengthFit.fit(thai, maximum: 12, unit: .graphemes, locale: "th-TH")
        #expect(try WordBoundaries(text: thai, locale: "th-TH").isBoundary(utf8Offset: thaiFit.text.utf8.count) && !thaiFit.text.isEmpty)
    }

    @Test func countsInTheMarketplacesUnit() throws {
        // Japanese takes three UTF-8 bytes a character: a 30-byte limit keeps at most ten.
        let bytes = try LengthFit.fit("耐熱ガラス 保存容器 3個セット 電子レンジ対応", maximum: 30, unit: .utf8Bytes, locale: "ja-JP")
        #expect(bytes.length <= 30 && bytes.text.utf8.count == bytes.length)
        // An emoji outside the BMP is two UTF-16 units and one grapheme; a family is one grapheme.
        let family = "Gift set 👨‍👩‍👧 for families"
        let units = try LengthFit.fit(family, maximum: 12, unit: .utf16Units, locale: "en-US")
        #expect(units.text == "Gift set" && units.length == 8)
        let one = try LengthFit.fit("👨‍👩‍👧👨‍👩‍👧", maximum: 1, unit: .graphemes, locale: "en-US")
        #expect(one.text == "👨‍👩‍👧", "never inside a grapheme")
    }
}
