import Testing
import TextEngine
@testable import ComplianceCore

/// Terms options that set a finding's severity from its surroundings: escalation by proximity
/// and nominative use.
@Suite struct TermsOptionsTests {
    static let us = Market(id: "US", locales: ["en-US"], scripts: [.latin], jurisdictions: ["US"])
    static let jp = Market(id: "JP", locales: ["ja-JP"], scripts: [.han, .hiragana, .katakana, .latin], jurisdictions: ["JP"])
    static let day = Day("2026-11-30")!

    static func rule(_ id: String, _ category: FindingCategory, _ severity: Severity, _ check: TermsCheck) -> Rule {
        Rule(id: id, category: category, severity: severity, fields: [.title, .description], conditions: RuleConditions(),
             check: .terms(check), message: ["en": "{match}"], citation: Citation(law: "l"), fix: nil, from: nil, until: nil,
             examples: RuleExamples(match: [], noMatch: []))
    }

    static let engine = try! Engine(packs: [RulePack(
        id: "p", name: "p", version: "1", jurisdiction: nil, markets: [], languages: [], rules: [
            rule("marks", .trademark, .block, TermsCheck(
                terms: ["Nike": ["Nike", "耐克"], "Apple": ["iPhone", "アイフォン"]], allow: [], boundary: .auto,
                nominative: NominativeUse(phrases: ["compatible with", "for", "适用于"], following: ["compatible", "対応", "용"],
                                          categories: ["electronics/accessories"], severity: .warn))),
            rule("signals", .counterfeit, .warn, TermsCheck(
                terms: ["*": ["replica", "高仿"]], allow: [], boundary: .auto,
                escalate: Escalation(near: [.trademark], within: 10, severity: .block))),
        ], source: "test")])

    func result(_ title: String, category: String? = nil, market: Market = us) throws -> ListingResult {
        try Self.engine.check(Listing(id: "l", title: title, category: category), market: market, on: Self.day)
    }

    func severities(_ result: ListingResult) -> [String: Severity] {
        Dictionary(result.findings.map { ($0.span.text, $0.severity) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aSignalNextToAMarkIsEscalated() throws {
        let near = try result("Replica Nike shoes")
        #expect(severities(near) == ["Replica": .block, "Nike": .block])
        #expect(near.decision == .block)
        let signal = try #require(near.findings.first { $0.rule == "signals" })
        #expect(signal.explanation.contains("block instead of warn: trademark \"Nike\" (marks) is 1 characters away"))
        #expect(try severities(result("高仿耐克")) == ["高仿": .block, "耐克": .block])
    }

    @Test func aSignalFarFromAMarkOrAloneKeepsItsSeverity() throws {
        let far = try result("Replica of a bronze coin, and Nike")
        #expect(severities(far)["Replica"] == .warn)
        let alone = try result("Replica of a Roman coin")
        #expect(severities(alone) == ["Replica": .warn])
        #expect(alone.decision == .review)
    }

    @Test func escalationReadsTheField() throws {
        // The mark in another field does not count.
        let listing = Listing(id: "l", title: "Replica shoes", description: "Nike")
        let findings = try Self.engine.check(listing, market: Self.us, on: Self.day).findings
        #expect(findings.first { $0.rule == "signals" }?.severity == .warn)
    }

    @Test(arguments: [
        ("Case compatible with iPhone 15", "electronics/accessories", Severity.warn),
        ("Case for: iPhone 15", "electronics/accessories/cases", .warn),
        ("适用于iPhone 15的手机壳", "electronics/accessories", .warn),
        ("Shoes for Nike fans", "shoes/running", .block),
        ("Case compatible with iPhone 15", nil, .block),
        ("Case compatible with iPhone 15", "electronics", .block),
        ("iPhone compatible charger", "electronics/accessories", .warn),
        ("iPhone 15 Pro compatible", "electronics/accessories", .warn),
        ("iPhone 15 case", "electronics/accessories", .block),
        ("Therefor iPhone", "electronics/accessories", .block),
    ] as [(String, String?, Severity)])
    func nominativeUseIsMilderInItsCategories(title: String, category: String?, expected: Severity) throws {
        let found = try result(title, category: category)
        let mark = try #require(found.findings.first { $0.rule == "marks" })
        #expect(mark.severity == expected)
        if expected == .warn { #expect(found.decision == .review && mark.explanation.contains("nominative use")) }
    }

    @Test func followingPhrasesComeAfterTheMarkAndItsModel() throws {
        let found = try result("アイフォン 15 Pro 対応 ケース", category: "electronics/accessories", market: Self.jp)
        let mark = try #require(found.findings.first)
        #expect(mark.severity == .warn && mark.explanation.contains("nominative use before \"対応\""))
        #expect(try result("iPhone 15 ケース", category: "electronics/accessories", market: Self.jp).findings.first?.severity == .block)
    }
}
