import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore

/// The templates, compiled into the binary (`PackageResources`, from `WebUI/Templates`), and
/// the headers every page gets: no script may run, no other site may frame the page or receive
/// a form, and nothing is cached.
struct WebPages: Sendable {
    let library: MustacheLibrary

    static let templates: [(name: String, bytes: [UInt8])] = [
        ("layout", PackageResources.layout_mustache), ("login", PackageResources.login_mustache),
        ("message", PackageResources.message_mustache), ("check", PackageResources.check_mustache),
        ("result", PackageResources.result_mustache), ("listing", PackageResources.listing_mustache),
        ("queue", PackageResources.queue_mustache), ("audit", PackageResources.audit_mustache),
        ("dashboard", PackageResources.dashboard_mustache),
    ]

    static let stylesheet = String(decoding: PackageResources.app_css, as: UTF8.self)

    init() throws {
        var library = MustacheLibrary()
        for template in Self.templates {
            try library.register(String(decoding: template.bytes, as: UTF8.self), named: template.name)
        }
        self.library = library
    }

    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
        HTTPField.Name("X-Frame-Options")!: "DENY",
    ]

    /// The page `name` with `page` as its `{{#page}}` context and the layout's values around it.
    func render(_ name: String, page: Any, layout: Layout, status: HTTPResponse.Status = .ok) -> Response {
        // Absent values are left out: an Optional inside `Any` would render as "nil".
        var context: [String: Any] = ["page": page, "title": layout.title, "nav": layout.nav, "tool": layout.tool]
        if let user = layout.user { context["user"] = user }
        if let flash = layout.flash { context["flash"] = flash }
        if let problem = layout.problem { context["problem"] = problem }
        let html = library.render(context, withTemplate: name) ?? "template \(name) is missing"
        var headers = Self.securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    struct Layout {
        var title: String
        var user: UserView?
        var nav: [NavItem]
        var flash: String?
        var problem: String?
        var tool: ToolView
    }
}
