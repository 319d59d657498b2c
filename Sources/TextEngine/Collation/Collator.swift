import CICUShim

/// Sorts text for a locale's readers, e.g. for report output (ICU collation, CLDR 42).
///
/// Comparisons and sort keys are thread-safe; the ICU collator is closed when the last copy
/// of this value goes away.
public struct Collator: Sendable {
    /// The locale whose order applies, such as "de", "sv", "ja" or "zh-Hans".
    public let locale: String
    /// Which differences count.
    public let strength: CollationStrength
    /// Whether digit runs sort by numeric value ("Item 2" before "Item 10").
    public let numericOrdering: Bool
    private let handle: CollatorHandle

    /// Opens the collator of `locale`; unknown locales use the root (CLDR) order.
    /// - Throws: `TextEngineError.icu` when ICU cannot open it.
    public init(locale: String, strength: CollationStrength = .tertiary, numericOrdering: Bool = false) throws {
        var status: Int32 = 0
        let pointer = clr_collator_open(locale, strength.shimValue, numericOrdering ? 1 : 0, &status)
        try ICUCall.check(status, "clr_collator_open", "locale \(locale)")
        guard let pointer else { throw TextEngineError.invalidArgument("cannot open a collator for \(locale)") }
        self.locale = locale
        self.strength = strength
        self.numericOrdering = numericOrdering
        self.handle = CollatorHandle(pointer)
    }

    /// The order of `a` relative to `b`.
    public func compare(_ a: String, _ b: String) throws -> CollationOrder {
        var status: Int32 = 0
        let result = ICUCall.withUTF8(a) { aBytes, aLength in
            ICUCall.withUTF8(b) { bBytes, bLength in
                clr_collator_compare_utf8(handle.pointer, aBytes, aLength, bBytes, bLength, &status)
            }
        }
        try ICUCall.check(status, "clr_collator_compare_utf8")
        return result < 0 ? .ascending : (result > 0 ? .descending : .same)
    }

    /// The sort key of `text`: keys compare bytewise as the strings compare.
    public func sortKey(_ text: String) throws -> CollationKey {
        var capacity = text.utf8.count * 3 + 16
        while true {
            var bytes = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let needed = ICUCall.withUTF8(text) { source, length in
                clr_collator_sort_key_utf8(handle.pointer, source, length, &bytes, Int32(capacity), &status)
            }
            if status == Int32(CLR_BUFFER_OVERFLOW), Int(needed) > capacity {
                capacity = Int(needed)
                continue
            }
            try ICUCall.check(status, "clr_collator_sort_key_utf8")
            return CollationKey(bytes: Array(bytes.prefix(Int(needed))))
        }
    }

    /// `strings` in this collator's order (stable for equal strings).
    public func sorted(_ strings: [String]) throws -> [String] {
        let keys = try strings.map(sortKey)
        return strings.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            .map { strings[$0] }
    }
}

/// Owns an ICU collator from the shim. ICU's collation calls on a configured collator are
/// thread-safe, and the pointer is never reconfigured after opening.
final class CollatorHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        clr_collator_close(pointer)
    }
}
