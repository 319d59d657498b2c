import CICUShim

/// One pass of an ICU break iterator over a text: every boundary and the rule status before it.
struct BreakScan {
    /// Boundary byte offsets, 0 and the UTF-8 length included (only 0 for an empty text).
    let utf8Offsets: [Int32]
    /// The rule status of the segment ending at each boundary (0 for the first).
    let ruleStatuses: [Int32]

    /// Runs the break iterator of `unit` for `locale` over `text`.
    init(_ text: String, unit: SegmentUnit, locale: String) throws {
        let capacity = text.utf8.count + 1 // at most one boundary per byte, plus the end
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        var status: Int32 = 0
        let count = ICUCall.withUTF8(text) { bytes, length in
            locale.withCString { localeID in
                clr_break_utf8(unit.shimKind, localeID, bytes, length, &offsets, &statuses, Int32(capacity), &status)
            }
        }
        try ICUCall.check(status, "clr_break_utf8", "\(unit) boundaries for locale \(locale)")
        offsets.removeSubrange(Int(count)...)
        statuses.removeSubrange(Int(count)...)
        utf8Offsets = offsets
        ruleStatuses = statuses
    }

    /// The segments between consecutive boundaries, each with the kind `kind` gives its status.
    func segments(_ kind: (Int32) -> SegmentKind) -> [TextSegment] {
        guard utf8Offsets.count > 1 else { return [] }
        return (1..<utf8Offsets.count).map { i in
            TextSegment(utf8Range: Int(utf8Offsets[i - 1])..<Int(utf8Offsets[i]), kind: kind(ruleStatuses[i]))
        }
    }
}
