import ComplianceCore
import Foundation
internal import SafeXML
import TextEngine

/// Reads listings from a file or stream in batches, so memory does not grow with the number of
/// listings: JSON Lines and CSV are read chunk by chunk; a JSON array, one JSON object spread
/// over several lines, a Merchant Center XML feed or plain text is read whole.
public struct ListingStream {
    /// A listing read, or why one could not be.
    public enum Item: Sendable {
        case listing(Listing)
        case error(ListingInputError)
        /// A line of JSON Lines not parsed yet (only with `deferParsing`): `resolved()` parses it,
        /// so a pipeline can parse on its worker threads.
        case unparsed(Data, source: String, line: Int)

        /// The item with its line parsed; nil for a blank line.
        public func resolved() -> Item? {
            guard case let .unparsed(data, source, line) = self else { return self }
            return ListingReader.line(data, source: source, lineNumber: line)
        }
    }

    let handle: FileHandle
    let source: String
    let batchSize: Int
    /// Bytes already read from `handle` (a peek at standard input).
    let prefix: Data
    /// The shape asked for; `.auto` decides from `fileExtension` and the first bytes.
    let format: ListingInputFormat
    /// The extension of the file read, when there is one.
    let fileExtension: String?
    /// The id of the one listing plain text becomes.
    let textID: String
    /// Bytes read from `handle` at a time.
    let chunkSize: Int
    /// Whether JSON Lines come out as `.unparsed` items for the consumer to parse.
    let deferParsing: Bool

    /// - Parameters:
    ///   - format: the input shape; `.auto` decides by `fileExtension` (`csv`, `tsv`, `xml`,
    ///     `rss`, `atom`, `txt`; `json`, `jsonl` and `ndjson` mean JSON or JSON Lines) and
    ///     otherwise by the first bytes (see `ListingInputFormat.detect`).
    ///   - textID: the id of the listing plain text becomes (default `source`).
    public init(handle: FileHandle, source: String, prefix: Data = Data(), batchSize: Int = 512,
                format: ListingInputFormat = .auto, fileExtension: String? = nil, textID: String? = nil,
                chunkSize: Int = 1 << 20, deferParsing: Bool = false) {
        self.handle = handle
        self.source = source
        self.prefix = prefix
        self.batchSize = max(1, batchSize)
        self.format = format
        self.fileExtension = fileExtension
        self.textID = textID ?? source
        self.chunkSize = max(1, chunkSize)
        self.deferParsing = deferParsing
    }

    /// Calls `body` with successive batches of items in input order. `warning` hears about
    /// input that is read but partly ignored (unknown CSV columns).
    public func forEachBatch(warning: (ListingInputError) -> Void = { _ in }, _ body: ([Item]) throws -> Void) throws {
        var pending = prefix
        var atEnd = false
        // Enough of the start to decide the shape: the first line with something on it.
        while !atEnd, !Self.headIsComplete(pending), pending.count < (1 << 20) {
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { pending.append(chunk) }
        }
        switch resolvedFormat(pending) {
        case .json:
            let first = pending.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            if first == UInt8(ascii: "[") || (first == UInt8(ascii: "{") && !Self.firstLineIsObject(pending)) {
                // Not JSON Lines: read it whole.
                pending.append(handle.readDataToEndOfFile())
                let read = ListingReader.read(pending, source: source)
                try emit(read.listings.map(Item.listing) + read.errors.map(Item.error), body)
                return
            }
            try readLines(pending, atEnd: atEnd, body)
        case .jsonl, .auto:
            try readLines(pending, atEnd: atEnd, body)
        case .csv:
            try readCSV(pending, atEnd: atEnd, warning: warning, body)
        case .xml:
            let limit = SafeXML.defaultMaximumBytes
            while !atEnd, pending.count <= limit {
                let chunk = handle.readData(ofLength: max(chunkSize, 1 << 20))
                if chunk.isEmpty { atEnd = true } else { pending.append(chunk) }
            }
            try emit(MerchantFeedReader.items([UInt8](pending), source: source, maximumBytes: limit), body)
        case .text:
            if !atEnd { pending.append(handle.readDataToEndOfFile()) }
            let body0 = pending.starts(with: CSVRecordParser.utf8BOM) ? pending.dropFirst(3) : pending[...]
            do {
                let text = try UTF8Validation.decode(body0)
                var listing = Listing(id: textID, description: text)
                listing.origin = ListingOrigin(source: source, line: 0)
                try body([.listing(listing)])
            } catch {
                try body([.error(ListingInputError(source: source, line: 0, message: "\(error)"))])
            }
        }
    }

    /// The shape to read: the one asked for, else the extension's, else the content's.
    func resolvedFormat(_ head: Data) -> ListingInputFormat {
        if format != .auto { return format }
        if let fileExtension {
            if let named = ListingInputFormat.forExtension(fileExtension) { return named }
            if ["json", "jsonl", "ndjson"].contains(fileExtension.lowercased()) {
                let detected = ListingInputFormat.detect(head)
                return detected == .json ? .json : .jsonl
            }
        }
        return ListingInputFormat.detect(head)
    }

    /// Whether `data` holds a line break after its first byte that is not white space.
    static func headIsComplete(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            guard let start = raw.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
            return raw[start...].contains(0x0A)
        }
    }

    private func emit(_ items: [Item], _ body: ([Item]) throws -> Void) throws {
        for start in stride(from: 0, to: items.count, by: batchSize) {
            try body(Array(items[start..<min(start + batchSize, items.count)]))
        }
    }

    /// JSON Lines, chunk by chunk.
    private func readLines(_ start: Data, atEnd startsAtEnd: Bool, _ body: ([Item]) throws -> Void) throws {
        var pending = start
        var atEnd = startsAtEnd
        var lineNumber = 0
        var batch: [Item] = []
        while true {
            // Complete lines are everything up to the last newline (or all of it at the end).
            // Byte scans go through a raw buffer: `Data`'s element access is slow per byte.
            let (lines, cut) = pending.withUnsafeBytes { raw -> ([Range<Int>], Int) in
                var lines: [Range<Int>] = []
                var start = 0
                for i in 0..<raw.count where raw[i] == 0x0A {
                    lines.append(start..<i)
                    start = i + 1
                }
                if atEnd, start < raw.count { lines.append(start..<raw.count) }
                return (lines, atEnd ? raw.count : start)
            }
            for range in lines {
                lineNumber += 1
                let base = pending.startIndex
                let line = Data(pending[(base + range.lowerBound)..<(base + range.upperBound)])
                if deferParsing {
                    batch.append(.unparsed(line, source: source, line: lineNumber))
                } else if let item = ListingReader.line(line, source: source, lineNumber: lineNumber) {
                    batch.append(item)
                }
                if batch.count >= batchSize {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if atEnd {
                if !batch.isEmpty { try body(batch) }
                return
            }
            pending = Data(pending[(pending.startIndex + cut)...])
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { pending.append(chunk) }
        }
    }

    /// CSV, chunk by chunk: records may span lines and chunks, so bytes go through a parser
    /// that keeps only the record being read.
    private func readCSV(_ start: Data, atEnd startsAtEnd: Bool, warning: (ListingInputError) -> Void,
                         _ body: ([Item]) throws -> Void) throws {
        var chunk = start.starts(with: CSVRecordParser.utf8BOM) ? Data(start.dropFirst(3)) : start
        var atEnd = startsAtEnd
        let separator = CSVRecordParser.separator(ofHeader: chunk)
        var parser = CSVRecordParser(separator: separator)
        var mapper: CSVListingMapper?
        var records: [CSVRecordParser.Record] = []
        var batch: [Item] = []
        while true {
            chunk.withUnsafeBytes { parser.feed($0, into: &records) }
            if atEnd { parser.finish(into: &records) }
            for record in records {
                guard let mapper else {
                    // The header.
                    if let error = record.error {
                        try body([.error(ListingInputError(source: source, line: record.line, message: "CSV header: \(error)"))])
                        return
                    }
                    do {
                        let names = record.fields.map { String(decoding: $0, as: UTF8.self) }
                        let read = try CSVListingMapper(header: names)
                        if !read.unknownColumns.isEmpty {
                            warning(ListingInputError(source: source, line: record.line,
                                                      message: "ignoring unknown CSV columns: \(read.unknownColumns.joined(separator: ", "))"))
                        }
                        if !read.duplicateColumns.isEmpty {
                            warning(ListingInputError(source: source, line: record.line,
                                                      message: "ignoring repeated CSV columns: \(read.duplicateColumns.joined(separator: ", "))"))
                        }
                        mapper = read
                    } catch {
                        try body([.error(ListingInputError(source: source, line: record.line, message: error.message))])
                        return
                    }
                    continue
                }
                batch.append(mapper.item(record, source: source))
                if batch.count >= batchSize {
                    try body(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            records.removeAll(keepingCapacity: true)
            if atEnd {
                if !batch.isEmpty { try body(batch) }
                return
            }
            chunk = handle.readData(ofLength: chunkSize)
            atEnd = chunk.isEmpty
        }
    }

    /// Whether the first line of `data` is a whole JSON object (JSON Lines, not one object
    /// spread over several lines).
    static func firstLineIsObject(_ data: Data) -> Bool {
        let end = data.firstIndex(of: 0x0A) ?? data.endIndex
        return (try? JSONSerialization.jsonObject(with: Data(data[data.startIndex..<end]))) is [String: Any]
    }
}

extension ListingReader {
    /// One line of JSON Lines: a listing, an error naming the line, or nil for a blank line.
    public static func line(_ line: Data, source: String, lineNumber: Int) -> ListingStream.Item? {
        let blank = line.withUnsafeBytes { raw in raw.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
        guard !blank else { return nil }
        // The common shape is read directly; anything else, and every error, by Foundation.
        if var read = line.withUnsafeBytes({ ListingJSONFastPath.listing($0, fallbackID: "line-\(lineNumber)") }) {
            read.origin = ListingOrigin(source: source, line: lineNumber)
            return .listing(read)
        }
        do {
            let item = try JSONSerialization.jsonObject(with: line)
            var read = try listing(item, fallbackID: "line-\(lineNumber)")
            read.origin = ListingOrigin(source: source, line: lineNumber)
            return .listing(read)
        } catch let problem as FieldProblem {
            return .error(ListingInputError(source: source, line: lineNumber, index: nil, message: problem.text))
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            return .error(ListingInputError(source: source, line: lineNumber, index: nil, message: "not valid JSON: \(reason)"))
        }
    }
}
