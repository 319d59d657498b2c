import CICUShim

/// A number formatter built from a locale and an ICU number skeleton, formatting with system ICU.
///
/// Skeletons are ICU's (`currency/EUR`, `percent scale/100`, `.00`, `compact-short`,
/// `measure-unit/length-centimeter unit-width-narrow`, `usage/default`); see
/// https://unicode-org.github.io/icu/userguide/format_parse/numbers/skeletons.html.
/// Values are safe to share between tasks; `cached(locale:skeleton:)` shares compiled formatters.
public struct ICUNumberFormat: Sendable {
    /// The locale id the formatter was built for, e.g. "de-DE" (unknown ids fall back the ICU way).
    public let locale: String
    /// The ICU number skeleton, e.g. "currency/EUR".
    public let skeleton: String
    let handle: ICUHandle

    private static let cache = FormatterCache<[String], ICUNumberFormat>()

    /// Compiles `skeleton` for `locale`.
    /// - Throws: `TextEngineError.icu` naming the skeleton (and the offset ICU reports) when the
    ///   skeleton is empty or invalid.
    public init(locale: String, skeleton: String) throws {
        self.locale = locale
        self.skeleton = skeleton
        var offset: Int32 = -1
        handle = try ICUHandle.open("clr_numfmt_open", detail: ICUCall.syntaxDetail("skeleton", skeleton, offset: offset),
                                    close: { clr_numfmt_close($0) }) { status in
            ICUCall.withUTF8(skeleton) { clr_numfmt_open(locale, $0, $1, &offset, status) }
        }
    }

    /// A shared formatter for `locale` and `skeleton`, compiled on first use.
    /// - Throws: as `init(locale:skeleton:)`.
    public static func cached(locale: String, skeleton: String) throws -> ICUNumberFormat {
        try cache.value(for: [locale, skeleton]) { try ICUNumberFormat(locale: locale, skeleton: skeleton) }
    }

    /// Formats a double; NaN and infinities come out as ICU writes them ("NaN", "∞").
    public func format(_ value: Double) throws -> String {
        try formatted(value).text
    }

    /// Formats an integer exactly.
    public func format(_ value: Int64) throws -> String {
        try formatted(value).text
    }

    /// Formats an integer exactly (integer literals pick this overload).
    public func format(_ value: Int) throws -> String {
        try format(Int64(value))
    }

    /// Formats a decimal number given as text ("1234.5678", "-0.5", "1e3"), with no binary rounding.
    /// - Throws: `TextEngineError.icu` when the text is not a decimal number.
    public func format(decimal: String) throws -> String {
        try formatted(decimal: decimal).text
    }

    /// Formats a double and reports the unit the result is in.
    public func formatted(_ value: Double) throws -> FormattedNumber {
        try FormattedNumber(result: result(of: value))
    }

    /// Formats an integer and reports the unit the result is in.
    public func formatted(_ value: Int64) throws -> FormattedNumber {
        try FormattedNumber(result: result(of: value))
    }

    /// Formats an integer and reports the unit the result is in (integer literals pick this overload).
    public func formatted(_ value: Int) throws -> FormattedNumber {
        try formatted(Int64(value))
    }

    /// Formats a decimal number given as text and reports the unit the result is in.
    public func formatted(decimal: String) throws -> FormattedNumber {
        try FormattedNumber(result: result(ofDecimal: decimal))
    }

    /// ICU's result for a double (text, unit and plural operands), owned by the returned handle.
    func result(of value: Double) throws -> ICUHandle {
        try openResult("clr_numfmt_format_double", "\(value)") { clr_numfmt_format_double(handle.pointer, value, $0) }
    }

    func result(of value: Int64) throws -> ICUHandle {
        try openResult("clr_numfmt_format_int64", "\(value)") { clr_numfmt_format_int64(handle.pointer, value, $0) }
    }

    func result(ofDecimal decimal: String) throws -> ICUHandle {
        try openResult("clr_numfmt_format_decimal", "\"\(decimal)\"") { status in
            ICUCall.withUTF8(decimal) { clr_numfmt_format_decimal(handle.pointer, $0, $1, status) }
        }
    }

    private func openResult(_ function: String, _ input: String,
                            _ make: (UnsafeMutablePointer<Int32>) -> OpaquePointer?) throws -> ICUHandle {
        try ICUHandle.open(function, detail: "\(input) with skeleton \"\(skeleton)\"",
                           close: { clr_formatted_number_close($0) }, make)
    }
}

/// The outcome of formatting one number: its text and the unit that text is in.
public struct FormattedNumber: Sendable, Equatable, Hashable {
    /// The formatted text, with ICU's spaces and marks (U+00A0, U+202F, U+200F) as they are.
    public let text: String
    /// ICU's identifier of the output unit: "inch", "foot-and-inch", "percent"; "" without a unit.
    public let unitIdentifier: String

    /// The output unit, when it is one of the units `MeasureUnit` knows.
    public var unit: MeasureUnit? { MeasureUnit(rawValue: unitIdentifier) }

    /// Creates a result, e.g. to compare with one ICU produced.
    public init(text: String, unitIdentifier: String) {
        self.text = text
        self.unitIdentifier = unitIdentifier
    }

    init(result: ICUHandle) throws {
        text = try ICUCall.string("clr_formatted_number_text") { clr_formatted_number_text(result.pointer, $0, $1, $2) }
        unitIdentifier = try ICUCall.string("clr_formatted_number_unit", initialCapacity: 64) {
            clr_formatted_number_unit(result.pointer, $0, $1, $2)
        }
    }
}
