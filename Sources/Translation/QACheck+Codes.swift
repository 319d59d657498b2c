import XLIFF

/// The checks of what a target must keep of its source: inline codes and protected texts.
extension TranslationQA {
    func placeholders(_ source: QAText, _ target: QAText) -> [QAFinding] {
        var remaining = target.codes
        var lost: [String] = []
        for code in source.codes {
            if let index = remaining.firstIndex(of: code) { remaining.remove(at: index) } else { lost.append(code) }
        }
        var findings: [QAFinding] = []
        if !lost.isEmpty { findings.append(QAFinding(.placeholders, .error, "inline codes of the source are missing: \(lost.joined(separator: ", "))")) }
        if !remaining.isEmpty {
            findings.append(QAFinding(.placeholders, .error, "inline codes not in the source: \(remaining.joined(separator: ", "))"))
        }
        return findings
    }

    func protectedText(_ texts: [String], source: QAText, target: QAText) -> [QAFinding] {
        texts.compactMap { text in
            let wanted = source.plain.ranges(of: text).count, found = target.plain.ranges(of: text).count
            guard found < wanted else { return nil }
            return QAFinding(.protectedText, .error,
                             found == 0 ? "'\(text)' is not in the target: brand and model are never translated"
                                        : "'\(text)' is \(wanted) times in the source and \(found) in the target")
        }
    }
}
