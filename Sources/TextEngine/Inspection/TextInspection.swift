/// How the engine sees a text: every view, the hidden characters, and where given terms match,
/// each reported on the original text. The model behind `clearance inspect`.
public struct TextInspection: Sendable, Codable, Equatable {
    /// One named view of the text.
    public struct View: Sendable, Codable, Equatable {
        public let name: String
        public let steps: [String]
        public let text: String
    }

    /// A whitespace-separated token of the folded view and the original text behind it.
    public struct FoldedToken: Sendable, Codable, Equatable {
        public let folded: String
        public let original: TextSpan
    }

    /// A run of one script (ISO 15924 code).
    public struct ScriptSpan: Sendable, Codable, Equatable {
        public let script: String
        public let span: TextSpan
    }

    /// A word-like segment as ICU's word break iterator finds it for the locale.
    public struct Word: Sendable, Codable, Equatable {
        /// `letter`, `number`, `kana` or `ideographic`.
        public let kind: String
        public let span: TextSpan
    }

    /// The UTS #39 check of the whole text against the locale's scripts.
    public struct Spoof: Sendable, Codable, Equatable {
        public let restrictionLevel: String
        public let scripts: [String]
        public let mixedScript: Bool
        public let unexpectedCharacters: Bool
        public let wholeScriptConfusable: Bool
        public let mixedScriptConfusable: Bool
    }

    /// Where a term matched, in which view, on the original text.
    public struct TermMatch: Sendable, Codable, Equatable {
        public let term: String
        /// The term folded like the view.
        public let foldedTerm: String
        public let view: String
        public let original: TextSpan
    }

    public let text: String
    public let locale: String
    public let scalarCount: Int
    public let utf8Count: Int
    public let views: [View]
    public let foldedTokens: [FoldedToken]
    public let scripts: [ScriptSpan]
    public let words: [Word]
    /// The UTS #39 confusable skeleton of the whole text (ICU's, not case folded).
    public let skeleton: String
    public let spoof: Spoof
    public let hidden: [HiddenCharacter]
    public let matches: [TermMatch]

    /// Inspects `text` for `locale`, looking for each of `terms` in every view.
    ///
    /// A match is listed once per original span, under the first view (in `TextView` order) that
    /// finds it, so the list shows which fold was needed.
    /// - Throws: `TextEngineError` when ICU rejects the locale or fails.
    public init(text: String, locale: String, terms: [String] = []) throws {
        self.text = text
        self.locale = locale
        scalarCount = text.unicodeScalars.count
        utf8Count = text.utf8.count
        let mapped = TextView.allCases.map { ($0, $0.of(text)) }
        views = mapped.map { View(name: $0.0.rawValue, steps: $0.0.steps.map(\.rawValue), text: $0.1.text) }
        let folded = mapped.last { $0.0 == .folded }!.1
        foldedTokens = Self.tokens(of: folded)
        hidden = HiddenCharacters.find(in: text)
        scripts = try ScriptDetector.runs(in: text).map {
            ScriptSpan(script: $0.script.rawValue, span: TextSpan(utf8Range: $0.utf8Range, in: text))
        }
        words = try Segmenter(locale: locale).words(in: text).compactMap { segment in
            guard let kind = segment.kind.wordKind, kind.isWordLike else { return nil }
            return Word(kind: "\(kind)", span: segment.span(in: text))
        }
        skeleton = try Confusables.skeleton(text)
        let check = try SpoofChecker(expecting: .locales([locale])).check(text)
        spoof = Spoof(restrictionLevel: "\(check.restrictionLevel)", scripts: check.scripts.map(\.rawValue).sorted(),
                      mixedScript: check.isMixedScript, unexpectedCharacters: check.hasUnexpectedCharacters,
                      wholeScriptConfusable: check.isWholeScriptConfusable,
                      mixedScriptConfusable: check.isMixedScriptConfusable)
        var matches: [TermMatch] = []
        for term in terms {
            var seen = Set<Range<Int>>()
            for (view, viewText) in mapped {
                let foldedTerm = view.fold(term)
                for range in viewText.occurrences(of: foldedTerm) {
                    let span = viewText.originalSpan(ofUTF8: range)
                    if seen.insert(span.utf8Range).inserted {
                        matches.append(TermMatch(term: term, foldedTerm: foldedTerm, view: view.rawValue, original: span))
                    }
                }
            }
        }
        self.matches = matches.sorted { ($0.original.utf8Range.lowerBound, $0.term) < ($1.original.utf8Range.lowerBound, $1.term) }
    }

    /// The tokens of a view between ASCII white space, with their original spans.
    private static func tokens(of view: MappedText) -> [FoldedToken] {
        var tokens: [FoldedToken] = []
        var start: Int?
        for i in 0...view.utf8.count {
            let byte = i < view.utf8.count ? view.utf8[i] : 0x20
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if isSpace, let s = start {
                tokens.append(FoldedToken(folded: String(decoding: view.utf8[s..<i], as: UTF8.self),
                                          original: view.originalSpan(ofUTF8: s..<i)))
                start = nil
            } else if !isSpace, start == nil {
                start = i
            }
        }
        return tokens
    }
}
