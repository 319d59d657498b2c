/// A value for a named argument of an ICU message pattern.
public enum MessageArgument: Sendable, Equatable, Hashable {
    /// Text, for `{name}` and `{g, select, ...}`.
    case string(String)
    /// An exact integer, for `{count, plural, ...}` and `{n, number, ...}`.
    case int(Int64)
    /// A floating-point number.
    case double(Double)
    /// An instant in seconds since 1970-01-01T00:00:00Z, for `{d, date, medium}`.
    case date(secondsSince1970: Double)
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
}
