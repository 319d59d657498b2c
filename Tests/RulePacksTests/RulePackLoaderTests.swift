import ComplianceCore
import Testing
@testable import RulePacks

@Suite struct RulePackLoaderTests {
    static let valid = """
    version: 1
    pack:
      id: cn-advertising
      name: China Advertising Law
      version: 2026.11.0
      jurisdiction: CN
      markets: [CN]
      languages: [zh-Hans]
    rules:
      - id: cn/absolute-terms
        category: regulatory
        severity: block
        fields: [title, description]
        when:
          markets: [CN]
          attributes: {small_parts: true, origin: [CN, HK]}
        check:
          kind: terms
          terms:
            zh: [最佳, 第一]
          allow: [最近, 第一次]
          boundary: none
        message:
          en: "Absolute term \\"{match}\\" is not allowed in Chinese advertising"
          zh: "广告中不得使用“{match}”等绝对化用语"
        citation: {law: 中华人民共和国广告法, article: 第九条第三项, evidence: "[P] text seen"}
        fix: Remove the absolute term or replace it with a verifiable claim.
        from: 2015-09-01
        examples:
          match: ["本品是⟦最佳⟧选择"]
          no_match: [最近更新]
      - id: cn/phone
        category: privacy
        severity: block
        check: {kind: pattern, regex: '1[3-9]\\d{9}'}
        message: Phone number in listing text
        citation: {law: Platform policy}
        examples: {match: ["call ⟦13812345678⟧"]}
    """

    @Test func loadsAValidPack() throws {
        let pack = try RulePackLoader.load(yaml: Self.valid, file: "cn.yaml")
        #expect(pack.id == "cn-advertising")
        #expect(pack.markets == ["CN"])
        #expect(pack.rules.map(\.id) == ["cn/absolute-terms", "cn/phone"])
        let rule = pack.rules[0]
        #expect(rule.severity == .block)
        #expect(rule.fields == [.title, .description])
        #expect(rule.conditions.attributes == ["small_parts": ["true"], "origin": ["CN", "HK"]])
        #expect(rule.check == .terms(TermsCheck(terms: ["zh": ["最佳", "第一"]], allow: ["最近", "第一次"], boundary: .none)))
        #expect(rule.message["zh"] == "广告中不得使用“{match}”等绝对化用语")
        #expect(rule.citation.article == "第九条第三项")
        #expect(rule.from == Day("2015-09-01"))
        #expect(rule.isEffective(on: Day("2026-11-30")!))
        #expect(!rule.isEffective(on: Day("2015-08-31")!))
        #expect(pack.rules[1].fields == ListingField.allCases)
        #expect(pack.rules[1].check.kind == "pattern")
    }

    /// Each broken pack names the file, the line and column of the node at fault, and why.
    @Test(arguments: [
        ("version: 2\npack: {id: a, name: a, version: '1'}\nrules: []", "p.yaml:1:10: format version 2 is not supported"),
        ("version: 1\npack: {id: a, name: a, version: '1', owner: x}\nrules: []", "p.yaml:2:38: pack: unknown key 'owner'"),
        ("version: 1\npack: {id: a, name: a}\nrules: []", "p.yaml:2:7: pack: missing required key 'version'"),
        ("version: 1\npack: {id: a, name: a, version: '1'}\nrules: []", "p.yaml:3:8: a pack needs at least one rule"),
        ("version: 1\npack: [\n", "p.yaml:3:1: invalid YAML"),
    ])
    func manifestErrors(yaml: String, expected: String) {
        expectError(yaml, startsWith: expected)
    }

    static func rule(_ body: String) -> String {
        "version: 1\npack: {id: a, name: a, version: '1'}\nrules:\n" + body
    }

    static let okCheck = "    check: {kind: terms, terms: [x]}\n"
    static let okRest = "    message: m\n    citation: {law: l}\n    examples: {match: ['⟦x⟧']}\n"

    @Test(arguments: [
        (rule("  - id: r\n    category: legal\n    severity: block\n" + okCheck + okRest),
         "p.yaml:5:15: category 'legal' is not one of: privacy, trademark, counterfeit, regulatory, marketplace, localization, quality"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: regexp, regex: x}\n" + okRest),
         "p.yaml:7:19: unknown check kind 'regexp'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: pattern, regex: 'a(b'}\n" + okRest),
         "p.yaml:7:35: invalid regular expression \"a(b\""),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: detector, detector: passport}\n" + okRest),
         "p.yaml:7:39: unknown detector 'passport'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + "    message: m\n    citation: {law: l}\n    examples: {match: []}\n"),
         "p.yaml:10:23: a rule needs at least one example that must match"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + "    message: m\n    citation: {law: l}\n    examples: {match: [x]}\n"),
         "p.yaml:10:24: an example that must match marks the expected span"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + "    message: '{count, plural, one {x}'\n    citation: {law: l}\n    examples: {match: ['⟦x⟧']}\n"),
         "p.yaml:8:14: message 'en' is not valid ICU MessageFormat"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    colour: red\n" + okCheck + okRest),
         "p.yaml:7:5: a rule: unknown key 'colour'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + okRest + "  - id: r\n    category: privacy\n    severity: warn\n" + okCheck + okRest),
         "p.yaml:11:5: rule id 'r' is already used by the rule on line 4"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + okRest + "    from: 2026-02-30\n"),
         "p.yaml:11:11: from '2026-02-30' is not a date written YYYY-MM-DD"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: length, max: 0, unit: bytes}\n" + okRest),
         "p.yaml:7:32: max must be between 1 and 1000000"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: required}\n" + okRest),
         "p.yaml:7:12: a required check needs terms, a regex, or both"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: required, terms: [x]}\n" + okRest),
         "p.yaml:10:24: a required check reports a missing disclosure about the listing: its examples mark no span"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: consistency, terms: [x], attribute: origin}\n" + okRest),
         "p.yaml:7:12: a consistency check: missing required key 'expected'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: consistency, terms: [x], attribute: origin, expected: [US], when_missing: flag}\n" + okRest),
         "p.yaml:7:93: when_missing must be 'report' or 'ignore', not 'flag'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: required, terms: [x], time_limit: 5}\n" + okRest),
         "p.yaml:7:53: time_limit applies only with regex"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    check: {kind: language, languages: [French]}\n" + okRest),
         "p.yaml:7:40: 'French' is not a language code such as de or fr"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n" + okCheck + "    message: m\n    citation: {law: l}\n    examples: {match: [{text: '⟦x⟧', price: 3}]}\n"),
         "p.yaml:10:38: an example: unknown key 'price'"),
        (rule("  - id: r\n    category: privacy\n    severity: block\n    when: {jurisdiction: EU}\n" + okCheck + okRest),
         "p.yaml:7:12: when: unknown key 'jurisdiction'"),
        (rule("  - id: r\n    category: counterfeit\n    severity: warn\n    check: {kind: terms, terms: [x], escalate: {near: [brand], within: 40, severity: block}}\n" + okRest),
         "p.yaml:7:55: category 'brand' is not one of"),
        (rule("  - id: r\n    category: counterfeit\n    severity: warn\n    check: {kind: terms, terms: [x], escalate: {near: [trademark], severity: block}}\n" + okRest),
         "p.yaml:7:48: escalate: missing required key 'within'"),
        (rule("  - id: r\n    category: trademark\n    severity: block\n    check: {kind: terms, terms: [x], nominative: {phrases: [for], categories: [], severity: warn}}\n" + okRest),
         "p.yaml:7:79: categories must name at least one category"),
        (rule("  - id: r\n    category: trademark\n    severity: block\n    check: {kind: terms, terms: [x], nominative: {phrases: [for], categories: [a], severity: soft}}\n" + okRest),
         "p.yaml:7:94: severity 'soft' is not one of"),
    ])
    func ruleErrors(yaml: String, expected: String) {
        expectError(yaml, startsWith: expected)
    }

    @Test func decodesEscalationAndNominativeUse() throws {
        let pack = try RulePackLoader.load(yaml: Self.rule("""
          - id: r
            category: trademark
            severity: block
            check:
              kind: terms
              terms: {Acme: [Acme, 艾克米]}
              escalate: {near: [trademark, counterfeit], within: 40, severity: block}
              nominative: {phrases: [compatible with, für], following: [対応], categories: [electronics/accessories], severity: warn}
            message: m
            citation: {law: l}
            examples: {match: ['⟦Acme⟧']}

        """), file: "p.yaml")
        #expect(pack.rules[0].check == .terms(TermsCheck(
            terms: ["Acme": ["Acme", "艾克米"]], allow: [], boundary: .auto,
            escalate: Escalation(near: [.trademark, .counterfeit], within: 40, severity: .block),
            nominative: NominativeUse(phrases: ["compatible with", "für"], following: ["対応"], categories: ["electronics/accessories"], severity: .warn))))
    }

    @Test func decodesRequiredConsistencyAndLanguageChecks() throws {
        let pack = try RulePackLoader.load(yaml: Self.rule("""
          - id: req
            category: regulatory
            severity: block
            when: {jurisdictions: [US], categories: [toys]}
            check: {kind: required, terms: [choking hazard], regex: 'small\\s+parts', case_insensitive: true}
            message: m
            citation: {law: l}
            examples:
              match: [{text: "Blocks", attributes: {small_parts: "true"}, category: toys/blocks}]
              no_match: ["Blocks. Choking hazard"]
          - id: con
            category: regulatory
            severity: block
            check: {kind: consistency, terms: [made in usa], attribute: origin, expected: [US], when_missing: report}
            message: m
            citation: {law: l}
            examples: {match: [{text: "⟦made in usa⟧", attributes: {origin: CN}}]}
          - id: lang
            category: localization
            severity: warn
            check: {kind: language, min_words: 4}
            message: m
            citation: {law: l}
            examples: {match: ["⟦the best one of them⟧"]}

        """), file: "p.yaml")
        #expect(pack.rules[0].conditions.jurisdictions == ["US"])
        guard case let .required(required) = pack.rules[0].check else { Issue.record("not required"); return }
        #expect(required.evidence.allTerms == ["choking hazard"])
        #expect(required.evidence.regex?.caseInsensitive == true)
        #expect(pack.rules[0].examples.match[0] == RuleExample(text: "Blocks", attributes: ["small_parts": "true"], category: "toys/blocks"))
        guard case let .consistency(consistency) = pack.rules[1].check else { Issue.record("not consistency"); return }
        #expect(consistency.attribute == "origin" && consistency.expected == ["US"] && consistency.reportWhenMissing)
        #expect(pack.rules[2].check == .language(LanguageCheck(languages: [], minimumWords: 4)))
    }

    func expectError(_ yaml: String, startsWith expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let pack = try RulePackLoader.load(yaml: yaml, file: "p.yaml")
            Issue.record("loaded \(pack.id) instead of failing with \(expected)", sourceLocation: sourceLocation)
        } catch let error as RulePackError {
            #expect(error.description.hasPrefix(expected), "got: \(error.description)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }
}
