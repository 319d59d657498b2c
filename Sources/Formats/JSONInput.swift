import Foundation

/// The JSON values of an input file: one object, an array of them, or JSON Lines (one value a
/// line, blank lines skipped), each with where it was, so a reader reports a bad item with its
/// line or position and still reads the others.
enum JSONInput {
    struct Item {
        /// The decoded value; nil when the line is not valid JSON (`problem` says why).
        let value: Any?
        /// 1-based line for JSON Lines, 0 otherwise.
        let line: Int
        /// The position in a JSON array, when the input was one.
        let index: Int?
        let problem: String?
    }

    static func items(_ data: Data) -> [Item] {
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.first == UInt8(ascii: "["), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return array.enumerated().map { Item(value: $1, line: 0, index: $0, problem: nil) }
        }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            return [Item(value: object, line: 0, index: nil, problem: nil)]
        }
        var items: [Item] = []
        for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            do {
                items.append(Item(value: try JSONSerialization.jsonObject(with: Data(line)), line: offset + 1, index: nil, problem: nil))
            } catch {
                let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
                items.append(Item(value: nil, line: offset + 1, index: nil, problem: "not valid JSON: \(reason)"))
            }
        }
        return items
    }
}
