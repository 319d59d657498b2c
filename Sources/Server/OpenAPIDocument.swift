import Formats

/// The OpenAPI 3.1 document of the service, made from `API.endpoints`. It is checked in as
/// `docs/openapi.json`; a test fails when the two differ.
public enum OpenAPIDocument {
    public static var value: JSONValue {
        var paths: [String: JSONValue] = [:]
        for endpoint in API.endpoints {
            var operation: [String: JSONValue] = ["summary": .string(endpoint.summary)]
            var responses: [String: JSONValue] = [:]
            for (status, description) in endpoint.responses {
                responses[String(status)] = .object(["description": .string(description),
                                                     "content": .object([status == 200 && endpoint.path == "/metrics" ? "text/plain" : "application/json": .object([:])])])
            }
            responses["400"] = error("the request is malformed; the message names the field")
            responses["413"] = error("the request body is larger than the limit")
            if let role = endpoint.role {
                operation["security"] = .array([.object(["bearer": .array([])])])
                operation["x-role"] = .string(role.rawValue)
                responses["401"] = error("no token, or an unknown or revoked one")
                responses["403"] = error("the token's role is below \(role.rawValue)")
            }
            operation["responses"] = .object(responses)
            var parameters: [JSONValue] = endpoint.query.sorted { $0.key < $1.key }.map { name, description in
                .object(["name": .string(name), "in": .string("query"), "required": .bool(false), "description": .string(description),
                         "schema": .object(["type": .string("string")])])
            }
            if endpoint.path.contains("{id}") {
                parameters.append(.object(["name": .string("id"), "in": .string("path"), "required": .bool(true), "schema": .object(["type": .string("integer")])]))
            }
            if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
            if let body = endpoint.body {
                operation["requestBody"] = .object(["required": .bool(true), "content": .object([
                    "application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/\(body)")])]),
                ])])
            }
            var item: [String: JSONValue] = [:]
            if case let .object(existing)? = paths[endpoint.path] { item = existing }
            item[endpoint.method.lowercased()] = .object(operation)
            paths[endpoint.path] = .object(item)
        }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("Clearance"), "version": .string(API.version),
                             "description": .string("Check listings before they are published, and review them: decisions, overrides and the audit trail. Roles: seller (check), officer (also review), admin (also tokens).")]),
            "paths": .object(paths),
            "components": .object([
                "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer")])]),
                "schemas": .object(schemas),
            ]),
        ])
    }

    private static func error(_ description: String) -> JSONValue {
        .object(["description": .string(description),
                 "content": .object(["application/json": .object(["schema": .object(["$ref": .string("#/components/schemas/Error")])])])])
    }

    private static func object(_ required: [String], _ properties: [String: JSONValue]) -> JSONValue {
        .object(["type": .string("object"), "required": .array(required.map(JSONValue.string)), "properties": .object(properties)])
    }

    private static let string: JSONValue = .object(["type": .string("string")])

    private static var schemas: [String: JSONValue] {
        [
            "Listing": object(["id"], [
                "id": string, "market": string, "locale": string, "title": string, "bullets": .object(["type": .string("array"), "items": string]),
                "description": string, "search_terms": string, "category": string, "brand": string,
                "attributes": .object(["type": .string("object"), "additionalProperties": .bool(true)]),
            ]),
            "Product": object(["sku", "category"], [
                "sku": string, "brand": string, "category": string, "type": string,
                "attributes": .object(["type": .string("object"), "additionalProperties": .bool(true)]),
                "quantities": .object(["type": .string("object"), "additionalProperties": string]),
                "count": .object(["type": .string("integer"), "minimum": .int(1)]), "price": string,
                "texts": .object(["type": .string("object"), "additionalProperties": .object(["type": .string("object"), "additionalProperties": string])]),
                "features": .object(["type": .string("array")]),
            ]),
            "Products": .object(["oneOf": .array([.object(["$ref": .string("#/components/schemas/Product")]),
                                                  .object(["type": .string("array"), "items": .object(["$ref": .string("#/components/schemas/Product")])])])]),
            "Listings": .object(["oneOf": .array([.object(["$ref": .string("#/components/schemas/Listing")]),
                                                  .object(["type": .string("array"), "items": .object(["$ref": .string("#/components/schemas/Listing")])])])]),
            "DecisionRequest": object(["listing", "market", "verdict", "reason"], [
                "listing": string, "market": string, "version": string, "reason": string,
                "verdict": .object(["type": .string("string"), "enum": .array([.string("approve"), .string("reject")])]),
            ]),
            "OverrideRequest": object(["listing", "market", "fingerprint", "reason"], [
                "listing": string, "market": string, "version": string, "fingerprint": string, "reason": string,
                "expires": .object(["type": .string("string"), "format": .string("date")]),
            ]),
            "TokenRequest": object(["name", "role"], [
                "name": string, "role": .object(["type": .string("string"), "enum": .array([.string("seller"), .string("officer"), .string("admin")])]),
            ]),
            "Error": object(["error"], ["error": object(["status", "message"], ["status": .object(["type": .string("integer")]), "message": string])]),
        ]
    }
}
