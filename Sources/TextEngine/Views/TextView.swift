/// The named views of a text that the rule engine matches on.
///
/// Each view is a pipeline of `ViewStep`s starting from the original text; `folded` applies them
/// all and is what evasion-resistant term matching runs on. Terms are folded through the same
/// pipeline (`TextView.fold(_:)`), so text and terms meet in one space.
public enum TextView: String, Sendable, CaseIterable, Codable {
    /// NFKC case fold.
    case normalized
    /// NFKC case fold without invisible characters.
    case visible
    /// Diacritics folded.
    case unaccented
    /// Confusable skeleton.
    case skeleton
    /// Spaced-out letters joined.
    case joined
    /// Leetspeak folded.
    case unleet
    /// All of the above.
    case folded

    /// The steps of this view, in order.
    public var steps: [ViewStep] {
        switch self {
        case .normalized: [.caseFold]
        case .visible: [.caseFold, .stripInvisible]
        case .unaccented: [.caseFold, .stripInvisible, .foldDiacritics]
        case .skeleton: [.caseFold, .stripInvisible, .foldConfusables]
        case .joined: [.caseFold, .stripInvisible, .joinSeparated]
        case .unleet: [.caseFold, .stripInvisible, .foldLeet]
        case .folded: [.caseFold, .stripInvisible, .foldDiacritics, .foldConfusables, .joinSeparated, .foldLeet]
        }
    }

    /// This view of `text`, with its map back to `text`.
    public func of(_ text: String) -> MappedText {
        TextView.apply(steps, to: text)
    }

    /// A term folded through this view's steps, for matching against views of listings.
    public func fold(_ term: String) -> String {
        of(term).text
    }

    /// Applies `steps` in order to `text`.
    public static func apply(_ steps: [ViewStep], to text: String) -> MappedText {
        apply(steps, to: text, fused: true)
    }

    /// Applies `steps` in order to `text`; with `fused`, runs of steps that have a one-pass
    /// implementation use it (same result, fewer passes).
    static func apply(_ steps: [ViewStep], to text: String, fused: Bool) -> MappedText {
        if steps.first == .caseFold {
            // Normalizing the original needs no identity map: read the string's own UTF-8.
            return continuing(MappedText.normalizing(text, form: .nfkcCaseFold), with: steps.dropFirst(), fused: fused)
        }
        return continuing(MappedText(identity: text), with: steps[...], fused: fused)
    }

    /// Applies `steps` to a view computed before (its map keeps pointing at the original).
    static func continuing(_ start: MappedText, with steps: ArraySlice<ViewStep>, fused: Bool = true) -> MappedText {
        var view = start
        var i = steps.startIndex
        while i < steps.endIndex {
            // Three character-level steps in a row run as one pass with a composed table.
            if fused, steps[i...].starts(with: fusedCharacterSteps) {
                view = ViewStages.foldCharactersFully(view)
                i += fusedCharacterSteps.count
            } else if fused, steps[i...].starts(with: fusedWordSteps) {
                view = ViewStages.joinSeparatedAndFoldLeet(view)
                i += fusedWordSteps.count
            } else {
                view = steps[i].apply(to: view)
                i += 1
            }
        }
        return view
    }

    private static let fusedCharacterSteps: [ViewStep] = [.stripInvisible, .foldDiacritics, .foldConfusables]
    private static let fusedWordSteps: [ViewStep] = [.joinSeparated, .foldLeet]
}
