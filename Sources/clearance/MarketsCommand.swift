import ArgumentParser
import ComplianceCore
import Formats
import Foundation
import Localization
import TextEngine

/// `clearance markets`: the market definitions, with what the loaded packs make of each.
struct MarketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "markets", abstract: "List the markets: locales, currency, units, jurisdictions, packs and field limits.",
        discussion: """
        Prices are a sample (1234.5 in the market's currency) formatted by system ICU for the market's first locale. \
        Field limits are the `length` rules of the loaded packs that apply to the market (marketplace packs only when \
        selected with --marketplace or the configuration's marketplaces), each in the unit its marketplace counts.
        """)

    @OptionGroup var sources: RuleSources
    @OptionGroup var marketplaces: MarketplaceOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Also show this price in each market's currency, e.g. \"19.99 EUR\" (needs --rates).") var price: String?
    @Option(help: "Exchange rates file (JSON: date, base, rates) for --price.") var rates: String?

    /// One market as listed.
    struct Entry {
        let market: Market
        let samplePrice: String?
        let packs: [String]
        let limits: [FieldLimit]
        /// 30 cm, 350 g and 750 ml as a listing there states them.
        let sampleMeasures: [String]
        /// `--price` in the market's currency, rounded to its digits and formatted by ICU.
        var converted: String? = nil
    }

    func run() throws {
        let configuration = try sources.configuration()
        let packs = try sources.packs(configuration: configuration, marketplaces: marketplaces)
        var entries = try sources.markets(configuration: configuration).sorted { $0.id < $1.id }.map { Self.entry($0, packs: packs) }
        var ratesNote: String?
        if price != nil || rates != nil {
            guard let price, let given = Price(price) else { throw ValidationError("--price must be an amount and an ISO 4217 code, e.g. \"19.99 EUR\"") }
            guard let rates else { throw ValidationError("--price needs --rates FILE") }
            guard let data = FileManager.default.contents(atPath: rates) else { throw InputError("\(rates): cannot read the rates file") }
            let table: ExchangeRates
            do { table = try ExchangeRates.load(data, file: rates) } catch { throw InputError("\(error)") }
            ratesNote = "\(given.amount) \(given.currency) at the rates of \(table.date)" + (table.source.map { " (\($0))" } ?? "")
            for index in entries.indices {
                let market = entries[index].market
                guard market.currency != nil else { continue }
                do {
                    entries[index].converted = try Price.stated(given, in: market, rates: table, ratesFile: rates)
                } catch let problem as ExchangeRates.Problem {
                    throw InputError(problem.description)
                }
            }
        }
        print(json ? Self.json(entries, ratesNote: ratesNote) : Self.text(entries, ratesNote: ratesNote), terminator: json ? "\n" : "")
    }

    static func entry(_ market: Market, packs: [RulePack]) -> Entry {
        let price = market.currency.flatMap { code in
            try? ICUNumberFormat.currency(code, locale: market.locales[0]).format(1234.5)
        }
        let applying = packs.filter { $0.reaches(market) }
        let measures = [Quantity(30, .centimeter), Quantity(350, .gram), Quantity(750, .milliliter)].compactMap {
            try? Measures.display($0, in: market)
        }
        return Entry(market: market, samplePrice: price, packs: applying.map(\.id), limits: FieldLimit.limits(in: market, packs: applying),
                     sampleMeasures: measures)
    }

    /// The field limits the `length` rules of `packs` set in `market`.
    static func text(_ entries: [Entry], ratesNote: String? = nil) -> String {
        var out = ""
        for entry in entries {
            let market = entry.market
            out += "\(market.id)  \(market.name)\n"
            out += "  locales: \(market.locales.joined(separator: ", "))  listings in: \(market.requiredLocales.joined(separator: ", "))"
                + "  scripts: \(market.scripts.map(\.rawValue).sorted().joined(separator: ", "))\n"
            out += "  currency: \(market.currency ?? "-")\(entry.samplePrice.map { " (\($0))" } ?? "")  units: \(market.unitSystem?.rawValue ?? "-")  sizes: \(market.sizeSystem?.rawValue ?? "-")"
                + "  jurisdictions: \(market.jurisdictions.joined(separator: ", "))\n"
            if let converted = entry.converted { out += "  price: \(converted)\n" }
            out += "  30 cm, 350 g, 750 ml: \(entry.sampleMeasures.joined(separator: ", "))\n"
            out += "  packs: \(entry.packs.count)\n"
            for limit in entry.limits {
                out += "  limit: \(limit.field) \(limit.maximum) \(limit.unit.rawValue) (\(limit.rule))\n"
            }
        }
        let versions = ICUVersions.current
        return out + "\(entries.count) markets; prices formatted by ICU \(versions.icu), CLDR \(versions.cldr)"
            + (ratesNote.map { "; converted: \($0)" } ?? "") + "\n"
    }

    static func json(_ entries: [Entry], ratesNote: String? = nil) -> String {
        let versions = ICUVersions.current
        let markets: [JSONValue] = entries.map { entry in
            let market = entry.market
            let limits: [JSONValue] = entry.limits.map { limit in
                JSONValue.object(["field": .string(limit.field), "max": .int(limit.maximum), "unit": .string(limit.unit.rawValue),
                                  "rule": .string(limit.rule)])
            }
            var object: [String: JSONValue] = [:]
            object["id"] = .string(market.id)
            object["name"] = .string(market.name)
            object["locales"] = .array(market.locales.map(JSONValue.string))
            object["required_languages"] = .array(market.requiredLocales.map(JSONValue.string))
            object["scripts"] = .array(market.scripts.map(\.rawValue).sorted().map(JSONValue.string))
            object["jurisdictions"] = .array(market.jurisdictions.map(JSONValue.string))
            object["currency"] = market.currency.map(JSONValue.string) ?? .null
            object["sample_price"] = entry.samplePrice.map(JSONValue.string) ?? .null
            if let converted = entry.converted { object["price"] = .string(converted) }
            object["sample_measures"] = .array(entry.sampleMeasures.map(JSONValue.string))
            object["unit_system"] = market.unitSystem.map { JSONValue.string($0.rawValue) } ?? .null
            object["size_system"] = market.sizeSystem.map { JSONValue.string($0.rawValue) } ?? .null
            object["packs"] = .array(entry.packs.map(JSONValue.string))
            object["limits"] = .array(limits)
            return .object(object)
        }
        var top: [String: JSONValue] = ["icu": .string(versions.icu), "cldr": .string(versions.cldr), "markets": .array(markets)]
        if let ratesNote { top["converted"] = .string(ratesNote) }
        return JSONValue.object(top).text
    }
}
