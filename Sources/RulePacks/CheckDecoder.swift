import ComplianceCore
import TextEngine

/// Decodes the `check` of a rule: `kind` names one of the closed set, and each kind accepts
/// its own keys.
enum CheckDecoder {
    static let kinds = ["terms", "pattern", "detector", "length", "script"]

    static func check(_ node: PackNode) throws -> Check {
        let kindKeys = try node.mapping("check", accepted: ["kind"] + allKeys, required: ["kind"])
        let kind = try kindKeys["kind"]!.string("check kind")
        switch kind {
        case "terms":
            let keys = try node.mapping("a terms check", accepted: ["kind", "terms", "allow", "boundary"], required: ["terms"])
            return .terms(TermsCheck(terms: try terms(keys["terms"]!),
                                     allow: try keys["allow"]?.strings("allow") ?? [],
                                     boundary: try keys["boundary"]?.choice("boundary", BoundaryPolicy.self) ?? .auto))
        case "pattern":
            let keys = try node.mapping("a pattern check", accepted: ["kind", "regex", "case_insensitive", "unicode_words", "time_limit"],
                                        required: ["regex"])
            let regex = try keys["regex"]!.nonEmptyString("regex")
            let check = PatternCheck(regex: regex,
                                     caseInsensitive: try keys["case_insensitive"]?.bool("case_insensitive") ?? false,
                                     unicodeWordBoundaries: try keys["unicode_words"]?.bool("unicode_words") ?? true,
                                     timeLimit: try keys["time_limit"]?.int("time_limit", in: 1...10_000) ?? ICURegex.defaultTimeLimit)
            do {
                var options: ICURegex.Options = []
                if check.caseInsensitive { options.insert(.caseInsensitive) }
                if check.unicodeWordBoundaries { options.insert(.unicodeWordBoundaries) }
                _ = try ICURegex(regex, options: options)
            } catch {
                throw keys["regex"]!.error("\(error)")
            }
            return .pattern(check)
        case "detector":
            let keys = try node.mapping("a detector check", accepted: ["kind", "detector", "raise", "lower"], required: ["detector"])
            let name = try keys["detector"]!.string("detector")
            guard let detector = DetectorKind(name: name) else {
                throw keys["detector"]!.error("unknown detector '\(name)' (known: \(DetectorKind.allNames.joined(separator: ", ")))")
            }
            return .detector(DetectorCheck(detector: detector, raise: try keys["raise"]?.strings("raise") ?? [],
                                           lower: try keys["lower"]?.strings("lower") ?? []))
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
    private static let allKeys = ["terms", "allow", "boundary", "regex", "case_insensitive", "unicode_words", "time_limit",
                                  "detector", "raise", "lower", "max", "unit", "allowed", "bidi_controls", "invisible_characters"]

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
