extension ViewStages {
    /// The fewest spaced-out letters that are joined (`a b` is left alone, `n i k e` is not).
    static let minimumSpacedLetters = 3
    /// The most separator characters between two spaced-out letters (`n - i - k - e`).
    static let maximumGap = 3

    /// Removes separators between spaced-out single letters or digits (`n.i.k.e`, `n i k e`,
    /// `n_1_k_e`), with the dot that ends an abbreviation (`f.d.a.` -> `fda`), and white space
    /// between Han or kana characters (`最 好`), which those scripts do not use between words.
    /// Line breaks are never removed.
    static func joinSeparated(_ view: MappedText) -> MappedText {
        let table = CharClass.table
        return view.rewritten { input, out in
            let scanner = SpacedLetterScanner(input: input, classes: table)
            var i = 0
            var runStart = 0
            var previous = CharClass()
            let n = input.count
            while i < n {
                // ASCII fast path: only a letter or digit that starts a word and is followed by
                // a separator can begin spaced-out letters; ASCII never follows CJK here.
                let byte = input.bytes[i]
                if byte < 0x80 {
                    let classes = CharClass(rawValue: table.bmp[Int(byte)])
                    let startsSpaced = !classes.isDisjoint(with: .alphanumeric)
                        && previous.isDisjoint(with: [.letter, .digit, .mark])
                        && i &+ 1 < n
                        && ((input.bytes[i &+ 1] < 0x80 && CharClass(rawValue: table.bmp[Int(input.bytes[i &+ 1])]).contains(.separator))
                            || (input.start[i &+ 1] == input.start[i] && input.end[i &+ 1] == input.end[i]))
                    let afterCJK = previous.contains(.cjk) && classes.contains(.space)
                    if !startsSpaced && !afterCJK {
                        previous = classes
                        i &+= 1
                        continue
                    }
                }
                let (scalar, length) = input.scalar(at: i)
                let classes = table.of(scalar)
                if classes.contains(.space), previous.contains(.cjk), scanner.isSpaceRunBeforeCJK(from: i) {
                    let end = scanner.endOfSpaceRun(from: i)
                    out.copy(runStart..<i)
                    runStart = end
                    i = end
                    continue
                }
                if !classes.isDisjoint(with: .alphanumeric), previous.isDisjoint(with: [.letter, .digit, .mark]),
                   scanner.isSeparator(at: scanner.atomEnd(at: i)), let atoms = scanner.spacedLetters(from: i) {
                    out.copy(runStart..<i)
                    for atom in atoms { out.copy(atom) }
                    runStart = scanner.endAfterAbbreviationDot(atoms[atoms.count - 1].upperBound)
                    i = runStart
                    previous = .letter
                    continue
                }
                previous = classes
                i &+= length
            }
            out.copy(runStart..<input.count)
        }
    }
}

/// Finds spaced-out letters and CJK white space in a view.
struct SpacedLetterScanner {
    let input: ViewInput
    let classes: CharClassTable

    /// Whether a separator (not a line break) starts at byte `i`.
    @inline(__always)
    func isSeparator(at i: Int) -> Bool {
        guard i < input.count else { return false }
        let scalar = input.scalar(at: i).value
        return classes.of(scalar).contains(.separator) && !isLineBreak(scalar)
    }

    private func isLineBreak(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || scalar == 0x0B || scalar == 0x0C || scalar == 0x0D || scalar == 0x85 || scalar == 0x2028 || scalar == 0x2029
    }

    /// After spaced-out letters ending at `end`: past a final abbreviation dot (`f.d.a.` before
    /// a space or the end), else `end` itself.
    func endAfterAbbreviationDot(_ end: Int) -> Int {
        guard end < input.count, input.bytes[end] == UInt8(ascii: ".") else { return end }
        let next = end &+ 1
        if next < input.count, !classes.of(input.scalar(at: next).value).isDisjoint(with: [.letter, .digit, .mark]) { return end }
        return next
    }

    /// The end of the white-space run at `i` (line breaks end it).
    func endOfSpaceRun(from i: Int) -> Int {
        var j = i
        while j < input.count {
            let (scalar, length) = input.scalar(at: j)
            guard classes.of(scalar).contains(.space), !isLineBreak(scalar) else { break }
            j &+= length
        }
        return j
    }

    /// Whether the white-space run at `i` has no line break and a Han or kana character after it.
    func isSpaceRunBeforeCJK(from i: Int) -> Bool {
        let end = endOfSpaceRun(from: i)
        guard end > i, end < input.count else { return false }
        return classes.of(input.scalar(at: end).value).contains(.cjk)
    }

    /// Where the letter or digit at `i` (with what the same original character became, and its
    /// combining marks) ends; `i` plus the scalar's length when `i` holds no letter or digit.
    func atomEnd(at i: Int) -> Int {
        atom(at: i)?.upperBound ?? (i &+ input.scalar(at: i).length)
    }

    /// One letter or digit with its combining marks at `i`, or nil when `i` holds none.
    private func atom(at i: Int) -> Range<Int>? {
        guard i < input.count else { return nil }
        let (scalar, length) = input.scalar(at: i)
        let kind = classes.of(scalar)
        guard !kind.isDisjoint(with: .alphanumeric), !kind.contains(.cjk) else { return nil }
        var end = i &+ length
        // What one original character became is one atom: the confusable skeleton writes `m`
        // as `rn`, so `s.a.m.s.u.n.g` reaches this step as `s.a.rn.s.u.n.g`.
        while end < input.count, input.start[end] == input.start[i], input.end[end] == input.end[i] {
            end &+= input.scalar(at: end).length
        }
        while end < input.count {
            let (next, nextLength) = input.scalar(at: end)
            guard classes.of(next).contains(.mark) else { break }
            end &+= nextLength
        }
        return i..<end
    }

    /// The end of a gap of 1 to `maximumGap` separators at `i`, or nil.
    private func gap(at i: Int) -> Int? {
        var j = i
        var count = 0
        while j < input.count, count < ViewStages.maximumGap {
            let (scalar, length) = input.scalar(at: j)
            guard classes.of(scalar).contains(.separator), !isLineBreak(scalar) else { break }
            j &+= length
            count &+= 1
        }
        return count > 0 ? j : nil
    }

    /// The atoms of a run of at least `minimumSpacedLetters` single letters separated by gaps,
    /// starting at `i`, or nil when there is no such run.
    func spacedLetters(from i: Int) -> [Range<Int>]? {
        // The first letter must stand alone.
        guard let first = atom(at: i), atom(at: first.upperBound) == nil else { return nil }
        var atoms = [first]
        var position = first.upperBound
        while let afterGap = gap(at: position), let next = atom(at: afterGap) {
            // The letter must stand alone: a longer word after the gap ends the run.
            if let following = atom(at: next.upperBound), !following.isEmpty { break }
            atoms.append(next)
            position = next.upperBound
        }
        return atoms.count >= ViewStages.minimumSpacedLetters ? atoms : nil
    }
}
