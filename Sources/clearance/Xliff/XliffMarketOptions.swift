import ArgumentParser
import ComplianceCore
import Foundation
import Localization
import RulePacks
import Translation

/// Where `xliff export|import` find markets, their packs and so the field limits, as `localize`.
struct XliffMarketOptions: ParsableArguments {
    @Option(help: "A configuration file (default: .clearance.yml in the working directory, when there is one).") var config: String?
    @Option(name: .customLong("rules"), help: "A folder of rule packs; repeatable. Default: the configuration's, else rules.")
    var ruleFolders: [String] = []
    @Option(name: .customLong("market-definitions"), help: "The folder of market definitions. Default: the configuration's, else locales/markets.")
    var marketFolder: String?
    @OptionGroup var marketplaces: MarketplaceOptions

    /// The markets named (`US,DE` or `all`; nil: all) and the packs that apply.
    func load(_ names: String?) throws -> (chosen: [Market], packs: [RulePack]) {
        var arguments: [String] = []
        if let config { arguments += ["--config", config] }
        for folder in ruleFolders { arguments += ["--rules", folder] }
        if let marketFolder { arguments += ["--markets", marketFolder] }
        let sources = try RuleSources.parse(arguments)
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        let known = try sources.markets(configuration: configuration)
        guard let names, names.lowercased() != "all" else { return (known.sorted { $0.id < $1.id }, packs) }
        let chosen = try names.split(separator: ",").map { id in
            let trimmed = id.trimmingCharacters(in: .whitespaces)
            guard let market = known.first(where: { $0.id == trimmed }) else {
                throw ValidationError("unknown market '\(trimmed)' (known: \(known.map(\.id).sorted().joined(separator: ", ")))")
            }
            return market
        }
        return (chosen, packs)
    }

    /// The listing language of a market: that of its first locale.
    static func language(of market: Market) -> String? {
        market.locales.first.flatMap(ListingLanguages.language(forLocale:))
    }

    /// The field limits of the `length` rules in the markets of `language`, by field.
    static func limits(language: String, markets: [Market], packs: [RulePack]) -> [String: [FieldLimit]] {
        var limits: [String: [FieldLimit]] = [:]
        for market in markets where Self.language(of: market) == language {
            for limit in FieldLimit.limits(in: market, packs: packs) where !(limits[limit.field] ?? []).contains(limit) {
                limits[limit.field, default: []].append(limit)
            }
        }
        return limits
    }
}
