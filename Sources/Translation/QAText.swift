import XLIFF

/// Inline content flattened for the checks: the text a reader sees, the protected texts, and
/// the free text (outside protected markers), where each code or protected span is a break.
struct QAText: Sendable {
    /// A character that stands for a code or a protected span in `free`: it separates words.
    static let breakMark: Character = "\u{FFFC}"

    /// Everything a reader sees, protected texts included.
    var plain = ""
    /// Text outside do-not-translate markers, with `breakMark` for codes and markers.
    var free = ""
    /// The contents of do-not-translate markers, in order.
    var protected: [String] = []
    /// The keys of the codes (`pc#1`), in order.
    var codes: [String] = []

    init(_ content: [XLIFFInline]) {
        add(content, protected: false)
    }

    private mutating func add(_ content: [XLIFFInline], protected inside: Bool) {
        for item in content {
            switch item {
            case let .text(text):
                plain += text
                if !inside { free += text }
            case let .character(scalar, _):
                let text = scalar.map { String($0) } ?? ""
                plain += text
                if !inside { free += text }
            case let .code(code):
                codes.append(code.key)
                free.append(Self.breakMark)
            case let .pair(code, inner):
                codes.append(code.key)
                free.append(Self.breakMark)
                add(inner, protected: inside)
                free.append(Self.breakMark)
            case let .marker(marker, inner):
                if !inside, !marker.translate {
                    protected.append(XLIFFInline.plainText(inner))
                    free.append(Self.breakMark)
                    add(inner, protected: true)
                    free.append(Self.breakMark)
                } else {
                    add(inner, protected: inside)
                }
            case .markerStart, .markerEnd, .other:
                break
            }
        }
    }

    /// `free` with the texts of `also` (a brand, a model) replaced by breaks as well.
    func freeText(without also: [String]) -> String {
        var text = free
        for term in also.sorted(by: { $0.count > $1.count }) where !term.isEmpty {
            text = text.replacing(term, with: String(Self.breakMark))
        }
        return text
    }
}

