// swift-tools-version: 6.2
// bilateral: reads RSS/Atom feeds dropped in a folder and says which
// countries, country pairs and relation topics each news item is about.
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// jemalloc is linked except in a sanitizer build (see the CAllocator target).
let linksJemalloc = Context.environment["BILATERAL_SANITIZER"] == nil

let package = Package(
    name: "bilateral",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bilateral", targets: ["bilateral"]),
        .library(name: "BilateralFeeds", targets: ["BilateralFeeds"]),
        .library(name: "BilateralClassifier", targets: ["BilateralClassifier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // C seams: headers and link flags only.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),

        // SHA-256 block compression: SHA-NI when the CPU has it, portable C otherwise.
        .target(name: "CSHA256"),
        // UTF-8 scans 16 bytes at a time (vector compares: SSE2 / NEON): validation, JSON escapes.
        .target(name: "CUTF8"),
        // The allocator: jemalloc linked on Linux (libjemalloc-dev), its options, and which
        // allocator really serves malloc in the process (for the logs). Not under a sanitizer
        // (.ci/sanitizers.sh sets BILATERAL_SANITIZER): its runtime serves malloc, and with both
        // linked ASan's free was given memory it had not allocated (in libstdc++, most likely
        // from jemalloc's C++ operator new, which it exports).
        .target(
            name: "CAllocator",
            linkerSettings: linksJemalloc ? [.linkedLibrary("jemalloc", .when(platforms: [.linux]))] : []),

        // Bytes -> feeds and items (libxml2 SAX2 push parser, encodings, dates, HTML -> text).
        .target(
            name: "BilateralFeeds",
            dependencies: ["CLibXML2", "CZlib", "CUTF8"],
            resources: [.copy("Resources/charset-guessing.tsv")],
            swiftSettings: swiftSettings),
        // Plain text + date -> countries, dyads, topics. Knows nothing of feeds.
        .target(
            name: "BilateralClassifier",
            exclude: ["Lexicon/FORMAT.md"],
            resources: [.copy("Resources/lexicons")],
            swiftSettings: swiftSettings),
        // The item record of spec/output.md: stable ids and JSON shape.
        .target(
            name: "BilateralRecords",
            dependencies: ["BilateralFeeds", "BilateralClassifier", "CSHA256", "CUTF8"],
            swiftSettings: swiftSettings),
        // SQLite state, JSON Lines export, Atom output feeds.
        .target(
            name: "BilateralStore",
            dependencies: [
                "BilateralRecords", "CSQLite",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),
        // The daemon: configuration, inbox watcher, pipeline, systemd.
        .target(
            name: "BilateralService",
            dependencies: [
                "BilateralFeeds", "BilateralClassifier", "BilateralRecords", "BilateralStore", "CAllocator",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings),
        // The one executable.
        .executableTarget(
            name: "bilateral",
            dependencies: [
                "BilateralFeeds", "BilateralClassifier", "BilateralRecords",
                "BilateralStore", "BilateralService",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings),

        // Fuzz targets (issue 5): run inputs given as arguments; fuzz/run.sh builds them with
        // -sanitize=fuzzer,address so libFuzzer drives their LLVMFuzzerTestOneInput.
        .executableTarget(name: "FuzzFeedReader", dependencies: ["BilateralFeeds"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzHTMLText", dependencies: ["BilateralFeeds"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzDateParser", dependencies: ["BilateralFeeds"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzLexiconLoader", dependencies: ["BilateralClassifier"], swiftSettings: swiftSettings),

        .testTarget(
            name: "BilateralFeedsTests",
            dependencies: ["BilateralFeeds"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BilateralClassifierTests",
            dependencies: ["BilateralClassifier"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BilateralRecordsTests",
            dependencies: ["BilateralRecords"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BilateralStoreTests",
            dependencies: ["BilateralStore"],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BilateralServiceTests",
            dependencies: [
                "BilateralService", "BilateralStore", "BilateralFeeds", "BilateralClassifier",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "BilateralCLITests",
            dependencies: ["bilateral", "BilateralClassifier", "BilateralStore"],
            exclude: ["DaemonFixtures"],
            swiftSettings: swiftSettings),
    ]
)
