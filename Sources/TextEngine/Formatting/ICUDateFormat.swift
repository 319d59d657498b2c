import CICUShim

/// Length of a date or time in `ICUDateFormat(locale:date:time:timeZone:)`, as ICU's styles.
public enum DateFormatStyle: String, Sendable, Codable, CaseIterable {
    /// "1/2/24", "14:30".
    case short
    /// "Jan 2, 2024".
    case medium
    /// "January 2, 2024".
    case long
    /// "Tuesday, January 2, 2024".
    case full

    var code: Int32 {
        switch self {
        case .short: return Int32(CLR_DATE_STYLE_SHORT)
        case .medium: return Int32(CLR_DATE_STYLE_MEDIUM)
        case .long: return Int32(CLR_DATE_STYLE_LONG)
        case .full: return Int32(CLR_DATE_STYLE_FULL)
        }
    }
}

/// A date formatter for one locale, pattern and time zone, formatting with system ICU.
///
/// Instants are seconds since 1970-01-01T00:00:00Z and the zone is always explicit: nothing reads
/// the clock or the process's zone.
public struct ICUDateFormat: Sendable {
    /// The locale id, e.g. "ja-JP".
    public let locale: String
    /// The Olson time zone id, e.g. "Europe/Berlin".
    public let timeZone: String
    /// The ICU pattern in use, e.g. "MMM d, y".
    public let pattern: String
    private let handle: ICUHandle

    /// A formatter with ICU's date and time styles; pass `nil` to leave a part out.
    /// - Throws: `TextEngineError.invalidArgument` when both parts are `nil`,
    ///   `TextEngineError.icu` when the time zone is unknown.
    public init(locale: String, date: DateFormatStyle?, time: DateFormatStyle? = nil, timeZone: String) throws {
        guard date != nil || time != nil else {
            throw TextEngineError.invalidArgument("a date format needs a date style, a time style or both")
        }
        let none = Int32(CLR_DATE_STYLE_NONE)
        try self.init(locale: locale, timeZone: timeZone, function: "clr_datefmt_open_styles",
                      detail: "styles \(date?.rawValue ?? "none")/\(time?.rawValue ?? "none") in \(timeZone)") { status in
            ICUCall.withUTF8(timeZone) {
                clr_datefmt_open_styles(locale, date?.code ?? none, time?.code ?? none, $0, $1, status)
            }
        }
    }

    /// A formatter for a skeleton such as "yMMMd" or "EEEEjmm", resolved by the locale's
    /// date-time pattern generator ("yMMMd" is "MMM d, y" in en, "d. MMM y" in de).
    /// - Throws: `TextEngineError.icu` (U_ILLEGAL_ARGUMENT_ERROR) naming the skeleton and the
    ///   byte offset of the first character that is not a date field letter, when the skeleton is
    ///   empty or holds one ("y-MM", "yMMMd!"), or when the time zone is unknown.
    public init(locale: String, skeleton: String, timeZone: String) throws {
        var offset: Int32 = -1
        try self.init(locale: locale, timeZone: timeZone, function: "clr_datefmt_open_skeleton",
                      detail: ICUCall.syntaxDetail("skeleton", skeleton, offset: offset) + " in \(timeZone)") { status in
            ICUCall.withUTF8(skeleton) { skeletonBytes, skeletonLength in
                ICUCall.withUTF8(timeZone) {
                    clr_datefmt_open_skeleton(locale, skeletonBytes, skeletonLength, $0, $1, &offset, status)
                }
            }
        }
    }

    private init(locale: String, timeZone: String, function: String, detail: @autoclosure () -> String,
                 open: (UnsafeMutablePointer<Int32>) -> OpaquePointer?) throws {
        self.locale = locale
        self.timeZone = timeZone
        let handle = try ICUHandle.open(function, detail: detail(), close: { clr_datefmt_close($0) }, open)
        self.handle = handle
        pattern = try ICUCall.string("clr_datefmt_pattern") { clr_datefmt_pattern(handle.pointer, $0, $1, $2) }
    }

    /// Formats the instant `seconds` after 1970-01-01T00:00:00Z.
    /// - Throws: `TextEngineError.invalidArgument` for NaN or infinite instants.
    public func format(secondsSince1970 seconds: Double) throws -> String {
        guard seconds.isFinite else {
            throw TextEngineError.invalidArgument("cannot format the instant \(seconds)")
        }
        return try ICUCall.string("clr_datefmt_format", detail: "\(seconds) with \"\(pattern)\"") {
            clr_datefmt_format(handle.pointer, seconds, $0, $1, $2)
        }
    }
}
