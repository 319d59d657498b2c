import Testing
import TextEngine

@Suite struct RegionNamesTests {
    @Test(arguments: [
        ("PT", "en", "Portugal"), ("PT", "de", "Portugal"), ("DE", "fr", "Allemagne"), ("CN", "ja", "中国"),
        ("LK", "ko", "스리랑카"), ("US", "zh-Hant", "美國"), ("US", "zh-Hans", "美国"), ("VN", "ar", "فيتنام"),
        ("dk", "pl", "Dania"), ("419", "es", "Latinoamérica"),
    ])
    func namesComeFromCLDR(region: String, locale: String, expected: String) throws {
        #expect(try RegionNames.name(of: region, locale: locale) == expected)
    }

    @Test(arguments: ["", "P", "PRT", "12", "QQ", "ZZZ"])
    func unknownCodesAreErrors(region: String) {
        #expect(throws: TextEngineError.self) { try RegionNames.name(of: region, locale: "en") }
    }
}
