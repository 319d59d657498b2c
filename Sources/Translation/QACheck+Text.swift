import ComplianceCore

/// The checks on the target text as a whole: its length and source text left in it.
extension TranslationQA {
    func length(_ text: String, limits: [FieldLimit]) -> [QAFinding] {
        limits.sorted().compactMap { limit in
            guard let count = try? limit.unit.count(in: text, locale: targetLocale), count > limit.maximum else { return nil }
            return QAFinding(.length, .error, "\(count) \(limit.unit.rawValue.replacing("_", with: " ")), more than \(limit)")
        }
    }

    func leftover(_ source: QAText, _ target: QAText, sourceFree: String, targetFree: String) -> [QAFinding] {
        let sourceWords = Self.words(sourceFree)
        guard sourceWords.joined().contains(where: { $0.contains { $0.isLetter } }) else { return [] }
        if Self.trimmed(source.plain) == Self.trimmed(target.plain) {
            return [QAFinding(.leftover, .error, "the target is the source text unchanged")]
        }
        var runs = Set<[String]>()
        for words in sourceWords where words.count >= 4 {
            for start in 0...(words.count - 4) {
                let run = Array(words[start..<(start + 4)])
                if run.allSatisfy({ $0.contains { $0.isLetter } }) { runs.insert(run) }
            }
        }
        for words in Self.words(targetFree) where words.count >= 4 {
            for start in 0...(words.count - 4) where runs.contains(Array(words[start..<(start + 4)])) {
                return [QAFinding(.leftover, .error, "source words left in the target: '\(words[start..<(start + 4)].joined(separator: " "))'")]
            }
        }
        return []
    }
}
