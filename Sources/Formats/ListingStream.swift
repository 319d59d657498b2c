import ComplianceCore
import Foundation

/// Reads listings from a file or stream in batches, so memory does not grow with the number of
/// listings: JSON Lines are read chunk by chunk; a JSON array, or one JSON object spread over
/// several lines, is read whole.
public struct ListingStream {
    /// A listing read, or why one could not be.
    public enum Item: Sendable {
        case listing(Listing)
        case error(ListingInputError)
    }

    let handle: FileHandle
    let source: String
    let batchSize: Int
    /// Bytes already read from `handle` (a peek at standard input).
    let prefix: Data

    public init(handle: FileHandle, source: String, prefix: Data = Data(), batchSize: Int = 512) {
        self.handle = handle
        self.source = source
        self.prefix = prefix
        self.batchSize = batchSize
    }

    /// Calls `body` with successive batches of items in input order.
    public func forEachBatch(_ body: ([Item]) throws -> Void) throws {
        var pending = prefix
        var lineNumber = 0
        var batch: [Item] = []
        var started = false
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            let atEnd = chunk.isEmpty
            pending.append(chunk)
            if !started, let first = pending.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                started = true
                if first == UInt8(ascii: "[") || (first == UInt8(ascii: "{") && !Self.firstLineIsObject(pending)) {
                    // Not JSON Lines: read it whole.
                    pending.append(handle.readDataToEndOfFile())
                    let read = ListingReader.read(pending, source: source)
                    let items = read.listings.map(Item.listing) + read.errors.map(Item.error)
                    for start in stride(from: 0, to: items.count, by: batchSize) {
                        try body(Array(items[start..<min(start + batchSize, items.count)]))
                    }
                    return
                }
            }
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
                if let item = ListingReader.line(Data(pending[(base + range.lowerBound)..<(base + range.upperBound)]),
                                                 source: source, lineNumber: lineNumber) {
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
