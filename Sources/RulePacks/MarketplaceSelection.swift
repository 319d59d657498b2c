import ComplianceCore

/// The marketplaces whose packs apply. A pack with a `marketplace` carries one marketplace's
/// listing policy (Amazon, eBay, ...): it applies only when that marketplace is selected, in
/// `.clearance.yml` (`marketplaces: [amazon]`) or on the command line (`--marketplace amazon`).
/// Packs without a marketplace (law, privacy, quality) are not affected.
public struct MarketplaceSelection: Sendable, Equatable {
    /// The selected marketplace names.
    public let names: Set<String>

    /// A selection of marketplaces that the loaded packs know.
    /// - Throws: `UnknownMarketplace` for the first name that no pack has as its marketplace
    ///   (a typo would otherwise leave a marketplace's rules out silently).
    public init(_ names: [String], packs: [RulePack]) throws(UnknownMarketplace) {
        let known = Self.known(in: packs)
        for name in names where !known.contains(name) {
            throw UnknownMarketplace(name: name, known: known)
        }
        self.names = Set(names)
    }

    /// The marketplaces of the packs, sorted.
    public static func known(in packs: [RulePack]) -> [String] {
        Set(packs.compactMap(\.marketplace)).sorted()
    }

    /// Whether the pack applies: it has no marketplace, or its marketplace is selected.
    public func includes(_ pack: RulePack) -> Bool {
        pack.marketplace.map(names.contains) ?? true
    }
}

/// A marketplace named that no loaded pack has.
public struct UnknownMarketplace: Error, Equatable, CustomStringConvertible {
    public let name: String
    public let known: [String]

    public var description: String {
        "unknown marketplace '\(name)' (known: \(known.isEmpty ? "none: no loaded pack names a marketplace" : known.joined(separator: ", ")))"
    }
}
