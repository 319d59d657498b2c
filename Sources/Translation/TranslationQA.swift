import ComplianceCore
import Localization
import TextEngine
import XLIFF

/// Localization QA of translated units from one source language into one target language.
/// Each check is named (`QACheck`); an error keeps the unit's translation out of the products.
public struct TranslationQA: Sendable {
    /// Listing languages (`en`, `de`, `zh-Hant`).
    public let sourceLanguage: String
    public let targetLanguage: String
    let stopWords: StopWords
    let sourceNumbers: LocaleNumbers
    let targetNumbers: LocaleNumbers
    let sourceUnits: UnitSymbols
    let targetUnits: UnitSymbols
    /// ICU's simplified-to-traditional and traditional-to-simplified transforms.
    let toTraditional: Transliterator
    let toSimplified: Transliterator

    /// - Throws: `TextEngineError` when ICU lacks the locale data or transforms.
    public init(sourceLanguage: String, targetLanguage: String, stopWords: StopWords) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.stopWords = stopWords
        let source = ListingLanguages.icuLocale(sourceLanguage), target = ListingLanguages.icuLocale(targetLanguage)
        sourceNumbers = try LocaleNumbers(locale: source)
        targetNumbers = try LocaleNumbers(locale: target)
        sourceUnits = try UnitSymbols(locale: source)
        targetUnits = try UnitSymbols(locale: target)
        toTraditional = try Transliterator(id: "Hans-Hant")
        toSimplified = try Transliterator(id: "Hant-Hans")
    }

    /// The ICU locale of the target language.
    var targetLocale: String { ListingLanguages.icuLocale(targetLanguage) }

    /// Checks one unit.
    /// - Parameters:
    ///   - protected: texts never translated besides the source's do-not-translate markers (the
    ///     product's brand and model).
    ///   - limits: the length limits of the unit's field in the target markets.
    /// - Returns: the findings, and the target's text (codes left out) when there is one.
    public func check(_ unit: XLIFFUnit, protected: [String] = [], limits: [FieldLimit] = []) -> (findings: [QAFinding], target: String?) {
        var findings: [QAFinding] = []
        for (number, segment) in unit.segments.enumerated() {
            let name = segment.id.map { "segment \($0)" } ?? (unit.segments.count == 1 ? "the unit" : "segment \(number + 1)")
            guard let target = segment.target else {
                findings.append(QAFinding(.untranslated, .error, "\(name) has no target"))
                continue
            }
            if XLIFFInline.plainText(target).allSatisfy(\.isWhitespace) {
                findings.append(QAFinding(.untranslated, .error, "\(name) has an empty target"))
            }
            if let language = segment.targetLanguage, (ListingLanguages.language(forLocale: language) ?? language) != targetLanguage {
                findings.append(QAFinding(.targetLanguage, .error, "the target of \(name) is marked xml:lang=\"\(language)\", not \(targetLanguage)"))
            }
        }
        guard !findings.contains(where: { $0.check == .untranslated }) else { return (findings, nil) }
        let source = QAText(unit.parts.flatMap(\.source))
        let target = QAText(unit.parts.flatMap { $0.isIgnorable ? ($0.target ?? $0.source) : ($0.target ?? []) })
        let kept = Self.protectedTexts(source, also: protected)
        findings += placeholders(source, target)
        findings += protectedText(kept, source: source, target: target)
        let sourceFree = source.freeText(without: kept), targetFree = target.freeText(without: kept)
        findings += numbers(sourceFree, targetFree)
        findings += script(targetFree)
        findings += language(targetFree)
        findings += length(target.plain, limits: limits)
        findings += leftover(source, target, sourceFree: sourceFree, targetFree: targetFree)
        return (findings, target.plain)
    }

    /// The source's do-not-translate texts, and those of `also` found in its text.
    static func protectedTexts(_ source: QAText, also: [String]) -> [String] {
        var texts = source.protected
        for text in also where !text.isEmpty && source.plain.contains(text) && !texts.contains(text) { texts.append(text) }
        return texts
    }

    // MARK: Checks

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

    func numbers(_ sourceFree: String, _ targetFree: String) -> [QAFinding] {
        let sourceFound = sourceNumbers.numbers(in: sourceFree), targetFound = targetNumbers.numbers(in: targetFree)
        var findings: [QAFinding] = []
        var unused = targetFound
        var missing: [String] = []
        for number in sourceFound {
            let matches = unused.indices.filter { unused[$0].value == number.value }
            guard let first = matches.first else {
                missing.append(number.value)
                continue
            }
            // A unit symbol after the number stays a symbol of that unit.
            if let (symbol, unit) = sourceUnits.symbol(atStartOf: number.after) {
                let accepted = [symbol] + targetUnits.symbols(of: unit)
                let kept = matches.first { index in accepted.contains { UnitSymbols.starts(unused[index].after, with: $0) } }
                if let kept {
                    unused.remove(at: kept)
                } else {
                    let written = unused[first].after.prefix { !$0.isWhitespace && $0 != QAText.breakMark }
                    findings.append(QAFinding(.numbers, .error, "'\(number.value) \(symbol)' became '\(number.value)\(written.isEmpty ? "" : " " + written)': "
                                              + "keep the unit (\(Array(Set(accepted)).sorted().joined(separator: " or ")))"))
                    unused.remove(at: first)
                }
                continue
            }
            unused.remove(at: first)
        }
        if !missing.isEmpty {
            let found = targetFound.map(\.value)
            findings.append(QAFinding(.numbers, .error, "numbers of the source missing from the target: \(missing.joined(separator: ", "))"
                                      + (found.isEmpty ? "" : " (the target has \(found.joined(separator: ", ")))")))
        }
        if !unused.isEmpty {
            findings.append(QAFinding(.numbers, .warning, "numbers not in the source: \(unused.map(\.value).joined(separator: ", "))"))
        }
        return findings
    }

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
        let tokens = Self.words(targetFree).flatMap { $0 }
        guard let mismatch = stopWords.mismatch(tokens, expected: targetLanguage) else { return [] }
        return [QAFinding(.language, .warning, "reads as \(mismatch.language), not \(targetLanguage): \(mismatch.count) common \(mismatch.language) words "
                          + "against \(mismatch.expectedCount) \(targetLanguage) ones")]
    }

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

    /// Lowercased words (letters and digits) of `text`, in runs broken by codes and protected texts.
    static func words(_ text: String) -> [[String]] {
        text.split(separator: QAText.breakMark).map { chunk in
            chunk.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map { $0.lowercased() }
        }
    }

    static func trimmed(_ text: String) -> Substring {
        var slice = Substring(text)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return slice
    }
}
