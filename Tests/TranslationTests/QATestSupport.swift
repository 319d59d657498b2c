import ComplianceCore
import Foundation
import Translation
import XLIFF

/// Builds one-unit XLIFF 2.0 documents and runs the QA on them.
enum QA {
    /// A unit whose segment has `source` and `target` (inline XLIFF 2.0 markup); no target when nil.
    static func unit(_ source: String, _ target: String?, targetLanguage: String = "de", targetAttributes: String = "") throws -> XLIFFUnit {
        let xml = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="\(targetLanguage)">
        <file id="f"><unit id="u" name="X-1/description"><segment>
        <source>\(source)</source>\(target.map { "<target\(targetAttributes)>\($0)</target>" } ?? "")
        </segment></unit></file></xliff>
        """
        return try XLIFFDocument(parsing: Array(xml.utf8), source: "qa.xlf").files[0].units[0]
    }

    /// The findings of the QA for one source and target, as `check: message`.
    static func findings(_ source: String, _ target: String?, language: String = "de", protected: [String] = [],
                         limits: [FieldLimit] = [], targetAttributes: String = "") throws -> [QAFinding] {
        let qa = try TranslationQA(sourceLanguage: "en", targetLanguage: language)
        return qa.check(try unit(source, target, targetLanguage: language, targetAttributes: targetAttributes), protected: protected, limits: limits).findings
    }

    static func checks(_ source: String, _ target: String?, language: String = "de", protected: [String] = [],
                       limits: [FieldLimit] = [], targetAttributes: String = "") throws -> [String] {
        try findings(source, target, language: language, protected: protected, limits: limits, targetAttributes: targetAttributes)
            .map { "\($0.check.rawValue)/\($0.severity.rawValue)" }
    }
}
