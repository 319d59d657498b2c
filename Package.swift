// swift-tools-version:6.0
import PackageDescription

// Dependencies point down: clearance (CLI) -> TextEngine -> CICUShim -> system ICU.
// Later layers (ComplianceCore, RulePacks, Localization, Formats, Store, Server) join as their
// issues land; see docs/architecture.md.
let package = Package(
    name: "Clearance",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clearance", targets: ["clearance"]),
        .library(name: "TextEngine", targets: ["TextEngine"]),
        .library(name: "Formats", targets: ["Formats"]),
        .library(name: "SafeXML", targets: ["SafeXML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // System ICU 72 behind plain-C functions with stable names: no ICU type or versioned
        // symbol reaches Swift. C++ for icu::MessageFormat (named arguments) and Edits.
        .target(
            name: "CICUShim",
            cxxSettings: [.define("U_SHOW_CPLUSPLUS_API", to: "1")],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "TextEngine", dependencies: ["CICUShim"]),
        // The rule engine: values in, findings out; no I/O, clock or current locale.
        // HTML descriptions are read through SafeXML (pure parsing, no I/O).
        .target(name: "ComplianceCore", dependencies: ["TextEngine", "SafeXML"]),
        // YAML rule packs -> typed ComplianceCore rules, with file:line:column errors.
        .target(name: "RulePacks", dependencies: ["ComplianceCore", "TextEngine", "Localization", .product(name: "Yams", package: "Yams")]),
        // Hardened XML parsing over libxml2. libxml2's headers include system ICU, whose types
        // clash with Foundation's private ICU: this module imports CLibXML2 internally and never
        // Foundation, and no module that imports Foundation imports CLibXML2.
        .target(name: "SafeXML", dependencies: ["CLibXML2"]),
        // XLIFF 2.0 and 1.2: a common view over SafeXML's lossless tree, written back through it.
        .target(name: "XLIFF", dependencies: ["SafeXML"]),
        // The translation round trip: XLIFF export of the texts products lack, localization QA
        // of the translations and their merge into the products (issue 5).
        .target(name: "Translation", dependencies: ["XLIFF", "Localization", "ComplianceCore", "TextEngine"]),
        // Readers of listings and the reporters.
        .target(name: "Formats", dependencies: ["ComplianceCore", "TextEngine", "SafeXML", "Localization"]),
        // Product -> listings per market: prices, units, templates (issue 5).
        .target(name: "Localization", dependencies: ["ComplianceCore", "TextEngine"]),
        // Runs, listing versions, findings, decisions, overrides and the hash-chained audit trail,
        // behind a protocol; SQLite (GRDB, WAL, one file) is the embedded default.
        .target(name: "Store", dependencies: ["ComplianceCore", .product(name: "GRDB", package: "GRDB.swift"),
                                              .product(name: "Crypto", package: "swift-crypto")]),
        // The same store in PostgreSQL (postgres-nio's connection pool), for teams: one database
        // shared by many servers and audit processes, the audit chain serialized by a row lock.
        .target(name: "StorePostgres", dependencies: ["Store", "ComplianceCore", .product(name: "PostgresNIO", package: "postgres-nio")]),
        // The HTTP service (Hummingbird 2): the API of docs/openapi.json, bearer tokens with roles.
        // The officers' web UI is part of it: Mustache templates and a stylesheet compiled into
        // the binary, so `clearance serve` needs no files beside it.
        .target(name: "Server", dependencies: ["ComplianceCore", "TextEngine", "Formats", "Localization", "Store", .product(name: "Hummingbird", package: "hummingbird"),
                                               .product(name: "Mustache", package: "swift-mustache")],
                resources: [.embedInCode("WebUI/Templates")]),
        // The C reference loop for `clearance bench`: ICU from C over the same buffers.
        .target(
            name: "CBenchReference",
            path: "Benchmarks/CBenchReference",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        .executableTarget(
            name: "clearance",
            dependencies: [
                "TextEngine", "ComplianceCore", "RulePacks", "Formats", "Localization", "CBenchReference", "XLIFF", "Translation", "Store", "StorePostgres", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TextEngineTests", dependencies: ["TextEngine"]),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Store", "ComplianceCore", "Formats", "RulePacks",
                                                        .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "StorePostgres", "ComplianceCore", "TextEngine", .product(name: "GRDB", package: "GRDB.swift"),
                                                       .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization", "TextEngine", "RulePacks", "Formats"]),
        .testTarget(name: "SafeXMLTests", dependencies: ["SafeXML"]),
        .testTarget(name: "XLIFFTests", dependencies: ["XLIFF", "SafeXML"]),
        .testTarget(name: "TranslationTests", dependencies: ["Translation", "XLIFF", "SafeXML", "Localization", "ComplianceCore", "TextEngine"]),
        .testTarget(name: "FormatsTests", dependencies: ["Formats", "ComplianceCore", "TextEngine"]),
        .testTarget(name: "ComplianceCoreTests", dependencies: ["ComplianceCore", "TextEngine"]),
        .testTarget(name: "RulePacksTests", dependencies: ["RulePacks", "ComplianceCore", "TextEngine"]),
        // Runs the built `clearance` binary: exit codes, JSON shapes and messages are contracts.
        .testTarget(name: "ClearanceCLITests", dependencies: ["clearance", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    cxxLanguageStandard: .cxx17
)
