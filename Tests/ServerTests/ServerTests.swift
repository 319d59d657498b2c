import ComplianceCore
import Foundation
import Formats
import Hummingbird
import HummingbirdTesting
import Localization
import NIOCore
import RulePacks
import Server
import Store
import Testing

/// Every endpoint through the router, without sockets: roles, bodies, limits and errors.
@Suite struct ServerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A service over the shipped packs and markets and a store in memory, with a token of each role.
    /// The shipped templates, glossaries and size tables, as `clearance serve` loads them.
    static func localization(engine: Engine, packs: [RulePack]) throws -> CatalogLocalization {
        func text(_ path: String) throws -> String { String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self) }
        let families = try TemplateFamiliesLoader.load(yaml: try text("locales/templates/families.yaml"), file: "families.yaml")
        let glossaries = try yamlFiles("locales/glossaries").map { try GlossaryLoader.load(yaml: String(decoding: try Data(contentsOf: $0), as: UTF8.self), file: $0.path) }
        let sizes = try SizeTablesLoader.load(files: try yamlFiles("locales/sizes").map { ($0.path, String(decoding: try Data(contentsOf: $0), as: UTF8.self)) })
        let composer = TitleComposer(templates: try TitleTemplatesLoader.load(yaml: try text("locales/templates/titles.yaml"), file: "titles.yaml", families: families),
                                     glossaries: glossaries, phrases: try PhrasesLoader.load(yaml: try text("locales/templates/phrases.yaml"), file: "phrases.yaml"),
                                     sizes: sizes)
        let localizer = Localizer(composer: composer, bullets: try BulletTemplatesLoader.load(yaml: try text("locales/templates/bullets.yaml"), file: "bullets.yaml"),
                                  descriptions: try DescriptionTemplatesLoader.load(yaml: try text("locales/templates/descriptions.yaml"), file: "d.yaml", families: families),
                                  rates: nil)
        return CatalogLocalization(localizer: localizer, engine: engine, packs: packs)
    }

    static func service(maximumBodyBytes: Int = 1 << 16) async throws -> (ClearanceService, [Role: String]) {
        let packs = try yamlFiles("rules").map { try RulePackLoader.load(yaml: String(decoding: try Data(contentsOf: $0), as: UTF8.self), file: $0.path) }
        let markets = try yamlFiles("locales/markets").map { try MarketLoader.load(yaml: String(decoding: try Data(contentsOf: $0), as: UTF8.self), file: $0.path) }
        let store = try SQLiteStore()
        var secrets: [Role: String] = [:]
        for role in Role.allCases {
            let secret = TokenSecret.generate()
            _ = try await store.addToken(name: "\(role.rawValue) one", role: role, secretHash: TokenSecret.hash(secret), actor: "setup", at: "2026-12-01T08:00:00Z")
            secrets[role] = secret
        }
        let engine = try Engine(packs: packs)
        let service = ClearanceService(store: store, engine: engine, markets: markets, packs: packs.map { "\($0.id)@\($0.version)" },
                                       tool: CheckRun.Tool(version: "test", icu: "72.1", cldr: "42.0", packs: []),
                                       today: { Day("2026-12-01")! }, now: { "2026-12-01T09:00:00Z" }, maximumBodyBytes: maximumBodyBytes,
                                       localization: try localization(engine: engine, packs: packs))
        return (service, secrets)
    }

    static func yamlFiles(_ folder: String) throws -> [URL] {
        let base = root.appendingPathComponent(folder)
        let paths = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".yaml") }.sorted().map { base.appendingPathComponent($0) }
    }

    static func headers(_ secret: String?) -> HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json"]
        if let secret { fields[.authorization] = "Bearer \(secret)" }
        return fields
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    @Test func everyProtectedEndpointRefusesNoTokenAndALowerRole() async throws {
        let (service, secrets) = try await Self.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            for endpoint in API.endpoints {
                let uri = endpoint.path.replacingOccurrences(of: "{id}", with: "1")
                let method = HTTPRequest.Method(rawValue: endpoint.method)!
                guard let role = endpoint.role else {
                    let open = try await client.execute(uri: uri, method: method)
                    #expect(open.status == .ok, "\(endpoint.path)")
                    continue
                }
                let anonymous = try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "{}"))
                #expect(anonymous.status == .unauthorized, "\(endpoint.method) \(endpoint.path)")
                #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
                let bogus = try await client.execute(uri: uri, method: method, headers: Self.headers("clr_nope"), body: ByteBuffer(string: "{}"))
                #expect(bogus.status == .unauthorized)
                for lower in Role.allCases where lower < role {
                    let refused = try await client.execute(uri: uri, method: method, headers: Self.headers(secrets[lower]), body: ByteBuffer(string: "{}"))
                    #expect(refused.status == .forbidden, "\(lower) on \(endpoint.path)")
                    let message = try Self.json(refused)["error"] as? [String: Any]
                    #expect((message?["message"] as? String)?.contains("needs the \(role.rawValue) role") == true)
                }
            }
        }
    }

    @Test func theWebhookAnswersWithDecisionsAndFindings() async throws {
        let (service, secrets) = try await Self.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let listings = #"[{"id": "a", "market": "DE", "title": "Umweltfreundliche Trinkflasche"}, {"id": "b", "title": "Trinkflasche aus Glas"}]"#
            let response = try await client.execute(uri: "/v1/check?market=DE", method: .post, headers: Self.headers(secrets[.seller]),
                                                    body: ByteBuffer(string: listings))
            #expect(response.status == .ok)
            let report = try Self.json(response)
            let results = try #require(report["results"] as? [[String: Any]])
            #expect(results.map { $0["decision"] as? String } == ["review", "pass"])
            #expect(((results[0]["findings"] as? [[String: Any]])?.first?["rule"] as? String) == "eu/ucpd/generic-environmental-claim")
            let unknown = try await client.execute(uri: "/v1/check?market=XX", method: .post, headers: Self.headers(secrets[.seller]),
                                                   body: ByteBuffer(string: listings))
            #expect(unknown.status == .badRequest)
            let script = #"{"id": "x", "market": "DE", "title": "<script>alert(1)</script>"}"#
            let escaped = try await client.execute(uri: "/v1/check", method: .post, headers: Self.headers(secrets[.seller]), body: ByteBuffer(string: script))
            #expect(escaped.status == .ok && escaped.headers[.contentType] == "application/json")
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(String(buffer: metrics.body).contains(#"clearance_listings_checked_total{decision="review",market="DE"} 1"#))
        }
    }

    @Test func productsAreLocalizedAndChecked() async throws {
        let (service, secrets) = try await Self.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let product = #"{"sku": "BB-1", "brand": "Brickly", "category": "toys/building", "type": "building blocks", "attributes": {"small_parts": "true", "age_min_years": "3", "pieces": "120"}}"#
            let response = try await client.execute(uri: "/v1/localize?markets=US,DE", method: .post, headers: Self.headers(secrets[.seller]),
                                                    body: ByteBuffer(string: product))
            #expect(response.status == .ok)
            let answer = try Self.json(response)
            let listings = try #require(answer["listings"] as? [[String: Any]])
            #expect(listings.compactMap { $0["title"] as? String } == ["Brickly Building Blocks, 120 pieces", "Brickly Bausteine, 120 Teile"])
            let results = try #require((answer["report"] as? [String: Any])?["results"] as? [[String: Any]])
            #expect(results.map { $0["decision"] as? String } == ["block", "review"], "no choking warning: blocked in the US, a review in the EU")
            let noMarkets = try await client.execute(uri: "/v1/localize", method: .post, headers: Self.headers(secrets[.seller]), body: ByteBuffer(string: product))
            #expect(noMarkets.status == .badRequest)
            let broken = try await client.execute(uri: "/v1/localize?markets=DE", method: .post, headers: Self.headers(secrets[.seller]),
                                                  body: ByteBuffer(string: #"{"sku": "X"}"#))
            #expect(broken.status == .badRequest && String(buffer: broken.body).contains("category"))
        }
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        let (service, secrets) = try await Self.service(maximumBodyBytes: 1024)
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let big = #"{"id": "a", "market": "DE", "title": ""# + String(repeating: "x", count: 4096) + #""}"#
            let response = try await client.execute(uri: "/v1/check", method: .post, headers: Self.headers(secrets[.seller]), body: ByteBuffer(string: big))
            #expect(response.status == .contentTooLarge)
            #expect(((try Self.json(response)["error"] as? [String: Any])?["message"] as? String)?.contains("larger than 1024 bytes") == true)
        }
    }

    @Test func officersDecideAndOverrideAndAdminsManageTokens() async throws {
        let (service, secrets) = try await Self.service()
        // A listing the store has recorded, as an audit leaves it.
        let content = #"{"id":"eco-1","market":"DE","title":"Umweltfreundliche Trinkflasche"}"#
        let listing = Listing(id: "eco-1", market: "DE", title: "Umweltfreundliche Trinkflasche")
        let result = try service.engine.check(listing, market: service.markets["DE"]!, on: Day("2026-12-01")!)
        let run = try await service.store.startRun(RunStart(key: "k", source: "t", markets: ["DE"], packs: [], tool: "t", icu: "72.1", cldr: "42.0",
                                                      day: "2026-12-01", actor: "ci"), at: "2026-12-01T08:30:00Z")
        _ = try await service.store.record([.checked(item: 0, listingID: "eco-1", content: content, results: [result])], run: run.id, day: "2026-12-01", itemsDone: 1)
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = Self.headers(secrets[.officer])
            let decision = try await client.execute(uri: "/v1/decisions", method: .post, headers: officer,
                                                    body: ByteBuffer(string: #"{"listing": "eco-1", "market": "DE", "verdict": "approve", "reason": "Ecolabel licence shown"}"#))
            #expect(decision.status == .created)
            #expect(try Self.json(decision)["officer"] as? String == "officer one")
            let noReason = try await client.execute(uri: "/v1/decisions", method: .post, headers: officer,
                                                    body: ByteBuffer(string: #"{"listing": "eco-1", "market": "DE", "verdict": "approve"}"#))
            #expect(noReason.status == .badRequest && String(buffer: noReason.body).contains("field 'reason'"))
            let stale = try await client.execute(uri: "/v1/decisions", method: .post, headers: officer,
                                                 body: ByteBuffer(string: #"{"listing": "eco-1", "market": "DE", "version": "ffff", "verdict": "approve", "reason": "r"}"#))
            #expect(stale.status == .conflict)
            let unknown = try await client.execute(uri: "/v1/decisions", method: .post, headers: officer,
                                                   body: ByteBuffer(string: #"{"listing": "zz", "market": "DE", "verdict": "approve", "reason": "r"}"#))
            #expect(unknown.status == .notFound)
            let fingerprint = try #require(result.findings.first?.fingerprint)
            let override = try await client.execute(uri: "/v1/overrides", method: .post, headers: officer,
                                                    body: ByteBuffer(string: #"{"listing": "eco-1", "market": "DE", "fingerprint": "\#(fingerprint)", "reason": "licence DE/019/123", "expires": "2026-12-31"}"#))
            #expect(override.status == .created)
            let trail = try await client.execute(uri: "/v1/audit?after=1", method: .get, headers: officer)
            let entries = try #require(try Self.json(trail)["entries"] as? [[String: Any]])
            #expect(entries.compactMap { $0["action"] as? String }.suffix(2) == ["decision", "override"])
            let queue = try await client.execute(uri: "/v1/listings?market=DE", method: .get, headers: officer)
            let listed = try #require(try Self.json(queue)["listings"] as? [[String: Any]])
            #expect(listed.count == 1 && listed[0]["id"] as? String == "eco-1" && listed[0]["verdict"] as? String == "approve")
            #expect(listed[0]["decision"] as? String == "review" && (listed[0]["rules"] as? [String])?.contains("eu/ucpd/generic-environmental-claim") == true, "the override applies from the next run on")
            let filtered = try await client.execute(uri: "/v1/listings?severity=block", method: .get, headers: officer)
            #expect((try Self.json(filtered)["listings"] as? [Any])?.isEmpty == true)
            let badFilter = try await client.execute(uri: "/v1/listings?decision=maybe", method: .get, headers: officer)
            #expect(badFilter.status == .badRequest)
            let history = try await client.execute(uri: "/v1/listings/eco-1?market=DE", method: .get, headers: officer)
            let versions = try #require(try Self.json(history)["versions"] as? [[String: Any]])
            #expect(versions.count == 1 && (versions[0]["decisions"] as? [Any])?.count == 1 && (versions[0]["overrides"] as? [Any])?.count == 1)
            #expect(versions[0]["content"] as? String == content)
            #expect(try await client.execute(uri: "/v1/listings/eco-1", method: .get, headers: officer).status == .badRequest)
            #expect(try await client.execute(uri: "/v1/listings/zz?market=DE", method: .get, headers: officer).status == .notFound)
            let report = try await client.execute(uri: "/v1/runs/\(run.id)", method: .get, headers: officer)
            #expect((try Self.json(report)["summary"] as? [String: Any])?["listings"] as? Int == 1)
            #expect(try await client.execute(uri: "/v1/runs/99", method: .get, headers: officer).status == .notFound)
            let verify = try await client.execute(uri: "/v1/audit/verify", method: .get, headers: officer)
            #expect(try Self.json(verify)["intact"] as? Bool == true)
            let head = try #require(try Self.json(verify)["head"] as? [String: Any])
            await #expect(head["seq"] as? Int == (try service.store.auditTrail().count) && (head["hash"] as? String)?.count == 64)

            let admin = Self.headers(secrets[.admin])
            let made = try await client.execute(uri: "/v1/tokens", method: .post, headers: admin, body: ByteBuffer(string: #"{"name": "shop backend", "role": "seller"}"#))
            #expect(made.status == .created)
            let token = try Self.json(made)
            let secret = try #require(token["secret"] as? String)
            let list = try await client.execute(uri: "/v1/tokens", method: .get, headers: admin)
            #expect(!String(buffer: list.body).contains(secret), "secrets are never listed")
            let useIt = try await client.execute(uri: "/v1/check?market=DE", method: .post, headers: Self.headers(secret), body: ByteBuffer(string: #"{"id": "c", "title": "t"}"#))
            #expect(useIt.status == .ok)
            let revoke = try await client.execute(uri: "/v1/tokens/\(token["id"] as? Int ?? 0)", method: .delete, headers: admin)
            #expect(revoke.status == .ok)
            let revoked = try await client.execute(uri: "/v1/check?market=DE", method: .post, headers: Self.headers(secret), body: ByteBuffer(string: #"{"id": "c", "title": "t"}"#))
            #expect(revoked.status == .unauthorized)
            let badRole = try await client.execute(uri: "/v1/tokens", method: .post, headers: admin, body: ByteBuffer(string: #"{"name": "x", "role": "root"}"#))
            #expect(badRole.status == .badRequest)
        }
    }

    /// `?record=true` keeps the webhook's results as a run, so they reach the review queue.
    @Test func theWebhookMayRecordForReview() async throws {
        let (service, secrets) = try await Self.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let body = ByteBuffer(string: #"[{"id": "w-1", "title": "Umweltfreundliche Trinkflasche"}, {"id": "w-2", "title": "Trinkflasche"}]"#)
            let response = try await client.execute(uri: "/v1/check?market=DE&record=true", method: .post, headers: Self.headers(secrets[.seller]), body: body)
            #expect(response.status == .ok)
            let answer = try Self.json(response)
            let run = try #require(answer["recorded_run"] as? Int)
            #expect((answer["report"] as? [String: Any])?["results"] != nil)
            #expect(try await service.store.run(Int64(run))?.source == "webhook by seller one")
            #expect(try await service.store.queue(QueueFilter(market: "DE")).map(\.version.listingID) == ["w-1"])
            #expect(try await service.store.auditTrail().suffix(2).map(\.actor) == ["seller one", "seller one"])
            let plain = try await client.execute(uri: "/v1/check?market=DE", method: .post, headers: Self.headers(secrets[.seller]), body: body)
            #expect(try Self.json(plain)["recorded_run"] == nil)
            #expect(try await service.store.run(Int64(run + 1)) == nil, "recording is asked for")
        }
    }

    /// A recorded run in every report format, with the spans and citations a check would give.
    @Test func runReportsComeInEveryFormat() async throws {
        let (service, secrets) = try await Self.service()
        let title = "=HYPERLINK(\"x\") Umweltfreundliche Trinkflasche <script>"
        let listing = Listing(id: "=eco-1", market: "DE", title: title)
        let result = try service.engine.check(listing, market: service.markets["DE"]!, on: Day("2026-12-01")!)
        let warn = try #require(result.findings.first { $0.rule == "eu/ucpd/generic-environmental-claim" })
        let run = try await service.store.startRun(RunStart(key: "k", source: "t", markets: ["DE"], packs: [], tool: "t", icu: "72.1", cldr: "42.0",
                                                      day: "2026-12-01", actor: "ci"), at: "2026-12-01T08:30:00Z")
        _ = try await service.store.record([.checked(item: 0, listingID: "=eco-1", content: ListingJSON.value(listing).text, results: [result])],
                                     run: run.id, day: "2026-12-01", itemsDone: 1)
        _ = try await service.store.finishRun(run.id, actor: "ci", at: "2026-12-01T08:31:00Z")
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = Self.headers(secrets[.officer])
            func get(_ format: String) async throws -> TestResponse {
                try await client.execute(uri: "/v1/runs/\(run.id)/report?format=\(format)", method: .get, headers: officer)
            }
            let sarif = try await get("sarif")
            #expect(sarif.headers[.contentType] == "application/sarif+json")
            let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.body.readableBytesView)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            let sarifText = String(buffer: sarif.body)
            #expect(sarifText.contains("eu/ucpd/generic-environmental-claim") && sarifText.contains(#""start":\#(warn.span.scalarRange.lowerBound)"#))
            let csv = String(buffer: try await get("csv").body)
            #expect(csv.contains("\n'=eco-1,") && !csv.contains("\n=eco-1"), "a seller's id cannot start a formula")
            #expect(csv.contains(",\(warn.span.scalarRange.lowerBound),\(warn.span.scalarRange.upperBound),"))
            let html = try await get("html")
            #expect(html.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(!String(buffer: html.body).contains("<script>") && String(buffer: html.body).contains("&lt;script&gt;"))
            let junit = String(buffer: try await get("junit").body)
            #expect(junit.hasPrefix("<?xml") && junit.contains("eco-1"))
            let json = try Self.json(try await get("json"))
            #expect((json["summary"] as? [String: Any])?["review"] as? Int == 1)
            #expect(try await get("pdf").status == .badRequest)
            #expect(try await client.execute(uri: "/v1/runs/99/report?format=csv", method: .get, headers: officer).status == .notFound)
        }
    }

    /// `docs/openapi.json` is the document the service serves; regenerate it with
    /// `clearance serve --openapi > docs/openapi.json` when the API changes.
    @Test func theCheckedInOpenAPIDocumentIsCurrent() async throws {
        let url = Self.root.appendingPathComponent("docs/openapi.json")
        let checkedIn = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? NSDictionary
        let current = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.value.text.utf8)) as? NSDictionary
        #expect(checkedIn != nil && checkedIn == current, "docs/openapi.json is stale: run clearance serve --openapi > docs/openapi.json")
    }
}
