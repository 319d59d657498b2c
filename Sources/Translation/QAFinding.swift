/// The localization checks run on each translated unit.
public enum QACheck: String, Sendable, CaseIterable, Comparable {
    /// A segment without a target, or with an empty one.
    case untranslated
    /// Inline codes lost or invented.
    case placeholders
    /// A number of the source missing from the target, or a unit symbol next to it changed.
    case numbers
    /// A brand or model (a do-not-translate marker) not found verbatim in the target.
    case protectedText = "protected-text"
    /// Letters in a script the target language is not written in.
    case script
    /// Stop words of another language clearly outnumber the target language's own (Latin scripts).
    case language
    /// Longer than a marketplace limit of the field.
    case length
    /// The source copied: the whole text, or a run of four or more of its words.
    case leftover
    /// A target `xml:lang`, or the file's target language, that is not the one expected.
    case targetLanguage = "target-language"
    /// A unit whose name is no product field, or whose product is unknown.
    case unit

    public static func < (lhs: QACheck, rhs: QACheck) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How serious a finding is: an error keeps the target out of the products.
public enum QASeverity: String, Sendable {
    case error, warning
}

/// One problem with one unit's translation.
public struct QAFinding: Sendable, Equatable {
    public let check: QACheck
    public let severity: QASeverity
    public let message: String

    public init(_ check: QACheck, _ severity: QASeverity, _ message: String) {
        self.check = check
        self.severity = severity
        self.message = message
    }
}
