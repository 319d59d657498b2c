import TextEngine

/// Reads the numbers of a text the way a locale writes them. The decimal and grouping
/// separators come from system ICU: 1234567.5 is formatted for the locale (and again with Latin
/// digits, for locales such as Arabic whose own digits differ), and the separators are read
/// back from the result. Digits are any Unicode decimal digits.
struct LocaleNumbers: Sendable {
    /// A number found in a text.
    struct Found: Sendable, Equatable {
        /// The value with `.` as decimal point, no grouping, no leading or trailing zeros:
        /// `1234.5`, `24`, `0.5`.
        let value: String
        /// The text right after the number (spaces skipped), for its unit.
        let after: Substring
    }

    /// Separators by digit kind: ASCII digits, and the locale's own digits.
    let latin: (decimal: String, grouping: Set<String>)
    let native: (decimal: String, grouping: Set<String>)

    /// - Throws: `TextEngineError` when ICU cannot format for `locale`.
    init(locale: String) throws {
        latin = try Self.separators(try ICUNumberFormat.cached(locale: locale, skeleton: "numbering-system/latn .0").format(1234567.5))
        native = try Self.separators(try ICUNumberFormat.cached(locale: locale, skeleton: ".0").format(1234567.5))
    }

    /// The grouping and decimal separators in ICU's rendering of 1234567.5.
    static func separators(_ sample: String) throws -> (decimal: String, grouping: Set<String>) {
        var separators: [String] = []
        var current = ""
        var seenDigit = false
        for scalar in sample.unicodeScalars where scalar.properties.generalCategory != .format {
            if scalar.properties.numericType == .decimal {
                if !current.isEmpty { separators.append(current) }
                current = ""
                seenDigit = true
            } else if seenDigit {
                current.unicodeScalars.append(scalar)
            }
        }
        guard separators.count == 3, let decimal = separators.last else {
            throw TextEngineError.invalidArgument("cannot read the separators of \"\(sample)\"")
        }
        var grouping: Set<String> = [separators[0]]
        // A no-break space and a narrow no-break space are the same separator to a reader.
        if grouping.contains("\u{00A0}") || grouping.contains("\u{202F}") { grouping.formUnion(["\u{00A0}", "\u{202F}"]) }
        return (decimal, grouping)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Character {
        Character(String(Int(scalar.properties.numericValue ?? 0)))
    }

    static let spaces: Set<Unicode.Scalar> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// The numbers in `text`, in order.
    func numbers(in text: String) -> [Found] {
        let scalars = Array(text.unicodeScalars)
        var found: [Found] = []
        var index = 0
        func digitRun(from start: Int) -> Int {
            var end = start
            while end < scalars.count, Self.isDigit(scalars[end]) { end += 1 }
            return end
        }
        func separator(at position: Int, in options: Set<String>) -> Int? {
            for option in options {
                let parts = Array(option.unicodeScalars)
                if position + parts.count <= scalars.count, Array(scalars[position..<(position + parts.count)]) == parts {
                    return position + parts.count
                }
            }
            return nil
        }
        while index < scalars.count {
            guard Self.isDigit(scalars[index]) else {
                index += 1
                continue
            }
            let symbols = scalars[index].isASCII ? latin : native
            var end = digitRun(from: index)
            var integer = scalars[index..<end].map(Self.digitValue)
            if end - index <= 3 {
                while let next = separator(at: end, in: symbols.grouping) {
                    let groupEnd = digitRun(from: next)
                    guard groupEnd - next == 3 else { break }
                    integer += scalars[next..<groupEnd].map(Self.digitValue)
                    end = groupEnd
                }
            }
            var fraction: [Character] = []
            if let next = separator(at: end, in: [symbols.decimal]), next < scalars.count, Self.isDigit(scalars[next]) {
                let fractionEnd = digitRun(from: next)
                fraction = scalars[next..<fractionEnd].map(Self.digitValue)
                end = fractionEnd
            }
            var after = end
            while after < scalars.count, Self.spaces.contains(scalars[after]) { after += 1 }
            let rest = String(String.UnicodeScalarView(scalars[after..<min(scalars.count, after + 16)]))
            found.append(Found(value: Self.normalized(integer, fraction), after: Substring(rest)))
            index = end
        }
        return found
    }

    static func normalized(_ integer: [Character], _ fraction: [Character]) -> String {
        var whole = String(integer.drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        var decimals = fraction
        while decimals.last == "0" { decimals.removeLast() }
        return decimals.isEmpty ? whole : whole + "." + String(decimals)
    }
}
