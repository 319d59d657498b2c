import TextEngine

/// Windows of a text's UTF-8 around places of interest, for scanning only near them (costly
/// patterns near their prefilter hits, phone numbers near digit clusters, e-mail addresses
/// near at-signs).
enum ByteWindows {
    /// For each of `spots` (sorted by start), `before` bytes ahead of it to `after` bytes past
    /// it, widened to whole characters and merged where they touch or overlap.
    static func around(_ spots: [Range<Int>], in bytes: [UInt8], before: Int, after: Int) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        for spot in spots {
            var start = max(0, spot.lowerBound - before)
            var end = min(bytes.count, spot.upperBound + after)
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(start..<end)
            }
        }
        return windows
    }

    /// The matches of `regex` within `windows` of `bytes`, in the whole text's offsets; a match
    /// found in two windows (only possible at an edge, as touching windows merge) counts once.
    static func matches(of regex: ICURegex, in bytes: [UInt8], windows: [Range<Int>], timeLimit: Int) throws -> [Range<Int>] {
        var found: [Range<Int>] = []
        for window in windows {
            let piece = String(decoding: bytes[window], as: UTF8.self)
            for range in try regex.matches(in: piece, timeLimit: timeLimit) {
                let shifted = (range.lowerBound + window.lowerBound)..<(range.upperBound + window.lowerBound)
                if !found.contains(shifted) { found.append(shifted) }
            }
        }
        return found
    }
}
