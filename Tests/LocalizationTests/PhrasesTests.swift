import Foundation
import RulePacks
import Testing
import TextEngine
@testable import Localization

@Suite struct PhrasesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func shipped() throws -> Phrases {
        let url = root.appendingPathComponent("locales/templates/phrases.yaml")
        return try PhrasesLoader.load(yaml: String(decoding: try Data(contentsOf: url), as: UTF8.self), file: url.path)
    }

    @Test(arguments: [
        ("en-US", 2, "Pack of 2"), ("en-US", 1, "1 unit"), ("de-DE", 2, "2er-Pack"), ("ja-JP", 2, "2点セット"), ("ko-KR", 6, "6개입"),
        ("zh-CN", 3, "3件装"), ("zh-TW", 3, "3入組"), ("fr-FR", 12, "Lot de 12"), ("pl-PL", 2, "2 sztuki"), ("pl-PL", 5, "5 sztuk"),
        ("pl-PL", 22, "22 sztuki"), ("ar-SA", 2, "قطعتان"), ("ar-SA", 3, "٣ قطع"), ("ar-SA", 11, "١١ قطعة"), ("pt-BR", 1, "1 unidade"),
        ("de-DE", 1000, "1.000er-Pack"),
    ])
    func packCounts(locale: String, count: Int, expected: String) throws {
        #expect(try Self.shipped().render("pack_count", locale: locale, ["count": .int(Int64(count))]) == expected)
    }

    /// Every plural category of every listing language has its own branch in every phrase, and
    /// a number of that category renders with the number written as the locale writes it.
    @Test func everyPluralCategoryOfEveryLanguageRenders() throws {
        let phrases = try Self.shipped()
        let samples: [Double] = (0...200).map(Double.init) + [0.5, 1.5, 2.5, 1000, 1_000_000]
        for phrase in phrases.phrases.values {
            for language in ListingLanguages.all {
                let locale = ListingLanguages.icuLocale(language)
                let rules = try PluralRules.cached(locale: locale)
                let pattern = try #require(phrase.patterns[language])
                let branches = Self.pluralKeywords(pattern)
                for category in try rules.categories() {
                    #expect(branches.contains(category.rawValue), "\(phrase.id) in \(language): no '\(category.rawValue)' branch")
                    let sample = try #require(try samples.first { try rules.category(for: $0) == category }, "\(language) \(category)")
                    let text = try ICUMessageFormat(locale: locale, pattern: pattern).format(["count": .double(sample)])
                    #expect(!text.isEmpty && !text.contains("{"), "\(phrase.id) in \(language) for \(sample): \(text)")
                }
                // No branch for a category the language does not have (it could never be chosen).
                let categories = Set(try rules.categories().map(\.rawValue))
                #expect(branches.filter { !$0.hasPrefix("=") }.isSubset(of: categories), "\(phrase.id) in \(language): \(branches)")
            }
        }
    }

    /// The plural keywords of the branches of a pattern (`one`, `few`, `=1`).
    static func pluralKeywords(_ pattern: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"(?:^|[\s{}])(zero|one|two|few|many|other|=\d+)\s*\{"#)
        let range = NSRange(pattern.startIndex..., in: pattern)
        return Set(regex.matches(in: pattern, range: range).compactMap { Range($0.range(at: 1), in: pattern).map { String(pattern[$0]) } })
    }

    @Test func aBrokenPhraseDoesNotLoad() {
        let languages = ListingLanguages.all.map { "    \($0): \"{count, plural, other {#}}\"" }.joined(separator: "\n")
        let good = "version: 1\nphrases:\n  n:\n    arguments: [count]\n" + languages + "\n"
        #expect(throws: Never.self) { try PhrasesLoader.load(yaml: good, file: "p.yaml") }
        let unknownArgument = good.replacingOccurrences(of: "    de: \"{count, plural, other {#}}\"", with: "    de: \"{anzahl}\"")
        #expect(throws: RulePackError.self) { try PhrasesLoader.load(yaml: unknownArgument, file: "p.yaml") }
        let broken = good.replacingOccurrences(of: "    ja: \"{count, plural, other {#}}\"", with: "    ja: \"{count, plural, other {#}\"")
        #expect(throws: RulePackError.self) { try PhrasesLoader.load(yaml: broken, file: "p.yaml") }
        let missing = good.replacingOccurrences(of: "    ko: \"{count, plural, other {#}}\"\n", with: "")
        #expect(throws: RulePackError.self) { try PhrasesLoader.load(yaml: missing, file: "p.yaml") }
    }
}
