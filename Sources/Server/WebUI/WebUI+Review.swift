import ComplianceCore
import Formats
import Foundation
import Hummingbird
import Store

/// The review queue, a listing's page, and the decisions and overrides made there.
extension WebUI {
    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    struct QueuePage {
        struct Entry {
            let href: String
            let listingID: String
            let market: String
            let decision: String
            let verdict: String
            let rules: [String]
            let run: Int64
        }

        let markets: [Option]
        let decisions: [Option]
        let categories: [Option]
        let severities: [Option]
        let rule: String
        let caption: String
        let entries: [Entry]
        let previous: String?
        let next: String?
    }

    static let pageSize = 50

    func queuePage(_ request: Request, user: User) async throws -> Response {
        let query = WebForm(request.uri.query ?? "")
        let market = query["market"].flatMap { service.markets[$0] == nil ? nil : $0 }
        let decision = query["decision"] ?? "open"
        let category = query["category"].flatMap { FindingCategory(rawValue: $0) == nil ? nil : $0 }
        let severity = query["severity"].flatMap(Severity.init)
        let rule = query["rule"]
        let offset = max(0, query["offset"].flatMap(Int.init) ?? 0)
        let decisions: Set<Decision> = switch decision {
        case "all": Set(Decision.allCases)
        case "pass": [.pass]
        case "review": [.review]
        case "block": [.block]
        default: [.review, .block]
        }
        let filter = QueueFilter(market: market, decisions: decisions, rule: rule, severity: severity, category: category,
                                 limit: Self.pageSize + 1, offset: offset)
        let found = try await service.store.queue(filter)
        let entries = found.prefix(Self.pageSize).map { entry in
            QueuePage.Entry(href: Self.listingURL(entry.version.listingID, market: entry.market), listingID: entry.version.listingID,
                            market: entry.market, decision: entry.decision.rawValue, verdict: entry.verdict?.rawValue ?? "", rules: entry.rules,
                            run: entry.run)
        }
        func page(_ offset: Int) -> String {
            "/ui/queue?" + WebForm.query([("market", market), ("decision", decision), ("category", category), ("severity", severity?.rawValue),
                                          ("rule", rule), ("offset", offset == 0 ? nil : String(offset))])
        }
        let shown = entries.isEmpty ? "none" : "\(offset + 1) to \(offset + entries.count)"
        let view = QueuePage(
            markets: service.markets.keys.sorted().map { Option(value: $0, label: $0, selected: $0 == market) },
            decisions: [("open", "review or block"), ("review", "review"), ("block", "block"), ("pass", "pass"), ("all", "all")]
                .map { Option(value: $0.0, label: $0.1, selected: $0.0 == decision) },
            categories: FindingCategory.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == category) },
            severities: Severity.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0 == severity) },
            rule: rule ?? "", caption: "The newest result of each listing in each market: \(shown)", entries: entries,
            previous: offset > 0 ? page(max(0, offset - Self.pageSize)) : nil,
            next: found.count > Self.pageSize ? page(offset + Self.pageSize) : nil)
        return pages.render("queue", page: view, layout: layout("Review queue", user: user, current: "/ui/queue"))
    }

    struct ListingPage {
        struct MarketTab {
            let href: String
            let market: String
            let decision: String
            let verdict: String?
            let current: Bool
        }

        struct Event {
            let at: String
            let what: String
            let who: String
            let detail: String
        }

        struct Version {
            let short: String
            let newest: Bool
            let events: [Event]
        }

        let listingID: String
        let market: String
        let markets: [MarketTab]
        let decision: String
        let engineDecision: String
        let engineDiffers: Bool
        let verdict: String?
        let version: String
        let versionShort: String
        let run: Int64
        let decideAction: String
        let result: ResultView
        let versions: [Version]
    }

    /// - Parameters:
    ///   - market: the market shown (default: the listing's first).
    ///   - done: what was just done here (`approve`, `reject`, `override`), for the status line.
    func listingPage(id: String, market: String?, done: String? = nil, user: User, problem: String? = nil,
                     status: HTTPResponse.Status = .ok) async throws -> Response {
        let tabs = try await service.store.queue(QueueFilter(listing: id, decisions: Set(Decision.allCases), limit: 1000))
        guard let market = market ?? tabs.first?.market else {
            return message(status: .notFound, heading: "Not found", text: "Nothing is recorded for listing \(id).", user: user, back: "/ui/queue")
        }
        let history = try await service.store.history(listingID: id, market: market)
        guard let newest = history.versions.first, let latest = newest.results.first else {
            return message(status: .notFound, heading: "Not found", text: "Nothing is recorded for listing \(id) in \(market).", user: user,
                           back: "/ui/queue")
        }
        let flash = done.flatMap { ["approve": "Approved: recorded in the audit trail.", "reject": "Rejected: recorded in the audit trail.", "override": "Finding overridden: recorded in the audit trail."][$0] }
        let listing = ListingReader.read(Data(newest.content.utf8), source: "store").listings.first ?? Listing(id: id)
        let hash = newest.version.contentHash
        // Overrides made since the check apply to this version from now on: show them so.
        let today = service.today().description
        let overridden = Set(newest.overrides.filter { ($0.expires ?? today) >= today }.map(\.fingerprint))
        let result = ResultViews.make(
            listing: listing, market: market, decision: latest.result.decision,
            findings: latest.result.findings.map { ShownFinding($0, rule: rules[$0.rule], overridden: overridden.contains($0.fingerprint)) },
            anchor: "latest",
            overrideForm: { finding, number in
                OverrideFormView(id: "\(number)", action: "/ui/listings/\(WebForm.segment(id))/override", csrf: user.csrf, market: market,
                                 version: hash, fingerprint: finding.fingerprint)
            })
        let versions = history.versions.enumerated().map { index, version in
            var events: [(key: String, event: ListingPage.Event)] = []
            for (run, result) in version.results {
                let counts = Dictionary(grouping: result.findings, by: \.severity).map { "\($0.value.count) \($0.key.rawValue)" }.sorted()
                events.append(("", ListingPage.Event(at: "run \(run)", what: "checked: \(result.decision.rawValue)", who: "",
                                                     detail: counts.isEmpty ? "no findings" : counts.joined(separator: ", "))))
            }
            for decision in version.decisions {
                events.append((decision.at, ListingPage.Event(at: decision.at, what: decision.verdict.rawValue, who: decision.officer,
                                                              detail: decision.reason)))
            }
            for override in version.overrides {
                let expires = override.expires.map { " (until \($0))" } ?? ""
                events.append((override.createdAt, ListingPage.Event(at: override.createdAt, what: "override" + expires, who: override.officer,
                                                                     detail: override.reason)))
            }
            // Checks in run order first (runs carry no time here), then what officers did, by time.
            let ordered = events.filter { $0.key.isEmpty } + events.filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }
            return ListingPage.Version(short: String(version.version.contentHash.prefix(12)), newest: index == 0, events: ordered.map(\.event))
        }
        let view = ListingPage(
            listingID: id, market: market,
            markets: tabs.map { ListingPage.MarketTab(href: Self.listingURL(id, market: $0.market), market: $0.market, decision: $0.decision.rawValue,
                                                      verdict: $0.verdict.map { $0 == .approve ? "approved" : "rejected" }, current: $0.market == market) },
            decision: latest.result.decision.rawValue, engineDecision: latest.result.engineDecision.rawValue,
            engineDiffers: latest.result.engineDecision != latest.result.decision, verdict: newest.decisions.last?.verdict.rawValue,
            version: hash, versionShort: String(hash.prefix(12)), run: latest.run, decideAction: "/ui/listings/\(WebForm.segment(id))/decision",
            result: result, versions: versions)
        return pages.render("listing", page: view, layout: layout("\(id) in \(market)", user: user, current: "", flash: flash, problem: problem),
                            status: status)
    }

    func decide(_ form: WebForm, id: String, user: User) async throws -> Response {
        guard let market = form["market"] else { throw WebAnswer(message(status: .badRequest, heading: "Missing market", text: "The form names no market.", user: user)) }
        guard let verdict = form["verdict"].flatMap(Verdict.init) else {
            return try await problem("Choose approve or reject.", id: id, market: market, user: user)
        }
        guard let reason = form["reason"] else { return try await problem("Give a reason: it goes into the audit trail.", id: id, market: market, user: user) }
        let version = try await versionToDecide(id: id, market: market, expected: form["version"], user: user)
        do {
            _ = try await service.store.decide(version, market: market, verdict: verdict, officer: user.token.name, reason: reason, packs: service.packs,
                                         at: service.now())
        } catch let error as StoreError { return try await problem(error.message, id: id, market: market, user: user) }
        return Self.redirect(Self.listingURL(id, market: market, extra: [("done", verdict.rawValue)]))
    }

    func override(_ form: WebForm, id: String, user: User) async throws -> Response {
        guard let market = form["market"] else { throw WebAnswer(message(status: .badRequest, heading: "Missing market", text: "The form names no market.", user: user)) }
        guard let fingerprint = form["fingerprint"] else { return try await problem("The form names no finding.", id: id, market: market, user: user) }
        guard let reason = form["reason"] else { return try await problem("Give a reason for the override.", id: id, market: market, user: user) }
        let version = try await versionToDecide(id: id, market: market, expected: form["version"], user: user)
        do {
            _ = try await service.store.override(version, market: market, fingerprint: fingerprint, officer: user.token.name, reason: reason,
                                           expires: form["expires"], packs: service.packs, at: service.now())
        } catch let error as StoreError { return try await problem(error.message, id: id, market: market, user: user) }
        return Self.redirect(Self.listingURL(id, market: market, extra: [("done", "override")]))
    }

    /// The version the officer saw, which must still be the newest.
    private func versionToDecide(id: String, market: String, expected: String?, user: User) async throws -> ListingVersion {
        switch try await service.store.versionToDecide(listingID: id, market: market, expected: expected) {
        case let .found(version): return version
        case .unknown:
            throw WebAnswer(message(status: .notFound, heading: "Not found", text: "Nothing is recorded for listing \(id) in \(market).", user: user))
        case .changed:
            throw WebAnswer(try await problem("The listing changed since this page was loaded: here is its newest version, checked again. Decide on it.",
                                        id: id, market: market, user: user, status: .conflict))
        }
    }

    private func problem(_ text: String, id: String, market: String, user: User, status: HTTPResponse.Status = .badRequest) async throws -> Response {
        try await listingPage(id: id, market: market, user: user, problem: text, status: status)
    }
}
