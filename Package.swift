// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Worklist",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "worklist", targets: ["worklist"]),
    ],
    // The program store (issue 16): `swift build --traits PostgreSQL` adds `worklist sync` and
    // `worklist program` against a PostgreSQL server. The default build has neither the
    // server nor postgres-nio.
    traits: [
        .trait(name: "PostgreSQL", description: "Sync sessions to a program's PostgreSQL store; cohort report."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Domain types, the reducer and scoring: no clock, file or terminal.
        .target(name: "WorklistCore"),
        // Loading and validating Cases/ (YAML), with file:line:column diagnostics.
        .target(name: "WorklistCases", dependencies: ["WorklistCore", .product(name: "Yams", package: "Yams")]),
        // Cases/ validated at build time and compiled in as values: start-up parses no YAML.
        .executableTarget(name: "LibrarySnapshotTool", dependencies: ["WorklistCases"]),
        .plugin(name: "LibrarySnapshot", capability: .buildTool(), dependencies: ["LibrarySnapshotTool"]),
        .target(name: "WorklistBuiltIn", dependencies: ["WorklistCore", "WorklistCases"], plugins: ["LibrarySnapshot"]),
        // Session journals on disk, data directory, history (SQLite), export.
        .target(name: "WorklistStore", dependencies: ["WorklistCore", .product(name: "GRDB", package: "GRDB.swift")]),
        // The program store: sessions pushed to PostgreSQL, the cohort report read back. Its
        // figures are pure (WorklistStore's ProgramFigures); only the wire needs the trait.
        .target(name: "WorklistProgram", dependencies: [
            "WorklistCore", "WorklistStore",
            .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
        ]),
        // Cells, buffers, widgets, screens and the one keymap table: pure, no terminal.
        .target(name: "WorklistUI", dependencies: ["WorklistCore"]),
        // ncursesw, seen only by NCursesTerminal.
        .systemLibrary(name: "CNCurses", providers: [.apt(["libncurses-dev"])]),
        // The only importer of CNCurses: presents a Buffer, reads keys, resize and signals.
        .target(name: "NCursesTerminal", dependencies: ["WorklistUI", "CNCurses"]),
        // The loop: events → actions → effects → frames; the headless backend and `play`.
        .target(
            name: "WorklistApp",
            dependencies: ["WorklistCore", "WorklistCases", "WorklistStore", "WorklistUI", "NCursesTerminal"]
        ),
        // The command line.
        .executableTarget(
            name: "worklist",
            dependencies: [
                "WorklistCore", "WorklistCases", "WorklistBuiltIn", "WorklistStore", "WorklistApp", "WorklistProgram",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WorklistCoreTests", dependencies: ["WorklistCore"]),
        .testTarget(name: "WorklistProgramTests", dependencies: ["WorklistProgram", "WorklistStore", "WorklistCore"]),
        .testTarget(name: "WorklistCasesTests", dependencies: ["WorklistCases", "WorklistBuiltIn"]),
        .testTarget(name: "WorklistStoreTests", dependencies: ["WorklistStore", "WorklistCases", "WorklistUI", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "WorklistUITests", dependencies: ["WorklistUI"], exclude: ["Snapshots"]),
        .testTarget(name: "NCursesTerminalTests", dependencies: ["NCursesTerminal", "CNCurses"]),
        .testTarget(name: "WorklistAppTests", dependencies: ["WorklistApp"]),
        .testTarget(name: "WorklistCLITests", dependencies: ["worklist", "WorklistCore", "WorklistStore", "WorklistCases"]),
        .testTarget(
            name: "WorklistE2ETests",
            dependencies: ["worklist", "WorklistApp", "WorklistCases", "WorklistCore", "WorklistUI"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
