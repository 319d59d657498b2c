/// Test text with expected spans marked inline as `⟦...⟧`, so tests never count offsets by hand.
struct MarkedText {
    /// The text without the markers.
    let text: String
    /// The UTF-8 ranges the markers enclosed, in order.
    let utf8Ranges: [Range<Int>]

    init(_ marked: String) {
        var text = ""
        var ranges: [Range<Int>] = []
        var openedAt: Int?
        for character in marked {
            switch character {
            case "⟦": openedAt = text.utf8.count
            case "⟧":
                ranges.append(openedAt!..<text.utf8.count)
                openedAt = nil
            default: text.append(character)
            }
        }
        precondition(openedAt == nil, "unclosed ⟦ in \(marked)")
        self.text = text
        self.utf8Ranges = ranges
    }
}
