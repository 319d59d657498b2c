import ArgumentParser
import Formats
import Foundation
import Localization
import SafeXML
import Translation
import XLIFF

/// `clearance xliff import`: translated XLIFF in, localization QA of every target, and the
/// translations that pass merged into the products.
struct XliffImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Check translated XLIFF files (2.0 or 1.2) and merge the translations that pass into the products.",
        discussion: """
        Checks each target: untranslated, placeholders (inline codes), numbers and their units, protected text (brand, \
        model), script, language (a stop-word heuristic, warnings only), length (the markets' length rules), leftover \
        source text, and the target language. A unit with an error is not merged. Exit codes: 0 when no check found an \
        error, 1 when one did, 2 for usage or input errors (a file that cannot be read is reported with its \
        line and column, and the other files are still checked).
        """)

    @Argument(help: "Translated XLIFF files.") var files: [String]
    @Option(help: "The products the files were exported from (JSON, a JSON array or JSON Lines).") var products: String
    @Option(help: "Markets (US,DE,JP or all) whose languages and length limits apply; default: every market of each file's language.")
    var markets: String?
    @Option(help: "Write the products with the accepted translations here (JSON Lines).") var out: String?
    @Option(help: "Write each file to this folder with its units' states set by the QA: reviewed (1.2 signed-off) when it passed, translated with subState clearance:qa-error (1.2 needs-review-translation) when not.")
    var mark: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var sources: XliffMarketOptions

    /// The largest XLIFF file read (16 MiB).
    static let maximumBytes = 16 << 20

    func run() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one XLIFF file") }
        let (chosen, packs) = try sources.load(markets)
        guard let data = FileManager.default.contents(atPath: products) else { throw InputError("\(products): cannot read the products") }
        let read = ProductReader.read(data, source: products)
        for problem in read.problems { Terminal.warn(problem.description) }
        let bySKU = Dictionary(read.products.map { ($0.sku, $0) }, uniquingKeysWith: { first, _ in first })
        let expected = markets == nil ? nil : Set(chosen.compactMap(XliffMarketOptions.language(of:)))
        var reviews: [TranslationReview] = []
        var documents: [XLIFFDocument] = []
        var inputErrors: [String] = []
        for file in files {
            do {
                guard let bytes = FileManager.default.contents(atPath: file) else { throw InputError("\(file): cannot read the file") }
                guard bytes.count <= Self.maximumBytes else {
                    throw InputError("\(file): \(bytes.count) bytes is more than the limit of \(Self.maximumBytes)")
                }
                let document = try XLIFFDocument(parsing: Array(bytes), source: file, maximumBytes: Self.maximumBytes)
                documents.append(document)
                reviews.append(try TranslationReview.review(document, products: bySKU, expectedLanguages: expected, limits: { language in
                    XliffMarketOptions.limits(language: language, markets: chosen, packs: packs)
                }))
            } catch let error as XLIFFError {
                inputErrors.append(error.description)
            } catch let error as InputError {
                inputErrors.append(error.description)
            }
        }
        for error in inputErrors { FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
        var markedFiles: [String] = []
        if let mark {
            try FileManager.default.createDirectory(atPath: mark, withIntermediateDirectories: true)
            for (document, review) in zip(documents, reviews) {
                let path = (mark as NSString).appendingPathComponent((document.source as NSString).lastPathComponent)
                let marked = try QAStates.marked(document, by: review)
                guard FileManager.default.createFile(atPath: path, contents: Data(marked.written().utf8)) else {
                    throw InputError("\(path): cannot write the file")
                }
                let passed = review.outcomes.filter(\.passed).count
                markedFiles.append("marked \(path): \(passed) passed, \(review.outcomes.count - passed) to review")
            }
        }
        var merged = 0
        var unplaced: [ProductTextMerge.Update] = []
        if let out {
            let updates = reviews.flatMap(\.accepted).map { accepted in
                let field: ProductTextMerge.Update.Field = switch accepted.key.field {
                case .description: .description
                case let .feature(index): .feature(index)
                }
                return ProductTextMerge.Update(sku: accepted.key.sku, language: accepted.language, field: field, text: accepted.text)
            }
            let result = ProductTextMerge.merge(data, updates: updates)
            guard FileManager.default.createFile(atPath: out, contents: Data(result.jsonLines.utf8)) else {
                throw InputError("\(out): cannot write the products")
            }
            merged = updates.count - result.unplaced.count
            unplaced = result.unplaced
        }
        if json {
            print(XliffImportReport.json(reviews, inputErrors: inputErrors, out: out, merged: merged))
        } else {
            print(XliffImportReport.text(reviews), terminator: "")
            if let out { print("wrote \(out): \(merged) translations merged") }
            for line in markedFiles { print(line) }
        }
        for update in unplaced { Terminal.warn("\(update.sku): no place for the \(update.language) text of \(update.field): not merged") }
        if !inputErrors.isEmpty { throw ExitCode(Clearance.usageErrorCode) }
        if reviews.contains(where: { $0.errorCount > 0 }) { throw ExitCode(1) }
    }
}
