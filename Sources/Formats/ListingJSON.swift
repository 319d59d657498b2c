import ComplianceCore

/// A listing in the input shape of `check` (DESIGN section 8), as a JSON value with sorted keys:
/// what `localize` writes and what the store hashes to tell listing versions apart.
public enum ListingJSON {
    public static func value(_ listing: Listing) -> JSONValue {
        var object: [String: JSONValue] = ["id": .string(listing.id)]
        if let market = listing.market { object["market"] = .string(market) }
        if let locale = listing.locale { object["locale"] = .string(locale) }
        if let title = listing.title { object["title"] = .string(title) }
        if !listing.bullets.isEmpty { object["bullets"] = .array(listing.bullets.map(JSONValue.string)) }
        if let description = listing.description { object["description"] = .string(description) }
        if let searchTerms = listing.searchTerms { object["search_terms"] = .string(searchTerms) }
        if let category = listing.category { object["category"] = .string(category) }
        if let brand = listing.brand { object["brand"] = .string(brand) }
        if !listing.attributes.isEmpty { object["attributes"] = .object(listing.attributes.mapValues(JSONValue.string)) }
        return .object(object)
    }
}
