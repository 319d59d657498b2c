import TextEngine

/// A rule with what it needs at run time: its pack's reach, its compiled regex or detector,
/// and its message ready to format.
final class CompiledRule: Sendable {
    let rule: Rule
    let pack: RulePack
    let regex: ICURegex?
    let detector: DetectorScanner?
    /// The fields the rule reads, as bits of `ListingField.allCases` positions (hot loops ask
    /// this per field and rule: no copy of the rule).
    let fieldMask: UInt8
    /// Whether the check is `required` (a finding about the listing when nothing is found).
    let isRequired: Bool
    /// The conditions on product data, lowercased once: product data comes from many feeds, so
    /// categories and attribute values compare ignoring case (`Toys/Blocks`, `small_parts:
    /// TRUE`), and a required warning is not silently off.
    private let categories: [String]
    private let excludedCategories: [String]
    private let attributeValues: [String: [String]]

    /// Whether the rule reads `field`.
    @inline(__always)
    func reads(_ field: ListingField) -> Bool { fieldMask & Self.bit(field) != 0 }

    @inline(__always)
    static func bit(_ field: ListingField) -> UInt8 {
        switch field {
        case .title: 1
        case .bullets: 2
        case .description: 4
        case .searchTerms: 8
        }
    }

    /// The regex's prefilter strings (NFKC case-folded); the engine runs them for every rule in
    /// one pass (`Prefilters`).
    let prefilterTerms: [String]

    /// Cheap tests a field must pass before the rule is evaluated on it, answered from values
    /// the field computes once for every rule (so a rule that cannot match costs no copy of
    /// its check): the digits in a row a detector needs, the alphanumeric run test it needs,
    /// and the length a `length` check allows.
    let digitRunNeeded: Int?
    let alphanumericNeeded: DetectorKind?
    let lengthLimit: Int?
    /// The prefilter strings as an automaton of their own, to find where they occur when the
    /// regex runs only in windows around them (nil: no `window`).
    private let windowAutomaton: TermAutomaton?
    /// The message in each language the rule has one in (`en` always).
    private let messages: [String: CompiledMessage]

    init(rule: Rule, pack: RulePack) throws {
        self.rule = rule
        self.pack = pack
        fieldMask = rule.fields.reduce(0) { $0 | Self.bit($1) }
        categories = rule.conditions.categories.map { $0.lowercased() }
        excludedCategories = rule.conditions.excludedCategories.map { $0.lowercased() }
        attributeValues = rule.conditions.attributes.mapValues { $0.map { $0.lowercased() } }
        isRequired = if case .required = rule.check { true } else { false }
        switch rule.check {
        case let .pattern(check):
            regex = try Self.compile(check)
            detector = nil
        case let .detector(check):
            regex = nil
            detector = try DetectorScanner(kind: check.detector, regions: check.regions)
        case let .required(check):
            regex = try check.evidence.regex.map(Self.compile)
            detector = nil
        case let .consistency(check):
            regex = try check.claim.regex.map(Self.compile)
            detector = nil
        case .terms, .length, .script, .language:
            regex = nil
            detector = nil
        }
        let pattern: PatternCheck? = switch rule.check {
        case let .pattern(check): check
        case let .required(check): check.evidence.regex
        case let .consistency(check): check.claim.regex
        default: nil
        }
        prefilterTerms = pattern?.prefilter ?? []
        digitRunNeeded = detector?.digitRunRequirement
        alphanumericNeeded = detector?.alphanumericRequirement
        lengthLimit = if case let .length(check) = rule.check { check.maximum } else { nil }
        if let pattern, pattern.window > 0, !pattern.prefilter.isEmpty {
            windowAutomaton = TermAutomaton(terms: pattern.prefilter.map { Array($0.utf8) })
        } else {
            windowAutomaton = nil
        }
        var messages: [String: CompiledMessage] = [:]
        for (language, pattern) in rule.message {
            messages[language] = try CompiledMessage(language: language, pattern: pattern)
        }
        if messages["en"] == nil { messages["en"] = try CompiledMessage(language: "en", pattern: rule.id) }
        self.messages = messages
    }

    /// The text before and after a lone `{match}`, with ICU's `''` read as `'`, when the pattern
    /// has no other syntax (no other braces, no quoting apostrophe); nil otherwise.
    static func simpleParts(_ pattern: String) -> (prefix: String, suffix: String?)? {
        let bytes = Array(pattern.utf8)
        let needle = Array("{match}".utf8)
        var cut: Int?
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                guard cut == nil, i + needle.count <= bytes.count, Array(bytes[i..<(i + needle.count)]) == needle else { return nil }
                cut = i
                i += needle.count
                continue
            case UInt8(ascii: "}"):
                return nil
            case UInt8(ascii: "'"):
                // Only doubled apostrophes (a literal '); a single one starts ICU quoting.
                guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "'") else { return nil }
                i += 2
                continue
            default:
                break
            }
            i += 1
        }
        func unquote(_ slice: ArraySlice<UInt8>) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(slice.count)
            var k = slice.startIndex
            while k < slice.endIndex {
                out.append(slice[k])
                k += slice[k] == UInt8(ascii: "'") ? 2 : 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        guard let cut else { return (unquote(bytes[...]), nil) }
        return (unquote(bytes[..<cut]), unquote(bytes[(cut + needle.count)...]))
    }

    /// The byte ranges of `normalized` within `window` bytes of a prefilter hit, merged and on
    /// character boundaries.
    func windows(_ normalized: [UInt8], window: Int) -> [Range<Int>] {
        guard let windowAutomaton else { return [0..<normalized.count] }
        var hits: [Range<Int>] = []
        normalized.withUnsafeBufferPointer { bytes in windowAutomaton.forEachMatch(in: bytes) { _, range in hits.append(range) } }
        hits.sort { $0.lowerBound < $1.lowerBound }
        return ByteWindows.around(hits, in: normalized, before: window, after: window)
    }

    static func compile(_ check: PatternCheck) throws -> ICURegex {
        var options: ICURegex.Options = []
        if check.caseInsensitive { options.insert(.caseInsensitive) }
        if check.unicodeWordBoundaries { options.insert(.unicodeWordBoundaries) }
        return try ICURegex(check.regex, options: options)
    }

    /// The terms the shared matcher looks for on this rule's behalf, if any.
    var termList: TermList? {
        switch rule.check {
        case let .terms(check):
            TermList(id: rule.id, terms: check.terms.keys.sorted().flatMap { check.terms[$0]! }, allow: check.allow, boundary: check.boundary)
        case let .required(check) where !check.evidence.terms.isEmpty:
            TermList(id: rule.id, terms: check.evidence.allTerms, boundary: check.evidence.boundary)
        case let .consistency(check) where !check.claim.terms.isEmpty:
            TermList(id: rule.id, terms: check.claim.allTerms, boundary: check.claim.boundary)
        default:
            nil
        }
    }

    /// Whether the rule applies to `listing` in `market` on `day`.
    func applies(to listing: Listing, market: Market, on day: Day) -> Bool {
        guard rule.isEffective(on: day) else { return false }
        guard pack.reaches(market), rule.conditions.allow(market) else { return false }
        let conditions = rule.conditions
        if !categories.isEmpty {
            guard let category = listing.category?.lowercased(), Self.category(category, isIn: categories) else { return false }
        }
        if !excludedCategories.isEmpty, let category = listing.category?.lowercased(),
           Self.category(category, isIn: excludedCategories) { return false }
        for name in conditions.absentAttributes {
            if let value = listing.attributes[name], !value.allSatisfy(\.isWhitespace) { return false }
        }
        for (name, values) in attributeValues {
            guard let value = listing.attributes[name]?.lowercased(), values.contains(value) else { return false }
        }
        return true
    }

    /// Whether `category` is one of `prefixes` or below one (`toys` covers `toys/blocks`).
    static func category(_ category: String, isIn prefixes: [String]) -> Bool {
        prefixes.contains { category == $0 || category.hasPrefix($0 + "/") }
    }

    /// The rule's message for a match in `language` (a language code: `de`, `zh`), or in
    /// English when the rule has none in that language.
    func message(for match: String, language: String = "en") -> String {
        (messages[language] ?? messages["en"]!).format(match: match)
    }
}

/// One language's message of a rule, ready to format.
struct CompiledMessage: Sendable {
    let pattern: String
    /// A message whose only argument is one plain `{match}` (most are), as the text around it:
    /// formatted by concatenation, as ICU would, without a MessageFormat call per finding (and
    /// 50,000 watch-list entries start without an ICU object each).
    private let simple: (prefix: String, suffix: String?)?
    private let icu: ICUMessageFormat?

    init(language: String, pattern: String) throws {
        self.pattern = pattern
        simple = CompiledRule.simpleParts(pattern)
        icu = simple == nil ? try ICUMessageFormat(locale: language, pattern: pattern) : nil
    }

    func format(match: String) -> String {
        if let simple { return simple.suffix.map { simple.prefix + match + $0 } ?? simple.prefix }
        return (try? icu?.format(["match": .string(match)])) ?? pattern
    }
}
