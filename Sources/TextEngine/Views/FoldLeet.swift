extension ViewStages {
    /// ASCII byte classes for the leetspeak fold: the letter a byte stands for in the low seven
    /// bits, and flags above them. `i`, `l`, `1`, `!` and `|` share one class, written `i`,
    /// because readers (and fonts) confuse them.
    static let leetTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = LeetClass.letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = LeetClass.letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = LeetClass.digit }
        let pairs: [(Character, Character)] = [
            ("0", "o"), ("1", "i"), ("3", "e"), ("4", "a"), ("5", "s"), ("6", "g"), ("7", "t"), ("8", "b"),
            ("9", "g"), ("@", "a"), ("$", "s"), ("!", "i"), ("|", "i"), ("+", "t"), ("l", "i"),
        ]
        for (from, to) in pairs {
            let index = Int(from.asciiValue!)
            let kind = table[index] == 0 ? LeetClass.symbol : table[index]
            table[index] = kind | UInt16(to.asciiValue!)
        }
        return table
    }()

    enum LeetClass {
        static let letter: UInt16 = 0x100
        static let digit: UInt16 = 0x200
        static let symbol: UInt16 = 0x400
        static let word: UInt16 = letter | digit | symbol
        static let target: UInt16 = 0x7F
    }

    /// Folds leetspeak inside words: digits fold only in a word that has a letter (`n1k3`, not
    /// `13812345678`), symbols only inside or at the start of such a word (`$ale`, `n!ke`, not
    /// `great!`), and `l` always; hyphens and underscores become spaces. Every fold is one ASCII
    /// byte for another, so the map is shared.
    static func foldLeet(_ view: MappedText) -> MappedText {
        let classes = CharClass.table
        return leetTable.withUnsafeBufferPointer { leet in
            view.patched { bytes in
                let reader = ScalarReader(bytes: UnsafeBufferPointer(bytes))
                var changed = false
                var i = 0
                let n = bytes.count
                while i < n {
                    // A word: ASCII letters, digits and leet symbols, or any letter, digit or mark.
                    let wordStart = i
                    var hasLetter = false
                    var pendingDigitsOrSymbols = false
                    while i < n {
                        let b = bytes[i]
                        if b < 0x80 {
                            let kind = leet[Int(b)]
                            if kind & LeetClass.word == 0 { break }
                            if kind & LeetClass.letter != 0 {
                                hasLetter = true
                                let target = kind & LeetClass.target
                                if target != 0 { bytes[i] = UInt8(target); changed = true }
                            } else if kind & LeetClass.target != 0 {
                                pendingDigitsOrSymbols = true
                            }
                            i &+= 1
                        } else {
                            let (scalar, length) = reader.scalar(at: i)
                            let c = classes.of(scalar)
                            if c.isDisjoint(with: [.letter, .digit, .mark]) || ViewStages.endsLatinWords(scalar, c) { break }
                            hasLetter = hasLetter || c.contains(.letter)
                            i &+= length
                        }
                    }
                    if pendingDigitsOrSymbols && hasLetter {
                        for j in wordStart..<i where bytes[j] < 0x80 {
                            let kind = leet[Int(bytes[j])]
                            guard kind & (LeetClass.digit | LeetClass.symbol) != 0, kind & LeetClass.target != 0 else { continue }
                            // A symbol folds only with more of the word after it (`great!` stays).
                            if kind & LeetClass.symbol != 0 && j &+ 1 >= i { continue }
                            bytes[j] = UInt8(kind & LeetClass.target)
                            changed = true
                        }
                    }
                    if i == wordStart {
                        // Not a word character: hyphens and underscores read as spaces
                        // (`eco-friendly`, `eco_friendly`, `eco friendly`); skip the rest.
                        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "_") {
                            bytes[i] = UInt8(ascii: " ")
                            changed = true
                        }
                        i &+= bytes[i] < 0x80 ? 1 : reader.scalar(at: i).length
                    }
                }
                return changed
            }
        }
    }
}

extension ViewStages {
    /// Han, kana and Hangul: scripts written without spaces, which a Latin word runs into
    /// (`No.1商品`, `No.1브랜드`) without becoming one word with them, so `1` there stays a digit.
    @inline(__always)
    static func endsLatinWords(_ scalar: UInt32, _ c: CharClass) -> Bool {
        c.contains(.cjk) || (0xAC00...0xD7A3).contains(scalar) || (0x1100...0x11FF).contains(scalar) || (0x3130...0x318F).contains(scalar)
    }
}
