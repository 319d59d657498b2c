import Testing
@testable import TextEngine

@Suite struct ConfusablesTests {
    @Test(arguments: [
        ("раypal", "paypal"), ("paypal", "paypal"), ("Nіkе", "Nike"), ("m", "rn"), ("0O", "OO"),
        ("l1I", "lll"), ("АВС", "ABC"), ("ВАЗ", "BA3"), ("Продукт", "Πpoдyĸᴛ"),
        ("日本語のテキスト", "日本語のテキス卜"), ("", ""), ("\u{0}", "\u{0}"),
    ])
    func skeletons(text: String, skeleton: String) throws {
        #expect(try Confusables.skeleton(text) == skeleton)
    }

    @Test func lookAlikeBrandNames() throws {
        #expect(try Confusables.skeleton("раypal") == Confusables.skeleton("paypal"))
        #expect(try Confusables.areConfusable("раypal", "paypal"))
        #expect(try Confusables.confusability("раypal", "paypal") == .mixedScript)
        #expect(try Confusables.confusability("rn", "m") == .singleScript)
        #expect(try Confusables.confusability("раура", "paypa") == [.mixedScript, .wholeScript])
        #expect(try !Confusables.areConfusable("Nike", "Adidas"))
    }

    @Test func largeInputAndConcurrentChecks() async throws {
        let text = String(repeating: "раypal ", count: 150_000)
        #expect(try Confusables.skeleton(text) == String(repeating: "paypal ", count: 150_000))
        let checker = SpoofChecker(expecting: .locales(["en-US"]))
        let verdicts = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<16 { group.addTask { try checker.check(i % 2 == 0 ? "Nіkе" : "Nike").isMixedScript } }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(verdicts.filter { $0 }.count == 8)
    }
}
