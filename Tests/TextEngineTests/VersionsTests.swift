import Testing
@testable import TextEngine

@Suite struct VersionsTests {
    @Test func reportsSystemICU72AndCLDR42() {
        let v = ICUVersions.current
        #expect(v.icu.hasPrefix("72."))
        #expect(v.cldr.hasPrefix("42"))
        #expect(v.unicode.hasPrefix("15."))
    }
}
