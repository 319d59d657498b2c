/// The word boundaries of one text as a bitset: after one ICU pass, every query is O(1).
///
/// A rule engine checks that a match starts and ends on word boundaries, in every script: the
/// boundaries come from ICU's word iterator, so Thai and Chinese words are found by dictionary.
public struct WordBoundaries: Sendable, Hashable {
    /// The UTF-8 length of the text; offsets 0 and `utf8Count` are always boundaries.
    public let utf8Count: Int
    private let bits: [UInt64]

    /// Finds the word boundaries of `text` with the rules of `locale`.
    /// - Throws: `TextEngineError.icu` when ICU cannot open the word iterator.
    public init(text: String, locale: String) throws {
        let scan = try BreakScan(text, unit: .word, locale: locale)
        utf8Count = text.utf8.count
        var bits = [UInt64](repeating: 0, count: utf8Count / 64 + 1)
        for offset in scan.utf8Offsets {
            bits[Int(offset) >> 6] |= 1 << UInt64(Int(offset) & 63)
        }
        bits[0] |= 1 // an empty text still has its boundary at 0
        self.bits = bits
    }

    /// Whether a word boundary lies before the byte at `utf8Offset`; false outside `0...utf8Count`.
    public func isBoundary(utf8Offset: Int) -> Bool {
        guard utf8Offset >= 0, utf8Offset <= utf8Count else { return false }
        return bits[utf8Offset >> 6] & (1 << UInt64(utf8Offset & 63)) != 0
    }

    /// Whether both ends of `utf8Range` are word boundaries (a whole-word match).
    public func isWordAligned(_ utf8Range: Range<Int>) -> Bool {
        isBoundary(utf8Offset: utf8Range.lowerBound) && isBoundary(utf8Offset: utf8Range.upperBound)
    }

    /// All boundary offsets in increasing order.
    public var utf8Offsets: [Int] {
        (0...utf8Count).filter { isBoundary(utf8Offset: $0) }
    }
}
