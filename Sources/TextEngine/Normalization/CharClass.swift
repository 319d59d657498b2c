import CICUShim

/// Character classes the views need, read once from ICU (see `clr_char_class`).
struct CharClass: OptionSet, Sendable {
    let rawValue: UInt16
    static let letter = CharClass(rawValue: UInt16(CLR_CLASS_LETTER))
    static let digit = CharClass(rawValue: UInt16(CLR_CLASS_DIGIT))
    static let mark = CharClass(rawValue: UInt16(CLR_CLASS_MARK))
    static let separator = CharClass(rawValue: UInt16(CLR_CLASS_SEPARATOR))
    static let invisible = CharClass(rawValue: UInt16(CLR_CLASS_INVISIBLE))
    static let cjk = CharClass(rawValue: UInt16(CLR_CLASS_CJK))
    static let bidiControl = CharClass(rawValue: UInt16(CLR_CLASS_BIDI_CONTROL))
    static let space = CharClass(rawValue: UInt16(CLR_CLASS_SPACE))
    static let diacriticBase = CharClass(rawValue: UInt16(CLR_CLASS_DIACRITIC_BASE))
    static let hangul = CharClass(rawValue: UInt16(CLR_CLASS_HANGUL))
    static let alphanumeric: CharClass = [.letter, .digit]

    /// Classes of the Basic Multilingual Plane, indexed by code point; allocated once, never freed.
    nonisolated(unsafe) private static let bmp: UnsafeBufferPointer<UInt16> = {
        let table = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: 0x10000)
        for c in 0..<0x10000 { table[c] = clr_char_class(Int32(c)) }
        return UnsafeBufferPointer(table)
    }()

    /// The classes of a scalar value.
    @inline(__always)
    static func of(_ scalar: UInt32) -> CharClass {
        table.of(scalar)
    }

    /// The class table, for loops that look up many characters (one lazy-initialization check).
    static var table: CharClassTable { CharClassTable(bmp: bmp) }
}

/// A borrowed view of the class table.
struct CharClassTable {
    let bmp: UnsafeBufferPointer<UInt16>

    /// The classes of a scalar value.
    @inline(__always)
    func of(_ scalar: UInt32) -> CharClass {
        scalar < 0x10000 ? CharClass(rawValue: bmp[Int(scalar)]) : CharClass(rawValue: clr_char_class(Int32(bitPattern: scalar)))
    }
}
