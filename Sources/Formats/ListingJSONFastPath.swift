import ComplianceCore

/// A direct reader for the common shape of a JSONL listing line: an object whose fields are
/// strings, lists of strings and an `attributes` object of strings and booleans. It gives the
/// listing `ListingReader.listing(_:fallbackID:)` would give from `JSONSerialization`, without
/// building Foundation objects; for anything else (numbers where values are read, nested
/// objects in attributes, a field of the wrong type, a duplicate key, text that is not valid
/// JSON) it answers nil and the caller takes the Foundation path, which reads every case and
/// words every error.
enum ListingJSONFastPath {
    /// A JSON value as far as the fast path reads it.
    enum Value {
        case string(String)
        case bool(Bool)
        case null
        /// A number: read only to be skipped (where its value matters, the fast path gives up).
        case number
        case array([Value])
        case object([(key: String, value: Value)])
    }

    /// The listing on `line`, or nil when the Foundation path must read it.
    static func listing(_ line: UnsafeRawBufferPointer, fallbackID: String) -> Listing? {
        var parser = Parser(bytes: line.bindMemory(to: UInt8.self))
        guard let value = parser.document(), case let .object(fields) = value else { return nil }
        var id: String?, market: String?, locale: String?, title: String?, description: String?
        var searchTerms: String?, category: String?, brand: String?
        var bullets: [String] = []
        var attributes: [String: String] = [:]
        for (key, value) in fields {
            switch key {
            case "id":
                switch value {
                case let .string(text): id = text
                case .null: break
                default: return nil   // a number id: Foundation's formatting decides
                }
            case "bullets":
                switch value {
                case .null: break
                case let .array(items):
                    for item in items {
                        guard case let .string(text) = item else { return nil }
                        bullets.append(text)
                    }
                default: return nil
                }
            case "attributes":
                switch value {
                case .null: break
                case let .object(pairs):
                    for (name, item) in pairs {
                        guard let text = attributeText(item) else { return nil }
                        attributes[name] = text
                    }
                default: return nil
                }
            case "market", "locale", "title", "description", "search_terms", "category", "brand":
                let text: String?
                switch value {
                case let .string(string): text = string
                case .null: text = nil
                default: return nil
                }
                switch key {
                case "market": market = text
                case "locale": locale = text
                case "title": title = text
                case "description": description = text
                case "search_terms": searchTerms = text
                case "category": category = text
                default: brand = text
                }
            default:
                continue
            }
        }
        guard title != nil || description != nil else { return nil }
        return Listing(id: id ?? fallbackID, market: market, locale: locale, title: title, bullets: bullets,
                       description: description, searchTerms: searchTerms, category: category, brand: brand, attributes: attributes)
    }

    /// An attribute value as `ListingReader.attributeText` gives it, for strings, booleans and
    /// lists of them; nil for the rest.
    static func attributeText(_ value: Value) -> String? {
        switch value {
        case let .string(text): return text
        case let .bool(flag): return flag ? "true" : "false"
        case let .array(items):
            var parts: [String] = []
            for item in items {
                switch item {
                case let .string(text): parts.append(text)
                case let .bool(flag): parts.append(flag ? "true" : "false")
                default: return nil
                }
            }
            return parts.joined(separator: ",")
        default: return nil
        }
    }

    /// A strict RFC 8259 reader over UTF-8 bytes; nil at the first thing it does not accept.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Nesting depth, bounded like any parser of untrusted input.
        var depth = 0
        static let maximumDepth = 64

        /// One value and nothing after it but whitespace.
        mutating func document() -> Value? {
            guard let value = value() else { return nil }
            skipSpace()
            return i == bytes.count ? value : nil
        }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            default: return number() ? .number : nil
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
            i += count
            return true
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        mutating func number() -> Bool {
            func digit(_ at: Int) -> Bool { at < bytes.count && bytes[at] &- 0x30 < 10 }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digit(i) else { return false }
            if bytes[i] == UInt8(ascii: "0") { i += 1 } else { while digit(i) { i += 1 } }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard digit(i) else { return false }
                while digit(i) { i += 1 }
            }
            if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digit(i) else { return false }
                while digit(i) { i += 1 }
            }
            return true
        }

        mutating func object() -> Value? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { return nil }
            i += 1
            var fields: [(key: String, value: Value)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                // A repeated key: which one Foundation keeps is its business.
                guard !fields.contains(where: { $0.key == key }) else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let value = value() else { return nil }
                fields.append((key, value))
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
                return nil
            }
        }

        mutating func array() -> Value? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { return nil }
            i += 1
            var items: [Value] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                guard let item = value() else { return nil }
                items.append(item)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        }

        /// A string starting at the opening quote. Text without escapes is decoded in one step.
        mutating func string() -> String? {
            i += 1
            let start = i
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "\"") {
                    let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    i += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            // With escapes: decode into a buffer.
            var out: [UInt8] = Array(bytes[start..<i])
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "\""):
                    i += 1
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    i += 1
                    guard i < bytes.count else { return nil }
                    let escaped = bytes[i]
                    i += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else { return nil }
                        if scalar >= 0xD800 && scalar < 0xDC00 {
                            // A high surrogate must be followed by an escaped low one.
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                            i += 2
                            guard let low = hex4(), low >= 0xDC00 && low < 0xE000 else { return nil }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else if scalar >= 0xDC00 && scalar < 0xE000 {
                            return nil
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { return nil }
                        out.append(contentsOf: UTF8.encode(unicode)!)
                    default:
                        return nil
                    }
                default:
                    if byte < 0x20 { return nil }
                    out.append(byte)
                    i += 1
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[i]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
                i += 1
            }
            return value
        }
    }
}
