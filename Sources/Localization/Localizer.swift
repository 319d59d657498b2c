import ComplianceCore
import Foundation
import TextEngine

/// One product into one market's listing: the title from the templates within the market's
/// limit, bullets stating its attributes and quantities, the price in the market's currency,
/// quantities in its units, the seller's own text in the market's language when there is one. Pure: no I/O and no rule engine (the caller
/// checks the listing).
public struct Localizer: Sendable {
    public let composer: TitleComposer
    public let bullets: BulletTemplates?
    public let rates: ExchangeRates?

    public init(composer: TitleComposer, bullets: BulletTemplates? = nil, rates: ExchangeRates?) {
        self.composer = composer
        self.bullets = bullets
        self.rates = rates
    }

    /// A listing made for a market, with what could not be localized.
    public struct Localized: Sendable {
        public let listing: Listing
        /// Values the glossaries do not translate into the market's language.
        public let missing: [MissingTranslation]
        /// What else could not be done (a price without a rate), in words.
        public let notes: [String]
        /// Title parts dropped to fit the limit.
        public let dropped: [String]
    }

    /// The listing of `product` for `market`, its title within `titleLimit` when given.
    /// - Throws: `TitleComposer.Problem` when the market's language has no template.
    public func localize(_ product: Product, for market: Market, titleLimit: (maximum: Int, unit: LengthUnit)? = nil) throws -> Localized {
        let locale = market.locales[0]
        let title = try composer.title(of: product, locale: locale, limit: titleLimit, sizeSystem: market.sizeSystem)
        var attributes = product.attributes
        var notes: [String] = []
        if let price = product.price, let currency = market.currency {
            if price.currency == currency {
                attributes["price"] = try price.formatted(locale: locale)
            } else if let rates {
                do {
                    let amount = try rates.convert(price.amount, from: price.currency, to: currency)
                    attributes["price"] = try Price(amount: amount, currency: currency).formatted(locale: locale)
                } catch let problem as ExchangeRates.Problem {
                    notes.append("price not converted: \(problem.message)")
                }
            } else {
                notes.append("price not converted: \(price.currency) to \(currency) needs --rates")
            }
        }
        for (name, quantity) in product.quantities {
            attributes[name] = try Measures.display(quantity, in: market)
        }
        let language = ListingLanguages.language(forLocale: locale)
        let own = language.flatMap { product.texts[$0] } ?? [:]
        var missing = title.missing
        var lines: [String] = []
        if let bullets {
            let made = try composer.bullets(of: product, market: market, templates: bullets)
            lines = made.lines
            missing += made.missing.filter { gap in !missing.contains(gap) }
        }
        let listing = Listing(id: "\(product.sku)-\(market.id)", market: market.id, locale: locale, title: title.text, bullets: lines,
                              description: own["description"], category: product.category, brand: product.brand,
                              attributes: attributes)
        return Localized(listing: listing, missing: missing, notes: notes, dropped: title.dropped)
    }
}
