import TextEngine

/// The scripts a listing language is written in, and the letters of a text by script.
enum ScriptExpectation {
    /// The scripts of `language`'s letters: Japanese kana and kanji, Hangul (with hanja), Arabic,
    /// Han for Chinese, Latin for the others. Latin letters are tolerated in the non-Latin
    /// languages (USB, LED), as long as they are not most of the text.
    static func scripts(of language: String) -> Set<ScriptCode> {
        switch language {
        case "ja": [.han, .hiragana, .katakana]
        case "ko": [.hangul, .han]
        case "ar": [.arabic]
        case "zh-Hans", "zh-Hant": [.han]
        default: [.latin]
        }
    }

    /// The number of letters of `text` in each script.
    static func letters(in text: String) throws -> [ScriptCode: Int] {
        var counts: [ScriptCode: Int] = [:]
        for run in try ScriptDetector.runs(in: text) where !run.script.isNeutral {
            let letters = run.substring(in: text).unicodeScalars.filter { $0.properties.isAlphabetic }.count
            if letters > 0 { counts[run.script, default: 0] += letters }
        }
        return counts
    }

    /// The Han characters of `text`, in order.
    static func hanCharacters(in text: String) throws -> [Character] {
        try ScriptDetector.runs(in: text).filter { $0.script == .han }.flatMap { run in
            run.substring(in: text).filter { character in character.unicodeScalars.contains { $0.properties.isAlphabetic } }
        }
    }

    /// Names for messages.
    static func name(_ script: ScriptCode) -> String {
        switch script {
        case .latin: "Latin"
        case .han: "Han"
        case .hiragana: "Hiragana"
        case .katakana: "Katakana"
        case .hangul: "Hangul"
        case .arabic: "Arabic"
        case .cyrillic: "Cyrillic"
        case .greek: "Greek"
        case .thai: "Thai"
        default: script.rawValue
        }
    }
}
