import CICUShim

/// An ICU MessageFormat pattern with named arguments, compiled for one locale.
///
/// Handles `{name}`, `{count, plural, one {# item} other {# items}}` (with `offset:` and `=0`),
/// `{count, selectordinal, ...}`, `{g, select, female {...} other {...}}`, nesting,
/// `{price, number, ::currency/EUR}` and top-level `{d, date, medium}` in the given time zone.
public struct ICUMessageFormat: Sendable {
    /// The locale id, e.g. "pl".
    public let locale: String
    /// The pattern as given.
    public let pattern: String
    /// The time zone date arguments are shown in.
    public let timeZone: String
    /// Every argument name the pattern uses, nested ones included, in order of first use.
    public let argumentNames: [String]
    private let handle: ICUHandle

    private static let cache = FormatterCache<[String], ICUMessageFormat>()

    /// Compiles `pattern` for `locale`.
    /// - Throws: `TextEngineError.icu` naming the pattern and the offset of a syntax error
    ///   (U_PATTERN_SYNTAX_ERROR and friends), or U_UNSUPPORTED_ERROR for a date or time
    ///   argument inside a plural or select branch; an unknown `timeZone` is
    ///   U_ILLEGAL_ARGUMENT_ERROR.
    public init(locale: String, pattern: String, timeZone: String = "UTC") throws {
        self.locale = locale
        self.pattern = pattern
        self.timeZone = timeZone
        var offset: Int32 = -1
        let handle = try ICUHandle.open("clr_msgfmt_open", detail: ICUCall.syntaxDetail("pattern", pattern, offset: offset),
                                        close: { clr_msgfmt_close($0) }) { status in
            ICUCall.withUTF8(pattern) { patternBytes, patternLength in
                ICUCall.withUTF8(timeZone) {
                    clr_msgfmt_open(locale, patternBytes, patternLength, $0, $1, &offset, status)
                }
            }
        }
        self.handle = handle
        argumentNames = try ICUCall.lines(ICUCall.string("clr_msgfmt_argument_names") {
            clr_msgfmt_argument_names(handle.pointer, $0, $1, $2)
        })
    }

    /// A shared compiled pattern, built on first use.
    public static func cached(locale: String, pattern: String, timeZone: String = "UTC") throws -> ICUMessageFormat {
        try cache.value(for: [locale, pattern, timeZone]) {
            try ICUMessageFormat(locale: locale, pattern: pattern, timeZone: timeZone)
        }
    }

    /// Formats the pattern with `arguments` by name.
    /// - Throws: `TextEngineError.invalidArgument` naming the arguments the pattern uses that
    ///   `arguments` lacks (ICU would print them as "{name}"), and `TextEngineError.icu` when an
    ///   argument has the wrong type for its placeholder.
    public func format(_ arguments: [String: MessageArgument]) throws -> String {
        let missing = argumentNames.filter { arguments[$0] == nil }
        guard missing.isEmpty else {
            throw TextEngineError.invalidArgument(
                "missing message argument(s) \(missing.joined(separator: ", ")) for pattern \"\(pattern)\"")
        }
        var names: [UInt8] = []
        var texts: [UInt8] = []
        var args: [clr_message_arg] = []
        for (name, value) in arguments.sorted(by: { $0.key < $1.key }) {
            var arg = clr_message_arg()
            arg.name_start = Int32(clamping: names.count)
            names.append(contentsOf: name.utf8)
            arg.name_end = Int32(clamping: names.count)
            switch value {
            case let .string(text):
                arg.kind = Int32(CLR_ARG_STRING)
                arg.text_start = Int32(clamping: texts.count)
                texts.append(contentsOf: text.utf8)
                arg.text_end = Int32(clamping: texts.count)
            case let .int(integer):
                arg.kind = Int32(CLR_ARG_INT64)
                arg.integer = integer
            case let .double(number):
                arg.kind = Int32(CLR_ARG_DOUBLE)
                arg.number = number
            case let .date(seconds):
                arg.kind = Int32(CLR_ARG_DATE_SECONDS)
                arg.number = seconds
            }
            args.append(arg)
        }
        guard names.count <= Int(Int32.max), texts.count <= Int(Int32.max) else {
            throw TextEngineError.invalidArgument("message arguments are too long to format (over 2 GiB)")
        }
        let (nameCount, textCount) = (Int32(names.count), Int32(texts.count))
        return try names.withUnsafeBufferPointer { nameBytes in
            try texts.withUnsafeBufferPointer { textBytes in
                try nameBytes.withMemoryRebound(to: CChar.self) { namePool in
                    try textBytes.withMemoryRebound(to: CChar.self) { textPool in
                        try ICUCall.string("clr_msgfmt_format", detail: "pattern \"\(pattern)\"",
                                           initialCapacity: pattern.utf8.count + texts.count + 64) {
                            clr_msgfmt_format(handle.pointer, args, Int32(args.count), namePool.baseAddress, nameCount,
                                              textPool.baseAddress, textCount, $0, $1, $2)
                        }
                    }
                }
            }
        }
    }
}
