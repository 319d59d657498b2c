import CICUShim

/// A CLDR plural category, as used by `{n, plural, ...}` branches.
public enum PluralCategory: String, Sendable, Codable, CaseIterable {
    case zero, one, two, few, many, other
}

/// A locale's plural rules, cardinal ("1 item", "2 items") or ordinal ("1st", "2nd", "3rd").
public struct PluralRules: Sendable {
    /// Cardinal (counting) or ordinal (ranking) rules.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case cardinal, ordinal
    }

    /// The locale id, e.g. "pl".
    public let locale: String
    /// Cardinal or ordinal.
    public let kind: Kind
    private let handle: ICUHandle

    private static let cache = FormatterCache<[String], PluralRules>()

    /// The rules for `locale` (an unknown locale falls back to the root rules: always `other`).
    public init(locale: String, kind: Kind = .cardinal) throws {
        self.locale = locale
        self.kind = kind
        let code = Int32(kind == .cardinal ? CLR_PLURAL_CARDINAL : CLR_PLURAL_ORDINAL)
        handle = try ICUHandle.open("clr_plural_open", detail: "\(kind.rawValue) rules for \(locale)",
                                    close: { clr_plural_close($0) }) { clr_plural_open(locale, code, $0) }
    }

    /// Shared rules for `locale`, built on first use.
    public static func cached(locale: String, kind: Kind = .cardinal) throws -> PluralRules {
        try cache.value(for: [locale, kind.rawValue]) { try PluralRules(locale: locale, kind: kind) }
    }

    /// The categories the locale distinguishes, e.g. [.few, .many, .one, .other] for Polish cardinals.
    public func categories() throws -> [PluralCategory] {
        let text = try ICUCall.string("clr_plural_keywords") { clr_plural_keywords(handle.pointer, $0, $1, $2) }
        return try ICUCall.lines(text).map(category(named:)).sorted { $0.order < $1.order }
    }

    /// The category of a number with no visible fraction digits beyond those of `value` itself
    /// (1.5 is "1.5"; 1.0 counts as the integer 1 — use `category(for:formattedWith:)` for "1.0").
    public func category(for value: Double) throws -> PluralCategory {
        try category(named: ICUCall.string("clr_plural_select_double", detail: "\(value)") {
            clr_plural_select_double(handle.pointer, value, $0, $1, $2)
        })
    }

    /// The category of `value` as `format` writes it: visible fraction digits count, so 1 with
    /// skeleton ".0" ("1.0") is `.other` in English while 1 with "precision-integer" is `.one`.
    public func category(for value: Double, formattedWith format: ICUNumberFormat) throws -> PluralCategory {
        try category(of: format.result(of: value), value: "\(value)")
    }

    /// The category of a decimal number given as text ("1.0", "2.50") as `format` writes it.
    public func category(forDecimal decimal: String, formattedWith format: ICUNumberFormat) throws -> PluralCategory {
        try category(of: format.result(ofDecimal: decimal), value: decimal)
    }

    private func category(of result: ICUHandle, value: String) throws -> PluralCategory {
        try category(named: ICUCall.string("clr_plural_select_formatted", detail: value) {
            clr_plural_select_formatted(handle.pointer, result.pointer, $0, $1, $2)
        })
    }

    private func category(named keyword: String) throws -> PluralCategory {
        guard let category = PluralCategory(rawValue: keyword) else {
            throw TextEngineError.invalidArgument("ICU returned the unknown plural keyword \"\(keyword)\"")
        }
        return category
    }
}

extension PluralCategory {
    /// Position in CLDR's order: zero, one, two, few, many, other.
    var order: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }
}
