import CICUShim

/// An ICU regular expression, matched on UTF-8 with a time limit per match attempt.
///
/// ICU's engine is used rather than Swift `Regex` or `NSRegularExpression`: it runs on the
/// string's UTF-8 directly, reports byte offsets, and stops a runaway (catastrophic
/// backtracking) pattern after a bounded amount of work. Compiled once; matching clones the
/// compiled pattern, so one value serves many tasks.
public final class ICURegex: Sendable {
    /// Matching options.
    public struct Options: OptionSet, Sendable, Hashable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let caseInsensitive = Options(rawValue: Int32(CLR_REGEX_CASE_INSENSITIVE))
        /// `\b` follows Unicode word boundaries (UAX #29) instead of ICU's simpler rule.
        public static let unicodeWordBoundaries = Options(rawValue: Int32(CLR_REGEX_UNICODE_WORD))
        public static let multiline = Options(rawValue: Int32(CLR_REGEX_MULTILINE))
        public static let dotMatchesLineBreaks = Options(rawValue: Int32(CLR_REGEX_DOTALL))
    }

    /// The pattern as given.
    public let pattern: String
    public let options: Options
    nonisolated(unsafe) private let handle: OpaquePointer

    /// The default bound on one match attempt, in ICU time-limit units (about 1 ms each).
    public static let defaultTimeLimit = 100

    /// Compiles `pattern`.
    /// - Throws: `TextEngineError.invalidArgument` naming the pattern and the position of the
    ///   syntax error.
    public init(_ pattern: String, options: Options = []) throws {
        var line: Int32 = -1
        var offset: Int32 = -1
        var status: Int32 = 0
        let opened = ICUCall.withUTF8(pattern) { bytes, length in
            clr_regex_open(bytes, length, options.rawValue, &line, &offset, &status)
        }
        guard status <= 0, let opened else {
            let name = String(cString: clr_error_name(status))
            let position = offset >= 0 ? " at offset \(offset)" + (line > 1 ? " of line \(line)" : "") : ""
            throw TextEngineError.invalidArgument("invalid regular expression \"\(pattern)\"\(position): \(name)")
        }
        self.pattern = pattern
        self.options = options
        handle = opened
    }

    deinit { clr_regex_close(handle) }

    /// The UTF-8 byte ranges of successive non-overlapping matches in `text`.
    /// - Parameter timeLimit: bound on each match attempt, in ICU units (about 1 ms); 0 for none.
    /// - Throws: `TextEngineError.regexTimeLimit` when a match attempt runs over the limit.
    public func matches(in text: String, timeLimit: Int = ICURegex.defaultTimeLimit) throws -> [Range<Int>] {
        var capacity = 16
        while true {
            var starts = [Int32](repeating: 0, count: capacity)
            var ends = [Int32](repeating: 0, count: capacity)
            var status: Int32 = 0
            let count = ICUCall.withUTF8(text) { bytes, length in
                clr_regex_find_all(handle, bytes, length, Int32(clamping: timeLimit), &starts, &ends, Int32(capacity), &status)
            }
            if status == Int32(CLR_BUFFER_OVERFLOW) {
                capacity = Int(count)
                continue
            }
            if String(cString: clr_error_name(status)) == "U_REGEX_TIME_OUT" {
                throw TextEngineError.regexTimeLimit(pattern: pattern, limit: timeLimit)
            }
            try ICUCall.check(status, "clr_regex_find_all", "pattern \"\(pattern)\"")
            return (0..<Int(count)).map { Int(starts[$0])..<Int(ends[$0]) }
        }
    }
}
