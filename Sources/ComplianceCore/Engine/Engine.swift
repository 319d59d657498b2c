internal import SafeXML
import TextEngine

/// The rule engine: loaded packs in, findings and a decision per listing and market out.
///
/// Pure and deterministic: no I/O, no clock (the day is passed in), no current locale. Every
/// terms rule of every pack is compiled into one matcher, so a field is scanned once however
/// many rules there are.
public struct Engine: Sendable {
    public let packs: [RulePack]
    /// The rules with terms (terms checks, and the evidence of required and consistency
    /// checks), one per matcher list, in list order.
    private let listRules: [CompiledRule]
    /// Every rule without terms of its own to find, and every required and consistency rule:
    /// few, so they are filtered per listing.
    private let otherRules: [CompiledRule]
    private let matcher: TermMatcher
    /// The fields some matcher list is looked for in.
    private let termFields: [ListingField]
    /// Every regex prefilter string of every rule in one automaton, so a field is scanned once
    /// for all of them.
    private let prefilters: Prefilters
    /// The `escalate` options of terms rules, by rule id.
    private let escalations: [String: Escalation]

    /// Compiles `packs`.
    /// - Throws: `TextEngineError` when a regex or message does not compile (the loader checks
    ///   both, so this happens only for packs built in code).
    /// Time per rule, when asked for (`check --profile`).
    public let profiler: RuleProfiler?

    /// Whether disguised matches are explained step by step (`--explain`); otherwise in one line.
    public let explainsDisguises: Bool

    /// The language findings' messages are written in.
    public let messageLanguage: MessageLanguage

    public init(packs: [RulePack], profiler: RuleProfiler? = nil, explainsDisguises: Bool = true,
                messageLanguage: MessageLanguage = .english) throws {
        self.profiler = profiler
        self.explainsDisguises = explainsDisguises
        self.messageLanguage = messageLanguage
        var listRules: [CompiledRule] = []
        var otherRules: [CompiledRule] = []
        var lists: [TermList] = []
        for pack in packs {
            for rule in pack.rules {
                let compiled = try CompiledRule(rule: rule, pack: pack)
                if let list = compiled.termList {
                    lists.append(list)
                    listRules.append(compiled)
                }
                if case .terms = rule.check { continue }
                otherRules.append(compiled)
            }
        }
        self.packs = packs
        var escalations: [String: Escalation] = [:]
        for compiled in listRules {
            if case let .terms(check) = compiled.rule.check, let escalation = check.escalate { escalations[compiled.rule.id] = escalation }
        }
        self.escalations = escalations
        self.listRules = listRules
        self.otherRules = otherRules
        termFields = ListingField.allCases.filter { field in listRules.contains { $0.reads(field) } }
        matcher = try TermMatcher(lists: lists)
        prefilters = Prefilters(rules: otherRules)

    }

    /// Checks `listing` for `market` as the rules stand on `day`.
    public func check(_ listing: Listing, market: Market, on day: Day) throws -> ListingResult {
        let others = otherRules.filter { $0.applies(to: listing, market: market, on: day) }
        let locale = listing.locale ?? market.locales.first ?? "und"
        let language = messageLanguage.language(forLocale: locale)
        var findings: [Finding] = []
        // Whether a rule found by the matcher applies is asked only of the rules that matched.
        var applies: [Int: Bool] = [:]
        // Required rules whose disclosure was found.
        var disclosed: Set<String> = []
        let fields = ListingField.allCases.filter { field in termFields.contains(field) || others.contains { $0.reads(field) } }
        for (path, given) in listing.texts(of: fields) {
            guard let field = path.field else { continue }
            // An HTML description is checked as the text a reader sees; spans go back into the HTML.
            let html = field == .description && HTMLText.looksLikeHTML(given) ? try HTMLText.extract(given) : nil
            let text = html?.text ?? given
            var context = FieldContext(listing: listing, market: market, locale: locale, path: path, text: text, given: given, html: html,
                                       prefilters: prefilters, messageLanguage: language)
            let fieldStart = findings.count
            if termFields.contains(field) {
                let start = profiler == nil ? nil : ContinuousClock.now
                let views = MatchingViews(text)
                context.share(views.normalized)
                let matches = try matcher.matches(in: views, locale: locale, expectedScripts: market.scripts)
                if let profiler, let start { profiler.add("(views and term matcher)", ContinuousClock.now - start) }
                for match in matches {
                    let compiled = listRules[match.list]
                    guard compiled.reads(field) else { continue }
                    let active: Bool
                    if let known = applies[match.list] {
                        active = known
                    } else {
                        active = compiled.applies(to: listing, market: market, on: day)
                        applies[match.list] = active
                    }
                    guard active else { continue }
                    let how: String
                    if explainsDisguises {
                        let hidden = match.span.text.unicodeScalars.contains { $0.properties.isDefaultIgnorableCodePoint }
                        how = match.disguised || hidden ? MatchExplanation.describe(written: match.span.text, term: match.term)
                                                        : "matched \"\(match.term)\" ignoring case and width"
                    } else {
                        how = match.disguised ? "matched \"\(match.term)\" in disguise" : "matched \"\(match.term)\""
                    }
                    switch compiled.rule.check {
                    case .required:
                        disclosed.insert(compiled.rule.id)
                    case let .consistency(check):
                        if let finding = contradiction(compiled, check, span: match.span, folded: match.folded,
                                                       how: how, context: context) {
                            findings.append(finding)
                        }
                    case let .terms(check):
                        var finding = context.finding(compiled, span: match.span, folded: match.folded, explanation: how)
                        if let use = check.nominative,
                           let (phrase, after) = TermsOptions.nominativePhrase(use, text: text, range: match.span.utf8Range, category: listing.category) {
                            finding = finding.with(severity: use.severity, explanation: "\(how); nominative use \(after ? "before" : "after") \"\(phrase)\" "
                                                   + "in category \(listing.category ?? ""): \(use.severity.rawValue)")
                        }
                        findings.append(finding)
                    default:
                        findings.append(context.finding(compiled, span: match.span, folded: match.folded,
                                                        explanation: how))
                    }
                }
            }
            for compiled in others where compiled.reads(field) {
                if compiled.isRequired {
                    if !disclosed.contains(compiled.rule.id), let regex = compiled.regex,
                       case let .required(check) = compiled.rule.check,
                       context.passesPrefilter(compiled),
                       try !Self.ranges(of: regex, check.evidence.regex!, compiled, in: context.view(for: check.evidence.regex!)).isEmpty {
                        disclosed.insert(compiled.rule.id)
                    }
                    continue
                }
                guard context.mayMatch(compiled) else { continue }
                do {
                    if let profiler {
                        let start = ContinuousClock.now
                        findings += try checkField(compiled, &context)
                        profiler.add(compiled.rule.id, ContinuousClock.now - start)
                    } else {
                        findings += try checkField(compiled, &context)
                    }
                } catch {
                    throw RuleEvaluationError(rule: compiled.rule.id, field: path, reason: "\(error)")
                }
            }
            // Severities that depend on the field's other findings (terms `escalate`).
            if !escalations.isEmpty, findings.count - fieldStart > 1 {
                findings[fieldStart...] = ArraySlice(TermsOptions.escalate(Array(findings[fieldStart...]), escalations: escalations))
            }
        }
        for compiled in others {
            guard compiled.isRequired, !disclosed.contains(compiled.rule.id) else { continue }
            findings.append(FieldContext(listing: listing, market: market, locale: locale, path: .listing, text: "", messageLanguage: language)
                .finding(compiled, span: TextSpan(utf8Range: 0..<0, in: ""), folded: "missing", message: "",
                         explanation: "no field among \(compiled.rule.fields.map(\.rawValue).joined(separator: ", ")) holds the disclosure"))
        }
        findings.sort { ($0.field, $0.span.utf8Range.lowerBound, $0.rule) < ($1.field, $1.span.utf8Range.lowerBound, $1.rule) }
        // A consistency claim found by both its terms and its pattern is one finding.
        if findings.count > 1 {
            var seen: Set<FindingPlace> = []
            findings.removeAll { !seen.insert(FindingPlace(rule: $0.rule, field: $0.field, range: $0.span.utf8Range)).inserted }
        }
        return ListingResult(listing: listing.id, market: market.id, decision: Decision(findings: findings), findings: findings)
    }

    /// A finding when the listing's data contradicts (or cannot confirm) a claim.
    private func contradiction(_ compiled: CompiledRule, _ check: ConsistencyCheck, span: TextSpan, folded: String,
                               how: String, context: FieldContext) -> Finding? {
        switch Self.attributeVerdict(check, listing: context.listing) {
        case .agrees:
            return nil
        case .missing:
            return context.finding(compiled, span: span, folded: folded,
                                   explanation: "\(how); attribute '\(check.attribute)' is missing, so the claim cannot be confirmed")
        case let .disagrees(value):
            return context.finding(compiled, span: span, folded: folded,
                                   explanation: "\(how); attribute '\(check.attribute)' is \(value), not \(check.expected.joined(separator: " or "))")
        }
    }

    /// What the listing's data says about a consistency check's claim, whatever the claim's words:
    /// when it agrees (or is missing and that is not reported), no claim can be a finding.
    private enum AttributeVerdict {
        case agrees
        case missing
        case disagrees(String)
    }

    private static func attributeVerdict(_ check: ConsistencyCheck, listing: Listing) -> AttributeVerdict {
        let value = listing.attributes[check.attribute]
        let values = value.map { $0.split(separator: ",").map { String($0.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()).lowercased() } } ?? []
        if values.isEmpty { return check.reportWhenMissing ? .missing : .agrees }
        let expected = check.expected.map { $0.lowercased() }
        let agrees = check.allValuesMustAgree ? values.allSatisfy(expected.contains) : values.contains(where: expected.contains)
        return agrees ? .agrees : .disagrees(value!)
    }

    /// The findings of one non-terms rule in one field.
    private func checkField(_ compiled: CompiledRule, _ context: inout FieldContext) throws -> [Finding] {
        switch compiled.rule.check {
        case .terms, .required:
            return []
        case let .consistency(check):
            guard let regex = compiled.regex, let pattern = check.claim.regex else { return [] }
            // Data that agrees with every claim needs no search for one.
            if case .agrees = Self.attributeVerdict(check, listing: context.listing) { return [] }
            guard context.passesPrefilter(compiled) else { return [] }
            let normalized = context.view(for: pattern)
            let snapshot = context
            return try Self.ranges(of: regex, pattern, compiled, in: normalized).compactMap { range in
                guard !range.isEmpty else { return nil }
                let span = normalized.originalSpan(ofUTF8: range)
                return contradiction(compiled, check, span: span, folded: span.text.normalized(.nfkcCaseFold),
                                     how: "pattern /\(pattern.regex)/ matched", context: snapshot)
            }
        case let .language(check):
            let accepted = check.languages.isEmpty ? context.acceptedLanguages : check.languages
            let explanation: String
            switch try LanguageGuess.verdict(on: context.text, accepted: accepted, minimumWords: check.minimumWords) {
            case .accepted:
                return []
            case let .otherScript(script, likely):
                explanation = "most letters are in script \(script.rawValue)" + (likely.map { " (likely \($0))" } ?? "")
                    + ", which \(accepted.joined(separator: ", ")) is not written in"
            case let .otherLanguage(language):
                explanation = "the function words are \(language), not \(accepted.joined(separator: " or "))"
            }
            return [context.finding(compiled, span: TextSpan(utf8Range: 0..<context.text.utf8.count, in: context.text),
                                    folded: "language", message: accepted.joined(separator: ", "), explanation: explanation)]
        case let .pattern(check):
            guard context.passesPrefilter(compiled) else { return [] }
            let normalized = context.view(for: check)
            return try Self.ranges(of: compiled.regex!, check, compiled, in: normalized).compactMap { range in
                guard !range.isEmpty else { return nil }
                let span = normalized.originalSpan(ofUTF8: range)
                return context.finding(compiled, span: span, folded: span.text.normalized(.nfkcCaseFold),
                                       explanation: "pattern /\(check.regex)/ matched")
            }
        case let .detector(check):
            let normalized = context.normalized
            let scanner = compiled.detector!
            // `mayMatch` answered the digit-run and alphanumeric tests before this call.
            let prefiltered = compiled.digitRunNeeded != nil || compiled.alphanumericNeeded != nil
            let prescan = scanner.kind == .phone ? context.census.phone : nil
            return try scanner.scan(normalized, prefiltered: prefiltered, phonePrescan: prescan).compactMap { value in
                let nearby = context.neighbourhood(of: value.span, window: check.window)
                if check.lower.contains(where: { DetectorContext.mentions(nearby, $0) }) { return nil }
                let raised = check.raise.contains(where: { DetectorContext.mentions(nearby, $0) })
                if value.validation == .plausible && !raised { return nil }
                return context.finding(compiled, span: value.span, folded: value.span.text.normalized(.nfkcCaseFold),
                                       explanation: "\(check.detector.name) \(value.validation.rawValue)"
                                           + (value.detail.map { " (\($0))" } ?? "") + (raised ? ", context word nearby" : ""))
            }
        case let .length(check):
            // Marketplaces count the field as stored, markup included.
            let field = context.given
            // Graphemes and UTF-16 units never outnumber UTF-8 bytes: most fields need no count.
            guard field.utf8.count > check.maximum else { return [] }
            let length = try check.unit.count(in: field, locale: context.locale)
            guard length > check.maximum else { return [] }
            return [context.finding(compiled, span: TextSpan(utf8Range: 0..<field.utf8.count, in: field), inGiven: true,
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

    /// Where a rule's regex matches `view`: with a `window`, only near the prefilter's strings.
    private static func ranges(of regex: ICURegex, _ pattern: PatternCheck, _ compiled: CompiledRule, in view: MappedText) throws -> [Range<Int>] {
        pattern.window > 0 && !pattern.onOriginal
            ? try ByteWindows.matches(of: regex, in: view.utf8, windows: compiled.windows(view.utf8, window: pattern.window),
                                      timeLimit: pattern.timeLimit)
            : try regex.matches(in: view.text, timeLimit: pattern.timeLimit)
    }
}

/// A rule that could not be evaluated on a field (a regex over its time limit): the listing is
/// reported as not checked rather than passed.
public struct RuleEvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let rule: String
    public let field: FieldPath
    public let reason: String

    public var description: String { "rule \(rule) on \(field): \(reason)" }
}

/// A finding's rule and place, for dropping a second finding of one rule at one span.
private struct FindingPlace: Hashable {
    let rule: String
    let field: FieldPath
    let range: Range<Int>
}

/// The language of findings' messages.
public enum MessageLanguage: Sendable, Equatable {
    /// English (every rule has an English message).
    case english
    /// The listing's language (its locale, else the market's first): what a seller in that
    /// market reads. Rules without a message in that language fall back to English.
    case market
    /// One language for every listing (`de`, `zh`).
    case fixed(String)

    /// `en`, `market`, or a language code.
    public init(_ value: String) {
        switch value.lowercased() {
        case "en", "english": self = .english
        case "market": self = .market
        default: self = .fixed(LanguageGuess.language(ofLocale: value))
        }
    }

    /// The language code for a listing with `locale`.
    func language(forLocale locale: String) -> String {
        switch self {
        case .english: "en"
        case .market: LanguageGuess.language(ofLocale: locale)
        case let .fixed(language): language
        }
    }
}
