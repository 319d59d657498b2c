/// E-mail addresses disguised against filters: `name [at] mail [dot] com`, `name(at)mail(dot)com`,
/// `name AT mail DOT com`, `name＠mail．com` (NFKC folds those to a plain address, which the
/// `email` detector finds), `name@mail。com`, `名字 at 163 dot com`.
///
/// The pattern runs on the NFKC case-folded view. A plain address is left to `email`; a bare
/// ` at ` needs a disguised dot as well, so "available at amazon.com" is not an address.
enum EmailObfuscation {
    static let at = #"(?:\s*[\[({<【]\s*(?:at|@|艾特)\s*[\])}>】]\s*|\s+(?:at|@)\s+|\s*@\s*)"#
    static let dot = #"(?:\s*[\[({<【]\s*(?:dot|\.|点|點)\s*[\])}>】]\s*|\s+(?:dot|\.|点|點)\s+|\s*[。｡]\s*|\.)"#
    static let tld = "(?:com|net|org|edu|gov|info|biz|io|co|me|cn|de|fr|it|es|nl|pl|se|jp|kr|br|mx|au|in|ae|sa|th|uk|ru|ch|at|be|dk|no|fi|pt|tr|ca|us|hk|tw|sg|my|vn|id|ph|nz|za|eu|ie|gr|cz|hu|ro)"
    static let pattern = #"(?:(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]{0,63}|(?<![a-z0-9._%+-])\p{Han}{1,2})"#
        + at + #"[a-z0-9][a-z0-9-]{0,62}(?:"# + dot + #"[a-z0-9][a-z0-9-]{0,62})*"# + dot + tld + #"(?![\p{L}\p{N}-])"#

    /// Whether the candidate is disguised (a plain address is the `email` detector's), and a bare
    /// ` at ` comes with a disguised dot.
    static func validate(_ candidate: Substring) -> Validation {
        let text = String(candidate)
        let bracketed = text.contains { "[](){}<>【】".contains($0) }
        let spaced = text.contains { $0.isWhitespace }
        let ideographicDot = text.contains { "。｡点點".contains($0) }
        if !bracketed && !spaced && !ideographicDot { return .invalid }   // plain address
        let hasAtSign = text.contains("@") || text.contains("艾特")
        let disguisedDot = ideographicDot || text.contains("dot") || (bracketed && text.contains("."))
        if !hasAtSign && !bracketed && !disguisedDot { return .invalid }
        return .valid
    }

    /// A cheap test before the pattern runs: the text needs something that reads as an at sign
    /// (`@`, 艾特, or `at` between spaces or brackets) and something that reads as a dot (`.`,
    /// `dot`, 。, 点, 點). Chinese and Japanese text is full of 。: the dot alone is not enough.
    static func mightMatch(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        var atLike = false
        var dotLike = false
        var i = 0
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x40: atLike = true
            case 0x2E: dotLike = true
            case 0x64 where i + 2 < n && bytes[i + 1] == 0x6F && bytes[i + 2] == 0x74: dotLike = true   // dot
            case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82: dotLike = true   // 。
            case 0xE7 where i + 2 < n && bytes[i + 1] == 0x82 && bytes[i + 2] == 0xB9: dotLike = true   // 点
            case 0xE9 where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0x9E: dotLike = true   // 點
            case 0xE8 where i + 5 < n && bytes[i + 1] == 0x89 && bytes[i + 2] == 0xBE
                && bytes[i + 3] == 0xE7 && bytes[i + 4] == 0x89 && bytes[i + 5] == 0xB9: atLike = true  // 艾特
            case 0x61 where i + 1 < n && bytes[i + 1] == 0x74:                                          // at
                let before = i > 0 ? bytes[i - 1] : 0x20
                let after = i + 2 < n ? bytes[i + 2] : 0x20
                let opens = before == 0x20 || before == 0x09 || before == 0x5B || before == 0x28 || before == 0x7B || before == 0x3C || before == 0x90
                let closes = after == 0x20 || after == 0x09 || after == 0x5D || after == 0x29 || after == 0x7D || after == 0x3E || after == 0xE3
                if opens && closes { atLike = true }
            default: break
            }
            if atLike && dotLike { return true }
            i += 1
        }
        return false
    }

    /// Byte ranges of `bytes` around each at-sign-like mark (`@`, 艾特, `at` between spaces or
    /// brackets): from 80 bytes before to 320 after, on character boundaries, merged.
    static func windows(_ bytes: [UInt8]) -> [Range<Int>] {
        let n = bytes.count
        var marks: [Int] = []
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x40 {
                marks.append(i)
            } else if b == 0xE8, i + 5 < n, bytes[i + 1] == 0x89, bytes[i + 2] == 0xBE, bytes[i + 3] == 0xE7, bytes[i + 4] == 0x89,
                      bytes[i + 5] == 0xB9 {
                marks.append(i)
            } else if b == 0x61, i + 1 < n, bytes[i + 1] == 0x74 {
                let before = i > 0 ? bytes[i - 1] : 0x20
                let after = i + 2 < n ? bytes[i + 2] : 0x20
                let opens = before == 0x20 || before == 0x09 || before == 0x5B || before == 0x28 || before == 0x7B || before == 0x3C || before == 0x90
                let closes = after == 0x20 || after == 0x09 || after == 0x5D || after == 0x29 || after == 0x7D || after == 0x3E || after == 0xE3
                if opens && closes { marks.append(i) }
            }
            i += 1
        }
        var windows: [Range<Int>] = []
        for mark in marks where hasDotLike(bytes, from: mark, within: 96) {
            var start = max(0, mark - 80)
            var end = min(n, mark + 320)
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            while end < n, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(start..<end)
            }
        }
        return windows
    }

    /// Whether something that reads as a dot (`.` inside a domain or spaced out, `dot`, 。,
    /// 点, 點) follows `start` within `limit` bytes: an address needs one after its at-sign.
    static func hasDotLike(_ bytes: [UInt8], from start: Int, within limit: Int) -> Bool {
        let end = min(bytes.count, start + limit)
        var i = start + 1
        while i < end {
            let b = bytes[i]
            if b == 0x2E {
                // A plain dot counts inside a domain (followed by a letter or digit) or spaced
                // out (` . `); a full stop ending a sentence does not.
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0x20
                let previous = bytes[i - 1]
                let nextIsAlnum = next &- 0x30 < 10 || (next | 0x20) &- 0x61 < 26
                if nextIsAlnum || (previous == 0x20 && next == 0x20) { return true }
            }
            if b == 0x64, i + 2 < bytes.count, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x74 { return true }
            if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }
            if b == 0xE7, i + 2 < bytes.count, bytes[i + 1] == 0x82, bytes[i + 2] == 0xB9 { return true }
            if b == 0xE9, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0x9E { return true }
            i += 1
        }
        return false
    }
}
