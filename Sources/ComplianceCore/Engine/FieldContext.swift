internal import SafeXML
import TextEngine

/// One field of one listing being checked, with the views computed once and shared by rules.
struct FieldContext {
    let listing: Listing
    let market: Market
    let locale: String
    let path: FieldPath
    /// The text checked: the field as given, or the text of its HTML.
    let text: String
    /// The field as given.
    let given: String
    /// The HTML the text came from, when it did.
    let html: HTMLText?
    private var normalizedView: MappedText?

    private let prefilters: Prefilters?
    /// Which prefilters hold in this field (by slot), found on first use.
    private var passed: [Bool]?

    /// The language findings' messages are written in (`en`, `de`).
    let messageLanguage: String

    init(listing: Listing, market: Market, locale: String, path: FieldPath, text: String, given: String? = nil, html: HTMLText? = nil,
         prefilters: Prefilters? = nil, messageLanguage: String = "en") {
        self.prefilters = prefilters
        self.messageLanguage = messageLanguage
        self.listing = listing
        self.market = market
        self.locale = locale
        self.path = path
        self.text = text
        self.given = given ?? text
        self.html = html
    }

    /// The languages of the market's locales (`de`, `fr`), in order.
    var acceptedLanguages: [String] {
        var languages: [String] = []
        for locale in market.locales {
            let language = LanguageGuess.language(ofLocale: locale)
            if !languages.contains(language) { languages.append(language) }
        }
        return languages
    }

    /// The text a pattern runs on: the normalized view, or the text as written.
    mutating func view(for pattern: PatternCheck) -> MappedText {
        pattern.onOriginal ? MappedText(identity: text) : normalized
    }

    /// Whether `compiled`'s regex may match here (its prefilter holds, or it has none).
    mutating func passesPrefilter(_ compiled: CompiledRule) -> Bool {
        guard !compiled.prefilterTerms.isEmpty else { return true }
        // A context built without the shared pass (the listing-level one) runs the regex.
        guard let prefilters, let slot = prefilters.slot(of: compiled) else { return true }
        if passed == nil { passed = prefilters.passing(in: normalized.utf8) }
        return passed![slot]
    }

    /// Whether `compiled` may find something in this field, by its cheap tests alone (false:
    /// it certainly finds nothing here).
    mutating func mayMatch(_ compiled: CompiledRule) -> Bool {
        if !compiled.prefilterTerms.isEmpty, !passesPrefilter(compiled) { return false }
        if compiled.digitRunNeeded != nil || compiled.alphanumericNeeded != nil,
           !census.passes(digitRun: compiled.digitRunNeeded, alphanumeric: compiled.alphanumericNeeded) { return false }
        // Marketplaces count the field as stored; characters never outnumber UTF-8 bytes.
        if let limit = compiled.lengthLimit, given.utf8.count <= limit { return false }
        return true
    }

    private var byteCensus: ByteCensus?

    /// The detectors' cheap tests over the normalized text, computed once in one pass.
    var census: ByteCensus {
        mutating get {
            if let byteCensus { return byteCensus }
            let computed = ByteCensus(normalized.utf8)
            byteCensus = computed
            return computed
        }
    }

    /// Uses a normalized view already computed for the matcher.
    mutating func share(_ view: MappedText) {
        normalizedView = view
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
    func neighbourhood(of span: TextSpan, window: Int = DetectorCheck.defaultWindow) -> String {
        let bytes = Array(text.utf8)
        var start = max(0, span.utf8Range.lowerBound - window)
        var end = min(bytes.count, span.utf8Range.upperBound + window)
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).normalized(.nfkcCaseFold)
    }

    /// A finding of `compiled` at `span` of the checked text (or of the field as given when
    /// `inGiven`), reported on the field as given.
    func finding(_ compiled: CompiledRule, span checkedSpan: TextSpan, inGiven: Bool = false, folded: String, message: String? = nil,
                 explanation: String) -> Finding {
        let rule = compiled.rule
        var span = checkedSpan
        if let html, !inGiven {
            span = TextSpan(utf8Range: html.sourceRange(ofUTF8: checkedSpan.utf8Range), in: given)
        }
        return Finding(rule: rule.id, category: rule.category, severity: rule.severity, market: market.id, field: path,
                       span: span, message: compiled.message(for: message ?? checkedSpan.text, language: messageLanguage), citation: rule.citation, fix: rule.fix,
                       fingerprint: Fingerprint.of([rule.id, listing.id, market.id, path.field?.rawValue ?? "listing", folded]),
                       explanation: explanation)
    }
}
