import Foundation

/// The JSON values of an input file: one object, an array of them, or JSON Lines (one value a
/// line, blank lines skipped), each with where it was, so a reader reports a bad item with its
/// line or position and still reads the others.
enum JSONInput {
    struct Item {
        /// The decoded value, or why the line is not valid JSON.
        let value: Result<Any, Invalid>
        /// 1-based line for JSON Lines, 0 otherwise.
        let line: Int
        /// The position in a JSON array, when the input was one.
        let index: Int?
    }

    struct Invalid: Error {
        /// "not valid JSON: " and Foundation's reason.
        let message: String
    }

    static func items(_ data: Data) -> [Item] {
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if trimmed.first == UInt8(ascii: "["), let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            return array.enumerated().map { Item(value: .success($1), line: 0, index: $0) }
        }
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            return [Item(value: .success(object), line: 0, index: nil)]
        }
        var items: [Item] = []
        for (offset, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let value: Result<Any, Invalid>
            do {
                value = .success(try JSONSerialization.jsonObject(with: Data(line)))
            } catch {
                let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                value = .failure(Invalid(message: reason.map { "not valid JSON: \($0)" } ?? "not valid JSON"))
            }
            items.append(Item(value: value, line: offset + 1, index: nil))
        }
        return items
    }
}
