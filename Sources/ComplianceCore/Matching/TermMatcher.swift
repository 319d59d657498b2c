import TextEngine

/// Where a term must meet word boundaries in the original text.
public enum BoundaryPolicy: String, Sendable, Codable, CaseIterable {
    /// Both ends on ICU word boundaries (dictionary-based for Thai, Chinese, Japanese).
    case word
    /// Anywhere, also inside words (Chinese claims such as 最佳 inside 最佳品质).
    case none
    /// A word boundary at each end unless the characters there are Han, kana or Hangul, which
    /// words run into without spaces, or an apostrophe (`Nike` not in `Nikes`, but in `Nike's`,
    /// `l'Oréal` and `耐克鞋`).
    case auto
}

/// One list of terms to find, with the longer words that excuse a match inside them.
public struct TermList: Sendable, Equatable {
    /// Who asked for the list (a rule id, a watch-list mark).
    public let id: String
    public let terms: [String]
    /// Allowed words: a match inside an occurrence of one of them is not reported (最近 is not 最).
    public let allow: [String]
    public let boundary: BoundaryPolicy

    public init(id: String, terms: [String], allow: [String] = [], boundary: BoundaryPolicy = .auto) {
        self.id = id
        self.terms = terms
        self.allow = allow
        self.boundary = boundary
    }
}

/// A term found in a text, on the text as written.
public struct TermMatch: Sendable, Equatable {
    /// The index of the list in the matcher.
    public let list: Int
    /// The term as given in the list.
    public let term: String
    /// Where it is in the original text.
    public let span: TextSpan
    /// Whether it was written in disguise: found only after folding look-alikes, separators,
    /// leetspeak or diacritics (not after case and width folding alone).
    public let disguised: Bool
    /// The term through every view step (`TextView.folded.fold(term)`), for fingerprints.
    public let folded: String
}

/// Every term list compiled into one automaton over the folded view, with the checks that keep
/// matches honest: allowed longer words, word boundaries, and look-alikes that are just text in
/// the market's own script.
public struct TermMatcher: Sendable {
    public let lists: [TermList]
    private let automaton: TermAutomaton
    /// For each automaton term: its list, its index in the list, and whether it is an allowed word.
    private let entries: [(list: Int, index: Int, allowed: Bool)]
    private let normalizedTerms: [[String]]
    private let foldedTerms: [[String]]
    private let termScripts: [[Set<ScriptCode>]]

    public init(lists: [TermList]) throws {
        var folded: [[UInt8]] = []
        var foldedTerms: [[String]] = []
        var entries: [(list: Int, index: Int, allowed: Bool)] = []
        for (l, list) in lists.enumerated() {
            var foldedList: [String] = []
            for (i, term) in list.terms.enumerated() {
                let foldedTerm = TextView.folded.fold(term)
                foldedList.append(foldedTerm)
                folded.append(Array(foldedTerm.utf8))
                entries.append((l, i, false))
            }
            foldedTerms.append(foldedList)
            for (i, word) in list.allow.enumerated() {
                folded.append(Array(TextView.folded.fold(word).utf8))
                entries.append((l, i, true))
            }
        }
        self.lists = lists
        self.entries = entries
        self.foldedTerms = foldedTerms
        automaton = TermAutomaton(terms: folded)
        normalizedTerms = lists.map { $0.terms.map { Self.asciiLowercased($0) ?? $0.normalized(.nfkcCaseFold) } }
        termScripts = try lists.map { try $0.terms.map { try Self.asciiScripts($0) ?? ScriptDetector.scripts(in: $0) } }
    }

    /// The terms of every list found in `text`, sorted by position, then list, then term.
    /// - Parameters:
    ///   - locale: the text's locale, for word boundaries.
    ///   - expectedScripts: the scripts the market writes in; a disguised match whose text is all
    ///     in one of them, and in none of the term's scripts, is ordinary text there and not
    ///     reported (Cyrillic "сосо" in a Russian listing is not "coco").
    public func matches(in text: String, locale: String, expectedScripts: Set<ScriptCode>) throws -> [TermMatch] {
        try matches(in: MatchingViews(text), locale: locale, expectedScripts: expectedScripts)
    }

    /// The terms found in the text whose views are given (views a caller also uses elsewhere).
    public func matches(in views: MatchingViews, locale: String, expectedScripts: Set<ScriptCode>) throws -> [TermMatch] {
        let text = views.normalized.original
        var candidates: [(entry: Int, original: Range<Int>)] = []
        views.folded.utf8.withUnsafeBufferPointer { bytes in
            automaton.forEachMatch(in: bytes) { entry, range in
                // A match must not begin or end inside what one original character became.
                if views.folded.splitsSourceCharacter(atUTF8: range.lowerBound)
                    || views.folded.splitsSourceCharacter(atUTF8: range.upperBound) { return }
                candidates.append((entry, views.folded.originalUTF8Range(ofUTF8: range)))
            }
        }
        if candidates.isEmpty { return [] }
        var allowedSpans: [Int: [Range<Int>]] = [:]
        for candidate in candidates where entries[candidate.entry].allowed {
            allowedSpans[entries[candidate.entry].list, default: []].append(candidate.original)
        }
        let edges = BoundaryCheck(text: text, locale: locale)
        var seen = Set<SeenKey>()
        var found: [TermMatch] = []
        for candidate in candidates where !entries[candidate.entry].allowed {
            let (list, index, _) = entries[candidate.entry]
            let range = candidate.original
            if allowedSpans[list]?.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) == true {
                continue
            }
            guard try edges.accepts(range, policy: lists[list].boundary) else { continue }
            let span = TextSpan(utf8Range: range, in: text)
            let disguised = !Self.isPlainASCIIMatch(span.text, normalizedTerms[list][index])
                && span.text.normalized(.nfkcCaseFold) != normalizedTerms[list][index]
            if disguised, try isOrdinaryText(span.text, term: termScripts[list][index], expected: expectedScripts) { continue }
            guard seen.insert(SeenKey(list: list, start: range.lowerBound, end: range.upperBound)).inserted else { continue }
            found.append(TermMatch(list: list, term: lists[list].terms[index], span: span, disguised: disguised,
                                   folded: foldedTerms[list][index]))
        }
        // Within a list, a match inside a longer one is the same finding (最 inside 最佳).
        let kept = found.filter { match in
            !found.contains { other in
                other.list == match.list && other.span.utf8Range != match.span.utf8Range
                    && other.span.utf8Range.lowerBound <= match.span.utf8Range.lowerBound
                    && match.span.utf8Range.upperBound <= other.span.utf8Range.upperBound
            }
        }
        return kept.sorted {
            ($0.span.utf8Range.lowerBound, $0.list, $0.term) < ($1.span.utf8Range.lowerBound, $1.list, $1.term)
        }
    }

    /// An ASCII term lowercased, which is its NFKC case folding (nil: not ASCII). Watch lists
    /// are mostly ASCII; this keeps 50,000 terms from 50,000 ICU calls at start-up.
    static func asciiLowercased(_ term: String) -> String? {
        guard term.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(decoding: term.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The scripts of an ASCII term: Latin when it has a letter; digits, spaces and punctuation
    /// are Common, which scripts() leaves out (nil: not ASCII).
    static func asciiScripts(_ term: String) -> Set<ScriptCode>? {
        guard term.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return term.utf8.contains { ($0 | 0x20) &- 0x61 < 26 } ? [.latin] : []
    }

    /// Whether `written` is ASCII and equals the case-folded `term` ignoring ASCII case: then NFKC
    /// case folding would give the term, and ICU need not be asked (the common case).
    static func isPlainASCIIMatch(_ written: String, _ term: String) -> Bool {
        var written = written
        var term = term
        return written.withUTF8 { a in
            term.withUTF8 { b in
                guard a.count == b.count else { return false }
                for i in 0..<a.count {
                    let x = a[i], y = b[i]
                    guard x < 0x80, y < 0x80 else { return false }
                    let lower = (x >= 0x41 && x <= 0x5A) ? x | 0x20 : x
                    if lower != y { return false }
                }
                return true
            }
        }
    }

    /// Whether a disguised match is plain text of the market: one script, expected there, and
    /// not a script of the term.
    private func isOrdinaryText(_ text: String, term: Set<ScriptCode>, expected: Set<ScriptCode>) throws -> Bool {
        let scripts = try ScriptDetector.scripts(in: text)
        guard scripts.count == 1, let script = scripts.first else { return false }
        return expected.contains(script) && !term.contains(script)
    }
}

/// A reported match: one per list and span.
private struct SeenKey: Hashable {
    let list: Int
    let start: Int
    let end: Int
}

/// Word-boundary checks on the original text, asking ICU only when a candidate needs it.
private final class BoundaryCheck {
    let text: String
    let locale: String
    private var breaker: WordBreaker?
    private let bytes: [UInt8]

    init(text: String, locale: String) {
        self.text = text
        self.locale = locale
        bytes = Array(text.utf8)
    }

    func accepts(_ range: Range<Int>, policy: BoundaryPolicy) throws -> Bool {
        switch policy {
        case .none: return true
        case .word: return try isBoundary(range.lowerBound) && isBoundary(range.upperBound)
        case .auto:
            return try (runsIntoWords(at: range.lowerBound) || isApostrophe(before: range.lowerBound) || isBoundary(range.lowerBound))
                && (runsIntoWords(at: range.upperBound) || isApostrophe(at: range.upperBound) || isBoundary(range.upperBound))
        }
    }

    /// Apostrophes that join a word to a possessive or an elision (ICU keeps `Nike's` one word).
    private static let apostrophes: Set<UInt32> = [0x27, 0x2019]

    private func isApostrophe(at offset: Int) -> Bool {
        offset < bytes.count && scalar(at: offset).map { Self.apostrophes.contains($0.value) } == true
    }

    private func isApostrophe(before offset: Int) -> Bool {
        var before = offset - 1
        while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
        return before >= 0 && scalar(at: before).map { Self.apostrophes.contains($0.value) } == true
    }

    private func isBoundary(_ offset: Int) throws -> Bool {
        if breaker == nil { breaker = try WordBreaker(text: text, locale: locale) }
        return breaker!.isBoundary(utf8Offset: offset)
    }

    /// Whether the character just before or just after byte `offset` is of a spaceless script.
    private func runsIntoWords(at offset: Int) -> Bool {
        var before = offset - 1
        while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
        return (before >= 0 && scalar(at: before).map(SpacelessScripts.contains) == true)
            || (offset < bytes.count && scalar(at: offset).map(SpacelessScripts.contains) == true)
    }

    private func scalar(at offset: Int) -> Unicode.Scalar? {
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first
    }
}
