import ComplianceCore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Server
import Store
import Testing

/// The officers' web UI through the router, without sockets: sessions, form tokens, escaping
/// and the review flow. (`scripts/browser-test` drives the same flow in Chromium.)
@Suite struct WebUITests {
    /// A signed-in browser: its session cookie and the form token of its pages.
    struct Browser {
        let cookie: String
        let csrf: String

        func headers(origin: String? = nil) -> HTTPFields {
            var fields: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
            if let origin { fields[.origin] = origin }
            return fields
        }
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    static func logIn(_ client: some TestClientProtocol, secret: String) async throws -> Browser {
        let response = try await client.execute(uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                body: form([("token", secret), ("next", "/ui/check")]))
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/ui/check")
        let setCookie = try #require(response.headers[.setCookie])
        #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Path=/"))
        let cookie = String(setCookie.split(separator: ";")[0])
        let page = try await client.execute(uri: "/ui/check", method: .get, headers: [.cookie: cookie])
        #expect(page.status == .ok)
        let csrf = try #require(text(page).firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        return Browser(cookie: cookie, csrf: String(csrf))
    }

    @Test func pagesNeedASessionAndTheRightRole() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            for page in ["/ui/", "/ui/check", "/ui/queue?market=DE", "/ui/listings/a?market=DE", "/ui/audit"] {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.headers[.location]?.hasPrefix("/ui/login?next=") == true, "\(page)")
            }
            for page in ["/ui/check", "/ui/listings/a/decision", "/ui/listings/a/override", "/ui/logout"] {
                let response = try await client.execute(uri: page, method: .post, body: Self.form([("csrf", "x")]))
                #expect(response.status == .seeOther, "POST \(page) without a session")
            }
            let root = try await client.execute(uri: "/", method: .get)
            #expect(root.headers[.location] == "/ui/")
            let css = try await client.execute(uri: "/ui/static/app.css", method: .get)
            #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)

            let wrong = try await client.execute(uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                 body: Self.form([("token", "clr_wrong")]))
            #expect(wrong.status == .unauthorized)
            #expect(Self.text(wrong).contains("role=\"alert\">That token is unknown or revoked."))
            #expect(wrong.headers[.setCookie] == nil)

            // A seller checks listings; the review pages are for officers.
            let seller = try await Self.logIn(client, secret: secrets[.seller]!)
            let home = try await client.execute(uri: "/ui/", method: .get, headers: seller.headers())
            #expect(home.headers[.location] == "/ui/check")
            let queue = try await client.execute(uri: "/ui/queue", method: .get, headers: seller.headers())
            #expect(queue.status == .forbidden)
            #expect(Self.text(queue).contains("needs the officer role"))
            let check = try await client.execute(uri: "/ui/check", method: .get, headers: seller.headers())
            #expect(!Self.text(check).contains("id=\"record\""), "sellers do not record results")
        }
    }

    @Test func loginOnlyReturnsToPagesOfTheUI() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let foreign = try await client.execute(uri: "/ui/login", method: .post,
                                                   headers: [.contentType: "application/x-www-form-urlencoded", .origin: "https://evil.example"],
                                                   body: Self.form([("token", secrets[.officer]!)]))
            #expect(foreign.status == .forbidden && foreign.headers[.setCookie] == nil, "no login from another site's form")
            for next in ["https://evil.example/", "//evil.example/ui", "/v1/tokens", "/ui\\@evil"] {
                let response = try await client.execute(uri: "/ui/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                        body: Self.form([("token", secrets[.officer]!), ("next", next)]))
                #expect(response.headers[.location] == "/ui/", "\(next)")
            }
        }
    }

    @Test func formsNeedTheSessionsFormTokenAndThisOrigin() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = try await Self.logIn(client, secret: secrets[.officer]!)
            let fields = [("kind", "listing"), ("title", "Trinkflasche"), ("market", "DE")]
            let missing = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(), body: Self.form(fields))
            #expect(missing.status == .forbidden)
            let stale = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(),
                                                 body: Self.form(fields + [("csrf", String(repeating: "0", count: 32))]))
            #expect(stale.status == .forbidden)
            let foreign = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(origin: "https://evil.example"),
                                                   body: Self.form(fields + [("csrf", officer.csrf)]))
            #expect(foreign.status == .forbidden)
            #expect(Self.text(foreign).contains("another site"))
            let good = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(), body: Self.form(fields + [("csrf", officer.csrf)]))
            #expect(good.status == .ok)
            #expect(good.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)

            // Another session's form token is refused too.
            let other = try await Self.logIn(client, secret: secrets[.admin]!)
            #expect(other.csrf != officer.csrf)
            let crossed = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(), body: Self.form(fields + [("csrf", other.csrf)]))
            #expect(crossed.status == .forbidden)
        }
    }

    @Test func checkRecordApproveAndAuditWithMarkupInTheListing() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = try await Self.logIn(client, secret: secrets[.officer]!)
            let id = "x<b>\"1\"</b>"
            let title = "Das beste <script>alert(\"xss\")</script> Serum, ruf an: +49 30 901820"
            let checked = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(),
                                                   body: Self.form([("csrf", officer.csrf), ("kind", "listing"), ("id", id), ("title", title),
                                                                    ("description", "<img src=x onerror=alert(1)>"), ("market", "DE"), ("record", "1")]))
            #expect(checked.status == .ok)
            let page = Self.text(checked)
            #expect(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>"), "no listing text is markup")
            #expect(page.contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"))
            #expect(page.contains("data-market=\"DE\""))
            let marks = page.matches(of: /<mark class="finding (block|warn|info)"[^>]*>([^<]+)<\/mark>/).map { String($0.2) }
            #expect(marks.contains("+49 30 901820"), "\(marks)")
            #expect(page.contains("<code class=\"rule\">privacy/phone-number</code>"))
            let reviewURL = try #require(page.firstMatch(of: /class="review-link" href="([^"]+)"/)?.1)
            #expect(reviewURL == "/ui/listings/x%3Cb%3E%221%22%3C%2Fb%3E?market=DE")

            let listing = try await client.execute(uri: String(reviewURL), method: .get, headers: officer.headers())
            #expect(listing.status == .ok)
            let listingPage = Self.text(listing)
            #expect(!listingPage.contains("<script") && !listingPage.contains("<b>"))
            #expect(listingPage.contains("id=\"decision\" class=\"block\">block"))
            let version = try #require(listingPage.firstMatch(of: /name="version" value="([0-9a-f]{64})"/)?.1)
            let action = "/ui/listings/x%3Cb%3E%221%22%3C%2Fb%3E/decision"

            let noReason = try await client.execute(uri: action, method: .post, headers: officer.headers(),
                                                    body: Self.form([("csrf", officer.csrf), ("market", "DE"), ("version", String(version)), ("verdict", "approve")]))
            #expect(noReason.status == .badRequest)
            #expect(Self.text(noReason).contains("role=\"alert\">Give a reason"))
            let stale = try await client.execute(uri: action, method: .post, headers: officer.headers(),
                                                 body: Self.form([("csrf", officer.csrf), ("market", "DE"), ("version", "deadbeef"), ("verdict", "approve"),
                                                                  ("reason", "r")]))
            #expect(stale.status == .conflict)
            #expect(try await service.store.auditTrail().filter { $0.action == "decision" }.isEmpty)

            let reason = "Phone number removed <before> publishing"
            let approved = try await client.execute(uri: action, method: .post, headers: officer.headers(),
                                                    body: Self.form([("csrf", officer.csrf), ("market", "DE"), ("version", String(version)),
                                                                     ("verdict", "approve"), ("reason", reason)]))
            #expect(approved.status == .seeOther)
            let back = try #require(approved.headers[.location])
            let after = Self.text(try await client.execute(uri: back, method: .get, headers: officer.headers()))
            #expect(after.contains("id=\"flash\" class=\"flash\" role=\"status\">Approved"))
            #expect(after.contains("<td>approve</td><td>officer one</td><td>Phone number removed &lt;before&gt; publishing</td>"))
            #expect(after.contains("id=\"verdict\">approve"))

            let audit = Self.text(try await client.execute(uri: "/ui/audit", method: .get, headers: officer.headers()))
            #expect(audit.contains("id=\"verify\" class=\"pass\">The hash chain is intact"))
            #expect(audit.contains("<td>decision</td>") && audit.contains("Phone number removed &lt;before&gt; publishing"))
            #expect(!audit.contains("<b>"))
            #expect(try await service.store.verifyAudit().isEmpty)

            let queue = Self.text(try await client.execute(uri: "/ui/queue?market=DE&decision=all", method: .get, headers: officer.headers()))
            #expect(queue.contains("x&lt;b&gt;&quot;1&quot;&lt;/b&gt;</a></td><td>DE</td><td class=\"block\">block</td><td>approve</td>"))
            let dashboard = Self.text(try await client.execute(uri: "/ui/", method: .get, headers: officer.headers()))
            #expect(dashboard.contains("<a href=\"/ui/queue?market=DE\">DE</a></th><td>0</td><td>0</td><td>1</td><td>1</td><td>0</td>"))
            #expect(dashboard.contains("<th scope=\"row\">2026-12-01</th><td>1</td>"))
        }
    }

    @Test func anOverrideShowsOnTheListingAndInTheTrail() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = try await Self.logIn(client, secret: secrets[.officer]!)
            _ = try await client.execute(uri: "/ui/check", method: .post, headers: officer.headers(),
                                         body: Self.form([("csrf", officer.csrf), ("id", "o-1"), ("title", "Ruf an: +49 30 901820"), ("market", "DE"),
                                                          ("record", "1")]))
            let page = Self.text(try await client.execute(uri: "/ui/listings/o-1?market=DE", method: .get, headers: officer.headers()))
            let fingerprint = try #require(page.firstMatch(of: /name="fingerprint" value="([^"]+)"/)?.1)
            let version = try #require(page.firstMatch(of: /name="version" value="([0-9a-f]{64})"/)?.1)
            let response = try await client.execute(uri: "/ui/listings/o-1/override", method: .post, headers: officer.headers(),
                                                    body: Self.form([("csrf", officer.csrf), ("market", "DE"), ("version", String(version)),
                                                                     ("fingerprint", String(fingerprint)), ("reason", "Company hotline, allowed by contract"),
                                                                     ("expires", "2026-12-31")]))
            #expect(response.status == .seeOther)
            let after = Self.text(try await client.execute(uri: response.headers[.location]!, method: .get, headers: officer.headers()))
            #expect(after.contains("Finding overridden"))
            #expect(after.contains("class=\"sev-block overridden\""))
            #expect(!after.contains("name=\"fingerprint\" value=\"\(fingerprint)\""), "an overridden finding offers no second override")
            #expect(after.contains("<td>override (until 2026-12-31)</td><td>officer one</td><td>Company hotline, allowed by contract</td>"))
            #expect(try await service.store.auditTrail().last?.action == "override")
        }
    }

    @Test func loggingOutOrRevokingTheTokenEndsTheSession() async throws {
        let (service, secrets) = try await ServerTests.service()
        let app = Application(router: try buildRouter(service))
        try await app.test(.router) { client in
            let officer = try await Self.logIn(client, secret: secrets[.officer]!)
            let out = try await client.execute(uri: "/ui/logout", method: .post, headers: officer.headers(), body: Self.form([("csrf", officer.csrf)]))
            #expect(out.status == .seeOther)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            let gone = try await client.execute(uri: "/ui/queue", method: .get, headers: officer.headers())
            #expect(gone.status == .seeOther)
            #expect(try await service.store.auditTrail().suffix(2).map(\.action) == ["session.start", "session.end"])

            let again = try await Self.logIn(client, secret: secrets[.officer]!)
            let token = try await #require(try service.store.tokens().first { $0.role == .officer })
            _ = try await service.store.revokeToken(token.id, actor: "admin one", at: "2026-12-01T09:30:00Z")
            let revoked = try await client.execute(uri: "/ui/queue", method: .get, headers: again.headers())
            #expect(revoked.status == .seeOther, "a revoked token's sessions end with it")
        }
    }

    /// Every `{{{name}}}` of the templates inserts markup built in Swift from escaped text; the
    /// name says so by ending in HTML. Everything else goes through `{{name}}`, which escapes.
    @Test func templatesInsertOnlyNamedMarkupUnescaped() async throws {
        let folder = ServerTests.root.appendingPathComponent("Sources/Server/WebUI/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(files.count >= 8)
        for file in files {
            let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
            for match in text.matches(of: /\{\{\{\s*([^}]+?)\s*\}\}\}|\{\{&\s*([^}]+?)\s*\}\}/) {
                let name = String(match.1 ?? match.2 ?? "")
                #expect(name.hasSuffix("HTML"), "\(file): {{{\(name)}}} inserts text unescaped")
            }
            #expect(!text.contains("<script"), "\(file): the UI runs no script")
            #expect(!text.contains("style=\""), "\(file): inline styles break the content security policy")
        }
    }
}
