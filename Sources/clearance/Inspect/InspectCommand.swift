import ArgumentParser
import Foundation
import TextEngine

/// `clearance inspect`: how the engine sees a text, for rule authors.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how the engine sees a text: views, scripts, words, skeleton, hidden characters.",
        discussion: """
        Every view maps back to the original text: --find TERM folds the term like each view and \
        reports where it matches, on the original text (scalar and UTF-8 offsets).
        Example: clearance inspect "Ｎ.і.к.е 最 好" --find nike --find 最好
        """
    )

    @Argument(help: "The text to inspect; '-' reads standard input.") var text: String?
    @Option(help: "Read the text from this UTF-8 file instead.") var file: String?
    @Option(help: "Locale of the text (BCP 47), for word segmentation and spoof checks.") var locale = "en-US"
    @Option(help: "A term to look for in every view (repeatable).") var find: [String] = []
    @Flag(help: "Print JSON.") var json = false

    /// The largest text inspected at once.
    static let maximumBytes = 16 << 20

    func validate() throws {
        if (text == nil) == (file == nil) { throw ValidationError("give either TEXT or --file PATH") }
    }

    func run() throws {
        let input = try InputText.read(argument: text, file: file, maximumBytes: Self.maximumBytes)
        let inspection = try TextInspection(text: input, locale: locale, terms: find)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(inspection), as: UTF8.self))
        } else {
            print(InspectionRenderer(inspection: inspection, color: Terminal.supportsColor).render())
        }
    }
}
