import Foundation
import ComplianceCore

/// A product's size as a market's listings state it.
public enum StatedSize: Sendable, Equatable {
    /// A letter size (`M`, `XL`), which listings in every market write as given.
    case letter(String)
    /// A size word (`one size`, `petite`): a key of the sizes glossary.
    case word(String)
    /// A size in a system, with the length unit when the system measures (JP shoes in cm).
    case sized(value: String, system: SizeSystem, length: SizeTable.Length?)
}

/// Why a product's size cannot be stated in a market's system: reported as a `localization`
/// finding, and the size is left out of the title and the bullets.
public enum SizeProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case numberWithoutSystem(String)
    case unknownSystem(String)
    case unknownGroup(String)
    case groupNeeded(family: String)
    case marketHasNoSystem
    case noTable(family: String, group: SizeGroup)
    case noRow(value: String, system: SizeSystem, table: String)
    case noCell(value: String, from: SizeSystem, to: SizeSystem, table: String)
    case ambiguous(value: String, from: SizeSystem, to: SizeSystem, table: String, candidates: [String])

    public var description: String {
        switch self {
        case let .numberWithoutSystem(value): "size '\(value)' is a number without a size system (give {\"system\": \"EU\", \"value\": \"\(value)\"})"
        case let .unknownSystem(system): "size system '\(system)' is not one of \(SizeSystem.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .unknownGroup(group): "gender '\(group)' is not one of men, women, kids, unisex"
        case let .groupNeeded(family): "\(family) sizes differ for men and women: the product needs a gender attribute"
        case .marketHasNoSystem: "the market has no size_system"
        case let .noTable(family, group): "there is no \(family) size table for \(group.rawValue)"
        case let .noRow(value, system, table): "\(system.rawValue) \(value) has no row in the \(table) table"
        case let .noCell(value, from, to, table): "the \(table) table gives no \(to.rawValue) size for \(from.rawValue) \(value)"
        case let .ambiguous(value, from, to, table, candidates):
            "\(from.rawValue) \(value) is \(candidates.joined(separator: " or ")) in \(to.rawValue) in the \(table) table"
        }
    }
}

extension SizeTables {
    /// Letter sizes, written as given in every market (see docs/localization.md, Sizes).
    static let letters: Set<String> = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL", "5XL", "2XS", "3XS"]

    /// The size of `product` as a market whose listings use `target` states it, or nil when the
    /// product has no size. Conversion is an exact lookup in the table of the product's family
    /// and group (the `gender` attribute; shoes without one, or unisex, use the men's table).
    public func state(_ product: Product, in target: SizeSystem?) -> Result<StatedSize, SizeProblem>? {
        guard let raw = product.attributes["size"] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard let systemName = product.sizeSystem else {
            if Self.letters.contains(value.uppercased()) { return .success(.letter(value.uppercased())) }
            if value.contains(where: \.isNumber) { return .failure(.numberWithoutSystem(value)) }
            return .success(.word(value))
        }
        guard let from = SizeSystem(rawValue: systemName.uppercased()) else { return .failure(.unknownSystem(systemName)) }
        guard let target else { return .failure(.marketHasNoSystem) }
        if from == target { return .success(.sized(value: value, system: from, length: length(of: from, family: product.family))) }
        let group: SizeGroup
        switch product.attributes["gender"]?.lowercased() {
        case nil, "unisex":
            guard product.family == "footwear" else { return .failure(.groupNeeded(family: product.family)) }
            group = .men
        case let given?:
            guard let known = SizeGroup(rawValue: given) else { return .failure(.unknownGroup(given)) }
            group = known
        }
        guard let table = table(family: product.family, group: group) else { return .failure(.noTable(family: product.family, group: group)) }
        let matches = table.rows.filter { $0[from] == value }
        guard !matches.isEmpty else { return .failure(.noRow(value: value, system: from, table: table.name)) }
        let cells = matches.map { $0[target] }
        let found = cells.compactMap { $0 }
        guard !found.isEmpty else { return .failure(.noCell(value: value, from: from, to: target, table: table.name)) }
        let distinct = found.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard distinct.count == 1, found.count == cells.count else {
            return .failure(.ambiguous(value: value, from: from, to: target, table: table.name,
                                       candidates: distinct + (found.count < cells.count ? ["none"] : [])))
        }
        return .success(.sized(value: distinct[0], system: target, length: table.lengths[target]))
    }
}
