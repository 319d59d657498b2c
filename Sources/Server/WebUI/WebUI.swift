import ComplianceCore
import Foundation
import Hummingbird
import NIOCore
import Store

/// The officers' web UI under `/ui`: server-rendered pages, no script. A token proves who you
/// are once, at login; the browser then holds a session cookie (HttpOnly, SameSite=Strict) and
/// every form carries a token derived from the session's secret, checked on each POST together
/// with the Origin header.
struct WebUI: Sendable {
    let service: ClearanceService
    let pages: WebPages
    /// The loaded rules by id, for the citation and fix of recorded findings.
    let rules: [String: Rule]

    static let cookieName = "clearance_session"
    static let sessionHours = 8

    init(service: ClearanceService) throws {
        self.service = service
        pages = try WebPages()
        rules = Dictionary(service.engine.packs.flatMap(\.rules).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func register(on router: Router<ServiceContext>) {
        router.get("/") { _, _ in Self.redirect("/ui/") }
        router.get("/ui/static/app.css") { _, _ in
            var headers = WebPages.securityHeaders
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: WebPages.stylesheet)))
        }
        router.get("/ui/login") { request, _ in try await loginPage(request) }
        router.post("/ui/login") { request, _ in try await login(request) }
        router.post("/ui/logout") { request, _ in try await logout(request) }
        router.get("/ui/") { request, _ in
            let user = try await signedIn(request, role: .seller)
            guard user.token.role >= .officer else { return Self.redirect("/ui/check") }
            return try await dashboard(request, user: user)
        }
        router.get("/ui/check") { request, _ in try await checkPage(request, user: try signedIn(request, role: .seller)) }
        router.post("/ui/check") { request, _ in
            let (user, form) = try await posted(request, role: .seller)
            return try await check(form, user: user)
        }
        router.get("/ui/queue") { request, _ in try await queuePage(request, user: try signedIn(request, role: .officer)) }
        router.get("/ui/listings/:id") { request, context in
            let user = try await signedIn(request, role: .officer)
            let query = WebForm(request.uri.query ?? "")
            return try await listingPage(id: try Self.listingID(context), market: query["market"], done: query["done"], user: user)
        }
        router.post("/ui/listings/:id/decision") { request, context in
            let (user, form) = try await posted(request, role: .officer)
            return try await decide(form, id: try Self.listingID(context), user: user)
        }
        router.post("/ui/listings/:id/override") { request, context in
            let (user, form) = try await posted(request, role: .officer)
            return try await override(form, id: try Self.listingID(context), user: user)
        }
        router.get("/ui/audit") { request, _ in try await auditPage(request, user: try signedIn(request, role: .officer)) }
        router.get("/ui/runs/:id/report") { request, context in
            let user = try await signedIn(request, role: .officer)
            return try await runReport(request, context: context, user: user)
        }
    }

    // MARK: Sessions

    /// Who is signed in, with the form token of the session.
    struct User {
        let session: SessionRecord
        let csrf: String
        var token: TokenRecord { session.token }

        var view: UserView {
            UserView(name: token.name, role: token.role.rawValue, csrf: csrf, isOfficer: token.role >= .officer)
        }
    }

    /// The signed-in user, or a redirect to the login page (then back here), or 403.
    func signedIn(_ request: Request, role: Role) async throws -> User {
        guard let secret = request.cookies[Self.cookieName]?.value, !secret.isEmpty,
              let session = try await service.store.activeSession(secretHash: TokenSecret.hash(secret), at: service.now()) else {
            let next = request.method == .get ? request.uri.description : "/ui/"
            throw WebAnswer(Self.redirect("/ui/login?" + WebForm.query([("next", next)])))
        }
        let user = User(session: session, csrf: Self.formToken(secret))
        guard user.token.role >= role else {
            throw WebAnswer(message(status: .forbidden, heading: "Not allowed",
                                    text: "This page needs the \(role.rawValue) role; you are signed in as \(user.token.name) (\(user.token.role.rawValue)).",
                                    user: user))
        }
        return user
    }

    /// A form POST from a page of this service: signed in, with the session's form token, and
    /// (when the browser says where it comes from) from this origin.
    func posted(_ request: Request, role: Role) async throws -> (User, WebForm) {
        let user = try await signedIn(request, role: role)
        try requireSameOrigin(request, user: user)
        let form = try await readForm(request)
        guard let given = form["csrf"], Self.equalInConstantTime(given, user.csrf) else {
            throw WebAnswer(message(status: .forbidden, heading: "Refused",
                                    text: "The form's session token is missing or stale. Reload the page and send it again.", user: user))
        }
        return (user, form)
    }

    /// Refuses a form whose `Origin` names another site than the one it was sent to (a proxy in
    /// front must pass the `Host` the browser used). Browsers send `Origin` with every POST.
    func requireSameOrigin(_ request: Request, user: User?) throws {
        guard let origin = request.headers[.origin] else { return }
        guard let authority = request.head.authority, origin == "http://" + authority || origin == "https://" + authority else {
            throw WebAnswer(message(status: .forbidden, heading: "Refused", text: "The form came from another site (\(origin)).", user: user))
        }
    }

    func readForm(_ request: Request) async throws -> WebForm {
        do {
            let buffer = try await request.body.collect(upTo: service.maximumBodyBytes)
            return WebForm(String(decoding: buffer.readableBytesView, as: UTF8.self))
        } catch is NIOTooManyBytesError {
            throw WebAnswer(message(status: .contentTooLarge, heading: "Too large",
                                    text: "The form is larger than \(service.maximumBodyBytes) bytes.", user: nil))
        }
    }

    func loginPage(_ request: Request, problem: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let next = Self.safeNext(request.uri.queryParameters["next"].map(String.init))
        return pages.render("login", page: LoginPage(next: next, hours: Self.sessionHours),
                            layout: layout("Log in", user: nil, current: "", problem: problem), status: status)
    }

    func login(_ request: Request) async throws -> Response {
        try requireSameOrigin(request, user: nil)
        let form = try await readForm(request)
        let next = Self.safeNext(form["next"])
        guard let secret = form["token"], let token = try await service.store.activeToken(secretHash: TokenSecret.hash(secret)) else {
            return pages.render("login", page: LoginPage(next: next, hours: Self.sessionHours),
                                layout: layout("Log in", user: nil, current: "", problem: "That token is unknown or revoked."), status: .unauthorized)
        }
        let sessionSecret = TokenSecret.generate()
        let now = service.now()
        _ = try await service.store.startSession(token: token, secretHash: TokenSecret.hash(sessionSecret), at: now,
                                           expiresAt: StoreConventions.timestamp(now, plusSeconds: Self.sessionHours * 3600)
                                                        ?? StoreConventions.timestamp(Date().addingTimeInterval(Double(Self.sessionHours * 3600))))
        var response = Self.redirect(next)
        response.setCookie(Cookie(name: Self.cookieName, value: sessionSecret, maxAge: Self.sessionHours * 3600, path: "/",
                                  secure: service.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    func logout(_ request: Request) async throws -> Response {
        let (user, _) = try await posted(request, role: .seller)
        try await service.store.endSession(user.session.id, at: service.now())
        var response = Self.redirect("/ui/login")
        response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: service.secureCookies, httpOnly: true,
                                  sameSite: .strict))
        return response
    }

    /// The token every form of a session carries: derived from the cookie's secret, which
    /// scripts on other sites can neither read nor guess.
    static func formToken(_ sessionSecret: String) -> String {
        String(TokenSecret.hash("form:" + sessionSecret).prefix(32))
    }

    static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Where to go after login: a page of the UI, never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/ui"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("\n"), !next.contains("\r") else {
            return "/ui/"
        }
        return next
    }

    // MARK: Pages

    func layout(_ title: String, user: User?, current: String, flash: String? = nil, problem: String? = nil) -> WebPages.Layout {
        var items: [(String, String)] = [("/ui/check", "Check")]
        if let user, user.token.role >= .officer {
            items = [("/ui/", "Dashboard"), ("/ui/check", "Check"), ("/ui/queue", "Review queue"), ("/ui/audit", "Audit trail")]
        }
        let tool = service.tool
        return WebPages.Layout(title: title, user: user?.view, nav: user == nil ? [] : items.map { NavItem(href: $0.0, label: $0.1, current: $0.0 == current) },
                               flash: flash, problem: problem,
                               tool: ToolView(version: tool.version, icu: tool.icu, cldr: tool.cldr, packCount: tool.packs.count))
    }

    func message(status: HTTPResponse.Status, heading: String, text: String, user: User?, back: String? = nil) -> Response {
        pages.render("message", page: MessagePage(heading: heading, text: text, back: back), layout: layout(heading, user: user, current: ""),
                     status: status)
    }

    static func redirect(_ location: String) -> Response {
        var headers = WebPages.securityHeaders
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func listingID(_ context: ServiceContext) throws -> String {
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw APIError(.badRequest, "the listing id is missing") }
        return id.removingPercentEncoding ?? id
    }

    static func listingURL(_ id: String, market: String, extra: [(String, String?)] = []) -> String {
        "/ui/listings/" + WebForm.segment(id) + "?" + WebForm.query([("market", market)] + extra)
    }
}

/// An answer decided before the page's own work: a redirect to log in, a refusal.
struct WebAnswer: Error, HTTPResponseError {
    let answer: Response
    var status: HTTPResponse.Status { answer.status }

    init(_ answer: Response) { self.answer = answer }

    func response(from request: Request, context: some RequestContext) throws -> Response { answer }
}

struct LoginPage {
    let next: String
    let hours: Int
}

struct MessagePage {
    let heading: String
    let text: String
    let back: String?
}
