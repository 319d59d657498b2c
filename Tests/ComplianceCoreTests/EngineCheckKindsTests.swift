import Testing
import TextEngine
@testable import ComplianceCore

/// The engine on required, consistency and language checks, and on jurisdiction conditions.
@Suite struct EngineCheckKindsTests {
    static let us = Market(id: "US", locales: ["en-US", "es-US"], scripts: [.latin], jurisdictions: ["US"])
    static let fr = Market(id: "FR", locales: ["fr-FR"], scripts: [.latin], jurisdictions: ["EU", "FR"])
    static let ca = Market(id: "CA", locales: ["en-CA", "fr-CA"], scripts: [.latin], jurisdictions: ["CA"])
    static let cn = Market(id: "CN", locales: ["zh-CN"], scripts: [.han], jurisdictions: ["CN"])
    static let day = Day("2026-11-30")!

    static func rule(_ id: String, _ check: Check, fields: [ListingField] = [.title, .bullets, .description],
                     when: RuleConditions = RuleConditions()) -> Rule {
        Rule(id: id, category: .regulatory, severity: .block, fields: fields, conditions: when, check: check,
             message: ["en": "{match}"], citation: Citation(law: "l"), fix: nil, from: nil, until: nil,
             examples: RuleExamples(match: [], noMatch: []))
    }

    static let engine = try! Engine(packs: [RulePack(
        id: "p", name: "p", version: "1", jurisdiction: nil, markets: [], languages: [], rules: [
            rule("warning", .required(RequiredCheck(evidence: TextEvidence(terms: ["*": ["choking hazard"]]))),
                 when: RuleConditions(jurisdictions: ["US"], categories: ["toys"], attributes: ["small_parts": ["true"]])),
            rule("warning-regex", .required(RequiredCheck(evidence: TextEvidence(terms: [:], regex: PatternCheck(
                regex: #"not for children under 3"#, caseInsensitive: true, unicodeWordBoundaries: true, timeLimit: 100)))),
                 when: RuleConditions(markets: ["US"], categories: ["toys"])),
            rule("origin", .consistency(ConsistencyCheck(claim: TextEvidence(terms: ["*": ["made in usa"]]),
                                                         attribute: "origin", expected: ["US"], reportWhenMissing: false))),
            rule("origin-regex", .consistency(ConsistencyCheck(
                claim: TextEvidence(terms: [:], regex: PatternCheck(regex: #"100\s*%\s*cotton"#, caseInsensitive: true,
                                                                     unicodeWordBoundaries: true, timeLimit: 100)),
                attribute: "material", expected: ["cotton"], reportWhenMissing: true))),
            rule("language", .language(LanguageCheck(languages: [], minimumWords: 5)), fields: [.title]),
        ], source: "test")])

    func findings(_ listing: Listing, _ market: Market = us) throws -> [Finding] {
        try Self.engine.check(listing, market: market, on: Self.day).findings
    }

    @Test func aMissingDisclosureIsAFindingAboutTheListing() throws {
        let toy = Listing(id: "t", title: "Blocks", bullets: ["120 pieces"], category: "toys/blocks", attributes: ["small_parts": "true"])
        let found = try findings(toy).filter { $0.rule.hasPrefix("warning") }
        #expect(found.map(\.rule) == ["warning", "warning-regex"])
        #expect(found.allSatisfy { $0.field == .listing && $0.span.utf8Range.isEmpty })
        #expect(Decision(findings: found) == .block)
        // Found in any field the rule reads, in disguise too.
        let warned = Listing(id: "t", title: "Blocks", bullets: ["C H O K I N G hazard! Not for children under 3 yrs"],
                             category: "toys/blocks", attributes: ["small_parts": "true"])
        #expect(try findings(warned).filter { $0.rule.hasPrefix("warning") }.isEmpty)
        // Conditions: another market's jurisdiction, another category, no small parts.
        #expect(try findings(toy, Self.fr).filter { $0.rule == "warning" }.isEmpty)
        let plush = Listing(id: "t", title: "Plush bear", category: "toys/plush", attributes: ["small_parts": "false"])
        #expect(try findings(plush).map(\.rule) == ["warning-regex"])
        #expect(try findings(Listing(id: "t", title: "Pan", category: "kitchen")).isEmpty)
        // Categories and attribute values from feeds compare ignoring case.
        let shouting = Listing(id: "t", title: "Blocks", category: "Toys/Blocks", attributes: ["small_parts": "TRUE"])
        #expect(try findings(shouting).map(\.rule) == ["warning", "warning-regex"])
    }

    @Test func aClaimTheDataContradictsIsFoundOnItsSpan() throws {
        let text = "Skillet MADE in U.S.A."
        let found = try findings(Listing(id: "s", title: text, attributes: ["origin": "CN"]))
        #expect(found.map(\.rule) == ["origin"])
        #expect(found.first?.span.text == "MADE in U.S.A")
        #expect(found.first?.explanation.contains("attribute 'origin' is CN, not US") == true)
        #expect(try findings(Listing(id: "s", title: text, attributes: ["origin": "us"])).isEmpty)
        #expect(try findings(Listing(id: "s", title: text)).isEmpty, "origin unknown and when_missing: ignore")
        // A regex claim, reported when the attribute is missing.
        let shirt = "Shirt, 100 % Cotton, crew neck"
        #expect(try findings(Listing(id: "s", title: shirt, attributes: ["material": "cotton"])).isEmpty)
        let mixed = try findings(Listing(id: "s", title: shirt, attributes: ["material": "cotton, polyester"]))
        #expect(mixed.isEmpty, "one of the listed values agrees")
        let polyester = try findings(Listing(id: "s", title: shirt, attributes: ["material": "polyester"]))
        #expect(polyester.map(\.span.text) == ["100 % Cotton"])
        let unknown = try findings(Listing(id: "s", title: shirt))
        #expect(unknown.first?.explanation.contains("missing") == true)
    }

    @Test(arguments: [
        ("Soft cotton T-shirt with a crew neck, made for your everyday comfort", "FR", "the function words are en"),
        ("Bequemes T-Shirt aus Baumwolle mit Rundhals für den Alltag", "FR", "the function words are de"),
        ("纯棉圆领短袖T恤，舒适透气，适合日常穿着和运动", "FR", "script Hani (likely zh)"),
        ("綿100%のTシャツ、やわらかくて着心地がよいです", "CN", "script Hira (likely ja)"),
        ("Soft cotton T-shirt with a crew neck, made for your everyday comfort", "CN", "script Latn"),
    ])
    func textInAnotherLanguageIsFound(text: String, market: String, why: String) throws {
        let found = try findings(Listing(id: "l", title: text), market == "FR" ? Self.fr : Self.cn)
        #expect(found.map(\.rule) == ["language"])
        #expect(found.first?.explanation.contains(why) == true, "\(found.first?.explanation ?? "none")")
        #expect(found.first?.span.utf8Range == 0..<text.utf8.count)
    }

    @Test(arguments: [
        ("T-shirt en coton avec col rond, pour votre confort au quotidien", "FR"),
        ("Apple iPhone 15 Pro Max 256 GB", "FR"),  // names and numbers: too few words to judge
        ("Soft cotton T-shirt with a crew neck, made for your everyday comfort", "CA"),
        ("T-shirt en coton avec col rond, pour votre confort au quotidien", "CA"),
        ("纯棉圆领短袖T恤，舒适透气，适合日常穿着", "CN"),
        ("Camiseta de algodón con cuello redondo para el uso diario", "US"),  // es-US is a locale of US
    ])
    func textInAnAcceptedLanguagePasses(text: String, market: String) throws {
        let target = [Self.fr, Self.ca, Self.cn, Self.us].first { $0.id == market }!
        #expect(try findings(Listing(id: "l", title: text), target).filter { $0.rule == "language" }.isEmpty)
    }

    @Test func languageEvidenceCountsScriptsAndFunctionWords() throws {
        let evidence = try LanguageGuess.evidence(in: "Der Hund und die Katze")
        #expect(evidence.script == .latin && evidence.words == 5)
        #expect(evidence.functionWords["de"] == 3)
        #expect(try LanguageGuess.evidence(in: "12345 !!").script == nil)
        #expect(LanguageGuess.language(ofLocale: "zh_Hans_CN") == "zh")
    }

    /// "de" is Portuguese and Spanish as much as French and Dutch: a short Portuguese text full of
    /// it (a templated description) is Portuguese, and Spanish is still told from Portuguese.
    @Test func sharedFunctionWordsDoNotTipAShortText() throws {
        let portuguese = "Garrafa de água Acme de aço inoxidável. Capacidade: 750 ml. País de origem: China."
        #expect(try LanguageGuess.verdict(on: portuguese, accepted: ["pt"], minimumWords: 6) == .accepted)
        let spanish = "Camiseta de algodón suave con cuello redondo para el uso diario"
        #expect(try LanguageGuess.verdict(on: spanish, accepted: ["pt"], minimumWords: 6) == .otherLanguage("es"))
        let english = "Soft cotton T-shirt with a crew neck, made for your everyday comfort"
        #expect(try LanguageGuess.verdict(on: english, accepted: ["pt"], minimumWords: 6) == .otherLanguage("en"))
    }
}

@Suite struct MatchExplanationTests {
    @Test(arguments: [
        ("Ｎ.і.к.е", "Nike", #"matched "Nike" after folding look-alikes (Cyrillic і to i, Cyrillic к to k, Cyrillic е to e), removing separators ('.')"#),
        ("n1k3", "Nike", #"matched "Nike" after reading leetspeak (1 to i, 3 to e)"#),
        ("N I K E", "Nike", #"matched "Nike" after removing separators (space)"#),
        ("Ni\u{200B}ke", "Nike", #"matched "Nike" after removing invisible characters (U+200B)"#),
        ("Ñïkè", "Nike", #"matched "Nike" after removing accents (Ñ to n, ï to i, è to e)"#),
        ("ＮＩＫＥ", "Nike", #"matched "Nike" ignoring case and width"#),
    ])
    func saysWhichStepsMadeTheTextMeetTheTerm(written: String, term: String, expected: String) {
        #expect(MatchExplanation.describe(written: written, term: term) == expected)
    }
}

/// Messages in the language asked for, with English when a rule has none in it.
@Suite struct MessageLanguageTests {
    static func engine(_ language: MessageLanguage) throws -> Engine {
        let rule = Rule(id: "eco", category: .regulatory, severity: .warn, fields: [.title], conditions: RuleConditions(),
                        check: .terms(TermsCheck(terms: ["*": ["eco-friendly", "umweltfreundlich"]], allow: [], boundary: .auto)),
                        message: ["en": "Generic claim \"{match}\"", "de": "Allgemeine Aussage „{match}“",
                                  "fr": "Allégation « {match} » : {match, select, other {générique}}"],
                        citation: Citation(law: "l"), fix: nil, from: nil, until: nil, examples: RuleExamples(match: [], noMatch: []))
        return try Engine(packs: [RulePack(id: "p", name: "p", version: "1", jurisdiction: nil, markets: [], languages: [],
                                           rules: [rule], source: "test")], messageLanguage: language)
    }

    static let de = Market(id: "DE", locales: ["de-DE"], scripts: [.latin], jurisdictions: ["EU", "DE"])

    func message(_ language: MessageLanguage, locale: String? = nil, market: Market = de) throws -> String? {
        try Self.engine(language).check(Listing(id: "m", locale: locale, title: "Umweltfreundlich verpackt"), market: market,
                                        on: EngineCheckKindsTests.day).findings.first?.message
    }

    @Test func picksTheLanguage() throws {
        #expect(try message(.english) == "Generic claim \"Umweltfreundlich\"")
        #expect(try message(.market) == "Allgemeine Aussage „Umweltfreundlich“", "the market's first locale")
        #expect(try message(.market, locale: "fr-BE") == "Allégation « Umweltfreundlich » : générique", "the listing's locale, through ICU")
        #expect(try message(.fixed("ja")) == "Generic claim \"Umweltfreundlich\"", "no Japanese message: English")
        #expect(MessageLanguage("market") == .market && MessageLanguage("EN") == .english && MessageLanguage("pt-BR") == .fixed("pt"))
    }
}

/// HTML descriptions: the text is checked, the markup is not, and spans point into the HTML.
@Suite struct HTMLDescriptionTests {
    static let engine = try! Engine(packs: [RulePack(
        id: "p", name: "p", version: "1", jurisdiction: nil, markets: [], languages: [], rules: [
            EngineCheckKindsTests.rule("fda", .terms(TermsCheck(terms: ["*": ["FDA approved"]], allow: [], boundary: .auto)),
                                       fields: [.title, .description]),
            EngineCheckKindsTests.rule("email", .detector(DetectorCheck(detector: .email, raise: [], lower: []))),
            EngineCheckKindsTests.rule("length", .length(LengthCheck(maximum: 40, unit: .graphemes)), fields: [.description]),
            EngineCheckKindsTests.rule("class", .terms(TermsCheck(terms: ["*": ["secret"]], allow: [], boundary: .auto)),
                                       fields: [.description]),
        ], source: "test")])

    func findings(_ description: String, title: String? = nil) throws -> [Finding] {
        try Self.engine.check(Listing(id: "h", title: title, description: description), market: EngineCheckKindsTests.us,
                              on: EngineCheckKindsTests.day).findings
    }

    @Test func findingsPointIntoTheMarkupAsGiven() throws {
        let html = "<p>Our <b>FDA&nbsp;approved</b> cream</p><ul><li>mail: shop&#64;example.com</li></ul>"
        let all = try findings(html)
        #expect(all.map(\.rule) == ["length", "fda", "email"])
        let found = Array(all.dropFirst()) + [all[0]]
        #expect(found[0].span.text == "FDA&nbsp;approved")
        #expect(found[0].message == "FDA\u{A0}approved", "messages quote the text a reader sees")
        #expect(found[1].span.text == "shop&#64;example.com")
        let bytes = Array(html.utf8)
        #expect(String(decoding: bytes[found[1].span.utf8Range], as: UTF8.self) == "shop&#64;example.com")
        // The length counts the field as stored, markup included.
        #expect(found[2].span.utf8Range == 0..<bytes.count)
    }

    @Test func markupScriptsAndAttributesAreNotText() throws {
        #expect(try findings(#"<div class="secret" title="FDA approved">Tea<script>var a = "FDA approved";</script></div>"#)
            .map(\.rule) == ["length"])
        // Block elements do not run words together, and plain text with "<" is not HTML.
        #expect(try findings("<ul><li>FDA</li><li>approved</li></ul>").map(\.rule) == [])
        let plain = try findings("a < b: FDA approved")
        #expect(plain.map(\.span.utf8Range) == [7..<19])
        // Titles are never parsed as HTML.
        #expect(try findings("tea", title: "<b>FDA approved</b>").first?.span.text == "FDA approved")
    }
}

/// Conditions on absent attributes and excluded categories, all-values consistency, and
/// patterns on the text as written.
@Suite struct ConditionAndOptionTests {
    static let engine = try! Engine(packs: [RulePack(
        id: "p", name: "p", version: "1", jurisdiction: nil, markets: [], languages: [], rules: [
            EngineCheckKindsTests.rule("maker", .required(RequiredCheck(evidence: TextEvidence(terms: ["*": ["manufacturer"]]))),
                                       when: RuleConditions(categories: ["health"], excludedCategories: ["health/medicine"],
                                                            absentAttributes: ["manufacturer"])),
            EngineCheckKindsTests.rule("pure", .consistency(ConsistencyCheck(
                claim: TextEvidence(terms: ["*": ["100% cotton"]]), attribute: "material", expected: ["cotton"],
                reportWhenMissing: false, allValuesMustAgree: true))),
            EngineCheckKindsTests.rule("like-brand", .pattern(PatternCheck(regex: #"\blike [A-Z][a-z]+"#, caseInsensitive: false,
                                                                          unicodeWordBoundaries: true, timeLimit: 100, onOriginal: true))),
        ], source: "test")])

    func rules(_ listing: Listing) throws -> [String] {
        try Self.engine.check(listing, market: EngineCheckKindsTests.us, on: EngineCheckKindsTests.day).findings.map(\.rule)
    }

    @Test func absentAttributesAndExcludedCategoriesNarrowARule() throws {
        #expect(try rules(Listing(id: "a", title: "Bandage", category: "health/first-aid")) == ["maker"])
        #expect(try rules(Listing(id: "a", title: "Bandage", category: "health/first-aid", attributes: ["manufacturer": "Acme"])).isEmpty)
        #expect(try rules(Listing(id: "a", title: "Bandage", category: "health/first-aid", attributes: ["manufacturer": " "])) == ["maker"])
        #expect(try rules(Listing(id: "a", title: "Tablets", category: "Health/Medicine/pain")).isEmpty)
    }

    @Test func allValuesMustAgreeForAnExclusiveClaim() throws {
        #expect(try rules(Listing(id: "s", title: "Shirt, 100% cotton", attributes: ["material": "cotton"])).isEmpty)
        #expect(try rules(Listing(id: "s", title: "Shirt, 100% cotton", attributes: ["material": "cotton, elastane"])) == ["pure"])
    }

    @Test func aPatternOnTheOriginalTextSeesCapitals() throws {
        #expect(try rules(Listing(id: "l", title: "Shoes like Nike")) == ["like-brand"])
        #expect(try rules(Listing(id: "l", title: "Shoes like new")).isEmpty)
    }
}

@Suite struct SimpleMessageTests {
    /// Messages with one plain {match} are filled without ICU, exactly as ICU would.
    @Test(arguments: [
        ("\"{match}\" is not allowed", "Nike", "\"Nike\" is not allowed"),
        ("L''offre « {match} »", "x", "L'offre « x »"),
        ("No match argument", "x", "No match argument"),
        ("{count, plural, one {a} other {b}} {match}", "x", nil),
        ("'{match}' quoted", "x", nil),
    ] as [(String, String, String?)])
    func simplePatternsBypassICU(pattern: String, match: String, expected: String?) throws {
        let parts = CompiledRule.simpleParts(pattern)
        if let expected {
            let simple = try #require(parts)
            #expect(simple.suffix.map { simple.prefix + match + $0 } ?? simple.prefix == expected)
            #expect(try ICUMessageFormat(locale: "en", pattern: pattern).format(["match": .string(match)]) == expected)
        } else {
            #expect(parts == nil)
        }
    }
}
