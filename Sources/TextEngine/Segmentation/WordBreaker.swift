import CICUShim

/// Word boundaries of one text, answered on demand: ICU works out only the stretch around each
/// query, so a matcher that checks the edges of a few candidates does not pay for segmenting
/// the whole text (`WordBoundaries` segments it all up front, at about 30 MB/s).
///
/// Not thread-safe (the ICU iterator moves as it answers): use one per text and task.
public final class WordBreaker {
    private let pointer: OpaquePointer
    /// The UTF-8 length of the text.
    public let utf8Count: Int

    /// A breaker over `text` with the word rules of `locale` (dictionary-based for Chinese,
    /// Japanese, Thai, Lao, Khmer and Burmese).
    /// - Throws: `TextEngineError.icu` when ICU cannot open the word iterator.
    public init(text: String, locale: String) throws {
        var status: Int32 = 0
        let opened = ICUCall.withUTF8(text) { bytes, length in
            locale.withCString { clr_wordbreaker_open($0, bytes, length, &status) }
        }
        try ICUCall.check(status, "clr_wordbreaker_open", "word boundaries for locale \(locale)")
        guard let opened else {
            throw TextEngineError.icu(function: "clr_wordbreaker_open", code: Int32(CLR_MEMORY_ERROR),
                                      name: String(cString: clr_error_name(Int32(CLR_MEMORY_ERROR))), detail: locale)
        }
        pointer = opened
        utf8Count = text.utf8.count
    }

    deinit { clr_wordbreaker_close(pointer) }

    /// Whether a word boundary lies before the byte at `utf8Offset`; false outside `0...utf8Count`.
    public func isBoundary(utf8Offset: Int) -> Bool {
        guard utf8Offset >= 0, utf8Offset <= utf8Count else { return false }
        return clr_wordbreaker_is_boundary(pointer, Int32(utf8Offset)) != 0
    }

    /// Whether both ends of `utf8Range` are word boundaries (a whole-word match).
    public func isWordAligned(_ utf8Range: Range<Int>) -> Bool {
        isBoundary(utf8Offset: utf8Range.lowerBound) && isBoundary(utf8Offset: utf8Range.upperBound)
    }
}
