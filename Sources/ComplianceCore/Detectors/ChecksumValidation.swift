/// What a validator says of a candidate identifier.
public enum Validation: String, Sendable, Equatable, Codable {
    /// The structure holds and the check digits (or checksum) agree.
    case valid
    /// The structure holds and the identifier has no check digit to verify (US SSN, GB NINO,
    /// Korean registration numbers issued since October 2020).
    case plausible
    /// Not this kind of identifier: wrong length, characters, ranges or check digits.
    case invalid
}

/// Small helpers shared by the validators.
enum Digits {
    /// The digit values of `text` with spaces, hyphens, dots and slashes removed, or nil when
    /// anything else remains.
    static func values(_ text: Substring, allowing separators: Set<Character> = [" ", "-", ".", "/"]) -> [Int]? {
        var values: [Int] = []
        for character in text {
            if let value = character.wholeNumberValue, character.isASCII { values.append(value); continue }
            if separators.contains(character) { continue }
            return nil
        }
        return values
    }

    /// `text` upper-cased with separators removed, when it is ASCII letters and digits only.
    static func compact(_ text: Substring, allowing separators: Set<Character> = [" ", "-", "."]) -> [UInt8]? {
        var out: [UInt8] = []
        for character in text {
            if separators.contains(character) { continue }
            guard let ascii = character.asciiValue, character.isLetter || character.isNumber else { return nil }
            out.append(ascii >= 0x61 && ascii <= 0x7A ? ascii - 0x20 : ascii)
        }
        return out
    }

    /// Whether a proleptic Gregorian date exists.
    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func number(_ digits: ArraySlice<Int>) -> Int {
        digits.reduce(0) { $0 * 10 + $1 }
    }
}
