import XLIFF

/// Marks the outcome of the QA in a translated document, so the translator sees it in any
/// CAT tool: a unit that passed is `reviewed` (1.2 `signed-off`); one with an error goes back to
/// `translated` with `subState="clearance:qa-error"` (1.2 `needs-review-translation`).
/// Only the states change; the rest of the document is written back as it was read.
public enum QAStates {
    /// The state names a passed and a failed unit get in `version`.
    public static func states(_ version: XLIFFVersion) -> (passed: String, failed: String) {
        switch version {
        case .v2: ("reviewed", "translated")
        case .v1_2: ("signed-off", "needs-review-translation")
        }
    }

    /// `document` with the states of `review`'s outcomes set.
    /// - Throws: `XLIFFError` when an outcome names no unit of `document` (a review of another document).
    public static func marked(_ document: XLIFFDocument, by review: TranslationReview) throws(XLIFFError) -> XLIFFDocument {
        var marked = document
        let names = states(document.version)
        for outcome in review.outcomes {
            guard marked.files.indices.contains(outcome.file), marked.files[outcome.file].units.indices.contains(outcome.unit) else {
                throw XLIFFError(source: document.source, line: 0, message: "the review names a unit the document lacks")
            }
            let parts = marked.files[outcome.file].units[outcome.unit].parts
            // 1.2 keeps one state per unit, on its target: set it once.
            let indices = document.version == .v2 ? parts.indices.filter { !parts[$0].isIgnorable } : [parts.firstIndex { !$0.isIgnorable } ?? 0]
            for part in indices {
                try marked.setState(file: outcome.file, unit: outcome.unit, part: part,
                                    to: outcome.passed ? names.passed : names.failed,
                                    subState: outcome.passed || document.version == .v1_2 ? nil : "clearance:qa-error")
            }
        }
        return marked
    }
}
