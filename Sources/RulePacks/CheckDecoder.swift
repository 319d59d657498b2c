import ComplianceCore
import TextEngine

/// Decodes the `check` of a rule: `kind` names one of the closed set, and each kind accepts
/// its own keys.
enum CheckDecoder {
    static let kinds = ["terms", "pattern", "detector", "length", "script", "required", "language", "consistency"]

    static func check(_ node: PackNode) throws -> Check {
        let kindKeys = try node.mapping("check", accepted: ["kind"] + allKeys, required: ["kind"])
        let kind = try kindKeys["kind"]!.string("check kind")
        switch kind {
        case "terms":
            let keys = try node.mapping("a terms check", accepted: ["kind", "terms", "allow", "boundary", "escalate", "nominative"],
                                        required: ["terms"])
            return .terms(TermsCheck(terms: try terms(keys["terms"]!),
                                     allow: try keys["allow"]?.strings("allow") ?? [],
                                     boundary: try keys["boundary"]?.choice("boundary", BoundaryPolicy.self) ?? .auto,
                                     escalate: try keys["escalate"].map(escalation),
                                     nominative: try keys["nominative"].map(nominative)))
        case "pattern":
            let keys = try node.mapping("a pattern check", accepted: ["kind", "regex", "case_insensitive", "unicode_words", "time_limit", "text", "prefilter", "window"],
                                        required: ["regex"])
            return .pattern(try pattern(keys)!)
        case "required":
            let keys = try node.mapping("a required check", accepted: ["kind"] + evidenceKeys)
            return .required(RequiredCheck(evidence: try evidence(keys, in: node, what: "a required check")))
        case "consistency":
            let keys = try node.mapping("a consistency check", accepted: ["kind", "attribute", "expected", "when_missing", "agree"] + evidenceKeys,
                                        required: ["attribute", "expected"])
            let expected = try keys["expected"]!.strings("expected")
            guard !expected.isEmpty else { throw keys["expected"]!.error("expected must list at least one value") }
            let whenMissing = try keys["when_missing"]?.string("when_missing") ?? "ignore"
            guard ["report", "ignore"].contains(whenMissing) else {
                throw keys["when_missing"]!.error("when_missing must be 'report' or 'ignore', not '\(whenMissing)'")
            }
            let agree = try keys["agree"]?.string("agree") ?? "any"
            guard ["any", "all"].contains(agree) else {
                throw keys["agree"]!.error("agree must be 'any' (one value of the attribute agrees) or 'all', not '\(agree)'")
            }
            return .consistency(ConsistencyCheck(claim: try evidence(keys, in: node, what: "a consistency check"),
                                                 attribute: try keys["attribute"]!.nonEmptyString("attribute"),
                                                 expected: expected, reportWhenMissing: whenMissing == "report",
                                                 allValuesMustAgree: agree == "all"))
        case "language":
            let keys = try node.mapping("a language check", accepted: ["kind", "languages", "min_words"])
            let languages = try keys["languages"]?.strings("languages") ?? []
            for language in languages where !(2...3).contains(language.count) || !language.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                throw keys["languages"]!.error("'\(language)' is not a language code such as de or fr")
            }
            return .language(LanguageCheck(languages: languages, minimumWords: try keys["min_words"]?.int("min_words", in: 1...1_000) ?? 6))
        case "detector":
            let keys = try node.mapping("a detector check", accepted: ["kind", "detector", "raise", "lower", "regions", "window"],
                                        required: ["detector"])
            let name = try keys["detector"]!.string("detector")
            guard let detector = DetectorKind(name: name) else {
                throw keys["detector"]!.error("unknown detector '\(name)' (known: \(DetectorKind.allNames.joined(separator: ", ")))")
            }
            var regions: [PhoneRegion] = []
            if let node = keys["regions"] {
                guard detector == .phone else { throw node.error("regions apply to the phone detector only") }
                for code in try node.strings("regions") {
                    guard let region = PhoneRegion(rawValue: code.uppercased()) else {
                        throw node.error("unknown phone region '\(code)' (known: \(PhoneRegion.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    regions.append(region)
                }
            }
            return .detector(DetectorCheck(detector: detector, raise: try keys["raise"]?.strings("raise") ?? [],
                                           lower: try keys["lower"]?.strings("lower") ?? [], regions: regions,
                                           window: try keys["window"]?.int("window", in: 8...1_000) ?? DetectorCheck.defaultWindow))
        case "length":
            let keys = try node.mapping("a length check", accepted: ["kind", "max", "unit"], required: ["max", "unit"])
            return .length(LengthCheck(maximum: try keys["max"]!.int("max", in: 1...1_000_000),
                                       unit: try keys["unit"]!.choice("unit", LengthUnit.self)))
        case "script":
            let keys = try node.mapping("a script check", accepted: ["kind", "allowed", "bidi_controls", "invisible_characters"])
            let allowed = try keys["allowed"]?.strings("allowed") ?? []
            if let node = keys["allowed"] { try YAMLDocument.checkScriptCodes(allowed, at: node) }
            return .script(ScriptCheck(allowed: allowed, bidiControls: try keys["bidi_controls"]?.bool("bidi_controls") ?? true,
                                       invisibleCharacters: try keys["invisible_characters"]?.bool("invisible_characters") ?? true))
        default:
            throw kindKeys["kind"]!.error("unknown check kind '\(kind)' (kinds: \(kinds.joined(separator: ", ")))")
        }
    }

    /// Every key some kind accepts, so that the first pass only rejects keys no kind knows.
    private static let allKeys = ["terms", "allow", "boundary", "escalate", "nominative", "regex", "case_insensitive", "unicode_words", "time_limit",
                                  "detector", "raise", "lower", "regions", "window", "max", "unit", "allowed", "bidi_controls", "invisible_characters",
                                  "attribute", "expected", "when_missing", "languages", "min_words", "agree", "text", "prefilter", "window"]

    /// `escalate: {near: [trademark], within: 40, severity: block}`.
    private static func escalation(_ node: PackNode) throws -> Escalation {
        let keys = try node.mapping("escalate", accepted: ["near", "within", "severity"], required: ["near", "within", "severity"])
        let names = try keys["near"]!.strings("near")
        guard !names.isEmpty else { throw keys["near"]!.error("near must name at least one category") }
        let near = try names.map { name in
            guard let category = FindingCategory(rawValue: name) else {
                throw keys["near"]!.error("category '\(name)' is not one of: \(FindingCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return category
        }
        return Escalation(near: near, within: try keys["within"]!.int("within", in: 0...10_000),
                          severity: try keys["severity"]!.choice("severity", Severity.self))
    }

    /// `nominative: {phrases: [compatible with], following: [対応], categories: [electronics], severity: warn}`.
    private static func nominative(_ node: PackNode) throws -> NominativeUse {
        let keys = try node.mapping("nominative", accepted: ["phrases", "following", "categories", "severity"],
                                    required: ["phrases", "categories", "severity"])
        let phrases = try keys["phrases"]!.strings("phrases")
        let following = try keys["following"]?.strings("following") ?? []
        let categories = try keys["categories"]!.strings("categories")
        guard !phrases.isEmpty || !following.isEmpty else { throw keys["phrases"]!.error("nominative needs at least one phrase") }
        guard !categories.isEmpty else { throw keys["categories"]!.error("categories must name at least one category") }
        for (name, list) in [("phrases", phrases), ("following", following)] {
            if list.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw keys[name]!.error("\(name) holds an empty phrase")
            }
        }
        return NominativeUse(phrases: phrases, following: following, categories: categories,
                             severity: try keys["severity"]!.choice("severity", Severity.self))
    }

    /// The keys of text evidence: terms, a regex, or both.
    private static let evidenceKeys = ["terms", "boundary", "regex", "case_insensitive", "unicode_words", "time_limit", "text", "prefilter", "window"]

    /// A pattern from `regex` and its options; nil without `regex`.
    private static func pattern(_ keys: [String: PackNode]) throws -> PatternCheck? {
        guard let regexNode = keys["regex"] else {
            for key in ["case_insensitive", "unicode_words", "time_limit", "text", "prefilter", "window"] {
                if let node = keys[key] { throw node.error("\(key) applies only with regex") }
            }
            return nil
        }
        let regex = try regexNode.nonEmptyString("regex")
        let text = try keys["text"]?.string("text") ?? "normalized"
        guard ["normalized", "original"].contains(text) else {
            throw keys["text"]!.error("text must be 'normalized' (NFKC case-folded, the default) or 'original' (as written), not '\(text)'")
        }
        let check = PatternCheck(regex: regex,
                                 caseInsensitive: try keys["case_insensitive"]?.bool("case_insensitive") ?? false,
                                 unicodeWordBoundaries: try keys["unicode_words"]?.bool("unicode_words") ?? true,
                                 timeLimit: try keys["time_limit"]?.int("time_limit", in: 1...10_000) ?? ICURegex.defaultTimeLimit,
                                 onOriginal: text == "original",
                                 prefilter: try keys["prefilter"]?.strings("prefilter") ?? [],
                                 window: try keys["window"]?.int("window", in: 16...100_000) ?? 0)
        if let node = keys["window"], keys["prefilter"] == nil || check.onOriginal {
            throw node.error("window needs a prefilter (and the normalized text)")
        }
        if let node = keys["prefilter"], check.prefilter.isEmpty || check.prefilter.contains(where: \.isEmpty) {
            throw node.error("prefilter must list non-empty strings")
        }
        do {
            var options: ICURegex.Options = []
            if check.caseInsensitive { options.insert(.caseInsensitive) }
            if check.unicodeWordBoundaries { options.insert(.unicodeWordBoundaries) }
            _ = try ICURegex(regex, options: options)
        } catch {
            throw regexNode.error("\(error)")
        }
        return check
    }

    /// Terms and/or a regex; at least one of them.
    private static func evidence(_ keys: [String: PackNode], in node: PackNode, what: String) throws -> TextEvidence {
        let regex = try pattern(keys)
        let terms = try keys["terms"].map(terms) ?? [:]
        guard regex != nil || !terms.isEmpty else { throw node.error("\(what) needs terms, a regex, or both") }
        return TextEvidence(terms: terms, boundary: try keys["boundary"]?.choice("boundary", BoundaryPolicy.self) ?? .auto, regex: regex)
    }

    /// Terms as a list (any language) or a mapping of languages to lists.
    private static func terms(_ node: PackNode) throws -> [String: [String]] {
        var terms: [String: [String]] = [:]
        if case .sequence = node.node {
            terms["*"] = try node.strings("terms")
        } else {
            guard case let .mapping(mapping) = node.node else { throw node.error("terms must be a list or a mapping of languages to lists") }
            for (key, value) in mapping {
                let language = try PackNode(node: key, file: node.file).string("a terms language")
                terms[language] = try PackNode(node: value, file: node.file).strings("terms '\(language)'")
            }
        }
        guard terms.values.contains(where: { !$0.isEmpty }) else { throw node.error("terms must list at least one term") }
        for (language, list) in terms {
            if let blank = list.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw node.error("terms '\(language)' holds an empty term '\(blank)'")
            }
        }
        return terms
    }
}
