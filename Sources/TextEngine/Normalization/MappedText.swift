/// Text derived from an original string, with a map from each of its UTF-8 bytes back to the
/// bytes of the original that produced it.
///
/// Every view of a listing field (normalized, folded, ...) is a `MappedText`, so a match found
/// in a view is reported on the original text: `originalUTF8Range(ofUTF8:)` widens a range to
/// whole source characters (a ligature `ﬁ`, a full-width letter, `N.i.k.e` joined into `nike`).
public struct MappedText: Sendable {
    /// The original text every offset refers back to.
    public let original: String
    /// The UTF-8 of this view.
    public let utf8: [UInt8]
    /// For view byte `i`, the original bytes `originStart[i] ..< originEnd[i]` produced it.
    let originStart: [Int32]
    let originEnd: [Int32]
    /// Whether this is the original text itself (every byte maps to itself).
    let isIdentity: Bool

    init(original: String, utf8: [UInt8], originStart: [Int32], originEnd: [Int32], isIdentity: Bool = false) {
        precondition(utf8.count == originStart.count && utf8.count == originEnd.count)
        self.original = original
        self.utf8 = utf8
        self.originStart = originStart
        self.originEnd = originEnd
        self.isIdentity = isIdentity
    }

    /// The original text as its own view: every byte maps to itself.
    public init(identity text: String) {
        let bytes = Array(text.utf8)
        let n = bytes.count
        self.init(original: text, utf8: bytes,
                  originStart: [Int32](unsafeUninitializedCapacity: n) { buf, count in
                      for i in 0..<n { buf[i] = Int32(truncatingIfNeeded: i) }
                      count = n
                  },
                  originEnd: [Int32](unsafeUninitializedCapacity: n) { buf, count in
                      for i in 0..<n { buf[i] = Int32(truncatingIfNeeded: i &+ 1) }
                      count = n
                  },
                  isIdentity: true)
    }

    /// The view as a string.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The range of original UTF-8 bytes behind view bytes `range`, widened to whole source
    /// characters and over combining marks that a view dropped after its last character. An
    /// empty range maps to the position before the byte it precedes.
    public func originalUTF8Range(ofUTF8 range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= utf8.count, "range outside the view")
        if range.isEmpty {
            let at = range.lowerBound < utf8.count ? Int(originStart[range.lowerBound]) : original.utf8.count
            return at..<at
        }
        let start = Int(originStart[range.lowerBound])
        var end = Int(originEnd[range.upperBound - 1])
        if range.upperBound == utf8.count || Int(originStart[range.upperBound]) > end {
            end = endOfTrailingMarks(from: end)
        }
        return start..<end
    }

    /// The end of the combining marks in the original that start at byte `offset`.
    private func endOfTrailingMarks(from offset: Int) -> Int {
        let bytes = original.utf8
        var index = bytes.index(bytes.startIndex, offsetBy: offset)
        var end = offset
        let scalars = original.unicodeScalars
        while index < bytes.endIndex, let scalarIndex = index.samePosition(in: scalars) {
            let scalar = scalars[scalarIndex]
            guard CharClass.of(scalar.value).contains(.mark) else { break }
            end += UTF8.width(scalar)
            index = bytes.index(index, offsetBy: UTF8.width(scalar))
        }
        return end
    }

    /// Whether view byte `offset` starts a character that one original character produced
    /// together with the character before it (`m` folded to `rn`: a match may not begin or end
    /// between the `r` and the `n`, or `…er` would be found in `…em`).
    public func splitsSourceCharacter(atUTF8 offset: Int) -> Bool {
        guard offset > 0, offset < utf8.count, !isIdentity, utf8[offset] & 0xC0 != 0x80 else { return false }
        return originStart[offset] == originStart[offset - 1] && originEnd[offset] == originEnd[offset - 1]
    }

    /// The span of the original text behind view bytes `range`.
    public func originalSpan(ofUTF8 range: Range<Int>) -> TextSpan {
        TextSpan(utf8Range: originalUTF8Range(ofUTF8: range), in: original)
    }

    /// The view's own byte ranges of every occurrence of `needle` (UTF-8 bytes), left to right,
    /// non-overlapping. A plain scan for tools and tests; the rule engine uses automata.
    public func occurrences(of needle: String) -> [Range<Int>] {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= utf8.count else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        while i <= utf8.count - pattern.count {
            if utf8[i] == pattern[0], utf8[i..<(i + pattern.count)].elementsEqual(pattern) {
                found.append(i..<(i + pattern.count))
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }
}
