/// Payment card numbers: 12 to 19 digits, a known issuer prefix, and the Luhn check.
public enum PaymentCard {
    /// Issuer networks recognised by their prefixes (IIN ranges) and lengths.
    public enum Network: String, Sendable, CaseIterable, Codable {
        case visa, mastercard, amex, discover, jcb, unionpay, dinersClub = "diners_club", maestro
        /// Russia's national card system (NSPK): IIN 2200-2204.
        case mir
    }

    /// The network a number belongs to, when its prefix and length fit one.
    public static func network(of digits: [Int]) -> Network? {
        let n = digits.count
        func prefix(_ k: Int) -> Int { Digits.number(digits.prefix(k)) }
        guard n >= 12 else { return nil }
        if digits[0] == 4, [13, 16, 19].contains(n) { return .visa }
        if (2200...2204).contains(prefix(4)), (16...19).contains(n) { return .mir }
        if (51...55).contains(prefix(2)) || (2221...2720).contains(prefix(4)), n == 16 { return .mastercard }
        if [34, 37].contains(prefix(2)), n == 15 { return .amex }
        if prefix(4) == 6011 || prefix(2) == 65 || (644...649).contains(prefix(3)) || (622126...622925).contains(prefix(6)),
           (16...19).contains(n) { return .discover }
        if (3528...3589).contains(prefix(4)), (16...19).contains(n) { return .jcb }
        if prefix(2) == 62, (16...19).contains(n) { return .unionpay }
        if [36, 38, 39].contains(prefix(2)) || (300...305).contains(prefix(3)), (14...19).contains(n) { return .dinersClub }
        if [50, 56, 57, 58, 63, 67].contains(prefix(2)), (12...19).contains(n) { return .maestro }
        return nil
    }

    /// Whether the Luhn (mod 10) check holds.
    public static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return !digits.isEmpty && sum % 10 == 0
    }

    /// Validates a card number written with optional spaces or hyphens.
    public static func validate(_ text: Substring) -> Validation {
        guard let digits = Digits.values(text, allowing: [" ", "-"]), network(of: digits) != nil, luhn(digits) else { return .invalid }
        // A run of one digit passes Luhn now and then but is never a card.
        return Set(digits).count > 1 ? .valid : .invalid
    }
}
