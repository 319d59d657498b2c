import Foundation

/// The shape of listing input (`clearance check --input-format`).
public enum ListingInputFormat: String, CaseIterable, Sendable {
    /// Decided from the file's extension when it names a shape, else from the first bytes.
    case auto
    /// One JSON object or an array of them (read whole; JSON Lines are still accepted).
    case json
    /// One JSON object a line.
    case jsonl
    /// CSV with a header row (`,`, `;` or tab).
    case csv
    /// A Google Merchant Center feed (RSS 2.0 or Atom).
    case xml
    /// Plain text: one listing whose description is the whole input.
    case text

    /// The shape a file extension names, if it names one (`csv`, `tsv`, `xml`, `rss`, `atom`,
    /// `txt`). JSON extensions name none: the content tells a JSON document from JSON Lines.
    public static func forExtension(_ pathExtension: String) -> ListingInputFormat? {
        switch pathExtension.lowercased() {
        case "csv", "tsv": .csv
        case "xml", "rss", "atom": .xml
        case "txt", "text": .text
        default: nil
        }
    }

    /// The shape of input starting with `head`: `[` or `{` → JSON (JSON Lines when the first
    /// line is a whole object), `<` → XML, a CSV header naming `title` or `description` → CSV,
    /// anything else → text. Never `.auto`.
    public static func detect(_ head: Data) -> ListingInputFormat {
        let body = head.starts(with: CSVRecordParser.utf8BOM) ? head.dropFirst(3) : head[...]
        let first = body.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        switch first {
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "{"): return ListingStream.firstLineIsObject(Data(body.drop { $0 != UInt8(ascii: "{") })) ? .jsonl : .json
        case UInt8(ascii: "<"): return .xml
        case nil: return .jsonl  // empty input: no listings
        default: return CSVRecordParser.header(in: Data(body)) != nil ? .csv : .text
        }
    }
}
