import ComplianceCore
import Testing
import Translation

@Suite struct TranslationQATests {
    @Test func untranslatedTargetsAreErrors() throws {
        #expect(try QA.checks("Soft cotton shirt", nil) == ["untranslated/error"])
        #expect(try QA.checks("Soft cotton shirt", "  ") == ["untranslated/error"])
        #expect(try QA.checks("Soft cotton shirt", "Weiches Baumwollhemd") == [])
    }

    @Test func inlineCodesMustBeKeptAndNotInvented() throws {
        let source = #"Soft <pc id="1">combed</pc> cotton<ph id="2"/>"#
        #expect(try QA.checks(source, #"Weiche <pc id="1">gekämmte</pc> Baumwolle<ph id="2"/>"#) == [])
        let lost = try QA.findings(source, #"Weiche gekämmte Baumwolle<ph id="2"/>"#)
        #expect(lost.map(\.message) == ["inline codes of the source are missing: pc#1"])
        let invented = try QA.findings(source, #"Weiche <pc id="1">gekämmte</pc> Baumwolle<ph id="2"/><ph id="9"/>"#)
        #expect(invented.map(\.message) == ["inline codes not in the source: ph#9"])
    }

    @Test func numbersMustKeepTheirValues() throws {
        #expect(try QA.checks("Keeps drinks cold for 24 hours", "Hält Getränke 24 Stunden kalt") == [])
        let changed = try QA.findings("Keeps drinks cold for 24 hours", "Hält Getränke 12 Stunden kalt")
        #expect(changed.map(\.message) == ["numbers of the source missing from the target: 24 (the target has 12)",
                                           "numbers not in the source: 12"])
        #expect(changed.map(\.severity) == [.error, .warning])
    }

    @Test func numbersAreReadWithTheTargetLocalesSeparators() throws {
        // ICU writes 1234.5 as 1,234.5 in English and 1.234,5 in German.
        #expect(try QA.checks("A load of 1,234.5 kg in total", "Eine Last von 1.234,5 kg insgesamt") == [])
        #expect(try QA.checks("A load of 1,234.5 kg in total", "Eine Last von 1234,5 kg insgesamt") == [])
        let english = try QA.findings("A load of 1,234.5 kg in total", "Eine Last von 1,234.5 kg insgesamt")
        #expect(english.first?.message.hasPrefix("numbers of the source missing from the target: 1234.5") == true)
        // French groups with a narrow no-break space.
        #expect(try QA.checks("A load of 1,234.5 kg", "Une charge de 1\u{202F}234,5 kg", language: "fr") == [])
        // Arabic-Indic digits are digits.
        #expect(try QA.checks("Battery lasts 24 hours", "تدوم البطارية ٢٤ ساعة", language: "ar") == [])
    }

    @Test func unitSymbolsNextToNumbersStay() throws {
        #expect(try QA.checks("6 mm thick foam", "6 mm dicker Schaum") == [])
        let renamed = try QA.findings("6 mm thick foam", "6 Millimeter dicker Schaum")
        #expect(renamed.map(\.check) == [.numbers])
        #expect(renamed.first?.message.hasPrefix("'6 mm' became '6 Millimeter'") == true)
        // The target locale's own symbol, as ICU writes it, is accepted (Chinese 毫米).
        #expect(try QA.checks("6 mm thick foam", "6毫米厚泡沫", language: "zh-Hans") == [])
        // Words after a number are free to change: hours become Stunden.
        #expect(try QA.checks("Lasts 40 hours", "Hält 40 Stunden") == [])
    }

    @Test func brandAndModelStayVerbatim() throws {
        let source = #"Headphones by <mrk id="m1" translate="no">Auralis</mrk>"#
        #expect(try QA.checks(source, #"Kopfhörer von <mrk id="m1" translate="no">Auralis</mrk>"#) == [])
        #expect(try QA.checks(source, "Kopfhörer von Auralis") == [])
        let translated = try QA.findings(source, "Kopfhörer von Aurális")
        #expect(translated.map(\.message) == ["'Auralis' is not in the target: brand and model are never translated"])
        // A model the caller protects is checked without a marker.
        #expect(try QA.checks("Model AX-200 headphones", "Modell AX200 Kopfhörer", protected: ["AX-200"]).contains("protected-text/error"))
        #expect(try QA.checks("Model AX-200 headphones", "Modell AX-200 Kopfhörer", protected: ["AX-200"]) == [])
    }

    @Test func scriptsMustBeTheTargetLanguages() throws {
        #expect(try QA.checks("Acme bottle, keeps drinks cold", "Acmeのボトル、飲み物を冷たく保ちます", language: "ja") == [])
        #expect(try QA.checks("Acme bottle, keeps drinks cold", "Acme bottle that keeps drinks very cold", language: "ja").contains("script/error"))
        #expect(try QA.checks("A steel bottle", "강철 병", language: "ko") == [])
        #expect(try QA.checks("A steel bottle", "زجاجة فولاذية", language: "ar") == [])
        let cyrillic = try QA.findings("A steel bottle", "Eine Stahlflasche бутылка")
        #expect(cyrillic.map(\.message) == ["letters in Cyrillic: de is written in Latin"])
        #expect(try QA.checks("Keeps drinks cold", "保温瓶保持饮料冰凉", language: "ja") == ["script/warning"])
    }

    @Test func traditionalAndSimplifiedChineseAreTold() throws {
        #expect(try QA.checks("Extra-soft plush", "超柔軟絨毛", language: "zh-Hant") == [])
        let simplified = try QA.findings("Extra-soft plush", "超柔软绒毛", language: "zh-Hant")
        #expect(simplified.map(\.message) == ["simplified characters in a zh-Hant target: 软绒"])
        #expect(try QA.checks("Extra-soft plush", "超柔软绒毛", language: "zh-Hans") == [])
        #expect(try QA.checks("Extra-soft plush", "超柔軟絨毛", language: "zh-Hans") == ["script/error"])
    }

    @Test func aTargetInAnotherLanguageIsAWarning() throws {
        let english = try QA.findings("Keeps drinks cold for a whole day", "It keeps the water cold and fresh for hours on end")
        #expect(english.map(\.check) == [.language])
        #expect(english.first?.severity == .warning)
        #expect(try QA.checks("Keeps drinks cold for a whole day", "Hält Getränke den ganzen Tag kalt und frisch") == [])
        // Too short to tell.
        #expect(try QA.checks("Soft cotton", "Soft and warm") == [])
    }

    @Test func lengthIsCountedInTheMarketplacesUnit() throws {
        let graphemes = FieldLimit(field: "description", maximum: 10, unit: .graphemes, rule: "test/description-length")
        #expect(try QA.checks("Soft shirt", "Weich", limits: [graphemes]) == [])
        let long = try QA.findings("Soft cotton shirt", "Weiches Baumwollhemd", limits: [graphemes])
        #expect(long.map(\.message) == ["20 graphemes, more than at most 10 graphemes (test/description-length)"])
        // Six Japanese characters are 18 UTF-8 bytes.
        let bytes = FieldLimit(field: "description", maximum: 12, unit: .utf8Bytes, rule: "test/bytes")
        #expect(try QA.checks("Soft shirt", "柔らかいシャツ", language: "ja", limits: [bytes]) == ["length/error"])
        #expect(try QA.checks("Soft shirt", "シャツ", language: "ja", limits: [bytes]) == [])
    }

    @Test func leftoverSourceTextIsFound() throws {
        #expect(try QA.checks("Soft combed cotton with a relaxed fit", "Soft combed cotton with a relaxed fit") .contains("leftover/error"))
        let run = try QA.findings("Soft combed cotton with a relaxed fit", "Weiche Baumwolle, combed cotton with a lockerer Schnitt")
        #expect(run.map(\.message) == ["source words left in the target: 'combed cotton with a'"])
        #expect(try QA.checks("Soft combed cotton with a relaxed fit", "Weiche combed cotton Baumwolle mit lockerem Schnitt") == [])
        // Brand and model alone are not leftovers.
        #expect(try QA.checks(#"<mrk id="m1" translate="no">Acme</mrk> 3000"#, #"<mrk id="m1" translate="no">Acme</mrk> 3000"#) == [])
    }

    @Test func aTargetMarkedWithAnotherLanguageIsAnError() throws {
        let marked = try QA.findings("Soft shirt", "Chemise douce", targetAttributes: #" xml:lang="fr""#)
        #expect(marked.map(\.check) == [.targetLanguage])
        #expect(try QA.checks("Soft shirt", "Weiches Hemd", targetAttributes: #" xml:lang="de-DE""#) == [])
    }
}
