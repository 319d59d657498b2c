import ComplianceCore
import Formats

/// A field's text as HTML with each finding's span marked: `<mark>` around the matched text
/// (the most severe finding's class where spans overlap) and a numbered link to the finding
/// after it. Every character of the text is escaped; nothing of it is ever markup.
enum Highlighter {
    struct Span {
        /// Bytes of the text's UTF-8; moved back to scalar boundaries when they fall inside one.
        let utf8Range: Range<Int>
        let number: Int
        let anchor: String
        let severity: Severity
        let rule: String
    }

    static func html(_ text: String, spans: [Span]) -> String {
        let bytes = Array(text.utf8)
        func boundary(_ offset: Int) -> Int {
            var i = min(max(0, offset), bytes.count)
            while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }
        let marked = spans.map { (start: boundary($0.utf8Range.lowerBound), end: boundary($0.utf8Range.upperBound), span: $0) }
            .filter { $0.start < $0.end }
        let cuts = Set([0, bytes.count] + marked.flatMap { [$0.start, $0.end] }).sorted()
        var out = ""
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            let piece = HTMLReport.escape(String(decoding: bytes[start..<end], as: UTF8.self))
            let covering = marked.filter { $0.start <= start && $0.end >= end }
            if let worst = covering.map(\.span.severity).max() {
                var rules: [String] = []
                for entry in covering where !rules.contains(entry.span.rule) { rules.append(entry.span.rule) }
                out += "<mark class=\"finding \(worst.rawValue)\" title=\"\(HTMLReport.escape(rules.joined(separator: ", ")))\">\(piece)</mark>"
            } else {
                out += piece
            }
            for entry in marked where entry.end == end {
                let number = entry.span.number
                out += "<sup class=\"ref\"><a href=\"#\(entry.span.anchor)\" aria-label=\"finding \(number)\">\(number)</a></sup>"
            }
        }
        return out
    }
}
