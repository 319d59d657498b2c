import Testing
@testable import TextEngine

struct UnitCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let short: String, narrow: String, fullName: String, fluidOunces: String
    var testDescription: String { locale }
}

@Suite struct MeasureUnitTests {
    static let cases: [UnitCase] = [
        .init(locale: "en", short: "30 cm", narrow: "30cm", fullName: "30 centimeters", fluidOunces: "25 fl oz"),
        .init(locale: "de", short: "30 cm", narrow: "30 cm", fullName: "30 Zentimeter", fluidOunces: "25 fl oz"),
        .init(locale: "fr", short: "30\u{202F}cm", narrow: "30cm", fullName: "30\u{A0}centimètres", fluidOunces: "25 fl oz"),
        .init(locale: "ja", short: "30 cm", narrow: "30cm", fullName: "30 センチメートル", fluidOunces: "25 fl oz"),
        .init(locale: "zh-Hans", short: "30厘米", narrow: "30厘米", fullName: "30厘米", fluidOunces: "25液盎司"),
        .init(locale: "ko", short: "30cm", narrow: "30cm", fullName: "30센티미터", fluidOunces: "25fl oz"),
        .init(locale: "ar", short: "٣٠ سم", narrow: "٣٠ سم", fullName: "٣٠ سنتيمتر", fluidOunces: "٢٥ أونصة س"),
        .init(locale: "ar-AE", short: "30 سم", narrow: "30 سم", fullName: "30 سنتيمتر", fluidOunces: "25 أونصة س"),
        .init(locale: "th", short: "30 ซม.", narrow: "30ซม.", fullName: "30 เซนติเมตร", fluidOunces: "25 ฟลูอิดออนซ์"),
    ]

    @Test(arguments: cases) func unitWidthsPerLocale(_ c: UnitCase) throws {
        let length = Quantity(30, .centimeter)
        #expect(try ICUNumberFormat.format(length, width: .short, locale: c.locale) == c.short)
        #expect(try ICUNumberFormat.format(length, width: .narrow, locale: c.locale) == c.narrow)
        #expect(try ICUNumberFormat.format(length, width: .fullName, locale: c.locale) == c.fullName)
        #expect(try ICUNumberFormat.format(Quantity(25.4, .fluidOunce), locale: c.locale, precision: .integer) == c.fluidOunces)
    }

    /// CLDR usage preferences convert by region and report the unit they chose.
    @Test func usagePreferencesReportTheOutputUnit() throws {
        func usage(_ q: Quantity, _ usage: String, _ locale: String, _ precision: NumberPrecision = .automatic) throws -> FormattedNumber {
            try ICUNumberFormat.unit(q.unit, usage: usage, locale: locale, precision: precision).formatted(q.value)
        }
        let cm30 = Quantity(30, .centimeter)
        #expect(try usage(cm30, "default", "en-US") == FormattedNumber(text: "12 in", unitIdentifier: "inch"))
        #expect(try usage(cm30, "default", "en-US", .fractionDigits(min: 1, max: 1)) == FormattedNumber(text: "11.8 in", unitIdentifier: "inch"))
        #expect(try usage(cm30, "default", "en-US").unit == .inch)
        #expect(try usage(cm30, "default", "en-GB") == FormattedNumber(text: "12 in", unitIdentifier: "inch"))
        // No region means CLDR's world (001) preferences: metric, even for English.
        #expect(try usage(cm30, "default", "en") == FormattedNumber(text: "30 cm", unitIdentifier: "centimeter"))
        #expect(try usage(cm30, "default", "de-DE") == FormattedNumber(text: "30 cm", unitIdentifier: "centimeter"))
        #expect(try usage(cm30, "default", "ja-JP") == FormattedNumber(text: "30 cm", unitIdentifier: "centimeter"))
        #expect(try usage(cm30, "default", "ar-AE") == FormattedNumber(text: "30 سم", unitIdentifier: "centimeter"))
        #expect(try usage(Quantity(350, .gram), "default", "en-US") == FormattedNumber(text: "12 oz", unitIdentifier: "ounce"))
        #expect(try usage(Quantity(2, .kilogram), "default", "en-US") == FormattedNumber(text: "4.4 lb", unitIdentifier: "pound"))
        #expect(try usage(Quantity(20, .celsius), "default", "en-US") == FormattedNumber(text: "68°F", unitIdentifier: "fahrenheit"))
        // The traps: a 750 ml bottle is not shown in fluid ounces, and heights become mixed units.
        #expect(try usage(Quantity(750, .milliliter), "default", "en-US") == FormattedNumber(text: "46 in³", unitIdentifier: "cubic-inch"))
        #expect(try usage(Quantity(750, .milliliter), "fluid", "en-US") == FormattedNumber(text: "1.6 pt", unitIdentifier: "pint"))
        let height = try usage(Quantity(180, .centimeter), "person-height", "en-US")
        #expect(height == FormattedNumber(text: "5 ft, 11 in", unitIdentifier: "foot-and-inch"))
        #expect(height.unit == nil)
    }

    @Test func exactConversions() throws {
        #expect(try Quantity(12, .inch).converted(to: .centimeter) == Quantity(30.48, .centimeter))
        #expect(try Quantity(30, .centimeter).converted(to: .inch).value == 11.811023622047244)
        #expect(try Quantity(1, .mile).converted(to: .kilometer).value == 1.609344)
        #expect(try Quantity(1, .mile).converted(to: .foot).value == 5280)
        #expect(try Quantity(1, .yard).converted(to: .millimeter).value == 914.4)
        #expect(try Quantity(1, .pound).converted(to: .ounce).value == 16)
        #expect(try Quantity(1, .pound).converted(to: .kilogram).value == 0.45359237)
        #expect(try Quantity(1, .ounce).converted(to: .gram).value == 28.349523125)
        #expect(try Quantity(350, .gram).converted(to: .ounce).value == 12.345886682353145)
        #expect(try Quantity(1, .gallon).converted(to: .fluidOunce).value == 128)
        #expect(try Quantity(1, .gallon).converted(to: .liter).value == 3.785411784)
        #expect(try Quantity(1, .fluidOunce).converted(to: .milliliter).value == 29.5735295625)
        #expect(try Quantity(750, .milliliter).converted(to: .fluidOunce).value == 25.360517026382247)
        #expect(try Quantity(5, .cubicCentimeter).converted(to: .milliliter).value == 5)
        #expect(try Quantity(2500, .milligram).converted(to: .gram).value == 2.5)
        #expect(try Quantity(100, .celsius).converted(to: .fahrenheit).value == 212)
        #expect(try Quantity(98.6, .fahrenheit).converted(to: .celsius).value == 37)
        #expect(try Quantity(-40, .celsius).converted(to: .fahrenheit).value == -40)
    }

    @Test func incompatibleUnitsThrow() {
        #expect(throws: TextEngineError.invalidArgument("cannot convert centimeter (length) to gram (mass)")) {
            try Quantity(1, .centimeter).converted(to: .gram)
        }
        #expect(throws: TextEngineError.invalidArgument("cannot convert fluid-ounce (volume) to ounce (mass)")) {
            try Quantity(1, .fluidOunce).converted(to: .ounce)
        }
    }

    @Test func unitsAreCodableByICUIdentifier() {
        #expect(MeasureUnit(rawValue: "fluid-ounce") == .fluidOunce)
        #expect(MeasureUnit.cubicCentimeter.identifier == "cubic-centimeter")
        #expect(MeasureUnit.fluidOunce.skeletonStem == "measure-unit/volume-fluid-ounce")
        #expect(MeasureUnit.allCases.count == 20)
    }

    @Test func marketsPickTheirUnit() {
        #expect(UnitSystem.us.preferredUnit(for: Quantity(30, .centimeter)) == .inch)
        #expect(UnitSystem.us.preferredUnit(for: Quantity(350, .gram)) == .ounce)
        #expect(UnitSystem.us.preferredUnit(for: Quantity(500, .gram)) == .pound)
        #expect(UnitSystem.us.preferredUnit(for: Quantity(750, .milliliter)) == .fluidOunce)
        #expect(UnitSystem.metric.preferredUnit(for: Quantity(12, .inch)) == .centimeter)
        #expect(UnitSystem.metric.preferredUnit(for: Quantity(2, .pound)) == .gram)
        #expect(UnitSystem.uk.preferredUnit(for: Quantity(12, .inch)) == .centimeter, "UK goods are sold in metric units")
        #expect(UnitSystem.metric.preferredUnit(for: Quantity(3, .pound)) == .kilogram)
        #expect(UnitSystem.metric.preferredUnit(for: Quantity(1, .gallon)) == .liter)
        #expect(UnitSystem.metric.preferredUnit(for: Quantity(20, .fluidOunce)) == .milliliter)
        #expect(UnitSystem.us.localized(Quantity(1, .liter)) == Quantity(33.814022701842994, .fluidOunce))
    }

    @Test func localizedQuantityFormatsForAUSListing() throws {
        let bottle = UnitSystem.us.localized(Quantity(750, .milliliter))
        #expect(try ICUNumberFormat.format(bottle, locale: "en-US", precision: .fractionDigits(min: 0, max: 1)) == "25.4 fl oz")
    }
}
