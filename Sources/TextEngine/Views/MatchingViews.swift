/// The two views term matching runs on, computed together: `folded` continues from
/// `normalized`, so the text is normalized once.
public struct MatchingViews: Sendable {
    /// NFKC case fold: exact matches of terms as written (in any case or width).
    public let normalized: MappedText
    /// Every fold: matches that survive evasion.
    public let folded: MappedText

    /// Both views of `text`.
    public init(_ text: String) {
        normalized = TextView.normalized.of(text)
        folded = TextView.continuing(normalized, with: TextView.folded.steps.dropFirst())
    }
}
