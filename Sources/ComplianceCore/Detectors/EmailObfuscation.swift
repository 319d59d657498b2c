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

    /// A cheap test before the pattern runs: an `@`, `dot`, an ideographic full stop or 点, or
    /// `at` before a closing bracket.
    static func mightMatch(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == 0x40 { return true }
            if b == 0x64, i + 2 < n, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x74 { return true }   // dot
            if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { return true }   // 。
            if b == 0xE7, i + 2 < n, bytes[i + 1] == 0x82, bytes[i + 2] == 0xB9 { return true }   // 点
            if b == 0xE9, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0x9E { return true }   // 點
            if b == 0x61, i + 1 < n, bytes[i + 1] == 0x74 {                                          // at ) ] } >
                var j = i + 2
                while j < n, bytes[j] == 0x20 { j += 1 }
                if j < n, [0x29, 0x5D, 0x7D, 0x3E, 0xE3].contains(bytes[j]) { return true }
            }
            i += 1
        }
        return false
    }
}
