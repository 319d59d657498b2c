import ComplianceCore

/// A trademark watch list (`--trademarks FILE`): UTF-8 TSV, the mark then any aliases in any
/// script, one mark per line, `#` starting a comment. Each mark becomes a terms rule.
public enum TrademarkWatchList {
    /// The id of the pack a watch list becomes.
    public static let packID = "trademark-watch-list"

    /// The watch list as a pack.
    /// - Throws: `RulePackError` naming the file and line of a line without a mark.
    public static func pack(text: String, file: String) throws -> RulePack {
        var rules: [Rule] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let names = content.split(separator: "\t").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
            if content.trimmingSpaces.isEmpty { continue }
            guard let mark = names.first else {
                throw RulePackError(file: file, line: index + 1, column: 1, message: "a watch-list line needs a mark")
            }
            rules.append(Rule(
                id: "trademark/watch-list/\(index + 1)", category: .trademark, severity: .warn, fields: ListingField.allCases,
                conditions: RuleConditions(), check: .terms(TermsCheck(terms: ["*": names], allow: [], boundary: .auto)),
                message: ["en": "\"{match}\" is on the trademark watch list (\(mark.replacingApostrophes)): the seller must be authorized"],
                citation: Citation(law: "Trademark watch list", article: "\(file):\(index + 1)"),
                fix: "Remove the mark, or list the seller as authorized for it.", from: nil, until: nil,
                examples: RuleExamples(match: [], noMatch: [])))
        }
        guard !rules.isEmpty else { throw RulePackError(file: file, line: 0, column: 0, message: "the watch list has no marks") }
        return RulePack(id: packID, name: "Trademark watch list (\(file))", version: "file",
                        jurisdiction: nil, markets: [], languages: [], rules: rules, source: file)
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (what `CharacterSet.whitespaces` holds:
    /// category Zs and U+0009), without Foundation's per-call cost on 50,000-line lists.
    fileprivate var trimmingSpaces: Substring {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

extension String {
    /// ICU MessageFormat treats `'` as quoting: double it in text put into a pattern.
    fileprivate var replacingApostrophes: String { split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") }
}
