import TextEngine

/// The symbols of measurement units as system ICU writes them for a locale (short and narrow
/// width: `mm`, `kg`, `°C`; `毫米` in Chinese), read from ICU's formatting of an amount.
struct UnitSymbols: Sendable {
    /// Symbol -> unit, for the locale.
    let symbols: [(symbol: String, unit: MeasureUnit)]

    /// - Throws: `TextEngineError` when ICU cannot format for `locale`.
    init(locale: String) throws {
        var symbols: [(String, MeasureUnit)] = []
        let number = try ICUNumberFormat.cached(locale: locale, skeleton: "precision-integer").format(2)
        for unit in MeasureUnit.allCases {
            for width in [UnitWidth.short, .narrow] {
                let formatted = try ICUNumberFormat.format(Quantity(2, unit), width: width, locale: locale)
                guard let range = formatted.firstRange(of: number), range.lowerBound == formatted.startIndex else { continue }
                let symbol = String(formatted[range.upperBound...].drop { LocaleNumbers.spaces.contains($0.unicodeScalars.first!) })
                // "in" is also an English word ("4 in the box"); inches are read from ″ and "inch".
                guard !symbol.isEmpty, symbol != "in", !symbols.contains(where: { $0.0 == symbol && $0.1 == unit }) else { continue }
                symbols.append((symbol, unit))
            }
        }
        // Longest first, so "mm" is tried before "m".
        self.symbols = symbols.sorted { ($0.0.count, $0.0) > ($1.0.count, $1.0) }
    }

    /// The unit symbol `text` starts with (case-insensitive, not followed by a letter).
    func symbol(atStartOf text: Substring) -> (symbol: String, unit: MeasureUnit)? {
        for (symbol, unit) in symbols where Self.starts(text, with: symbol) {
            return (symbol, unit)
        }
        return nil
    }

    /// The symbols of `unit` in this locale.
    func symbols(of unit: MeasureUnit) -> [String] {
        symbols.filter { $0.unit == unit }.map(\.symbol)
    }

    static func starts(_ text: Substring, with symbol: String) -> Bool {
        guard text.lowercased().hasPrefix(symbol.lowercased()) else { return false }
        let rest = text.dropFirst(symbol.count)
        guard let next = rest.first, let last = symbol.unicodeScalars.last else { return true }
        // Chinese and Japanese run words together: 毫米厚 is 毫米 then 厚.
        return !next.isLetter || !last.properties.isAlphabetic || SpacelessScripts.contains(last)
    }
}
