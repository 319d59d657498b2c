import TextEngine

/// Telephone numbers: per-region national numbering plans (country code, trunk prefix,
/// national significant number lengths and leading digits of the main mobile and fixed ranges).
///
/// Candidates are digit runs with single separators (space, `-`, `.`, `/`, parentheses),
/// optionally after `+` or `00`; Chinese numerals (〇零一二三四五六七八九, and 幺 for one) count as
/// digits. A run is rejected whole when it is glued to a Latin letter (model numbers such as
/// `SM-G991B`), followed by a unit (`220-240V`), next to a currency sign, shaped like a date or a
/// thousands-grouped amount, or a valid EAN/UPC/ISBN. What remains must fit a region's plan.
public enum PhoneNumber {
    /// The outcome of matching a digit string against the plans.
    public struct Match: Sendable, Equatable {
        public let region: PhoneRegion
        public let international: Bool
        public let validation: Validation
    }

    /// A candidate's shape as written, next to its digits.
    struct Shape {
        var digits: [Int]
        /// `+` or `00` before the country code.
        var international: Bool
        var parentheses: Bool
        /// Digit counts of the groups between separators.
        var groups: [Int]
    }

    /// Validates a number as written (digits with separators, optionally `+`), for the
    /// regions given (all when empty).
    public static func validate(_ text: Substring, regions: [PhoneRegion] = []) -> Match? {
        var shape = Shape(digits: [], international: false, parentheses: false, groups: [])
        var group = 0
        for c in text.unicodeScalars {
            if c == "+" { shape.international = true; continue }
            if let v = digitValue(c) { shape.digits.append(v); group += 1; continue }
            if c == "(" || c == ")" { shape.parentheses = true }
            guard isSeparator(c) else { return nil }
            if group > 0 { shape.groups.append(group); group = 0 }
        }
        if group > 0 { shape.groups.append(group) }
        return match(shape, regions: regions.isEmpty ? PhoneRegion.allCases : regions)
    }

    /// Whether the groups look like a list of numbers rather than one number split up: single
    /// digits mixed with longer groups ("6 7 8 9 10 11"), or a progression ("100 200 300").
    static func isNumberList(_ groups: [Int], values: [Int], international: Bool = false) -> Bool {
        // After the first group (and the country code's, "+33 6 12 34 56 78").
        var rest = groups.dropFirst()
        if international {
            // "+33 6 ...", "+33 (0)6 ...": the groups after the country code may be one digit.
            while rest.count > 1, rest.first == 1 { rest = rest.dropFirst() }
        }
        if rest.contains(1), !rest.allSatisfy({ $0 == 1 }) { return true }
        guard values.count >= 3, !international else { return false }
        let step = values[1] - values[0]
        return step > 0 && zip(values.dropFirst(), values.dropFirst(2)).allSatisfy { $1 - $0 == step }
    }

    /// Whether nine digits in a row count up or down (123456789, 一二三四五六七八九十).
    static func hasCountingRun(_ d: [Int]) -> Bool {
        var up = 1, down = 1
        for i in d.indices.dropFirst() {
            up = d[i] == (d[i - 1] + 1) % 10 ? up + 1 : 1
            down = d[i] == (d[i - 1] + 9) % 10 ? down + 1 : 1
            if up >= 9 || down >= 9 { return true }
        }
        return false
    }

    /// NANP groupings, without the trunk 1: 212 555 0123, 212 5550123, 212555 0123, 2125550123.
    static func nanpGrouping(_ groups: [Int], trunk: Bool) -> Bool {
        var g = groups
        if trunk, let first = g.first {
            if first == 1 { g.removeFirst() } else { g[0] = first - 1 }
        }
        return [[10], [3, 3, 4], [3, 7], [6, 4]].contains(g)
    }

    static func match(_ input: Shape, regions: [PhoneRegion]) -> Match? {
        var shape = input
        let d = shape.digits
        guard d.count >= 7, d.count <= 15, Set(d).count > 2, !hasCountingRun(d) else { return nil }
        var values: [Int] = []
        var offset = 0
        for g in shape.groups {
            values.append(Digits.number(d[offset..<(offset + g)]))
            offset += g
        }
        if !shape.international, d.count > 4, d[0] == 0, d[1] == 0 {
            shape.international = true
            shape.digits.removeFirst(2)
        }
        if shape.groups.count > 1, isNumberList(shape.groups, values: values, international: shape.international) { return nil }
        if shape.international {
            return international(shape, regions: regions)
        }
        return national(shape, regions: regions)
    }

    static func international(_ shape: Shape, regions: [PhoneRegion]) -> Match? {
        let d = shape.digits[...]
        for region in regions {
            guard let plan = plans[region], d.starts(with: plan.countryCode) else { continue }
            var nsn = d.dropFirst(plan.countryCode.count)
            // "+44 (0) 20 ..." keeps the trunk prefix in parentheses.
            if let trunk = plan.trunk, trunk == [0], nsn.first == 0, shape.parentheses { nsn = nsn.dropFirst() }
            if plan.range(for: nsn) != nil {
                return Match(region: region, international: true, validation: .valid)
            }
        }
        return nil
    }

    static func national(_ shape: Shape, regions: [PhoneRegion]) -> Match? {
        let d = shape.digits[...]
        var best: (Match, Int)?
        for region in regions {
            guard let plan = plans[region] else { continue }
            var found: (PhoneRange, Bool)?
            if let trunk = plan.trunk, d.starts(with: trunk), let range = plan.range(for: d.dropFirst(trunk.count)) {
                found = (range, true)
            } else if let range = plan.range(for: d), plan.trunk == nil || range.bareNational {
                found = (range, false)
            }
            guard let (range, withTrunk) = found else { continue }
            let nanp = plan.countryCode == [1]
            if nanp, !nanpGrouping(shape.groups, trunk: withTrunk) { continue }
            let validation: Validation
            if plan.weakNational || range.open || d.count < 9 {
                validation = .plausible
            } else if range.kind == .mobile || shape.parentheses {
                validation = .valid
            } else if nanp {
                // NANP: written 1-212-555-0123, (212) 555-0123 or 212-555-0123.
                validation = shape.groups.count > 1 ? .valid : .plausible
            } else if (withTrunk || plan.trunk == nil) && shape.groups.count > 1 {
                validation = .valid
            } else {
                validation = .plausible
            }
            // Prefer a valid mobile, then any valid match, then the first plausible one.
            let score = (validation == .valid ? 2 : 0) + (range.kind == .mobile ? 1 : 0)
            if best == nil || score > best!.1 {
                best = (Match(region: region, international: false, validation: validation), score)
            }
        }
        return best?.0
    }

    // MARK: - Hard negatives

    /// Whether the digits are a GTIN (EAN-8, UPC-A, EAN-13) with a correct check digit.
    static func isGTIN(_ d: [Int]) -> Bool {
        guard [8, 12, 13, 14].contains(d.count) else { return false }
        var sum = 0
        for (i, v) in d.dropLast().reversed().enumerated() { sum += v * (i % 2 == 0 ? 3 : 1) }
        return (10 - sum % 10) % 10 == d.last!
    }

    /// Whether the digits are an ISBN-10 with a correct check digit (mod 11).
    static func isISBN10(_ d: [Int]) -> Bool {
        guard d.count == 10 else { return false }
        let sum = d.enumerated().reduce(0) { $0 + (10 - $1.offset) * $1.element }
        return sum % 11 == 0
    }

    /// Whether groups of digits read as a date (2024-05-12, 12.05.2024, 5/12/2024).
    static func isDate(_ groups: [[Int]]) -> Bool {
        guard groups.count == 3 || groups.count == 2 else { return false }
        let values = groups.map { Digits.number($0[...]) }
        let lengths = groups.map(\.count)
        func plausibleYear(_ y: Int) -> Bool { (1900...2099).contains(y) }
        if groups.count == 3 {
            if lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2, plausibleYear(values[0]) {
                return Digits.isDate(year: values[0], month: values[1], day: values[2])
            }
            if lengths[2] == 4, lengths[0] <= 2, lengths[1] <= 2, plausibleYear(values[2]) {
                return Digits.isDate(year: values[2], month: values[1], day: values[0])
                    || Digits.isDate(year: values[2], month: values[0], day: values[1])
            }
        }
        return false
    }

    // MARK: - Scanning

    struct Token {
        enum Kind: Equatable { case digit(Int), plus, separator(Character), other(Unicode.Scalar) }
        let kind: Kind
        let start: Int
        let end: Int
    }

    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(bytes.count)
        let text = String(decoding: bytes, as: UTF8.self)
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            let kind: Token.Kind
            if let v = digitValue(scalar) {
                kind = .digit(v)
            } else if scalar == "+" {
                kind = .plus
            } else if isSeparator(scalar) {
                kind = .separator(Character(scalar))
            } else {
                kind = .other(scalar)
            }
            out.append(Token(kind: kind, start: offset, end: offset + width))
            offset += width
        }
        return out
    }

    /// The characters that may separate digit groups: space, tab, `-` `.` `/` `(` `)`, dashes,
    /// the minus sign, middle dots and the katakana prolonged sound mark.
    @inline(__always)
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x2D, 0x2E, 0x2F, 0x28, 0x29, 0x09, 0x2010...0x2014, 0xB7, 0x30FB, 0x30FC, 0x2212: true
        default: false
        }
    }

    /// A digit's value: ASCII digits, Arabic-Indic (U+0660), extended Arabic-Indic (U+06F0),
    /// Devanagari (U+0966) and Thai (U+0E50) digits, which NFKC leaves as they are, and the
    /// Chinese numerals written for phone digits.
    @inline(__always)
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        let v = scalar.value
        if v &- 0x30 < 10 { return Int(v &- 0x30) }
        if v < 0x0660 { return nil }
        if v &- 0x0660 < 10 { return Int(v &- 0x0660) }
        if v &- 0x06F0 < 10 { return Int(v &- 0x06F0) }
        if v &- 0x0966 < 10 { return Int(v &- 0x0966) }
        if v &- 0x0E50 < 10 { return Int(v &- 0x0E50) }
        guard v >= 0x25CB else { return nil }
        switch v {
        case 0x3007, 0x96F6, 0x25CB: return 0   // 〇 零 ○
        case 0x4E00, 0x5E7A: return 1           // 一 幺
        case 0x4E8C: return 2                   // 二
        case 0x4E09: return 3                   // 三
        case 0x56DB: return 4                   // 四
        case 0x4E94: return 5                   // 五
        case 0x516D: return 6                   // 六
        case 0x4E03: return 7                   // 七
        case 0x516B: return 8                   // 八
        case 0x4E5D: return 9                   // 九
        default: return nil
        }
    }

    /// Letters that glue to a number into a model code: Latin, Greek, Cyrillic and other
    /// space-separated scripts (not Thai, Han, kana or Hangul, written without spaces).
    static func isGlueLetter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        guard v < 0x2E80, !(0x0E00..<0x0E80).contains(v), !(0x1100..<0x1200).contains(v) else { return false }
        return scalar.properties.isAlphabetic
    }

    static let units: Set<String> = [
        "v", "kv", "mv", "vac", "vdc", "w", "kw", "mw", "wh", "kwh", "mah", "ah", "a", "ma", "hz", "khz", "mhz", "ghz",
        "mm", "cm", "m", "km", "in", "inch", "ft", "kg", "g", "mg", "lb", "lbs", "oz", "l", "ml", "pcs", "pc", "pieces",
        "stk", "x", "gb", "tb", "mb", "kb", "mp", "px", "dpi", "rpm", "k", "p", "db", "lm", "btu", "psi", "bar", "nm",
        "units", "sets", "pairs", "st", "szt", "件", "个", "個", "台", "枚", "本", "个装", "元", "円", "원", "%", "°",
        "€", "$", "£", "¥", "₹", "₩", "฿", "usd", "eur", "gbp", "rmb", "cny", "jpy", "krw", "inr", "brl", "aed", "sar", "thb",
        "mxn", "aud", "cad", "pln", "sek", "zł", "zl", "kr", "r$", "ريال", "درهم", "บาท",
    ]
    static let currencyBefore: Set<String> = [
        "€", "$", "£", "¥", "₹", "₩", "฿", "usd", "eur", "gbp", "rmb", "cny", "jpy", "krw", "inr", "brl", "aed", "sar",
        "thb", "mxn", "aud", "cad", "pln", "sek", "r$", "rs", "rs.", "us$", "a$", "c$", "ca$", "hk$",
    ]

    /// Where a text may hold phone numbers, from the cheap scan: whether it has text in a script
    /// that writes digits of its own (Chinese numerals, Thai, Arabic-Indic and Devanagari
    /// digits: `numeralScript`, from the lead bytes of their blocks), and the places where seven
    /// ASCII digits come close (at most three separator bytes between two of them).
    struct Prescan: Sendable, Equatable {
        var numeralScript = false
        var clusters: [Range<Int>] = []
    }

    /// Records that the digit run starting at `start` reaches `end` (seven digits or more).
    @inline(__always)
    static func extendCluster(_ clusters: inout [Range<Int>], start: Int, end: Int) {
        if let last = clusters.last, last.lowerBound == start {
            clusters[clusters.count - 1] = start..<end
        } else {
            clusters.append(start..<end)
        }
    }

    /// Lead bytes of the blocks whose digits the scanner reads: U+0600-06FF (D8-DB: Arabic-Indic
    /// and extended digits), U+0800-0FFF (E0: Devanagari, Thai), U+3000-3FFF (E3: 〇, kana),
    /// U+4000-5FFF and U+9000-9FFF (E4, E5, E9: the Chinese numerals).
    @inline(__always)
    static func isNumeralScriptLead(_ b: UInt8) -> Bool {
        switch b {
        case 0xD9, 0xDB, 0xE0, 0xE3, 0xE4, 0xE5, 0xE9: true
        default: false
        }
    }

    /// The phone numbers in `bytes` (a normalized view), as view byte ranges with their match.
    static func scan(_ bytes: [UInt8], regions: [PhoneRegion]) -> [(Range<Int>, Match)] {
        scan(bytes, regions: regions, prescan: ByteCensus(bytes).phone)
    }

    /// The phone numbers in `bytes`, given its cheap scan: only the text around the places where
    /// digits come close is tokenized.
    static func scan(_ bytes: [UInt8], regions: [PhoneRegion], prescan: Prescan) -> [(Range<Int>, Match)] {
        let numeralScript = prescan.numeralScript
        let clusters = prescan.clusters
        let regionList = regions.isEmpty ? PhoneRegion.allCases : regions
        if clusters.isEmpty {
            guard numeralScript, hasNumeralRun(bytes) else { return [] }
            return scanTokens(bytes[...], offset: 0, regions: regionList)
        }
        if numeralScript && hasNumeralRun(bytes) {
            // Numerals may stand next to ASCII digits: read the whole text.
            return scanTokens(bytes[...], offset: 0, regions: regionList)
        }
        // Windows around the clusters, wide enough for what candidates look at around a run.
        let windows = ByteWindows.around(clusters, in: bytes, before: 64, after: 64)
        if windows.count == 1, windows[0] == 0..<bytes.count { return scanTokens(bytes[...], offset: 0, regions: regionList) }
        return windows.flatMap { scanTokens(bytes[$0], offset: $0.lowerBound, regions: regionList) }
    }

    /// Whether seven digits or Chinese numerals come close together (at most three separators
    /// between two of them): 一 alone is one of the commonest characters in Chinese text, so a
    /// count over the whole text would not do.
    static func hasNumeralRun(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let reader = ScalarReader(bytes: buffer)  // a String's UTF-8, so valid
            var run = 0
            var gap = 0
            var i = 0
            while i < buffer.count {
                let (value, length) = reader.scalar(at: i)
                i += length
                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                if digitValue(scalar) != nil {
                    run = gap <= 3 && run > 0 ? run + 1 : 1
                    gap = 0
                    if run >= 7 { return true }
                } else if isSeparator(scalar) {
                    gap += 1
                } else {
                    gap = 4
                }
            }
            return false
        }
    }

    /// The numbers in `bytes` (a slice of the text starting at byte `offset`), with ranges in
    /// the whole text.
    static func scanTokens(_ bytes: ArraySlice<UInt8>, offset: Int, regions: [PhoneRegion]) -> [(Range<Int>, Match)] {
        let all = tokens(Array(bytes))
        var found: [(Range<Int>, Match)] = []
        var i = 0
        while i < all.count {
            guard let run = runEnd(all, from: i) else { i += 1; continue }
            found += candidates(all, run.start..<run.end, regions: regions)
            i = run.end
        }
        guard offset > 0 else { return found }
        return found.map { (($0.0.lowerBound + offset)..<($0.0.upperBound + offset), $0.1) }
    }

    /// The run of number tokens starting at `i`: `+` or `(` or a digit, digits with at most
    /// three separator characters between them; ends on its last digit.
    static func runEnd(_ t: [Token], from i: Int) -> (start: Int, end: Int)? {
        var j = i
        switch t[j].kind {
        case .plus: j += 1
        case .separator("("): j += 1
        case .digit: break
        default: return nil
        }
        // Up to two separators (a space or a parenthesis) between `+`/`(` and the first digit.
        var k = j
        while k < t.count, k - j < 2, case .separator = t[k].kind { k += 1 }
        guard k < t.count, case .digit = t[k].kind else { return nil }
        if case .digit = t[i].kind {
            // Start on a fresh number only.
            if i > 0, case .digit = t[i - 1].kind { return nil }
        }
        var last = k
        var m = k + 1
        var gap = 0
        while m < t.count {
            switch t[m].kind {
            case .digit:
                last = m
                gap = 0
            case .separator:
                gap += 1
                if gap > 3 { return (i, last + 1) }
            default:
                return (i, last + 1)
            }
            m += 1
        }
        return (i, last + 1)
    }

    /// The words next to a run (letters up to a space or other punctuation), lower-cased.
    static func word(_ t: [Token], from: Int, step: Int) -> String {
        var s: [Unicode.Scalar] = []
        var k = from
        // Skip one space.
        if k >= 0, k < t.count, case .separator(" ") = t[k].kind { k += step }
        while k >= 0, k < t.count, s.count < 8 {
            guard case let .other(scalar) = t[k].kind, !scalar.properties.isWhitespace,
                  scalar != ",", scalar != ";", scalar != ":", scalar != "!", scalar != "?" else { break }
            s.append(scalar)
            k += step
        }
        if step < 0 { s.reverse() }
        var out = ""
        out.unicodeScalars.append(contentsOf: s)
        return out.lowercased()
    }

    static func candidates(_ t: [Token], _ run: Range<Int>, regions: [PhoneRegion]) -> [(Range<Int>, Match)] {
        // Context of the whole run.
        let before = run.lowerBound > 0 ? t[run.lowerBound - 1] : nil
        let after = run.upperBound < t.count ? t[run.upperBound] : nil
        if let before, case let .other(s) = before.kind, isGlueLetter(s) || "#№$€£¥₹₩฿@_".unicodeScalars.contains(s) { return [] }
        if let after, case let .other(s) = after.kind, isGlueLetter(s) || "%°$€£¥₹₩฿_".unicodeScalars.contains(s) { return [] }
        // A letter then a hyphen before (SM-G991B style codes), or after.
        if run.lowerBound >= 2, case .separator("-") = t[run.lowerBound - 1].kind, case let .other(s) = t[run.lowerBound - 2].kind, isGlueLetter(s) { return [] }
        if run.upperBound + 1 < t.count, case .separator("-") = t[run.upperBound].kind, case let .other(s) = t[run.upperBound + 1].kind, isGlueLetter(s) { return [] }
        // No plan has numbers under seven digits: most runs (prices, sizes) end here, before
        // any word around them is looked at.
        var digitCount = 0
        for k in run { if case .digit = t[k].kind { digitCount += 1 } }
        guard digitCount >= 7 else { return [] }
        // Decimals: 1.234.567,89 or 12,5.
        for (index, step) in [(run.upperBound, 1), (run.lowerBound - 1, -1)] {
            let next = index + step
            guard index >= 0, index < t.count, next >= 0, next < t.count else { continue }
            if case .digit = t[next].kind {
                if case .other(",") = t[index].kind { return [] }
                if case .separator(".") = t[index].kind { return [] }
            }
        }
        if units.contains(word(t, from: run.upperBound, step: 1)) { return [] }
        if currencyBefore.contains(word(t, from: run.lowerBound - 1, step: -1)) { return [] }
        // x or × between dimensions: "30 x 40".
        let nextWord = word(t, from: run.upperBound, step: 1)
        if nextWord == "×" || nextWord == "*" { return [] }
        if let before, case .other("×") = before.kind { return [] }

        // Groups of the whole run.
        var groups: [[Int]] = []
        var groupStarts: [Int] = []
        var groupEnds: [Int] = []
        var seps: [String] = []
        var sep = ""
        for k in run {
            switch t[k].kind {
            case let .digit(v):
                if groups.isEmpty || !sep.isEmpty || groupEnds.last != k {
                    groups.append([v]); groupStarts.append(k); groupEnds.append(k + 1)
                    if groups.count > 1 { seps.append(sep) }
                    sep = ""
                } else {
                    groups[groups.count - 1].append(v); groupEnds[groups.count - 1] = k + 1
                }
            case let .separator(c): sep.append(c)
            default: break
            }
        }
        let digits = groups.flatMap { $0 }
        let plus: Bool = { if case .plus = t[run.lowerBound].kind { return true }; return false }()
        if !plus {
            if isGTIN(digits) && (digits.count == 13 || groups.count == 1) { return [] }
            if isISBN10(digits) && seps.allSatisfy({ $0 == "-" }) && groups.count == 4 { return [] }
            if isDate(groups) { return [] }
            let intl = digits.count > 4 && digits[0] == 0 && digits[1] == 0
            if groups.count > 2, isNumberList(groups.map(\.count), values: groups.map { Digits.number($0[...]) }, international: intl) { return [] }
            // Thousands grouping with dots or commas: 12.345.678.
            if groups.count >= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }), groups[0].count <= 3,
               Set(seps).count == 1, seps[0] == "." { return [] }
            // Brazilian CPF (123.456.789-09) and CNPJ (12.345.678/0001-95) shapes.
            let shape = groups.map(\.count)
            if shape == [3, 3, 3, 2], seps == [".", ".", "-"] { return [] }
            if shape == [2, 3, 3, 4, 2], seps == [".", ".", "/", "-"] { return [] }
            // Standard numbers with their year: GB/T 14548-2017, EN 71-3:2019, ISO 9001-2015.
            if groups.count == 2, seps == ["-"], shape[1] == 4, let year = Optional(Digits.number(groups[1][...])),
               (1950...2035).contains(year), groups[0].count >= 4 { return [] }
            // Ranges 100-240.
        }

        // The whole run, then shorter runs of whole groups, longest first.
        var out: [(Range<Int>, Match)] = []
        var g = 0
        while g < groups.count {
            var accepted = false
            var h = groups.count - 1
            while h >= g {
                let startToken = g == 0 ? run.lowerBound : groupStarts[g]
                let endToken = groupEnds[h]
                let groupDigits = groups[g...h].flatMap { $0 }
                if groupDigits.count < 7 { break }
                if groupDigits.count <= 15 {
                    var shape = Shape(digits: groupDigits, international: g == 0 && plus, parentheses: false,
                                      groups: groups[g...h].map(\.count))
                    for k in startToken..<endToken {
                        if case .separator("(") = t[k].kind { shape.parentheses = true }
                        if case .separator(")") = t[k].kind { shape.parentheses = true }
                    }
                    if let m = match(shape, regions: regions) {
                        out.append((t[startToken].start..<t[endToken - 1].end, m))
                        g = h + 1
                        accepted = true
                        break
                    }
                }
                h -= 1
            }
            if !accepted { g += 1 }
        }
        return out
    }
}
