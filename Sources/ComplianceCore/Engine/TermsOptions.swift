import TextEngine

/// The options of a `terms` check that change a finding's severity from its surroundings:
/// nominative use (`compatible with iPhone` on a phone case) and escalation by proximity
/// (`replica` next to a mark).
enum TermsOptions {
    /// The phrase that makes the match (and whether it comes after the match) at `range` of `text` a nominative use, if the listing's
    /// category is one of the option's and a phrase stands right before (or, for `following`
    /// phrases, right after) the match.
    static func nominativePhrase(_ use: NominativeUse, text: String, range: Range<Int>, category: String?) -> (phrase: String, after: Bool)? {
        guard let category, use.categories.contains(where: { category == $0 || category.hasPrefix($0 + "/") }) else { return nil }
        let bytes = Array(text.utf8)
        if !use.phrases.isEmpty {
            // Only spaces and punctuation between the phrase and the match.
            let before = Array(String(decoding: bytes[max(0, range.lowerBound - 96)..<range.lowerBound], as: UTF8.self)
                .unicodeScalars.reversed().drop(while: isGap).reversed())
            let folded = Array(String(String.UnicodeScalarView(before)).normalized(.nfkcCaseFold).unicodeScalars)
            for phrase in use.phrases {
                let wanted = Array(phrase.normalized(.nfkcCaseFold).unicodeScalars)
                guard !wanted.isEmpty, folded.count >= wanted.count, Array(folded.suffix(wanted.count)) == wanted else { continue }
                // The phrase starts a word: "for" is not the end of "therefor".
                if folded.count > wanted.count, isWord(folded[folded.count - wanted.count - 1]), isWord(wanted[0]),
                   !SpacelessScripts.contains(wanted[0]) { continue }
                return (phrase, false)
            }
        }
        if !use.following.isEmpty {
            // Spaces, punctuation and a Latin model name may come between (iPhone 15 Pro 対応);
            // a phrase is looked for where each word starts.
            let after = Array(String(decoding: bytes[range.upperBound..<min(bytes.count, range.upperBound + 96)], as: UTF8.self)
                .normalized(.nfkcCaseFold).unicodeScalars)
            let phrases = use.following.map { ($0, Array($0.normalized(.nfkcCaseFold).unicodeScalars)) }
            var index = 0
            while index <= min(32, after.count) {
                let startsWord = index == 0 || isGap(after[index - 1]) || !(after[index - 1].isASCII && isWord(after[index - 1]))
                if startsWord {
                    for (phrase, wanted) in phrases where !wanted.isEmpty && after.count - index >= wanted.count
                        && Array(after[index..<(index + wanted.count)]) == wanted {
                        let next = index + wanted.count
                        if next < after.count, isWord(after[next]), isWord(wanted[wanted.count - 1]),
                           !SpacelessScripts.contains(wanted[wanted.count - 1]) { continue }
                        return (phrase, true)
                    }
                }
                guard index < after.count, isGap(after[index]) || (after[index].isASCII && isWord(after[index])) else { break }
                index += 1
            }
        }
        return nil
    }

    /// The findings of one field, those of rules with `escalate` raised where a finding of a
    /// named category lies within reach (in Unicode scalars of the field as given).
    static func escalate(_ findings: [Finding], escalations: [String: Escalation]) -> [Finding] {
        findings.enumerated().map { index, finding in
            guard let escalation = escalations[finding.rule], finding.severity < escalation.severity else { return finding }
            let a = finding.span.scalarRange
            var nearest: (Finding, Int)?
            for (other, neighbour) in findings.enumerated() where other != index && escalation.near.contains(neighbour.category) {
                let b = neighbour.span.scalarRange
                let gap = a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound
                    : b.upperBound <= a.lowerBound ? a.lowerBound - b.upperBound : 0
                if gap <= escalation.within, nearest.map({ gap < $0.1 }) ?? true { nearest = (neighbour, gap) }
            }
            guard let (neighbour, gap) = nearest else { return finding }
            return finding.with(severity: escalation.severity,
                                explanation: "\(finding.explanation); \(escalation.severity.rawValue) instead of \(finding.severity.rawValue): "
                                    + "\(neighbour.category.rawValue) \"\(neighbour.span.text)\" (\(neighbour.rule)) is \(gap) characters away")
        }
    }

    private static func isGap(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension Finding {
    /// The finding with another severity and explanation.
    func with(severity: Severity, explanation: String) -> Finding {
        Finding(rule: rule, category: category, severity: severity, market: market, field: field, span: span, message: message,
                citation: citation, fix: fix, fingerprint: fingerprint, explanation: explanation)
    }
}
