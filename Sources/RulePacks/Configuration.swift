import ComplianceCore
import Yams

/// A project's `.clearance.yml`: which packs to load and how to adjust them, and defaults for
/// `clearance check`. Paths are as written (the CLI resolves them against the file's folder).
///
/// ```yaml
/// version: 1
/// rules: [rules, company-rules]        # pack folders (default: rules)
/// packs: [cn-advertising, us-fda-claims]   # only these pack ids (default: all found)
/// markets: locales/markets
/// marketplaces: [amazon, ebay]         # marketplace packs to apply (default: none)
/// disable: [eu/green/generic-claims]   # rule ids
/// severity: {us/fda/approval-claim: warn}
/// authorized_brands: [Acme]            # marks the seller may use: not reported
/// trademarks: marks.tsv                # a watch list
/// baseline: .clearance-baseline.json
/// fail_on: warn
/// ```
public struct Configuration: Sendable, Equatable {
    /// The file it was read from.
    public var source: String
    public var ruleFolders: [String] = []
    public var packs: [String] = []
    public var markets: String?
    /// The marketplaces whose packs apply (`MarketplaceSelection`); packs of other marketplaces do not.
    public var marketplaces: [String] = []
    public var disabledRules: [String] = []
    public var severities: [String: Severity] = [:]
    public var authorizedBrands: [String] = []
    public var trademarks: String?
    public var baseline: String?
    public var failOn: Severity?
    /// The language of findings' messages: `en`, `market`, or a language code.
    public var messages: String?

    public init(source: String) {
        self.source = source
    }

    /// Whether `value` names a message language: `en`, `market`, or a language code of two or
    /// three letters, optionally with a region (`pt-BR`).
    public static func isMessageLanguage(_ value: String) -> Bool {
        if value == "market" { return true }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.count <= 2 && parts.dropFirst().allSatisfy { (2...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    /// The keys the format knows; others are reported as warnings.
    public static let keys = ["version", "rules", "packs", "markets", "marketplaces", "disable", "severity", "authorized_brands", "messages",
                              "trademarks", "baseline", "fail_on"]

    /// Reads a configuration.
    /// - Returns: the configuration and a warning per unknown key (`file:line:column: ...`).
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> (Configuration, warnings: [String]) {
        let root = try YAMLDocument.root(yaml, file: file)
        guard case let .mapping(mapping) = root.node else { throw root.error("a configuration must be a mapping") }
        var config = Configuration(source: file)
        var warnings: [String] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            let keyNode = PackNode(node: key, file: file)
            guard let name = key.string, case .scalar = key else { throw keyNode.error("configuration keys must be strings") }
            guard seen.insert(name).inserted else { throw keyNode.error("key '\(name)' appears twice") }
            let node = PackNode(node: value, file: file)
            switch name {
            case "version":
                guard try node.int("version", in: 1...1_000) == 1 else { throw node.error("configuration version \(node.node.string ?? "") is not supported (this tool reads version 1)") }
            case "rules": config.ruleFolders = try stringOrList(node, "rules")
            case "packs": config.packs = try node.strings("packs")
            case "markets": config.markets = try node.nonEmptyString("markets")
            case "marketplaces": config.marketplaces = try node.strings("marketplaces")
            case "disable": config.disabledRules = try node.strings("disable")
            case "severity":
                guard case let .mapping(entries) = node.node else { throw node.error("severity must map rule ids to info, warn or block") }
                for (ruleKey, level) in entries {
                    let rule = try PackNode(node: ruleKey, file: file).nonEmptyString("a rule id")
                    config.severities[rule] = try PackNode(node: level, file: file).choice("severity of '\(rule)'", Severity.self)
                }
            case "authorized_brands": config.authorizedBrands = try node.strings("authorized_brands")
            case "trademarks": config.trademarks = try node.nonEmptyString("trademarks")
            case "baseline": config.baseline = try node.nonEmptyString("baseline")
            case "fail_on": config.failOn = try node.choice("fail_on", Severity.self)
            case "messages":
                let value = try node.nonEmptyString("messages")
                guard Self.isMessageLanguage(value) else {
                    throw node.error("messages '\(value)' is not en, market or a language code such as de or zh")
                }
                config.messages = value
            default:
                warnings.append(keyNode.error("unknown key '\(name)' ignored (known: \(keys.joined(separator: ", ")))").description)
            }
        }
        if !seen.contains("version") { throw root.error("a configuration needs 'version: 1'") }
        return (config, warnings)
    }

    private static func stringOrList(_ node: PackNode, _ what: String) throws -> [String] {
        if case .scalar = node.node { return [try node.nonEmptyString(what)] }
        let list = try node.strings(what)
        guard !list.isEmpty else { throw node.error("\(what) must name at least one folder") }
        return list
    }

    /// The packs with this configuration applied: only the packs named (all when none is) and
    /// of the marketplaces selected, rules disabled, severities overridden, and the marks of
    /// authorized brands no longer reported.
    /// - Parameter selected: the marketplaces selected, when the caller overrides the file's
    ///   `marketplaces` (the command line's `--marketplace`); nil: the file's.
    /// - Returns: the packs, and a warning for each rule id named that no pack has.
    /// - Throws: `RulePackError` when `packs` names a pack that was not loaded (checking fewer
    ///   packs than asked would change the outcome silently), or `marketplaces` one that no
    ///   loaded pack has.
    public func apply(to packs: [RulePack], marketplaces selected: [String]? = nil) throws -> ([RulePack], warnings: [String]) {
        var warnings: [String] = []
        let loaded = Set(packs.map(\.id))
        for id in self.packs where !loaded.contains(id) {
            throw RulePackError(file: source, line: 0, column: 0,
                                message: "packs names '\(id)', which no loaded pack has (loaded: \(loaded.sorted().joined(separator: ", ")))")
        }
        let selection: MarketplaceSelection
        do {
            selection = try MarketplaceSelection(selected ?? marketplaces, packs: packs)
        } catch {
            throw RulePackError(file: source, line: 0, column: 0,
                                message: (selected == nil ? "marketplaces: " : "--marketplace: ") + error.description)
        }
        for pack in packs where self.packs.contains(pack.id) && !selection.includes(pack) {
            warnings.append("\(source): packs names '\(pack.id)', a pack for marketplace '\(pack.marketplace ?? "")', which is not selected: it is not applied")
        }
        let ruleIDs = disabledRules.isEmpty && severities.isEmpty ? [] : Set(packs.flatMap { $0.rules.map(\.id) })
        for id in disabledRules where !ruleIDs.contains(id) {
            warnings.append("\(source): disable names '\(id)', which no loaded rule has")
        }
        for id in severities.keys.sorted() where !ruleIDs.contains(id) {
            warnings.append("\(source): severity names '\(id)', which no loaded rule has")
        }
        let authorized = Set(authorizedBrands.map { TrademarkTerms.key($0) })
        var result: [RulePack] = []
        for pack in packs where (self.packs.isEmpty || self.packs.contains(pack.id)) && selection.includes(pack) {
            // Nothing to change in the rules: the pack as loaded (a 50,000-mark watch list is
            // not copied rule by rule).
            if disabledRules.isEmpty && severities.isEmpty && authorized.isEmpty {
                if !pack.rules.isEmpty { result.append(pack) }
                continue
            }
            var rules: [Rule] = []
            for var rule in pack.rules where !disabledRules.contains(rule.id) {
                if let severity = severities[rule.id] { rule = rule.with(severity: severity) }
                if !authorized.isEmpty, rule.category == .trademark, case let .terms(check) = rule.check {
                    guard let kept = TrademarkTerms.removing(authorized, from: check, isWatchListEntry: pack.id == TrademarkWatchList.packID) else { continue }
                    rule = rule.with(check: .terms(kept))
                }
                rules.append(rule)
            }
            if !rules.isEmpty { result.append(pack.with(rules: rules)) }
        }
        return (result, warnings)
    }
}

/// How authorized brands take marks out of trademark rules.
enum TrademarkTerms {
    /// Marks compare ignoring case, width and accents.
    static func key(_ mark: String) -> String {
        mark.normalized(.nfkcCaseFold)
    }

    /// The check without the authorized marks; nil when nothing is left. A watch-list entry
    /// is one mark with its aliases: authorizing the mark (its first term) drops the entry; so
    /// does a key of the terms mapping that names the mark (`Nike: [Nike, 耐克, ナイキ]`).
    static func removing(_ authorized: Set<String>, from check: TermsCheck, isWatchListEntry: Bool) -> TermsCheck? {
        if isWatchListEntry, let mark = check.terms.values.first?.first, authorized.contains(key(mark)) { return nil }
        var terms: [String: [String]] = [:]
        // A mapping key that is an authorized mark (not a language) takes its aliases with it.
        for (language, list) in check.terms where !authorized.contains(key(language)) {
            let kept = list.filter { !authorized.contains(key($0)) }
            if !kept.isEmpty { terms[language] = kept }
        }
        guard !terms.isEmpty else { return nil }
        return check.with(terms: terms)
    }
}
