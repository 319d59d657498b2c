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
    let sourceNumbers: LocaleNumbers
    let targetNumbers: LocaleNumbers
    let sourceUnits: UnitSymbols
    let targetUnits: UnitSymbols
    /// ICU's simplified-to-traditional and traditional-to-simplified transforms.
    let toTraditional: Transliterator
    let toSimplified: Transliterator

    /// - Throws: `TextEngineError` when ICU lacks the locale data or transforms.
    public init(sourceLanguage: String, targetLanguage: String) throws {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
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
