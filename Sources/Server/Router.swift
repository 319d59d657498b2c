import ComplianceCore
import Formats
import Foundation
import Hummingbird
import NIOCore
import Store

/// The request context: what the bearer token proved, once checked.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// An error answered as JSON: `{"error": {"status": 403, "message": "..."}}`.
public struct APIError: Error, HTTPResponseError {
    public let status: HTTPResponse.Status
    public let message: String
    public var headers: HTTPFields { status == .unauthorized ? [.wwwAuthenticate: "Bearer"] : [:] }

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONAnswer.response(.object(["error": .object(["status": .int(status.code), "message": .string(message)])]), status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}

/// JSON responses from `JSONValue` (sorted keys, the same writer as the reports).
enum JSONAnswer {
    static func response(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.text, status: status)
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok, contentType: String = "application/json") -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}

/// Builds the router of the service: every endpoint of `API.endpoints`, with access checks, and
/// the web UI under `/ui`.
public func buildRouter(_ service: ClearanceService) throws -> Router<ServiceContext> {
    let router = Router(context: ServiceContext.self)
    router.add(middleware: MetricsMiddleware(metrics: service.metrics))
    let handlers = Handlers(service: service)
    for endpoint in API.endpoints {
        let path = RouterPath(endpoint.path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: ""))
        router.on(path, method: HTTPRequest.Method(rawValue: endpoint.method)!) { request, context in
            let token = try await handlers.authorize(request, role: endpoint.role)
            return try await handlers.handle(endpoint, request: request, context: context, token: token)
        }
    }
    try WebUI(service: service).register(on: router)
    return router
}

/// Builds the application listening on `host`:`port`.
public func buildApplication(_ service: ClearanceService, host: String, port: Int) throws -> some ApplicationProtocol {
    Application(router: try buildRouter(service), configuration: .init(address: .hostname(host, port: port), serverName: "clearance"))
}

/// Counts every answer by route and status.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = ServiceContext
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: ServiceContext, next: (Request, ServiceContext) async throws -> Response) async throws -> Response {
        let route = context.endpointPath ?? "unmatched"
        do {
            let response = try await next(request, context)
            metrics.countRequest(route: route, method: request.method.rawValue, status: response.status.code)
            return response
        } catch let error as HTTPResponseError {
            metrics.countRequest(route: route, method: request.method.rawValue, status: error.status.code)
            throw error
        }
    }
}
