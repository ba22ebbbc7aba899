// swift-tools-version: 6.1
import PackageDescription

// The text core and the analyzers loop over every byte and token of their input: unoptimized,
// they run 10–20 times slower, which makes debug builds (and `swift test`) crawl on real corpora.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Khabar",
    platforms: [.macOS(.v14), .iOS(.v17)],
    products: [
        .library(name: "KhabarCore", targets: ["KhabarCore"]),
        .library(name: "KhabarArchive", targets: ["KhabarArchive"]),
        .library(name: "KhabarMorphology", targets: ["KhabarMorphology"]),
        .library(name: "KhabarEntities", targets: ["KhabarEntities"]),
        .library(name: "KhabarQuotes", targets: ["KhabarQuotes"]),
        .library(name: "KhabarTopics", targets: ["KhabarTopics"]),
        .library(name: "KhabarCorpus", targets: ["KhabarCorpus"]),
        .library(name: "KhabarPostgres", targets: ["KhabarPostgres"]),
        .executable(name: "khabar", targets: ["khabar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        // Layer 1, the text core: Foundation only.
        .target(
            name: "KhabarCore",
            resources: [.copy("Resources")],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 2, analysis: clitic segmentation learned from a treebank and corpus frequencies.
        .target(
            name: "KhabarMorphology",
            dependencies: ["KhabarCore"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 2, analysis: names found by a tagger trained on ANERcorp and WikiFANE, numbers and
        // dates found by rules, and mentions linked to the fullest name in the article.
        .target(
            name: "KhabarEntities",
            dependencies: ["KhabarCore", "KhabarMorphology"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 2, analysis: quotations, their speakers, roles and cues.
        .target(
            name: "KhabarQuotes",
            dependencies: ["KhabarCore", "KhabarEntities"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 2, analysis: what an article is about, from a classifier trained on ANT's sections.
        .target(
            name: "KhabarTopics",
            dependencies: ["KhabarCore", "KhabarMorphology"],
            resources: [.copy("Resources")],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 3, the corpus: storage, ingestion and Arabic search over SQLite (GRDB).
        .target(
            name: "KhabarCorpus",
            dependencies: [
                "KhabarCore", "KhabarMorphology", "KhabarEntities", "KhabarQuotes",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: optimizedEvenInDebug
        ),
        // Layer 3, the corpus on a PostgreSQL server (postgres-nio): the same store for several
        // writers and readers, and the work queue that ingestion workers on many machines share.
        .target(
            name: "KhabarPostgres",
            dependencies: [
                "KhabarCore", "KhabarCorpus",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: optimizedEvenInDebug
        ),
        // Reading documents out of ZIP archives (the SaudiNewsNet distribution format).
        .target(
            name: "KhabarArchive",
            dependencies: [
                "KhabarCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Layer 4, the command-line interface: thin, no logic of its own.
        .executableTarget(
            name: "khabar",
            dependencies: [
                "KhabarCore",
                "KhabarArchive",
                "KhabarMorphology",
                "KhabarEntities",
                "KhabarQuotes",
                "KhabarTopics",
                "KhabarCorpus",
                "KhabarPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: optimizedEvenInDebug
        ),
        .testTarget(
            name: "KhabarCoreTests",
            dependencies: ["KhabarCore", "KhabarArchive", "khabar"]
        ),
        .testTarget(
            name: "KhabarEntitiesTests",
            dependencies: ["KhabarCore", "KhabarMorphology", "KhabarEntities"]
        ),
        .testTarget(
            name: "KhabarQuotesTests",
            dependencies: ["KhabarCore", "KhabarArchive", "KhabarEntities", "KhabarQuotes"]
        ),
        .testTarget(
            name: "KhabarCorpusTests",
            dependencies: [
                "KhabarCore", "KhabarArchive", "KhabarCorpus", "KhabarPostgres", "KhabarQuotes", "khabar",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .testTarget(
            name: "KhabarTopicsTests",
            dependencies: ["KhabarCore", "KhabarMorphology", "KhabarTopics"]
        ),
        .testTarget(
            name: "KhabarMorphologyTests",
            dependencies: ["KhabarCore", "KhabarMorphology"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
