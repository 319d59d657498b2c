/// One transformation in a view pipeline. Every step keeps the map to the original text.
public enum ViewStep: String, Sendable, CaseIterable, Codable {
    /// NFKC_Casefold: compatibility forms (full-width, ligatures, circled letters) and case
    /// folded; default-ignorable characters (zero-width, bidi controls) removed.
    case caseFold = "case_fold"
    /// Zero-width, format and blank look-alike characters removed.
    case stripInvisible = "strip_invisible"
    /// Diacritics removed in scripts where they are accents (`é` -> `e`, Arabic harakat), with
    /// stray combining marks after such letters ("zalgo" text).
    case foldDiacritics = "fold_diacritics"
    /// Each character replaced by its UTS #39 confusable skeleton, case folded (Cyrillic `к`,
    /// Greek `ο` -> Latin look-alikes).
    case foldConfusables = "fold_confusables"
    /// Separators between spaced-out letters removed (`n.i.k.e`, `n i k e`), and white space
    /// between Han or kana characters (`最 好`).
    case joinSeparated = "join_separated"
    /// Leetspeak folded inside words (`n1k3` -> `nike`); `i`, `l`, `1`, `!` and `|` share a class;
    /// hyphens and underscores read as spaces.
    case foldLeet = "fold_leet"

    /// Applies this step to a view.
    func apply(to view: MappedText) -> MappedText {
        switch self {
        case .caseFold: MappedText.normalizing(view, form: .nfkcCaseFold)
        case .stripInvisible: ViewStages.stripInvisible(view)
        case .foldDiacritics: ViewStages.foldDiacritics(view)
        case .foldConfusables: ViewStages.foldConfusables(view)
        case .joinSeparated: ViewStages.joinSeparated(view)
        case .foldLeet: ViewStages.foldLeet(view)
        }
    }
}
