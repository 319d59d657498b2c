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
}
