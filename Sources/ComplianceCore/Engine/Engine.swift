import TextEngine

/// The rule engine: loaded packs in, findings and a decision per listing and market out.
///
/// Pure and deterministic: no I/O, no clock (the day is passed in), no current locale. Every
/// terms rule of every pack is compiled into one matcher, so a field is scanned once however
/// many rules there are.
public struct Engine: Sendable {
    public let packs: [RulePack]
    /// The terms rules, one per matcher list, in list order.
    private let termRules: [CompiledRule]
    /// Every other rule: few, so they are filtered per listing.
    private let otherRules: [CompiledRule]
    private let matcher: TermMatcher
    /// The fields some terms rule reads.
    private let termFields: [ListingField]

    /// Compiles `packs`.
    /// - Throws: `TextEngineError` when a regex or message does not compile (the loader checks
    ///   both, so this happens only for packs built in code).
    public init(packs: [RulePack]) throws {
        var termRules: [CompiledRule] = []
        var otherRules: [CompiledRule] = []
        var lists: [TermList] = []
        for pack in packs {
            for rule in pack.rules {
                let compiled = try CompiledRule(rule: rule, pack: pack)
                if case let .terms(check) = rule.check {
                    let terms = check.terms.keys.sorted().flatMap { check.terms[$0]! }
                    lists.append(TermList(id: rule.id, terms: terms, allow: check.allow, boundary: check.boundary))
                    termRules.append(compiled)
                } else {
                    otherRules.append(compiled)
                }
            }
        }
        self.packs = packs
        self.termRules = termRules
        self.otherRules = otherRules
        termFields = ListingField.allCases.filter { field in termRules.contains { $0.rule.fields.contains(field) } }
        matcher = try TermMatcher(lists: lists)
    }

    /// Checks `listing` for `market` as the rules stand on `day`.
    public func check(_ listing: Listing, market: Market, on day: Day) throws -> ListingResult {
        let others = otherRules.filter { $0.applies(to: listing, market: market, on: day) }
        let locale = listing.locale ?? market.locales.first ?? "und"
        var findings: [Finding] = []
        // Whether a terms rule applies is asked only of the rules that matched.
        var applies: [Int: Bool] = [:]
        let fields = ListingField.allCases.filter { field in termFields.contains(field) || others.contains { $0.rule.fields.contains(field) } }
        for (path, text) in listing.texts(of: fields) {
            guard let field = path.field else { continue }
            var context = FieldContext(listing: listing, market: market, locale: locale, path: path, text: text)
            if termFields.contains(field) {
                for match in try matcher.matches(in: text, locale: locale, expectedScripts: market.scripts) {
                    let compiled = termRules[match.list]
                    guard compiled.rule.fields.contains(field) else { continue }
                    let active: Bool
                    if let known = applies[match.list] {
                        active = known
                    } else {
                        active = compiled.applies(to: listing, market: market, on: day)
                        applies[match.list] = active
                    }
                    guard active else { continue }
                    let how = match.disguised ? "matched \"\(match.term)\" after folding look-alikes, separators or leetspeak"
                                              : "matched \"\(match.term)\" ignoring case and width"
                    findings.append(context.finding(compiled, span: match.span, folded: TextView.folded.fold(match.term),
                                                    explanation: how))
                }
            }
            for compiled in others where compiled.rule.fields.contains(field) {
                findings += try checkField(compiled, &context)
            }
        }
        findings.sort { ($0.field, $0.span.utf8Range.lowerBound, $0.rule) < ($1.field, $1.span.utf8Range.lowerBound, $1.rule) }
        return ListingResult(listing: listing.id, market: market.id, decision: Decision(findings: findings), findings: findings)
    }

    /// The findings of one non-terms rule in one field.
    private func checkField(_ compiled: CompiledRule, _ context: inout FieldContext) throws -> [Finding] {
        switch compiled.rule.check {
        case .terms:
            return []
        case let .pattern(check):
            let normalized = context.normalized
            return try compiled.regex!.matches(in: normalized.text, timeLimit: check.timeLimit).compactMap { range in
                guard !range.isEmpty else { return nil }
                let span = normalized.originalSpan(ofUTF8: range)
                return context.finding(compiled, span: span, folded: span.text.normalized(.nfkcCaseFold),
                                       explanation: "pattern /\(check.regex)/ matched")
            }
        case let .detector(check):
            let normalized = context.normalized
            return try compiled.detector!.scan(normalized).compactMap { value in
                let nearby = context.neighbourhood(of: value.span)
                if check.lower.contains(where: { nearby.contains($0.normalized(.nfkcCaseFold)) }) { return nil }
                let raised = check.raise.contains(where: { nearby.contains($0.normalized(.nfkcCaseFold)) })
                if value.validation == .plausible && !raised { return nil }
                return context.finding(compiled, span: value.span, folded: value.span.text.normalized(.nfkcCaseFold),
                                       explanation: "\(check.detector.name) \(value.validation.rawValue)" + (raised ? ", context word nearby" : ""))
            }
        case let .length(check):
            let length = try Self.length(of: context.text, in: check.unit, locale: context.locale)
            guard length > check.maximum else { return [] }
            return [context.finding(compiled, span: TextSpan(utf8Range: 0..<context.text.utf8.count, in: context.text),
                                    folded: "length", message: "\(length)",
                                    explanation: "\(length) \(check.unit.rawValue), limit \(check.maximum)")]
        case let .script(check):
            var found: [Finding] = []
            if !check.allowed.isEmpty {
                for run in try ScriptDetector.runs(in: context.text) where !run.script.isNeutral && !check.allowed.contains(run.script.rawValue) {
                    let span = TextSpan(utf8Range: run.utf8Range, in: context.text)
                    found.append(context.finding(compiled, span: span, folded: run.script.rawValue,
                                                 explanation: "script \(run.script.rawValue) is not among \(check.allowed.joined(separator: ", "))"))
                }
            }
            for hidden in HiddenCharacters.find(in: context.text) {
                let wanted = hidden.kind == .bidiControl ? check.bidiControls : check.invisibleCharacters
                guard wanted else { continue }
                found.append(context.finding(compiled, span: hidden.span, folded: hidden.codePoint,
                                             message: "\(hidden.codePoint) \(hidden.name)",
                                             explanation: "\(hidden.kind.rawValue) \(hidden.codePoint) \(hidden.name)"))
            }
            return found
        }
    }

    /// The length of `text` in `unit`.
    static func length(of text: String, in unit: LengthUnit, locale: String) throws -> Int {
        switch unit {
        case .utf8Bytes: text.utf8.count
        case .utf16Units: text.utf16.count
        case .graphemes: try Segmenter(locale: locale).graphemes(in: text).count
        }
    }
}

/// One field of one listing being checked, with the views computed once and shared by rules.
struct FieldContext {
    let listing: Listing
    let market: Market
    let locale: String
    let path: FieldPath
    let text: String
    private var normalizedView: MappedText?

    init(listing: Listing, market: Market, locale: String, path: FieldPath, text: String) {
        self.listing = listing
        self.market = market
        self.locale = locale
        self.path = path
        self.text = text
    }

    var normalized: MappedText {
        mutating get {
            if let normalizedView { return normalizedView }
            let view = TextView.normalized.of(text)
            normalizedView = view
            return view
        }
    }

    /// The normalized text within 48 bytes of a span, for context words.
    func neighbourhood(of span: TextSpan) -> String {
        let bytes = Array(text.utf8)
        var start = max(0, span.utf8Range.lowerBound - 48)
        var end = min(bytes.count, span.utf8Range.upperBound + 48)
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).normalized(.nfkcCaseFold)
    }

    func finding(_ compiled: CompiledRule, span: TextSpan, folded: String, message: String? = nil, explanation: String) -> Finding {
        let rule = compiled.rule
        return Finding(rule: rule.id, category: rule.category, severity: rule.severity, market: market.id, field: path,
                       span: span, message: compiled.message(for: message ?? span.text), citation: rule.citation, fix: rule.fix,
                       fingerprint: Fingerprint.of([rule.id, listing.id, market.id, path.field?.rawValue ?? "listing", folded]),
                       explanation: explanation)
    }
}
