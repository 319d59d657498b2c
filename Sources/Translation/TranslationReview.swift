import ComplianceCore
import Localization
import XLIFF

/// The review of one translated XLIFF document against the products it was exported from:
/// the QA findings of each unit and the translations that passed.
public struct TranslationReview: Sendable {
    /// A finding with where it is.
    public struct Located: Sendable, Equatable {
        /// The line of the target (or of the unit, or of the file).
        public let line: Int
        /// The unit's name (`TS-001/description`); nil for a finding about the whole file.
        public let unit: String?
        public let finding: QAFinding
    }

    /// A translation that passed: the text for a product's field in the target language.
    public struct Accepted: Sendable, Equatable {
        public let key: UnitKey
        public let language: String
        public let text: String

        public init(key: UnitKey, language: String, text: String) {
            self.key = key
            self.language = language
            self.text = text
        }
    }

    /// A unit with a target that was checked: where it is in the document, and whether it passed.
    public struct Outcome: Sendable, Equatable {
        /// Positions in `XLIFFDocument.files` and in the file's `units`.
        public let file: Int
        public let unit: Int
        public let passed: Bool
    }

    public let source: String
    public let version: XLIFFVersion
    /// The target listing language (`de`, `zh-Hant`).
    public let targetLanguage: String
    public private(set) var findings: [Located] = []
    public private(set) var accepted: [Accepted] = []
    /// Units checked (translatable ones).
    public private(set) var units = 0
    /// The checked units with targets, in document order.
    public private(set) var outcomes: [Outcome] = []

    public var errorCount: Int { findings.filter { $0.finding.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.finding.severity == .warning }.count }

    /// Reviews `document`.
    /// - Parameters:
    ///   - products: the products by SKU.
    ///   - expectedLanguages: the listing languages of the chosen markets; nil accepts any.
    ///   - limits: the length limits of the markets of a target language, by listing field.
    /// - Throws: `XLIFFError` when the document names no target language, or not one listings
    ///   are made in; `TextEngineError` when ICU lacks what the checks need.
    public static func review(_ document: XLIFFDocument, products: [String: Product], expectedLanguages: Set<String>?,
                              limits: (String) -> [String: [FieldLimit]]) throws -> TranslationReview {
        guard let firstFile = document.files.first else {
            throw XLIFFError(source: document.source, line: document.tree.root.line, message: "the document has no <file>")
        }
        guard let declaredTarget = firstFile.targetLanguage else {
            throw XLIFFError(source: document.source, line: firstFile.line,
                             message: document.version == .v2 ? "<xliff> has no trgLang" : "<file> has no target-language")
        }
        guard let target = ListingLanguages.language(forLocale: declaredTarget) else {
            throw XLIFFError(source: document.source, line: firstFile.line,
                             message: "target language '\(declaredTarget)' is not a listing language (\(ListingLanguages.all.joined(separator: ", ")))")
        }
        let declaredSource = firstFile.sourceLanguage ?? "en"
        let sourceLanguage = ListingLanguages.language(forLocale: declaredSource) ?? "en"
        var review = TranslationReview(source: document.source, version: document.version, targetLanguage: target)
        if let expectedLanguages, !expectedLanguages.contains(target) {
            review.findings.append(Located(line: firstFile.line, unit: nil, finding: QAFinding(
                .targetLanguage, .error, "target language \(declaredTarget) is not a language of the markets chosen (\(expectedLanguages.sorted().joined(separator: ", ")))")))
        }
        let qa = try TranslationQA(sourceLanguage: sourceLanguage, targetLanguage: target)
        let fieldLimits = limits(target)
        for (fileIndex, file) in document.files.enumerated() {
            if let other = file.targetLanguage, ListingLanguages.language(forLocale: other) != target {
                review.findings.append(Located(line: file.line, unit: nil, finding: QAFinding(
                    .targetLanguage, .error, "this <file> is in \(other), the document in \(declaredTarget): one target language per document")))
                continue
            }
            for (unitIndex, unit) in file.units.enumerated() where unit.translate {
                review.units += 1
                let line = unit.segments.compactMap(\.targetLine).first ?? unit.line
                guard let key = UnitKey(unit.key) else {
                    review.findings.append(Located(line: unit.line, unit: unit.key, finding: QAFinding(
                        .unit, .warning, "names no product field (SKU/description or SKU/features/N): not merged")))
                    continue
                }
                guard let product = products[key.sku] else {
                    review.findings.append(Located(line: unit.line, unit: unit.key, finding: QAFinding(.unit, .error, "no product has SKU \(key.sku)")))
                    continue
                }
                var findings: [QAFinding] = []
                if let current = Self.sourceText(of: product, key: key, language: sourceLanguage) {
                    if current != XLIFFInline.plainText(unit.parts.flatMap(\.source)) {
                        findings.append(QAFinding(.unit, .warning, "the product's \(sourceLanguage) text is no longer the source of this unit: check the translation still fits"))
                    }
                } else {
                    findings.append(QAFinding(.unit, .error, "product \(key.sku) has no \(key.listingField == "bullets" ? "text feature" : "description") there"))
                }
                let checked = findings.contains { $0.severity == .error } ? (findings: [], target: nil)
                    : qa.check(unit, protected: SourceTexts.protectedTexts(of: product), limits: fieldLimits[key.listingField] ?? [])
                findings += checked.findings
                review.findings += findings.map { Located(line: line, unit: unit.key, finding: $0) }
                let passed = !findings.contains { $0.severity == .error }
                if let text = checked.target, passed {
                    review.accepted.append(Accepted(key: key, language: target, text: text))
                }
                if checked.target != nil {
                    review.outcomes.append(Outcome(file: fileIndex, unit: unitIndex, passed: passed))
                }
            }
        }
        review.findings.sort { ($0.line, $0.unit ?? "", $0.finding.check) < ($1.line, $1.unit ?? "", $1.finding.check) }
        return review
    }

    /// The product's current text in `language` for the field of `key`.
    static func sourceText(of product: Product, key: UnitKey, language: String) -> String? {
        switch key.field {
        case .description:
            return SourceTexts.value(product.texts.compactMapValues { $0["description"] }, language: language)
        case let .feature(index):
            guard product.features.indices.contains(index), case let .text(texts) = product.features[index] else { return nil }
            return SourceTexts.value(texts, language: language)
        }
    }
}
