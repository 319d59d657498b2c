/// International Bank Account Numbers (ISO 13616): country code, two check digits, a BBAN of
/// the country's length, and mod 97 == 1.
public enum IBAN {
    /// IBAN length per country (SWIFT IBAN registry).
    public static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
        "BI": 27, "DJ": 27, "FK": 18, "HN": 28, "LY": 25, "MN": 20, "NI": 28, "OM": 23, "RU": 33, "SD": 18, "SO": 23, "YE": 30,
    ]

    /// Validates an IBAN written with optional spaces.
    public static func validate(_ text: Substring) -> Validation {
        guard let chars = Digits.compact(text, allowing: [" "]), chars.count >= 15,
              chars[0] >= 0x41, chars[0] <= 0x5A, chars[1] >= 0x41, chars[1] <= 0x5A,
              chars[2] >= 0x30, chars[2] <= 0x39, chars[3] >= 0x30, chars[3] <= 0x39 else { return .invalid }
        let country = String(decoding: chars[0..<2], as: UTF8.self)
        guard lengths[country] == chars.count else { return .invalid }
        var remainder = 0
        for c in chars[4...] + chars[0..<4] {
            if c >= 0x30 && c <= 0x39 {
                remainder = (remainder * 10 + Int(c - 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(c - 0x41) + 10) % 97
            }
        }
        return remainder == 1 ? .valid : .invalid
    }
}
