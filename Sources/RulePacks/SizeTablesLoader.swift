import ComplianceCore
import Localization

/// Reads size tables (`locales/sizes/*.yaml`): each a family, a wearer group, the columns that
/// are lengths, and rows of sizes by system. A table with any error does not load, nor does a
/// set of tables where two share a family and group.
public enum SizeTablesLoader {
    /// Loads one table from the YAML text of `file`.
    /// - Throws: `RulePackError` naming the file, line and column of what is wrong.
    public static func load(yaml: String, file: String) throws -> SizeTable {
        let top = try YAMLDocument.versionOne(yaml, file: file, what: "the size table file", keys: ["table", "rows"])
        let head = try top["table"]!.mapping("table", accepted: ["family", "group", "lengths"], required: ["family", "group"])
        let group = try head["group"]!.choice("group", SizeGroup.self)
        var lengths: [SizeSystem: SizeTable.Length] = [:]
        if let node = head["lengths"] {
            let entries = try node.mapping("lengths", accepted: SizeSystem.allCases.map(\.rawValue))
            for (name, entry) in entries { lengths[SizeSystem(rawValue: name)!] = try entry.choice("lengths.\(name)", SizeTable.Length.self) }
        }
        let items = try top["rows"]!.list("rows")
        guard !items.isEmpty else { throw top["rows"]!.error("a size table needs at least one row") }
        var rows: [[SizeSystem: String]] = []
        for item in items {
            let cells = try item.mapping("a row", accepted: SizeSystem.allCases.map(\.rawValue))
            guard cells.count >= 2 else { throw item.error("a row needs sizes in at least two systems") }
            var row: [SizeSystem: String] = [:]
            for (name, cell) in cells {
                let system = SizeSystem(rawValue: name)!
                let value = try cell.nonEmptyString("the \(name) size")
                if let length = lengths[system], !isLength(value, length) {
                    throw cell.error("the \(name) size '\(value)' must be a length in \(length.rawValue) (\(length == .cm ? "26.5" : "265"))")
                }
                row[system] = value
            }
            guard !rows.contains(row) else { throw item.error("this row appears twice") }
            rows.append(row)
        }
        return SizeTable(family: try head["family"]!.nonEmptyString("family"), group: group, lengths: lengths, rows: rows, source: file)
    }

    /// Loads every table of `files` (path, YAML text).
    /// - Throws: `RulePackError` for the first table that does not load, or a second table for a
    ///   family and group.
    public static func load(files: [(path: String, yaml: String)]) throws -> SizeTables {
        var tables: [SizeTable] = []
        for file in files {
            let table = try load(yaml: file.yaml, file: file.path)
            if let earlier = tables.first(where: { $0.family == table.family && $0.group == table.group }) {
                throw RulePackError(file: file.path, line: 0, column: 0, message: "a second \(table.name) table (the first is \(earlier.source))")
            }
            tables.append(table)
        }
        return SizeTables(tables: tables)
    }

    /// Whether `text` is a centimetre length with at most one decimal ("26.5") or whole millimetres ("265").
    static func isLength(_ text: String, _ length: SizeTable.Length) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let digits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        switch length {
        case .cm: return parts.count == 1 ? digits(parts[0]) : parts.count == 2 && digits(parts[0]) && digits(parts[1]) && parts[1].count == 1
        case .mm: return parts.count == 1 && digits(parts[0])
        }
    }
}
