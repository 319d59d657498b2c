import ComplianceCore
import Formats
import Foundation
import Hummingbird
import Store

/// The check page: a listing's text or a product, checked for the markets picked; an officer
/// may record the results for review.
extension WebUI {
    struct CheckPage {
        struct MarketChoice {
            let id: String
            let checked: Bool
        }

        struct Form {
            var isListing = true
            var id = "", title = "", bullets = "", description = "", searchTerms = "", category = "", brand = "", product = ""
            var markets: [MarketChoice] = []
            var record = false
        }

        let form: Form
        let localizes: Bool
        let checked: Bool
        let notes: [String]
        let results: [ResultView]
    }

    func checkPage(_ request: Request, user: User) async throws -> Response {
        var form = CheckPage.Form()
        form.markets = marketChoices(checked: service.markets["US"] == nil ? [] : ["US"])
        return pages.render("check", page: CheckPage(form: form, localizes: service.localization != nil, checked: false, notes: [], results: []),
                            layout: layout("Check a listing", user: user, current: "/ui/check"))
    }

    func check(_ posted: WebForm, user: User) async throws -> Response {
        var form = CheckPage.Form()
        form.isListing = posted["kind"] != "product"
        form.id = posted["id"] ?? ""
        form.title = posted.raw("title")
        form.bullets = posted.raw("bullets")
        form.description = posted.raw("description")
        form.searchTerms = posted.raw("search_terms")
        form.category = posted["category"] ?? ""
        form.brand = posted["brand"] ?? ""
        form.product = posted.raw("product")
        form.record = posted["record"] != nil && user.token.role >= .officer
        let chosen = posted.all("market").filter { service.markets[$0] != nil }
        form.markets = marketChoices(checked: Set(chosen))
        func again(_ problem: String) -> Response {
            pages.render("check", page: CheckPage(form: form, localizes: service.localization != nil, checked: false, notes: [], results: []),
                         layout: layout("Check a listing", user: user, current: "/ui/check", problem: problem), status: .badRequest)
        }
        guard !chosen.isEmpty else { return again("Pick at least one market.") }
        let markets = chosen.compactMap { service.markets[$0] }
        let day = service.today()

        var listings: [Listing] = []
        var results: [ListingResult] = []
        var notes: [String] = []
        if form.isListing {
            let bullets = form.bullets.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            func optional(_ text: String) -> String? { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text }
            guard optional(form.title) != nil || optional(form.description) != nil || !bullets.isEmpty else {
                return again("Give a title, bullet points or a description.")
            }
            // Without an id, the text names the listing: the same text is the same listing.
            let id = form.id.isEmpty ? "web-" + AuditChain.sha256([form.title, form.bullets, form.description, form.searchTerms].joined(separator: "\u{1F}")).prefix(12) : form.id
            let listing = Listing(id: id, title: optional(form.title), bullets: bullets,
                                  description: optional(form.description), searchTerms: optional(form.searchTerms),
                                  category: optional(form.category), brand: optional(form.brand))
            for market in markets {
                listings.append(listing)
                results.append(try service.engine.check(listing, market: market, on: day))
            }
        } else {
            guard let localization = service.localization else { return again("This service runs without localization data.") }
            let read = ProductReader.read(Data(form.product.utf8), source: "product")
            guard !read.products.isEmpty else {
                return again(read.problems.isEmpty ? "Paste a product as JSON." : read.problems.map(\.description).joined(separator: "; "))
            }
            let made = try localization.run(read.products, markets: markets, on: day)
            listings = made.listings
            results = made.results
            notes = read.problems.map(\.description) + made.notes
        }
        for result in results { service.metrics.countDecision(result.decision.rawValue, market: result.market) }

        var run: StoredRun?
        if form.record {
            run = try await service.record(listings: listings, results: results, markets: chosen, source: "web check by \(user.token.name)",
                                     actor: user.token.name, day: day)
        }
        let views = zip(listings, results).enumerated().map { index, pair in
            let (listing, result) = pair
            return ResultViews.make(listing: listing, market: result.market, decision: result.decision, findings: result.findings.map(ShownFinding.init),
                                    anchor: "r\(index + 1)", reviewURL: run.map { _ in Self.listingURL(listing.id, market: result.market) }, run: run?.id)
        }
        return pages.render("check", page: CheckPage(form: form, localizes: service.localization != nil, checked: true, notes: notes, results: views),
                            layout: layout("Check a listing", user: user, current: "/ui/check",
                                           flash: run.map { "Recorded in run \($0.id): the listings are in the review queue." }))
    }

    func marketChoices(checked: Set<String>) -> [CheckPage.MarketChoice] {
        service.markets.keys.sorted().map { CheckPage.MarketChoice(id: $0, checked: checked.contains($0)) }
    }
}
