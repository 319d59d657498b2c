import ComplianceCore

/// One clothing or shoe size conversion table (`locales/sizes/*.yaml`): for a product family and
/// a wearer group, rows of the same size in each system, as one published chart gives them.
public struct SizeTable: Sendable, Equatable {
    /// How a column's values are measured: foot lengths in centimetres (JP) or millimetres (CN,
    /// KR). Other columns are labels ("9", "42.5", "170/92A").
    public enum Length: String, Sendable, CaseIterable {
        case cm, mm
    }

    /// The category family (`footwear`, `apparel`).
    public let family: String
    /// The wearer group (`men`, `women`, `kids`).
    public let group: SizeGroup
    /// The columns whose values are lengths.
    public let lengths: [SizeSystem: Length]
    /// Rows in the chart's order; a row lacks a system the chart gives no value for.
    public let rows: [[SizeSystem: String]]
    /// Where it was loaded from.
    public let source: String

    public init(family: String, group: SizeGroup, lengths: [SizeSystem: Length], rows: [[SizeSystem: String]], source: String) {
        self.family = family
        self.group = group
        self.lengths = lengths
        self.rows = rows
        self.source = source
    }

    /// The table's name in reports (`footwear-men`).
    public var name: String { "\(family)-\(group.rawValue)" }
}

/// Whom a garment or shoe is sized for, from the product's `gender` attribute.
public enum SizeGroup: String, Sendable, CaseIterable {
    case men, women, kids
}

/// All size tables, looked up by family and group.
public struct SizeTables: Sendable {
    public let tables: [SizeTable]

    public init(tables: [SizeTable]) {
        self.tables = tables
    }

    /// The table for `family` and `group`, nil when there is none.
    public func table(family: String, group: SizeGroup) -> SizeTable? {
        tables.first { $0.family == family && $0.group == group }
    }

    /// Whether any table of `family` measures `system`'s sizes as a length (JP shoes in cm).
    public func length(of system: SizeSystem, family: String) -> SizeTable.Length? {
        tables.lazy.filter { $0.family == family }.compactMap { $0.lengths[system] }.first
    }
}
