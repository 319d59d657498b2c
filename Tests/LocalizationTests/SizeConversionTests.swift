import ComplianceCore
import Foundation
import Testing
@testable import Localization

@Suite struct SizeConversionTests {
    static let tables = try! SizeTablesTests.shipped()

    static func product(_ family: String, _ size: String, system: String?, gender: String? = nil) -> Product {
        var attributes = ["size": size]
        attributes["gender"] = gender
        return Product(sku: "P", category: "\(family)/x", attributes: attributes, sizeSystem: system)
    }

    static func state(_ product: Product, _ target: SizeSystem) -> Result<StatedSize, SizeProblem>? {
        tables.state(product, in: target)
    }

    /// A men's (or unisex, or ungendered) EU 42 shoe in every system.
    @Test(arguments: [
        (SizeSystem.us, "9", SizeTable.Length?.none), (.uk, "8", nil), (.eu, "42", nil), (.jp, "27.0", .cm), (.cn, "270", .mm), (.kr, "270", .mm),
    ])
    func menShoesInEverySystem(target: SizeSystem, value: String, length: SizeTable.Length?) {
        for gender in [nil, "unisex", "men"] {
            #expect(Self.state(Self.product("footwear", "42", system: "EU", gender: gender), target)
                == .success(.sized(value: value, system: target, length: length)), "\(gender ?? "no gender")")
        }
    }

    @Test func womenAndKidsShoesUseTheirTables() {
        let women = Self.product("footwear", "38", system: "EU", gender: "women")
        #expect(Self.state(women, .us) == .success(.sized(value: "7.5", system: .us, length: nil)))
        #expect(Self.state(women, .uk) == .success(.sized(value: "5.5", system: .uk, length: nil)))
        #expect(Self.state(women, .kr) == .success(.sized(value: "240", system: .kr, length: .mm)))
        let kids = Self.product("footwear", "10C", system: "us", gender: "kids")
        #expect(Self.state(kids, .eu) == .success(.sized(value: "27", system: .eu, length: nil)), "systems are read in any case")
        #expect(Self.state(kids, .jp) == .success(.sized(value: "16.0", system: .jp, length: .cm)))
        #expect(Self.state(Self.product("footwear", "1Y", system: "US", gender: "kids"), .uk) == .success(.sized(value: "13", system: .uk, length: nil)))
    }

    @Test func apparelUsesTheGroupsTable() {
        let dress = Self.product("apparel", "38", system: "EU", gender: "women")
        #expect(Self.state(dress, .us) == .success(.sized(value: "8", system: .us, length: nil)))
        #expect(Self.state(dress, .cn) == .success(.sized(value: "170/92A", system: .cn, length: nil)))
        #expect(Self.state(dress, .kr) == .success(.sized(value: "77", system: .kr, length: nil)))
        #expect(Self.state(dress, .jp) == .success(.sized(value: "11", system: .jp, length: nil)))
        let jacket = Self.product("apparel", "40", system: "US", gender: "men")
        #expect(Self.state(jacket, .eu) == .success(.sized(value: "50", system: .eu, length: nil)))
        #expect(Self.state(jacket, .jp) == .success(.sized(value: "L", system: .jp, length: nil)))
    }

    /// No row, no cell, several rows: reported, never the nearest size.
    @Test func sizesTheTablesLackAreReported() {
        #expect(Self.state(Self.product("footwear", "41", system: "EU"), .us) == .failure(.noRow(value: "41", system: .eu, table: "footwear-men")),
                "the chart jumps from EU 40.5 to 41.5")
        #expect(Self.state(Self.product("footwear", "42", system: "EU", gender: "women"), .us)
            == .failure(.noRow(value: "42", system: .eu, table: "footwear-women")))
        #expect(Self.state(Self.product("apparel", "40", system: "EU", gender: "women"), .kr)
            == .failure(.noCell(value: "40", from: .eu, to: .kr, table: "apparel-women")))
        #expect(Self.state(Self.product("apparel", "40", system: "US", gender: "men"), .cn)
            == .failure(.noCell(value: "40", from: .us, to: .cn, table: "apparel-men")))
        #expect(Self.state(Self.product("apparel", "S", system: "JP", gender: "men"), .us)
            == .failure(.ambiguous(value: "S", from: .jp, to: .us, table: "apparel-men", candidates: ["32", "34", "36"])))
        #expect(Self.state(Self.product("footwear", "160", system: "KR", gender: "kids"), .us)
            == .failure(.ambiguous(value: "160", from: .kr, to: .us, table: "footwear-kids", candidates: ["9.5C", "10C"])))
        #expect(Self.state(Self.product("toys", "3", system: "EU", gender: "kids"), .us) == .failure(.noTable(family: "toys", group: .kids)))
    }

    @Test func whatTheProductLacksIsReported() {
        #expect(Self.state(Self.product("footwear", "42", system: nil), .us) == .failure(.numberWithoutSystem("42")))
        #expect(Self.state(Self.product("apparel", "38", system: "EU"), .us) == .failure(.groupNeeded(family: "apparel")),
                "women's and men's numbers differ too much to guess")
        #expect(Self.state(Self.product("footwear", "42", system: "EU", gender: "dogs"), .us) == .failure(.unknownGroup("dogs")))
        #expect(Self.state(Self.product("footwear", "42", system: "FR"), .us) == .failure(.unknownSystem("FR")))
        #expect(Self.tables.state(Self.product("footwear", "42", system: "EU"), in: nil) == .failure(.marketHasNoSystem))
        #expect(Self.state(Product(sku: "P", category: "footwear/x"), .us) == nil, "no size, nothing to state")
    }

    @Test func lettersAndWordsNeedNoSystem() {
        #expect(Self.state(Self.product("apparel", "m", system: nil), .cn) == .success(.letter("M")))
        #expect(Self.state(Self.product("apparel", "XXL", system: nil), .jp) == .success(.letter("XXL")))
        #expect(Self.state(Self.product("apparel", "one size", system: nil), .kr) == .success(.word("one size")))
    }

    /// A size in the market's own system is stated as given, without a table (and without a group).
    @Test func theMarketsOwnSystemNeedsNoTable() {
        #expect(Self.state(Self.product("apparel", "38", system: "EU"), .eu) == .success(.sized(value: "38", system: .eu, length: nil)))
        #expect(Self.state(Self.product("footwear", "26.5", system: "JP"), .jp) == .success(.sized(value: "26.5", system: .jp, length: .cm)))
    }

    /// Every cell of every shipped row converts to every other cell of its row, or is reported as
    /// ambiguous when the chart gives the same size to several rows: the tables agree with themselves.
    @Test func everyRowConvertsToItself() {
        for table in Self.tables.tables {
            for row in table.rows {
                for (from, value) in row {
                    for target in SizeSystem.allCases where target != from {
                        let product = Self.product(table.family, value, system: from.rawValue, gender: table.group.rawValue)
                        switch Self.state(product, target) {
                        case let .success(.sized(converted, system, length))?:
                            #expect(converted == row[target] && system == target && length == table.lengths[target], "\(table.name) \(from) \(value)")
                        case .failure(.ambiguous)?:
                            #expect(table.rows.filter { $0[from] == value }.count > 1, "\(table.name) \(from) \(value)")
                        case .failure(.noCell)?:
                            #expect(row[target] == nil, "\(table.name) \(from) \(value) -> \(target)")
                        default:
                            Issue.record("\(table.name) \(from) \(value) -> \(target)")
                        }
                    }
                }
            }
        }
    }
}
