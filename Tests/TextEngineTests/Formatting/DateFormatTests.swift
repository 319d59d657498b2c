import Testing
@testable import TextEngine

struct DateCase: Sendable, CustomTestStringConvertible {
    let locale: String
    let mediumShort: String, full: String, skeletonPattern: String, skeletonText: String
    var testDescription: String { locale }
}

@Suite struct DateFormatTests {
    /// 2024-01-02T14:30:00Z: 15:30 in Berlin.
    static let instant = 1_704_205_800.0
    /// 2024-01-02T02:30:00Z: still January 1 in Los Angeles.
    static let earlyInstant = 1_704_162_600.0

    // `th` uses the Buddhist calendar by default (2024 is 2567); `ar` writes U+200F after slashes.
    static let cases: [DateCase] = [
        .init(locale: "en", mediumShort: "Jan 2, 2024, 3:30\u{202F}PM", full: "Tuesday, January 2, 2024",
              skeletonPattern: "MMM d, y", skeletonText: "Jan 1, 2024"),
        .init(locale: "de", mediumShort: "02.01.2024, 15:30", full: "Dienstag, 2. Januar 2024",
              skeletonPattern: "d. MMM y", skeletonText: "1. Jan. 2024"),
        .init(locale: "fr", mediumShort: "2 janv. 2024, 15:30", full: "mardi 2 janvier 2024",
              skeletonPattern: "d MMM y", skeletonText: "1 janv. 2024"),
        .init(locale: "ja", mediumShort: "2024/01/02 15:30", full: "2024年1月2日火曜日",
              skeletonPattern: "y年M月d日", skeletonText: "2024年1月1日"),
        .init(locale: "zh-Hans", mediumShort: "2024年1月2日 15:30", full: "2024年1月2日星期二",
              skeletonPattern: "y年M月d日", skeletonText: "2024年1月1日"),
        .init(locale: "ko", mediumShort: "2024. 1. 2. 오후 3:30", full: "2024년 1월 2일 화요일",
              skeletonPattern: "y년 MMM d일", skeletonText: "2024년 1월 1일"),
        .init(locale: "ar", mediumShort: "٠٢\u{200F}/٠١\u{200F}/٢٠٢٤، ٣:٣٠ م", full: "الثلاثاء، ٢ يناير ٢٠٢٤",
              skeletonPattern: "d MMM y", skeletonText: "١ يناير ٢٠٢٤"),
        .init(locale: "ar-AE", mediumShort: "02\u{200F}/01\u{200F}/2024، 3:30 م", full: "الثلاثاء، 2 يناير 2024",
              skeletonPattern: "d MMM y", skeletonText: "1 يناير 2024"),
        .init(locale: "th", mediumShort: "2 ม.ค. 2567 15:30", full: "วันอังคารที่ 2 มกราคม พ.ศ. 2567",
              skeletonPattern: "d MMM y", skeletonText: "1 ม.ค. 2567"),
    ]

    @Test(arguments: cases) func stylesAndSkeletonsPerLocale(_ c: DateCase) throws {
        let mediumShort = try ICUDateFormat(locale: c.locale, date: .medium, time: .short, timeZone: "Europe/Berlin")
        #expect(try mediumShort.format(secondsSince1970: Self.instant) == c.mediumShort)
        let full = try ICUDateFormat(locale: c.locale, date: .full, timeZone: "Europe/Berlin")
        #expect(try full.format(secondsSince1970: Self.instant) == c.full)
        let skeleton = try ICUDateFormat(locale: c.locale, skeleton: "yMMMd", timeZone: "America/Los_Angeles")
        #expect(skeleton.pattern == c.skeletonPattern)
        #expect(try skeleton.format(secondsSince1970: Self.earlyInstant) == c.skeletonText)
    }

    @Test func timeStylesZonesAndCalendars() throws {
        let long = try ICUDateFormat(locale: "en", date: .long, time: .long, timeZone: "Europe/Berlin")
        #expect(try long.format(secondsSince1970: Self.instant) == "January 2, 2024 at 3:30:00\u{202F}PM GMT+1")
        let timeOnly = try ICUDateFormat(locale: "de", date: nil, time: .short, timeZone: "Asia/Tokyo")
        #expect(try timeOnly.format(secondsSince1970: Self.instant) == "23:30")
        let weekday = try ICUDateFormat(locale: "en", skeleton: "EEEEjmm", timeZone: "America/New_York")
        #expect(try weekday.format(secondsSince1970: Self.instant) == "Tuesday 9:30\u{202F}AM")
        let offset = try ICUDateFormat(locale: "en", skeleton: "yMdjmz", timeZone: "GMT+03:00")
        #expect(try offset.format(secondsSince1970: 0) == "1/1/1970, 3:00\u{202F}AM GMT+3")
        let gregorianThai = try ICUDateFormat(locale: "th-u-ca-gregory", date: .long, timeZone: "Asia/Bangkok")
        #expect(try gregorianThai.format(secondsSince1970: Self.instant) == "2 มกราคม ค.ศ. 2024")
        let ancient = try ICUDateFormat(locale: "en", date: .full, timeZone: "UTC")
        #expect(try ancient.format(secondsSince1970: -86_400 * 365.25 * 2000) == "Wednesday, December 19, 32")
    }

    @Test func badSkeletonsZonesAndInstantsThrow() throws {
        #expect(throws: TextEngineError.icu(function: "clr_datefmt_open_skeleton", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR",
                                            detail: "skeleton \"y-MM\" at byte offset 1 in UTC")) {
            try ICUDateFormat(locale: "en", skeleton: "y-MM", timeZone: "UTC")
        }
        #expect(throws: TextEngineError.icu(function: "clr_datefmt_open_skeleton", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR",
                                            detail: "skeleton \"\" in UTC")) {
            try ICUDateFormat(locale: "en", skeleton: "", timeZone: "UTC")
        }
        #expect(throws: TextEngineError.icu(function: "clr_datefmt_open_skeleton", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR",
                                            detail: "skeleton \"yMd\" in Mars/Base")) {
            try ICUDateFormat(locale: "en", skeleton: "yMd", timeZone: "Mars/Base")
        }
        #expect(throws: TextEngineError.invalidArgument("a date format needs a date style, a time style or both")) {
            try ICUDateFormat(locale: "en", date: nil, time: nil, timeZone: "UTC")
        }
        let format = try ICUDateFormat(locale: "en", date: .short, timeZone: "UTC")
        #expect(throws: TextEngineError.invalidArgument("cannot format the instant nan")) {
            try format.format(secondsSince1970: .nan)
        }
    }
}
