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

    /// Byte ranges of `bytes` around each at-sign-like mark that a dot-like mark follows within
    /// 96 bytes: from 80 bytes before (the local part is at most 64) to 320 after. Empty when
    /// the text cannot hold a disguised address, so this is also the cheap test.
    static func windows(_ bytes: [UInt8]) -> [Range<Int>] {
        var marks: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0..<buffer.count {
                // The bytes an at-sign-like mark starts with, tested before the call.
                let byte = buffer[i]
                guard byte == 0x40 || byte == 0x61 || byte == 0xE8 else { continue }
                if isAtMark(bytes, i) && hasDotMark(bytes, after: i, within: 96) { marks.append(i..<(i + 1)) }
            }
        }
        return ByteWindows.around(marks, in: bytes, before: 80, after: 320)
    }

    /// Whether an at-sign-like mark starts at byte `i`: `@`, 艾特, or `at` between spaces or
    /// brackets.
    static func isAtMark(_ bytes: [UInt8], _ i: Int) -> Bool {
        switch bytes[i] {
        case 0x40:
            return true
        case 0xE8:
            return has(bytes, at: i, 0xE8, 0x89, 0xBE) && has(bytes, at: i + 3, 0xE7, 0x89, 0xB9)   // 艾特
        case 0x61 where i + 1 < bytes.count && bytes[i + 1] == 0x74:                                // at
            let before = i > 0 ? bytes[i - 1] : 0x20
            let after = i + 2 < bytes.count ? bytes[i + 2] : 0x20
            switch before {
            case 0x20, 0x09, 0x5B, 0x28, 0x7B, 0x3C, 0x90: break                                    // space [ ( { < 【
            default: return false
            }
            switch after {
            case 0x20, 0x09, 0x5D, 0x29, 0x7D, 0x3E, 0xE3: return true                              // space ] ) } > 】
            default: return false
            }
        default:
            return false
        }
    }

    /// Whether something that reads as a dot follows byte `start` within `limit` bytes: `.`
    /// inside a domain (before a letter or digit) or spaced out (` . `), `dot`, 。, 点, 點. A
    /// full stop ending a sentence does not count.
    static func hasDotMark(_ bytes: [UInt8], after start: Int, within limit: Int) -> Bool {
        let end = min(bytes.count, start + limit)
        var i = start + 1
        while i < end {
            switch bytes[i] {
            case 0x2E:
                let next = i + 1 < bytes.count ? bytes[i + 1] : 0x20
                let nextIsAlnum = next &- 0x30 < 10 || (next | 0x20) &- 0x61 < 26
                if nextIsAlnum || (bytes[i - 1] == 0x20 && next == 0x20) { return true }
            case 0x64 where has(bytes, at: i, 0x64, 0x6F, 0x74): return true           // dot
            case 0xE3 where has(bytes, at: i, 0xE3, 0x80, 0x82): return true           // 。
            case 0xE7 where has(bytes, at: i, 0xE7, 0x82, 0xB9): return true           // 点
            case 0xE9 where has(bytes, at: i, 0xE9, 0xBB, 0x9E): return true           // 點
            default: break
            }
            i += 1
        }
        return false
    }

    /// Whether the three bytes at `i` are `a b c` (no allocation, unlike `starts(with:)` on a literal).
    @inline(__always)
    static func has(_ bytes: [UInt8], at i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        i + 2 < bytes.count && bytes[i] == a && bytes[i + 1] == b && bytes[i + 2] == c
    }
}
