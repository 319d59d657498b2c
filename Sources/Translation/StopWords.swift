import Localization

/// Common function words per Latin-script listing language (`locales/language/stopwords.txt`),
/// for a light check that a target is in the language expected.
///
/// Its limits: it needs five words or more, only compares Latin-script languages, and flags only
/// a clear mismatch (another language's words at least three, and more than twice the expected
/// language's plus two). Short texts, lists of nouns and mixed-language texts pass unnoticed.
public struct StopWords: Sendable {
    /// A line of the file that could not be read.
    public struct Problem: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Listing language -> its words, lowercased.
    public let words: [String: Set<String>]

    /// Reads the file's text.
    /// - Throws: `Problem` naming the line of a line without `language:` or with a language
    ///   that is not a listing language, or a language given twice.
    public init(text: String, file: String) throws(Problem) {
        var words: [String: Set<String>] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw Problem(file: file, line: index + 1, message: "expected 'language: words', found '\(line)'")
            }
            let language = String(line[..<colon]).trimmingSpaces
            guard ListingLanguages.all.contains(language) else {
                throw Problem(file: file, line: index + 1, message: "'\(language)' is not a listing language (\(ListingLanguages.all.joined(separator: ", ")))")
            }
            guard words[language] == nil else { throw Problem(file: file, line: index + 1, message: "'\(language)' is given twice") }
            words[language] = Set(line[line.index(after: colon)...].split(separator: " ").map { $0.lowercased() })
        }
        self.words = words
    }

    /// The language whose words clearly outnumber `expected`'s in `tokens` (lowercased words),
    /// with both counts; nil when there is no clear mismatch or too few words to tell.
    public func mismatch(_ tokens: [String], expected: String) -> (language: String, count: Int, expectedCount: Int)? {
        guard tokens.count >= 5, let own = words[expected] else { return nil }
        let expectedCount = tokens.filter(own.contains).count
        let best = words.filter { $0.key != expected }
            .map { (language: $0.key, count: tokens.filter($0.value.contains).count) }
            .max { ($0.count, $1.language) < ($1.count, $0.language) }
        guard let best, best.count >= 3, best.count >= 2 * expectedCount + 2 else { return nil }
        return (best.language, best.count, expectedCount)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
