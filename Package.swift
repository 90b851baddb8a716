// swift-tools-version: 6.0
import PackageDescription

/// tagih: a keyboard-driven terminal workspace for collecting overdue invoices.
///
/// Dependencies point one way (see README, "Architecture"):
/// TagihCore <- TagihStore; TerminalCore <- NcursesTerminal, Widgets;
/// TagihCore + TerminalCore + Widgets <- TagihApp; TagihApp + TagihStore <- TagihRun
/// (the run loop); everything <- tagih. ARCHITECTURE.md says more.
let package = Package(
    name: "tagih",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tagih", targets: ["tagih"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Excel workbooks (.xlsx) are ZIP archives of XML parts.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(name: "TagihCore"),
        .target(name: "CCRC32C"),
        .target(name: "TagihStore", dependencies: ["TagihCore", "CCRC32C", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "TerminalCore"),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "NcursesTerminal", dependencies: ["TerminalCore", "CNcursesw"]),
        .target(name: "Widgets", dependencies: ["TerminalCore"]),
        .target(name: "TagihApp", dependencies: ["TagihCore", "TerminalCore", "Widgets"]),
        .target(name: "TagihRun", dependencies: ["TagihApp", "TagihStore", "TagihCore", "TerminalCore"]),
        .executableTarget(
            name: "tagih",
            dependencies: [
                "TagihCore", "TagihStore", "TerminalCore", "NcursesTerminal", "Widgets", "TagihApp", "TagihRun",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz targets (scripts/fuzz); built normally, it replays the seed corpus.
        .executableTarget(name: "tagih-fuzz", dependencies: ["TagihCore", "TagihStore", "TagihApp"]),
        .target(name: "SnapshotSupport", path: "Tests/SnapshotSupport"),
        .testTarget(name: "TagihCoreTests", dependencies: ["TagihCore"]),
        .testTarget(name: "TagihStoreTests", dependencies: ["TagihStore", "TagihCore", "SnapshotSupport"], exclude: ["Fixtures", "__Snapshots__"]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "WidgetsTests", dependencies: ["Widgets", "TerminalCore"]),
        .testTarget(
            name: "TagihAppTests",
            dependencies: ["TagihApp", "TagihCore", "TerminalCore", "Widgets", "SnapshotSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "AppRunTests", dependencies: ["TagihRun", "TagihApp", "TagihStore", "TagihCore", "TerminalCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["tagih", "TagihStore", "TagihCore", "TerminalCore"]),
    ],
    swiftLanguageModes: [.v6]
)
