/// An ISO 15924 script code such as "Latn", "Cyrl" or "Hani".
public struct ScriptCode: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The four-letter code, title-cased as in ISO 15924.
    public let rawValue: String

    /// Wraps a four-letter ISO 15924 code.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public var description: String { rawValue }

    public static func < (lhs: ScriptCode, rhs: ScriptCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Characters used with any script: digits, punctuation, symbols, spaces.
    public static let common: ScriptCode = "Zyyy"
    /// Combining marks that take the script of the character they attach to.
    public static let inherited: ScriptCode = "Zinh"
    /// Latin.
    public static let latin: ScriptCode = "Latn"
    /// Cyrillic.
    public static let cyrillic: ScriptCode = "Cyrl"
    /// Greek.
    public static let greek: ScriptCode = "Grek"
    /// Han (Chinese characters, kanji, hanja).
    public static let han: ScriptCode = "Hani"
    /// Hiragana.
    public static let hiragana: ScriptCode = "Hira"
    /// Katakana.
    public static let katakana: ScriptCode = "Kana"
    /// Hangul.
    public static let hangul: ScriptCode = "Hang"
    /// Arabic.
    public static let arabic: ScriptCode = "Arab"
    /// Thai.
    public static let thai: ScriptCode = "Thai"

    /// Whether the code is Common or Inherited, which carry no script of their own.
    public var isNeutral: Bool { self == .common || self == .inherited }
}
