// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Worklist",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "worklist", targets: ["worklist"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Domain types, the reducer and scoring: no clock, file or terminal.
        .target(name: "WorklistCore"),
        // Loading and validating Cases/ (YAML), with file:line:column diagnostics.
        .target(name: "WorklistCases", dependencies: ["WorklistCore", .product(name: "Yams", package: "Yams")]),
        // Session journals on disk, data directory, config.
        .target(name: "WorklistStore", dependencies: ["WorklistCore"]),
        // The command line.
        .executableTarget(
            name: "worklist",
            dependencies: [
                "WorklistCore", "WorklistCases", "WorklistStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WorklistCoreTests", dependencies: ["WorklistCore"]),
        .testTarget(name: "WorklistCasesTests", dependencies: ["WorklistCases"]),
        .testTarget(name: "WorklistStoreTests", dependencies: ["WorklistStore", "WorklistCases"]),
        .testTarget(name: "WorklistCLITests", dependencies: ["worklist", "WorklistCore", "WorklistStore", "WorklistCases"]),
    ],
    swiftLanguageModes: [.v6]
)
