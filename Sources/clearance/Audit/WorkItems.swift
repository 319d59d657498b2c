import ComplianceCore
import Foundation
import Formats

/// The items of a queued batch as the store keeps them for workers: a JSON array with, for
/// each catalog item, its JSON Lines text as read (parsed by the worker, so a bad line is
/// reported as a direct audit reports it), a listing read from another format (CSV, a feed),
/// or the error reading it gave.
enum WorkItems {
    static func payload(_ items: some Sequence<ListingStream.Item>) -> String {
        JSONValue.array(items.map { item in
            switch item {
            case let .unparsed(data, _, line):
                .object(["line": .int(line), "text": .string(String(decoding: data, as: UTF8.self))])
            case let .listing(listing):
                .object(["line": .int(listing.origin?.line ?? 0), "listing": ListingJSON.value(listing)])
            case let .error(error):
                .object(["error": .string(error.message), "line": .int(error.line), "column": .int(error.column),
                         "index": error.index.map { .int($0) } ?? .null])
            }
        }).text
    }

    /// The items of `payload`, read from `source` (the run's catalog, for messages).
    static func items(_ payload: String, source: String) throws -> [ListingStream.Item] {
        guard let array = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [[String: Any]] else {
            throw InputError("a queued batch of \(source) is not a JSON array of items")
        }
        return try array.map { entry in
            let line = entry["line"] as? Int ?? 0
            if let text = entry["text"] as? String {
                return .unparsed(Data(text.utf8), source: source, line: line)
            }
            if let message = entry["error"] as? String {
                return .error(ListingInputError(source: source, line: line, column: entry["column"] as? Int ?? 0, index: entry["index"] as? Int,
                                                message: message))
            }
            guard let object = entry["listing"],
                  var listing = ListingReader.read(try JSONSerialization.data(withJSONObject: object), source: source).listings.first else {
                throw InputError("a queued item of \(source), line \(line), holds no listing")
            }
            listing.origin = ListingOrigin(source: source, line: line)
            return .listing(listing)
        }
    }
}
