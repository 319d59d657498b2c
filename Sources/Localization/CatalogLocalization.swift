import ComplianceCore
import TextEngine

/// Products into checked listings for markets: one listing per product, market and required
/// locale, each fitted to the market's title and description limits, checked by the engine, with
/// what could not be localized as `localization` findings. `clearance localize` and the HTTP
/// service both run it.
public struct CatalogLocalization: Sendable {
    public let localizer: Localizer
    public let engine: Engine
    public let packs: [RulePack]

    public init(localizer: Localizer, engine: Engine, packs: [RulePack]) {
        self.localizer = localizer
        self.engine = engine
        self.packs = packs
    }

    public struct Outcome: Sendable {
        public var listings: [Listing] = []
        /// One per listing, in the same order.
        public var results: [ListingResult] = []
        /// What was not made, in words (a locale without templates, a price without a rate).
        public var notes: [String] = []
    }

    public func run(_ products: [Product], markets: [Market], on day: Day) throws -> Outcome {
        var outcome = Outcome()
        // The tightest title and description limits of each market, once.
        func tightest(_ field: String) -> [String: Localizer.Limit] {
            var limits: [String: Localizer.Limit] = [:]
            for market in markets {
                let limit = FieldLimit.limits(in: market, packs: packs).filter { $0.field == field }.min { $0.maximum < $1.maximum }
                if let limit { limits[market.id] = (limit.maximum, limit.unit) }
            }
            return limits
        }
        let titleLimits = tightest("title"), descriptionLimits = tightest("description")
        // One listing per required locale of each market. A locale whose language has no listing
        // templates (Thai so far) is named once, not per product.
        var targets: [(market: Market, locale: String)] = []
        for market in markets {
            for locale in market.requiredLocales {
                if ListingLanguages.language(forLocale: locale) == nil {
                    outcome.notes.append("\(market.id): no listing templates for \(locale) (listing languages: \(ListingLanguages.all.joined(separator: ", "))); not localized")
                } else {
                    targets.append((market, locale))
                }
            }
        }
        for product in products {
            for (market, locale) in targets {
                let localized: Localizer.Localized
                do {
                    localized = try localizer.localize(product, for: market, locale: locale, titleLimit: titleLimits[market.id],
                                                       descriptionLimit: descriptionLimits[market.id])
                } catch let problem as TitleComposer.Problem {
                    outcome.notes.append("\(product.sku) [\(market.id)]: \(problem)")
                    continue
                }
                outcome.notes += localized.notes.map { "\(product.sku) [\(market.id)]: \($0)" }
                let checked = try engine.check(localized.listing, market: market, on: day)
                let findings = checked.findings + localized.missing.map { Self.finding($0, listing: localized.listing, market: market) }
                    + localized.untranslated.map { Self.finding($0, listing: localized.listing, market: market) }
                outcome.listings.append(localized.listing)
                outcome.results.append(ListingResult(listing: checked.listing, market: market.id, decision: Decision(findings: findings), findings: findings))
            }
        }
        return outcome
    }

    /// A value the glossary lacks, or a size the tables cannot state, as a finding on the title.
    static func finding(_ missing: MissingTranslation, listing: Listing, market: Market) -> Finding {
        if let detail = missing.detail {
            let rule = "localization/size-not-converted"
            let system = market.sizeSystem.map { "\($0.rawValue) sizes" } ?? "no size system"
            return Finding(rule: rule, category: .localization, severity: .warn, market: market.id, field: FieldPath(.title),
                           span: TextSpan(utf8Range: 0..<0, in: listing.title ?? ""),
                           message: "Size '\(missing.value)' was left out of the title and bullets: \(detail) (\(market.id) listings use \(system))",
                           citation: Citation(law: "Clearance size tables (locales/sizes)"),
                           fix: "Give the size in the market's system, or add the size to the table of locales/sizes from a published chart.",
                           fingerprint: "\(rule)|\(listing.id)|size|\(missing.value)", explanation: "\(missing)")
        }
        let rule = "localization/missing-translation"
        return Finding(rule: rule, category: .localization, severity: .warn, market: market.id, field: FieldPath(.title),
                       span: TextSpan(utf8Range: 0..<0, in: listing.title ?? ""),
                       message: "No \(missing.language) translation for \(missing.attribute) '\(missing.value)': it was left out of the \(missing.attribute == "feature" ? "bullets" : "title")",
                       citation: Citation(law: "Clearance glossaries (locales/glossaries)"),
                       fix: "Add '\(missing.value)' with its \(missing.language) text to the \(missing.attribute) glossary, or give the title in the product's texts.",
                       fingerprint: "\(rule)|\(listing.id)|\(missing.attribute)|\(missing.value)", explanation: "\(missing)")
    }

    /// Seller text without the market's language, as an info finding: the listing is made without
    /// it, and `clearance xliff export` writes it out for translation.
    static func finding(_ gap: Localizer.Untranslated, listing: Listing, market: Market) -> Finding {
        let rule = "localization/untranslated-text"
        return Finding(rule: rule, category: .localization, severity: .info, market: market.id, field: FieldPath.listing,
                       span: TextSpan(utf8Range: 0..<0, in: ""),
                       message: "The seller's \(gap.field) is in \(gap.available.joined(separator: ", ")) only: it was left out of the \(gap.language) listing",
                       citation: Citation(law: "Clearance localization (docs/localization.md)"),
                       fix: "Translate it: clearance xliff export, then clearance xliff import, or add texts.\(gap.language) to the product.",
                       fingerprint: "\(rule)|\(listing.id)|\(gap.field)", explanation: "\(gap)")
    }
}
