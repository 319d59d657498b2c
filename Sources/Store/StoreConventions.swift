import Foundation

/// What every store writes and checks alike: the text it puts in the audit trail (hashed, so
/// equal data must write equal text) and the requests it refuses before touching its database.
public enum StoreConventions {
    /// The audit subject of a listing version in a market: `listing:sku-1@3f2a…|DE`.
    public static func subject(_ version: ListingVersion, _ market: String) -> String {
        "listing:\(version.listingID)@\(version.contentHash.prefix(16))|\(market)"
    }

    /// - Throws: `StoreError` when the officer or the reason is blank.
    public static func require(officer: String, reason: String) throws {
        guard !officer.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("an officer must be named") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw StoreError("a reason must be given") }
    }

    /// Whether `text` is a day, YYYY-MM-DD in ASCII digits.
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// A time as the store records it: ISO 8601 UTC to the second (`2026-12-01T05:10:00Z`), so
    /// times compare as text. Stores are given times by their callers; this only writes them.
    public static func timestamp(_ date: Date) -> String { iso8601.string(from: date) }

    /// The time `timestamp` wrote, `seconds` later (earlier when negative); nil when `text` is
    /// not such a time.
    public static func timestamp(_ text: String, plusSeconds seconds: Int) -> String? {
        iso8601.date(from: text).map { timestamp($0.addingTimeInterval(TimeInterval(seconds))) }
    }

    /// ISO8601DateFormatter is thread-safe.
    nonisolated(unsafe) private static let iso8601: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }()

    /// Sorted-key JSON of strings, so equal data always writes equal text (it is hashed).
    public static func json(_ fields: [String: String]) -> String { serialize(fields) }

    /// A JSON array of strings.
    public static func json(_ list: [String]) -> String { serialize(list) }

    /// The strings of a JSON array written by `json(_:)`; empty when `text` is not one.
    public static func strings(_ text: String) -> [String] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String] ?? []
    }

    private static func serialize(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
