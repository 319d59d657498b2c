/// A text with expected spans marked inline as `⟦...⟧`, as rule examples write them.
public struct MarkedSpans: Sendable, Equatable {
    /// The text without the markers.
    public let text: String
    /// The UTF-8 ranges the markers enclosed, in order.
    public let utf8Ranges: [Range<Int>]

    /// Parses `marked`; nil when the markers are unbalanced or nested.
    public init?(_ marked: String) {
        var text = ""
        var ranges: [Range<Int>] = []
        var openedAt: Int?
        for character in marked {
            switch character {
            case "⟦":
                guard openedAt == nil else { return nil }
                openedAt = text.utf8.count
            case "⟧":
                guard let start = openedAt else { return nil }
                ranges.append(start..<text.utf8.count)
                openedAt = nil
            default:
                text.append(character)
            }
        }
        guard openedAt == nil else { return nil }
        self.text = text
        utf8Ranges = ranges
    }
}
