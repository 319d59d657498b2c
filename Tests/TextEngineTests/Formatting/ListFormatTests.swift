import Testing
@testable import TextEngine

struct ListCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let and: String, or: String, narrowUnits: String
    var testDescription: String { locale }
}

@Suite struct ListFormatTests {
    static let cases: [ListCase] = [
        .init(locale: "en", and: "A, B, and C", or: "A, B, or C", narrowUnits: "5 ft 2 in"),
        .init(locale: "de", and: "A, B und C", or: "A, B oder C", narrowUnits: "5 ft, 2 in"),
        .init(locale: "fr", and: "A, B et C", or: "A, B ou C", narrowUnits: "5 ft 2 in"),
        .init(locale: "ja", and: "A、B、C", or: "A、B、またはC", narrowUnits: "5 ft2 in"),
        .init(locale: "zh-Hans", and: "A、B和C", or: "A、B或C", narrowUnits: "5 ft2 in"),
        .init(locale: "ko", and: "A, B 및 C", or: "A, B 또는 C", narrowUnits: "5 ft 2 in"),
        .init(locale: "ar", and: "A وB وC", or: "A أو B أو C", narrowUnits: "5 ft و2 in"),
        .init(locale: "ar-AE", and: "A وB وC", or: "A أو B أو C", narrowUnits: "5 ft و2 in"),
        .init(locale: "th", and: "A B และC", or: "A, B หรือ C", narrowUnits: "5 ft 2 in"),
    ]

    @Test(arguments: cases) func kindsPerLocale(_ c: ListCase) throws {
        #expect(try ICUListFormat(locale: c.locale).format(["A", "B", "C"]) == c.and)
        #expect(try ICUListFormat(locale: c.locale, kind: .or).format(["A", "B", "C"]) == c.or)
        #expect(try ICUListFormat(locale: c.locale, kind: .units, width: .narrow).format(["5 ft", "2 in"]) == c.narrowUnits)
    }

    @Test func widthsAndEdgeCases() throws {
        let english = try ICUListFormat(locale: "en")
        #expect(try ICUListFormat(locale: "en", width: .short).format(["A", "B", "C"]) == "A, B, & C")
        #expect(try ICUListFormat(locale: "en", width: .narrow).format(["A", "B", "C"]) == "A, B, C")
        #expect(try english.format([]) == "")
        #expect(try english.format(["x"]) == "x")
        #expect(try english.format(["x", "y"]) == "x and y")
        #expect(try english.format(["a\u{0}b", "", "é"]) == "a\u{0}b, , and é")
        let long = String(repeating: "x", count: 100_000)
        #expect(try english.format([long, "y"]) == long + " and y")
    }
}
