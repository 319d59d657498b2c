/// A length limit of a listing field, from a marketplace `length` rule.
public struct FieldLimit: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// `title`, `description`, `bullets`, ...
    public let field: String
    public let maximum: Int
    public let unit: LengthUnit
    /// The rule that sets it.
    public let rule: String

    public init(field: String, maximum: Int, unit: LengthUnit, rule: String) {
        self.field = field
        self.maximum = maximum
        self.unit = unit
        self.rule = rule
    }

    /// `at most 2000 graphemes (marketplace/amazon/description-length)`.
    public var description: String {
        let unitName = switch unit {
        case .graphemes: "graphemes"
        case .utf8Bytes: "UTF-8 bytes"
        case .utf16Units: "UTF-16 units"
        }
        return "at most \(maximum) \(unitName) (\(rule))"
    }

    /// The limits the `length` rules of `packs` set in `market`, one per rule and field.
    public static func limits(in market: Market, packs: [RulePack]) -> [FieldLimit] {
        var limits: [FieldLimit] = []
        for pack in packs where pack.reaches(market) {
            for rule in pack.rules where rule.conditions.allow(market) {
                guard case let .length(check) = rule.check else { continue }
                for field in rule.fields {
                    limits.append(FieldLimit(field: field.rawValue, maximum: check.maximum, unit: check.unit, rule: rule.id))
                }
            }
        }
        return limits
    }

    public static func < (lhs: FieldLimit, rhs: FieldLimit) -> Bool {
        (lhs.field, lhs.maximum, lhs.unit.rawValue, lhs.rule) < (rhs.field, rhs.maximum, rhs.unit.rawValue, rhs.rule)
    }
}
