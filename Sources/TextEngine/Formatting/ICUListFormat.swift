import CICUShim

/// Formats lists of strings the locale's way: "a, b, and c", "a, b, or c", "3 ft, 2 in".
public struct ICUListFormat: Sendable {
    /// The kind of list.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// "a, b, and c".
        case and
        /// "a, b, or c".
        case or
        /// A list of measures: "5 ft, 2 in".
        case units

        var code: Int32 {
            switch self {
            case .and: return Int32(CLR_LIST_AND)
            case .or: return Int32(CLR_LIST_OR)
            case .units: return Int32(CLR_LIST_UNITS)
            }
        }
    }

    /// The width of the connecting words: "and" (wide), "&" (short), "," or a space (narrow).
    public enum Width: String, Sendable, Codable, CaseIterable {
        case wide, short, narrow

        var code: Int32 {
            switch self {
            case .wide: return Int32(CLR_LIST_WIDE)
            case .short: return Int32(CLR_LIST_SHORT)
            case .narrow: return Int32(CLR_LIST_NARROW)
            }
        }
    }

    /// The locale id, e.g. "fr-FR".
    public let locale: String
    /// The kind of list.
    public let kind: Kind
    /// The width of the connecting words.
    public let width: Width
    private let handle: ICUHandle

    /// A list formatter for `locale`.
    /// - Throws: `TextEngineError.icu` when ICU has no data for the request.
    public init(locale: String, kind: Kind = .and, width: Width = .wide) throws {
        self.locale = locale
        self.kind = kind
        self.width = width
        handle = try ICUHandle.open("clr_listfmt_open", detail: "\(kind.rawValue)/\(width.rawValue) for \(locale)",
                                    close: { clr_listfmt_close($0) }) { clr_listfmt_open(locale, kind.code, width.code, $0) }
    }

    /// Joins `items`: [] is "", ["a"] is "a".
    public func format(_ items: [String]) throws -> String {
        var pool: [UInt8] = []
        var ends: [Int32] = []
        for item in items {
            pool.append(contentsOf: item.utf8)
            guard pool.count <= Int(Int32.max) else {
                throw TextEngineError.invalidArgument("list of \(items.count) items is too long to format")
            }
            ends.append(Int32(pool.count))
        }
        return try pool.withUnsafeBufferPointer { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { chars in
                try ICUCall.string("clr_listfmt_format", detail: "\(items.count) items", initialCapacity: pool.count + 64) {
                    clr_listfmt_format(handle.pointer, chars.baseAddress, ends, Int32(ends.count), $0, $1, $2)
                }
            }
        }
    }
}
