import TextEngine

/// A small, explainable guess at the language a listing field is written in: the script its
/// letters are in, and for Latin-script text the share of each language's most frequent
/// function words. It answers "is this German text?" for a German market, which is what a
/// `language` rule asks; it is not a general language identifier.
public enum LanguageGuess {
    /// What the guesser saw in a text.
    public struct Evidence: Sendable, Equatable {
        /// The script most letters are in (nil when the text has no letters).
        public let script: ScriptCode?
        /// Letters counted (Unicode scalars outside Common and Inherited).
        public let letters: Int
        /// Words counted, for Latin-script text.
        public let words: Int
        /// Function words found per language, for Latin-script text.
        public let functionWords: [String: Int]
    }

    /// The verdict on a text for the languages a market accepts.
    public enum Verdict: Sendable, Equatable {
        /// In an accepted language, or too short or mixed to tell.
        case accepted
        /// In another script than the accepted languages use; with the language that script
        /// suggests when there is one (`ja` for kana).
        case otherScript(ScriptCode, likely: String?)
        /// Latin script, but the function words are another language's.
        case otherLanguage(String)
    }

    /// The scripts each language is written in (the ones this guesser knows; others are
    /// assumed to be written in Latin).
    static let scripts: [String: Set<ScriptCode>] = [
        "ja": [.han, .hiragana, .katakana], "zh": [.han], "ko": [.hangul, .han],
        "ar": [.arabic], "fa": [.arabic], "ur": [.arabic], "he": [ScriptCode("Hebr")],
        "ru": [.cyrillic], "uk": [.cyrillic], "bg": [.cyrillic], "sr": [.cyrillic, .latin],
        "el": [.greek], "th": [.thai], "hi": [ScriptCode("Deva")], "mr": [ScriptCode("Deva")],
        "bn": [ScriptCode("Beng")], "ta": [ScriptCode("Taml")],
    ]

    /// The most frequent function words of Latin-script languages: articles, prepositions,
    /// conjunctions, pronouns. Each list avoids words that are as frequent in the others, except
    /// where leaving one out tips a short text to a neighbour: "de" is the most frequent word of
    /// French, Dutch, Spanish and Portuguese alike, so a Portuguese text full of "de" is not taken
    /// for French.
    static let functionWords: [String: [String]] = [
        "en": ["the", "and", "with", "for", "this", "that", "is", "are", "of", "to", "your", "you", "from", "it", "on", "in", "made", "our"],
        "de": ["der", "die", "das", "und", "mit", "für", "ist", "sind", "nicht", "ein", "eine", "einem", "einer", "den", "dem", "von", "zu", "auf", "ihr", "ihre", "aus", "auch"],
        "fr": ["le", "la", "les", "et", "avec", "pour", "est", "sont", "une", "des", "du", "au", "aux", "dans", "sur", "votre", "vos", "ce", "cette", "qui", "en", "de", "un", "à"],
        "es": ["el", "los", "las", "y", "con", "para", "es", "son", "una", "del", "por", "su", "sus", "que", "este", "esta", "al", "muy", "la", "un", "de"],
        "it": ["il", "lo", "gli", "e", "con", "per", "è", "sono", "una", "della", "delle", "del", "di", "che", "questo", "questa", "nel", "alla", "la", "un", "in"],
        "nl": ["de", "het", "een", "en", "met", "voor", "is", "zijn", "van", "op", "dit", "deze", "uw", "niet", "ook", "aan", "bij"],
        "pt": ["o", "os", "as", "e", "com", "para", "é", "são", "uma", "do", "da", "dos", "das", "em", "seu", "sua", "não", "ao", "um", "de"],
        "pl": ["i", "w", "z", "na", "do", "jest", "się", "nie", "dla", "oraz", "to", "od", "ze", "jak", "po", "przez"],
        "sv": ["och", "med", "för", "är", "en", "ett", "att", "som", "på", "av", "till", "din", "inte", "den", "det", "från"],
    ]

    /// Function-word hashes to a bit set of languages, and the languages in bit order.
    private static let table: (lookup: [UInt64: UInt32], languages: [String]) = {
        let languages = functionWords.keys.sorted()
        var lookup: [UInt64: UInt32] = [:]
        for (bit, language) in languages.enumerated() {
            for word in functionWords[language]! { lookup[hash(Array(word.utf8)[...]), default: 0] |= 1 << UInt32(bit) }
        }
        return (lookup, languages)
    }()

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return value
    }

    /// The language part of a locale (`de` of `de-DE`).
    public static func language(ofLocale locale: String) -> String {
        String(locale.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    /// Counts what the verdict rests on.
    public static func evidence(in text: String) throws -> Evidence {
        var letters: [ScriptCode: Int] = [:]
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        if ascii {
            let count = text.utf8.reduce(0) { $0 + ((($1 | 0x20) >= 0x61 && ($1 | 0x20) <= 0x7A) ? 1 : 0) }
            if count > 0 { letters[.latin] = count }
        } else {
            for run in try ScriptDetector.runs(in: text) where !run.script.isNeutral {
                letters[run.script, default: 0] += run.substring(in: text).unicodeScalars.count
            }
        }
        // The dominant script; kana outweighs Han, since Japanese mixes both and Chinese has none.
        var script = letters.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let kana = (letters[.hiragana] ?? 0) + (letters[.katakana] ?? 0)
        if kana > 0, script == .han || script == .hiragana || script == .katakana { script = kana * 10 >= (letters[.han] ?? 0) ? .hiragana : .han }
        var words = 0
        var found: [String: Int] = [:]
        if script == .latin {
            let (lookup, languages) = table
            var counts = [Int](repeating: 0, count: languages.count)
            var word: [UInt8] = []
            func finish() {
                guard !word.isEmpty else { return }
                words += 1
                if let bits = lookup[hash(word[...])] {
                    for bit in 0..<languages.count where bits & (1 << UInt32(bit)) != 0 { counts[bit] += 1 }
                }
                word.removeAll(keepingCapacity: true)
            }
            for byte in text.utf8 {
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    word.append(lower)
                } else if byte >= 0x80 {
                    word.append(byte)  // letters outside ASCII (ü, é, ł); punctuation there is rare
                } else {
                    finish()
                }
            }
            finish()
            for (bit, language) in languages.enumerated() where counts[bit] > 0 { found[language] = counts[bit] }
        }
        return Evidence(script: script, letters: letters.values.reduce(0, +), words: words, functionWords: found)
    }

    /// Whether `text` is in one of `accepted` (language codes), judged only when it has at least
    /// `minimumWords` words (or, for scripts written without spaces, twice as many letters).
    public static func verdict(on text: String, accepted: [String], minimumWords: Int) throws -> Verdict {
        let evidence = try evidence(in: text)
        guard let script = evidence.script else { return .accepted }
        let expectedScripts = accepted.reduce(into: Set<ScriptCode>()) { $0.formUnion(scripts[$1] ?? [.latin]) }
        if script == .hiragana {
            if accepted.contains("ja") { return .accepted }
            guard evidence.letters >= minimumWords * 2 else { return .accepted }
            return .otherScript(.hiragana, likely: "ja")
        }
        guard expectedScripts.contains(script) else {
            let enough = script == .latin ? evidence.words >= minimumWords : evidence.letters >= minimumWords * 2
            guard enough else { return .accepted }
            let likely = scripts.filter { $0.value == [script] }.map(\.key).sorted().first
            return .otherScript(script, likely: script == .han ? "zh" : likely)
        }
        guard script == .latin, evidence.words >= minimumWords else { return .accepted }
        // Latin text: only languages with a word list can be told apart.
        let known = accepted.filter { functionWords[$0] != nil }
        guard !known.isEmpty, known.count == accepted.filter({ (scripts[$0] ?? [.latin]).contains(.latin) }).count else { return .accepted }
        let bestAccepted = known.map { evidence.functionWords[$0] ?? 0 }.max() ?? 0
        guard let (language, count) = evidence.functionWords.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              !accepted.contains(language) else { return .accepted }
        // Clearly another language: several of its function words, and at least twice the accepted ones'.
        return count >= 3 && count >= 2 * bestAccepted ? .otherLanguage(language) : .accepted
    }
}
