import ComplianceCore
import Formats
import Foundation
import Hummingbird
import NIOCore
import Store

/// The endpoints' work. Bodies are read up to the service's limit (413 beyond it) and parsed
/// as JSON; every problem is an `APIError` with a message that names the field.
struct Handlers: Sendable {
    let service: ClearanceService

    /// The token of a request when the endpoint needs `role`: 401 without a valid token, 403
    /// when its role is below the one needed.
    func authorize(_ request: Request, role: Role?) async throws -> TokenRecord? {
        guard let role else { return nil }
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "), header.count > 7 else {
            throw APIError(.unauthorized, "this endpoint needs a bearer token (Authorization: Bearer clr_...)")
        }
        let secret = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard let token = try await service.store.activeToken(secretHash: TokenSecret.hash(secret)) else {
            throw APIError(.unauthorized, "the token is unknown or revoked")
        }
        guard token.role >= role else {
            throw APIError(.forbidden, "this endpoint needs the \(role.rawValue) role; the token '\(token.name)' is \(token.role.rawValue)")
        }
        return token
    }

    func handle(_ endpoint: API.Endpoint, request: Request, context: ServiceContext, token: TokenRecord?) async throws -> Response {
        switch (endpoint.method, endpoint.path) {
        case ("GET", "/healthz"):
            _ = try await service.store.auditTrail(after: 0, limit: 1)
            return JSONAnswer.response(.object(["status": .string("ok")]))
        case ("GET", "/metrics"):
            return JSONAnswer.text(service.metrics.render(), contentType: "text/plain; version=0.0.4")
        case ("GET", "/openapi.json"):
            return JSONAnswer.response(OpenAPIDocument.value)
        case ("POST", "/v1/check"):
            return try await check(request, token: token)
        case ("POST", "/v1/localize"):
            return try await localize(request)
        case ("GET", "/v1/listings"):
            return try await queue(request)
        case ("GET", "/v1/listings/{id}"):
            return try await history(request, context: context)
        case ("GET", "/v1/runs/{id}"):
            guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw APIError(.badRequest, "the run id must be a number") }
            guard let run = try await service.store.run(id) else { throw APIError(.notFound, "no run \(id)") }
            return JSONAnswer.response(RunReport.value(run, try await service.store.results(run: id)))
        case ("GET", "/v1/runs/{id}/report"):
            return try await report(request, context: context)
        case ("GET", "/v1/audit"):
            return try await audit(request)
        case ("GET", "/v1/audit/verify"):
            let problems = try await service.store.verifyAudit()
            let head = try await service.store.auditHead()
            return JSONAnswer.response(.object(["intact": .bool(problems.isEmpty), "problems": .array(problems.map(JSONValue.string)),
                                                "head": head.map { .object(["seq": .int($0.seq), "hash": .string($0.hash)]) } ?? .null]))
        case ("POST", "/v1/decisions"):
            return try await decide(request, token: token!)
        case ("POST", "/v1/overrides"):
            return try await override(request, token: token!)
        case ("GET", "/v1/tokens"):
            return JSONAnswer.response(.object(["tokens": .array(try await service.store.tokens().map(Self.json))]))
        case ("POST", "/v1/tokens"):
            return try await createToken(request, token: token!)
        case ("DELETE", "/v1/tokens/{id}"):
            guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw APIError(.badRequest, "the token id must be a number") }
            do {
                return JSONAnswer.response(Self.json(try await service.store.revokeToken(id, actor: token!.name, at: service.now())))
            } catch let error as StoreError { throw APIError(.notFound, error.message) }
        default:
            throw APIError(.notFound, "no endpoint \(endpoint.method) \(endpoint.path)")
        }
    }

    // MARK: Endpoints

    private func check(_ request: Request, token: TokenRecord?) async throws -> Response {
        let data = try await body(request)
        let read = ListingReader.read(data, source: "request body")
        let forced = request.uri.queryParameters["market"].map(String.init)
        if let forced, service.markets[forced] == nil { throw APIError(.badRequest, "unknown market '\(forced)'") }
        guard read.errors.isEmpty || !read.listings.isEmpty else {
            throw APIError(.badRequest, read.errors.map(\.description).joined(separator: "; "))
        }
        let recording = ["true", "1", "yes"].contains(request.uri.queryParameters["record"].map(String.init) ?? "")
        var results: [ListingResult] = []
        var checked: [Listing] = []
        var errors = read.errors.map(\.description)
        let day = service.today()
        for listing in read.listings {
            guard let id = forced ?? listing.market else {
                errors.append("listing '\(listing.id)': no market (give ?market= or a \"market\" field)")
                continue
            }
            guard let market = service.markets[id] else {
                errors.append("listing '\(listing.id)': unknown market '\(id)'")
                continue
            }
            let result = try service.engine.check(listing, market: market, on: day)
            service.metrics.countDecision(result.decision.rawValue, market: id)
            results.append(result)
            checked.append(listing)
        }
        let report = JSONReport.render(CheckRun(tool: service.tool, results: results, errors: errors))
        guard recording, !results.isEmpty else { return JSONAnswer.text(report) }
        let run = try await service.record(listings: checked, results: results, markets: Array(Set(results.map(\.market))).sorted(),
                                     source: "webhook by \(token!.name)", actor: token!.name, day: day)
        return JSONAnswer.text(#"{"recorded_run":\#(run.id),"report":"# + report + "}")
    }

    private func localize(_ request: Request) async throws -> Response {
        guard let localization = service.localization else {
            throw APIError(.serviceUnavailable, "this service runs without localization data (clearance serve --locales DIR)")
        }
        guard let list = request.uri.queryParameters["markets"].map(String.init), !list.isEmpty else {
            throw APIError(.badRequest, "query parameter 'markets' is required (US,DE,JP)")
        }
        let markets = try list.split(separator: ",").map { id -> Market in
            guard let market = service.markets[String(id)] else { throw APIError(.badRequest, "unknown market '\(id)'") }
            return market
        }
        let read = ProductReader.read(try await body(request), source: "request body")
        guard !read.products.isEmpty else {
            throw APIError(.badRequest, read.problems.isEmpty ? "no product in the request body" : read.problems.map(\.description).joined(separator: "; "))
        }
        let made = try localization.run(read.products, markets: markets, on: service.today())
        for result in made.results { service.metrics.countDecision(result.decision.rawValue, market: result.market) }
        let report = JSONReport.render(CheckRun(tool: service.tool, results: made.results, errors: read.problems.map(\.description) + made.notes))
        let listings = JSONValue.array(made.listings.map(ListingJSON.value)).text
        return JSONAnswer.text(#"{"listings":"# + listings + #","report":"# + report + "}")
    }

    private func queue(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        func value(_ name: String) -> String? { query[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 } }
        var filter = QueueFilter(market: value("market"), rule: value("rule"), category: value("category"),
                                 limit: value("limit").flatMap(Int.init) ?? 100, offset: value("offset").flatMap(Int.init) ?? 0)
        if let text = value("decision") {
            if text == "all" {
                filter.decisions = Set(Decision.allCases)
            } else {
                guard let decision = Decision(rawValue: text) else { throw APIError(.badRequest, "decision must be pass, review, block or all") }
                filter.decisions = [decision]
            }
        }
        if let text = value("severity") {
            guard let severity = Severity(rawValue: text) else { throw APIError(.badRequest, "severity must be info, warn or block") }
            filter.severity = severity
        }
        let entries = try await service.store.queue(filter)
        return JSONAnswer.response(.object(["listings": .array(entries.map { entry in
            .object(["id": .string(entry.version.listingID), "version": .string(entry.version.contentHash), "market": .string(entry.market),
                     "run": .int(Int(entry.run)), "decision": .string(entry.decision.rawValue), "engine_decision": .string(entry.engineDecision.rawValue),
                     "rules": .array(entry.rules.map(JSONValue.string)), "verdict": entry.verdict.map { .string($0.rawValue) } ?? .null])
        })]))
    }

    private func history(_ request: Request, context: ServiceContext) async throws -> Response {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw APIError(.badRequest, "the listing id is missing") }
        guard let market = request.uri.queryParameters["market"].map(String.init), !market.isEmpty else {
            throw APIError(.badRequest, "query parameter 'market' is required")
        }
        let history = try await service.store.history(listingID: id, market: market)
        guard !history.versions.isEmpty else { throw APIError(.notFound, "nothing recorded for listing '\(id)' in \(market)") }
        return JSONAnswer.response(.object(["id": .string(id), "market": .string(market), "versions": .array(history.versions.map { version in
            .object([
                "version": .string(version.version.contentHash), "content": .string(version.content),
                "results": .array(version.results.map { run, result in
                    .object(["run": .int(Int(run)), "decision": .string(result.decision.rawValue), "engine_decision": .string(result.engineDecision.rawValue),
                             "findings": .array(result.findings.map(RunReport.finding))])
                }),
                "decisions": .array(version.decisions.map { decision in
                    .object(["verdict": .string(decision.verdict.rawValue), "officer": .string(decision.officer), "reason": .string(decision.reason),
                             "at": .string(decision.at)])
                }),
                "overrides": .array(version.overrides.map { override in
                    .object(["id": .int(Int(override.id)), "fingerprint": .string(override.fingerprint), "officer": .string(override.officer),
                             "reason": .string(override.reason), "created_at": .string(override.createdAt),
                             "expires": override.expires.map(JSONValue.string) ?? .null])
                }),
            ])
        })]))
    }

    private func report(_ request: Request, context: ServiceContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { throw APIError(.badRequest, "the run id must be a number") }
        let name = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard let format = RunExport.Format(rawValue: name) else {
            throw APIError(.badRequest, "format must be \(RunExport.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let response = try await service.runReport(id, format: format) else { throw APIError(.notFound, "no run \(id)") }
        return response
    }

    private func audit(_ request: Request) async throws -> Response {
        let after = request.uri.queryParameters["after"].flatMap { Int(String($0)) } ?? 0
        let limit = min(5000, max(1, request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 500))
        let entries = try await service.store.auditTrail(after: after, limit: limit)
        return JSONAnswer.response(.object(["entries": .array(entries.map { entry in
            .object(["seq": .int(entry.seq), "at": .string(entry.at), "actor": .string(entry.actor), "action": .string(entry.action),
                     "subject": .string(entry.subject), "packs": .string(entry.packs), "reason": entry.reason.map(JSONValue.string) ?? .null,
                     "detail": .string(entry.detail), "previous_hash": .string(entry.previousHash), "hash": .string(entry.hash)])
        })]))
    }

    private func decide(_ request: Request, token: TokenRecord) async throws -> Response {
        let object = try await jsonObject(request)
        let (version, market) = try await listingVersion(object)
        guard let verdictText = object["verdict"] as? String, let verdict = Verdict(rawValue: verdictText) else {
            throw APIError(.badRequest, "field 'verdict' must be approve or reject")
        }
        let reason = try await text(object, "reason")
        do {
            let made = try await service.store.decide(version, market: market, verdict: verdict, officer: token.name, reason: reason, packs: service.packs,
                                                at: service.now())
            return JSONAnswer.response(.object(["id": .int(Int(made.id)), "listing": .string(version.listingID), "version": .string(version.contentHash),
                                                "market": .string(market), "verdict": .string(verdict.rawValue), "officer": .string(made.officer),
                                                "reason": .string(made.reason), "at": .string(made.at)]), status: .created)
        } catch let error as StoreError { throw APIError(.badRequest, error.message) }
    }

    private func override(_ request: Request, token: TokenRecord) async throws -> Response {
        let object = try await jsonObject(request)
        let (version, market) = try await listingVersion(object)
        let fingerprint = try await text(object, "fingerprint")
        let reason = try await text(object, "reason")
        let expires = object["expires"] as? String
        do {
            let made = try await service.store.override(version, market: market, fingerprint: fingerprint, officer: token.name, reason: reason,
                                                  expires: expires, packs: service.packs, at: service.now())
            return JSONAnswer.response(.object(["id": .int(Int(made.id)), "listing": .string(version.listingID), "version": .string(version.contentHash),
                                                "market": .string(market), "fingerprint": .string(fingerprint), "officer": .string(made.officer),
                                                "reason": .string(made.reason), "expires": made.expires.map(JSONValue.string) ?? .null]),
                                   status: .created)
        } catch let error as StoreError { throw APIError(.badRequest, error.message) }
    }

    private func createToken(_ request: Request, token: TokenRecord) async throws -> Response {
        let object = try await jsonObject(request)
        let name = try await text(object, "name")
        guard let roleText = object["role"] as? String, let role = Role(rawValue: roleText) else {
            throw APIError(.badRequest, "field 'role' must be seller, officer or admin")
        }
        let secret = TokenSecret.generate()
        let made = try await service.store.addToken(name: name, role: role, secretHash: TokenSecret.hash(secret), actor: token.name, at: service.now())
        guard case var .object(fields) = Self.json(made) else { throw APIError(.internalServerError, "token") }
        fields["secret"] = .string(secret)
        return JSONAnswer.response(.object(fields), status: .created)
    }

    // MARK: Reading requests

    /// The body, up to the limit.
    private func body(_ request: Request) async throws -> Data {
        do {
            let buffer = try await request.body.collect(upTo: service.maximumBodyBytes)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw APIError(.contentTooLarge, "the request body is larger than \(service.maximumBodyBytes) bytes")
        }
    }

    private func jsonObject(_ request: Request) async throws -> [String: Any] {
        let data = try await body(request)
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw APIError(.badRequest, "the request body must be a JSON object")
        }
        return object
    }

    private func text(_ object: [String: Any], _ field: String) async throws -> String {
        guard let value = object[field] as? String, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError(.badRequest, "field '\(field)' must be a non-empty string")
        }
        return value
    }

    /// The newest recorded version of `listing` in `market`, or the one whose hash starts with `version`.
    private func listingVersion(_ object: [String: Any]) async throws -> (ListingVersion, String) {
        let listing = try await text(object, "listing"), market = try await text(object, "market")
        let given = object["version"] as? String
        switch try await service.store.versionToDecide(listingID: listing, market: market, expected: given) {
        case let .found(version): return (version, market)
        case .unknown: throw APIError(.notFound, "no listing '\(listing)' recorded for \(market)")
        case let .changed(newest):
            throw APIError(.conflict, "listing '\(listing)' in \(market) changed since version \(given ?? ""); the newest is \(newest.contentHash.prefix(12)), checked again before a decision")
        }
    }

    static func json(_ token: TokenRecord) -> JSONValue {
        .object(["id": .int(Int(token.id)), "name": .string(token.name), "role": .string(token.role.rawValue), "created_at": .string(token.createdAt),
                 "revoked_at": token.revokedAt.map(JSONValue.string) ?? .null])
    }
}
