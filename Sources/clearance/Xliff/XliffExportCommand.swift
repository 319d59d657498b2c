import ArgumentParser
import Formats
import Foundation
import Localization
import SafeXML
import Translation
import XLIFF

/// `clearance xliff export`: the free texts each market language lacks, as XLIFF to translate.
struct XliffExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the product texts that need translating as XLIFF, one file per target language.",
        discussion: """
        For each listing language of the markets (a market's first locale), writes DIR/<source>-<target>.xlf with, per \
        product, the description and the text features in the source language that lack the target language. Glossary \
        terms are not exported: every listing language has them. Brand and model are marked not to translate; notes give \
        the product's type, category and brand, and the field's length limits in the target markets.
        """)

    @Argument(help: "Products: JSON, a JSON array or JSON Lines.") var products: String
    @Option(help: "Markets, comma-separated (US,DE,JP), or all.") var markets: String
    @Option(help: "The folder the XLIFF files are written to.") var out: String
    @Option(name: .customLong("xliff-version"), help: "2.0 or 1.2.") var xliffVersion: String = "2.0"
    @Option(name: .customLong("source-language"), help: "The language translated from; texts only in other languages are reported, not exported.")
    var sourceLanguage: String = "en"
    @OptionGroup var sources: XliffMarketOptions

    func run() throws {
        guard let version = XLIFFVersion(rawValue: xliffVersion) else { throw ValidationError("--xliff-version must be 2.0 or 1.2") }
        guard let source = ListingLanguages.language(forLocale: sourceLanguage) else {
            throw ValidationError("--source-language '\(sourceLanguage)' is not a listing language (\(ListingLanguages.all.joined(separator: ", ")))")
        }
        let (chosen, packs) = try sources.load(markets)
        guard let data = FileManager.default.contents(atPath: products) else { throw InputError("\(products): cannot read the products") }
        let read = ProductReader.read(data, source: products)
        for problem in read.problems { Terminal.warn(problem.description) }
        guard !read.products.isEmpty else { throw InputError("\(products): no product could be read") }
        for missing in SourceTexts.withoutSource(read.products, source: source) {
            Terminal.warn("\(missing.sku): texts in \(missing.languages.joined(separator: ", ")) but not in \(source): not exported (see --source-language)")
        }
        var languages = Set<String>()
        for market in chosen {
            guard let language = XliffMarketOptions.language(of: market) else {
                Terminal.warn("\(market.id): \(market.locales.first ?? "no locale") is not a listing language: skipped")
                continue
            }
            languages.insert(language)
        }
        languages.remove(source)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let original = (products as NSString).lastPathComponent
        for target in languages.sorted() {
            let exporter = XLIFFExporter(version: version, sourceLanguage: source, targetLanguage: target, original: original,
                                         limits: XliffMarketOptions.limits(language: target, markets: chosen, packs: packs))
            guard let (document, units) = exporter.document(for: read.products) else {
                print("\(target): nothing to translate")
                continue
            }
            let path = (out as NSString).appendingPathComponent("\(source)-\(target).xlf")
            guard FileManager.default.createFile(atPath: path, contents: Data(XMLTreeWriter.write(document).utf8)) else {
                throw InputError("\(path): cannot write the file")
            }
            print("wrote \(path): \(units) units (XLIFF \(version.rawValue), \(source) -> \(target))")
        }
    }
}
