import ComplianceCore
import Foundation

/// Splits CSV (RFC 4180, with `,`, `;` or tab between fields) into records as bytes arrive, so
/// a file is never held whole. Quoted fields may hold separators, `""` and line breaks; CRLF
/// and LF both end records, and CRLF inside a quoted field becomes LF.
///
/// A quoted field that is never closed (at the end of the input, or within
/// `maximumRecordBytes`) is reported at the line its record starts on, and reading resumes
/// on the line after that: one stray quote costs one record, not the rest of the file.
struct CSVRecordParser {
    struct Record: Equatable {
        /// The fields as bytes (UTF-8 is checked when they become text).
        var fields: [[UInt8]]
        /// 1-based line the record starts on.
        var line: Int
        /// Why the record could not be split, if it could not.
        var error: String?
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    let separator: UInt8
    let maximumRecordBytes: Int
    /// The line of the next byte.
    private(set) var line = 1
    private var state = State.fieldStart
    private var fields: [[UInt8]] = []
    private var field: [UInt8] = []
    private var fieldQuoted = false
    private var recordQuoted = false
    private var recordStarted = false
    private var recordLine = 1
    /// The bytes of the record being read after its first line break, to resume there after an
    /// unclosed quote (only records with quoted line breaks keep any).
    private var raw: [UInt8] = []
    private var pastFirstLine = false
    private var recordBytes = 0

    static let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    init(separator: UInt8, firstLine: Int = 1, maximumRecordBytes: Int = 8 << 20) {
        self.separator = separator
        self.line = firstLine
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Reads `bytes`, appending the records they complete to `records`.
    mutating func feed(_ bytes: [UInt8], into records: inout [Record]) {
        bytes.withUnsafeBytes { feed($0, into: &records) }
    }

    /// Reads `bytes`, appending the records they complete to `records`.
    mutating func feed(_ bytes: UnsafeRawBufferPointer, into records: inout [Record]) {
        for byte in bytes {
            if !recordStarted {
                recordStarted = true
                recordLine = line
            }
            recordBytes += 1
            if pastFirstLine { raw.append(byte) }
            switch state {
            case .fieldStart:
                if byte == Self.quote {
                    state = .quoted
                    fieldQuoted = true
                    recordQuoted = true
                } else if byte == separator {
                    endField()
                } else if byte == Self.lf {
                    endRecord(into: &records)
                } else {
                    field.append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if byte == separator {
                    endField()
                } else if byte == Self.lf {
                    endRecord(into: &records)
                } else {
                    field.append(byte)  // a quote inside an unquoted field is kept as written
                }
            case .quoted:
                if byte == Self.quote {
                    state = .quoteInQuoted
                } else if byte == Self.lf, field.last == Self.cr {
                    field[field.count - 1] = Self.lf
                } else {
                    field.append(byte)
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    field.append(Self.quote)
                    state = .quoted
                } else if byte == separator {
                    endField()
                } else if byte == Self.lf {
                    endRecord(into: &records)
                } else if byte != Self.cr {
                    field.append(byte)  // text after a closing quote is kept as written
                    state = .unquoted
                }
            }
            if byte == Self.lf {
                line += 1
                if recordStarted { pastFirstLine = true }
            }
            if state == .quoted, recordBytes > maximumRecordBytes {
                recover("a quoted field is not closed within \(maximumRecordBytes) bytes", into: &records)
            }
        }
    }

    /// Ends the input: the last record needs no line break.
    mutating func finish(into records: inout [Record]) {
        if state == .quoted {
            recover("a quoted field is not closed", into: &records)
            finish(into: &records)
        } else if recordStarted {
            endRecord(into: &records)
        }
    }

    private mutating func endField() {
        if !fieldQuoted, field.last == Self.cr { field.removeLast() }
        fields.append(field)
        field.removeAll(keepingCapacity: true)
        fieldQuoted = false
        state = .fieldStart
    }

    private mutating func endRecord(into records: inout [Record]) {
        if field.last == Self.cr { field.removeLast() }  // CRLF
        endField()
        let blank = !recordQuoted && fields.count == 1
            && fields[0].allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if !blank { records.append(Record(fields: fields, line: recordLine)) }
        reset()
    }

    private mutating func reset() {
        fields.removeAll()
        field.removeAll(keepingCapacity: true)
        raw.removeAll(keepingCapacity: true)
        pastFirstLine = false
        recordBytes = 0
        fieldQuoted = false
        recordQuoted = false
        recordStarted = false
        state = .fieldStart
    }

    /// Reports the record with the unclosed quote and reads again from its second line.
    private mutating func recover(_ message: String, into records: inout [Record]) {
        records.append(Record(fields: [], line: recordLine, error: message))
        let rest = raw
        line = recordLine + 1
        reset()
        feed(rest, into: &records)
    }

    /// The separator a header line uses: the most frequent of `,`, `;` and tab outside quotes
    /// (a comma when none appears; ties go to the comma, then the semicolon).
    static func separator(ofHeader head: some Collection<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var counts = [0, 0, 0]
        var quoted = false
        for byte in head {
            if byte == quote { quoted.toggle(); continue }
            if !quoted, byte == lf { break }
            if !quoted, let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }

    /// The header of CSV input when `head` starts with one naming a `title` or `description`
    /// column (a UTF-8 byte-order mark first is skipped).
    static func header(in head: Data) -> (separator: UInt8, names: [String])? {
        let bytes = Array(head.starts(with: utf8BOM) ? head.dropFirst(3) : head[...])
        let separator = separator(ofHeader: bytes)
        var parser = CSVRecordParser(separator: separator)
        var records: [Record] = []
        let end = bytes.firstIndex(of: lf).map { $0 + 1 } ?? bytes.count
        parser.feed(Array(bytes[..<end]), into: &records)
        if records.isEmpty { parser.finish(into: &records) }
        guard let first = records.first, first.error == nil else { return nil }
        let names = first.fields.map { String(decoding: $0, as: UTF8.self) }
        let normalized = Set(names.map { CSVListingMapper.normalized($0) })
        guard normalized.contains("title") || normalized.contains("description") else { return nil }
        return (separator, names)
    }

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// Turns CSV records into listings by the header's column names (the JSON shape's names;
/// `attributes.NAME`; `bullets` or numbered `bullets.N` / `bullet_N`).
struct CSVListingMapper {
    enum Column: Equatable {
        case id, market, locale, title, bullets, description, searchTerms, category, brand
        case bullet(Int)
        case attribute(String)
        case ignored
    }

    let columns: [Column]
    /// Header names that are not listing fields (ignored; the CLI warns about them).
    let unknownColumns: [String]
    /// Header names given more than once (the first one is read).
    let duplicateColumns: [String]

    /// - Throws: a message when the header has neither a `title` nor a `description` column.
    init(header: [String]) throws(CSVHeaderProblem) {
        var columns: [Column] = []
        var unknown: [String] = []
        var duplicates: [String] = []
        for name in header {
            var column = Self.column(name)
            if column == .ignored, !name.trimmingCharacters(in: .whitespaces).isEmpty {
                unknown.append(name)
            } else if column != .ignored, columns.contains(column) {
                duplicates.append(name)
                column = .ignored
            }
            columns.append(column)
        }
        guard columns.contains(.title) || columns.contains(.description) else {
            throw CSVHeaderProblem(message: "the CSV header has neither a 'title' nor a 'description' column")
        }
        self.columns = columns
        unknownColumns = unknown
        duplicateColumns = duplicates
    }

    static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func column(_ name: String) -> Column {
        let key = normalized(name)
        switch key {
        case "id": return .id
        case "market": return .market
        case "locale": return .locale
        case "title": return .title
        case "bullets": return .bullets
        case "description": return .description
        case "search_terms": return .searchTerms
        case "category": return .category
        case "brand": return .brand
        default: break
        }
        for prefix in ["bullets.", "bullet_"] where key.hasPrefix(prefix) {
            if let number = Int(key.dropFirst(prefix.count)), number >= 1 { return .bullet(number) }
        }
        if key.hasPrefix("attributes.") {
            let attribute = name.trimmingCharacters(in: .whitespaces).dropFirst("attributes.".count)
            if !attribute.isEmpty { return .attribute(String(attribute)) }
        }
        return .ignored
    }

    /// The listing a record holds, or an error naming the line the record starts on.
    func item(_ record: CSVRecordParser.Record, source: String) -> ListingStream.Item {
        func failure(_ message: String) -> ListingStream.Item {
            .error(ListingInputError(source: source, line: record.line, message: message))
        }
        if let error = record.error { return failure(error) }
        guard record.fields.count == columns.count else {
            return failure("the record has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), the header \(columns.count)")
        }
        var values: [Column: String] = [:]
        var numbered: [(Int, String)] = []
        var attributes: [String: String] = [:]
        for (column, bytes) in zip(columns, record.fields) where column != .ignored && !bytes.isEmpty {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return failure("column '\(Self.name(of: column))' is not valid UTF-8")
            }
            guard !text.allSatisfy(\.isWhitespace) else { continue }  // empty cells are absent
            switch column {
            case let .bullet(number): numbered.append((number, text))
            case let .attribute(name): attributes[name] = text
            default: values[column] = text
            }
        }
        let id = values[.id] ?? "line-\(record.line)"
        guard values[.title] != nil || values[.description] != nil else {
            return failure("listing '\(id)' has neither a title nor a description")
        }
        var bullets = values[.bullets].map(Self.bullets) ?? []
        bullets += numbered.sorted { $0.0 < $1.0 }.map(\.1)
        var listing = Listing(id: id, market: values[.market], locale: values[.locale], title: values[.title], bullets: bullets,
                              description: values[.description], searchTerms: values[.searchTerms], category: values[.category],
                              brand: values[.brand], attributes: attributes)
        listing.origin = ListingOrigin(source: source, line: record.line)
        return .listing(listing)
    }

    /// A `bullets` cell: a JSON array of strings, or one bullet a line.
    static func bullets(_ cell: String) -> [String] {
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("["), let list = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [Any] {
            return list.map(ListingReader.attributeText).filter { !$0.isEmpty }
        }
        return cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func name(of column: Column) -> String {
        switch column {
        case .id: "id"
        case .market: "market"
        case .locale: "locale"
        case .title: "title"
        case .bullets: "bullets"
        case .description: "description"
        case .searchTerms: "search_terms"
        case .category: "category"
        case .brand: "brand"
        case let .bullet(number): "bullets.\(number)"
        case let .attribute(name): "attributes.\(name)"
        case .ignored: "?"
        }
    }
}

extension CSVListingMapper.Column: Hashable {}

struct CSVHeaderProblem: Error {
    let message: String
}
