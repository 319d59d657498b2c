import TextEngine

/// Context words near a detector candidate.
enum DetectorContext {
    /// Whether `nearby` (NFKC case-folded) mentions `word`: a word in a spaced script must stand
    /// alone ("tel" is not in "hotel", "ean" not in "clean"); Han, kana, Hangul and Thai words
    /// may sit inside a run of their script.
    static func mentions(_ nearby: String, _ word: String) -> Bool {
        let needle = Array(word.normalized(.nfkcCaseFold).unicodeScalars)
        guard let first = needle.first, let last = needle.last else { return false }
        let hay = Array(nearby.unicodeScalars)
        guard hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == first {
            guard hay[i..<(i + needle.count)].elementsEqual(needle) else { continue }
            if isWordScalar(first), i > 0, isWordScalar(hay[i - 1]) { continue }
            let after = i + needle.count
            if isWordScalar(last), after < hay.count, isWordScalar(hay[after]) { continue }
            return true
        }
        return false
    }

    /// Letters and digits of scripts written with spaces between words.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v >= 0x2E80 || (0x0E00..<0x0E80).contains(v) || (0x1100..<0x1200).contains(v) { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
