import ComplianceCore
import TextEngine

/// The checks that a target is written in its language's scripts and, for Latin scripts, reads
/// as that language.
extension TranslationQA {
    func script(_ targetFree: String) -> [QAFinding] {
        guard let letters = try? ScriptExpectation.letters(in: targetFree) else { return [] }
        let expected = ScriptExpectation.scripts(of: targetLanguage)
        let total = letters.values.reduce(0, +)
        guard total > 0 else { return [] }
        let expectedNames = expected.sorted().map(ScriptExpectation.name).joined(separator: ", ")
        var findings: [QAFinding] = []
        let foreign = letters.filter { !expected.contains($0.key) && $0.key != .latin }.keys.sorted()
        if !foreign.isEmpty {
            findings.append(QAFinding(.script, .error, "letters in \(foreign.map(ScriptExpectation.name).joined(separator: ", ")): "
                                      + "\(targetLanguage) is written in \(expectedNames)"))
        }
        if !expected.contains(.latin), let latin = letters[.latin], latin * 2 > total {
            findings.append(QAFinding(.script, .error, "\(latin) of \(total) letters are Latin: \(targetLanguage) is written in \(expectedNames)"))
        }
        if targetLanguage == "ja", (letters[.han] ?? 0) >= 4, letters[.hiragana] == nil, letters[.katakana] == nil {
            findings.append(QAFinding(.script, .warning, "Han characters without any kana: this reads as Chinese, not Japanese"))
        }
        if targetLanguage == "zh-Hant" || targetLanguage == "zh-Hans", let han = try? ScriptExpectation.hanCharacters(in: targetFree), !han.isEmpty {
            let traditional = targetLanguage == "zh-Hant"
            // A character of the wrong form: the other transform changes it, and this one keeps it.
            let wrong = han.filter { character in
                let text = String(character)
                guard let there = try? (traditional ? toTraditional : toSimplified).transliterate(text),
                      let back = try? (traditional ? toSimplified : toTraditional).transliterate(text) else { return false }
                return there != text && back == text
            }
            if !wrong.isEmpty {
                var seen = Set<Character>()
                let unique = wrong.filter { seen.insert($0).inserted }
                findings.append(QAFinding(.script, .error, "\(traditional ? "simplified" : "traditional") characters in a \(targetLanguage) target: "
                                          + String(unique)))
            }
        }
        return findings
    }

    func language(_ targetFree: String) -> [QAFinding] {
        guard ScriptExpectation.scripts(of: targetLanguage) == [.latin] else { return [] }
        // The rule engine's guesser (`language` rules use it too): function words, at least five
        // words, and another language's at least three and twice the expected one's.
        let expected = LanguageGuess.language(ofLocale: targetLanguage)
        guard case let .otherLanguage(other)? = try? LanguageGuess.verdict(on: targetFree, accepted: [expected], minimumWords: 5),
              let evidence = try? LanguageGuess.evidence(in: targetFree) else { return [] }
        return [QAFinding(.language, .warning, "reads as \(other), not \(targetLanguage): \(evidence.functionWords[other] ?? 0) common \(other) words "
                          + "against \(evidence.functionWords[expected] ?? 0) \(targetLanguage) ones")]
    }
}
