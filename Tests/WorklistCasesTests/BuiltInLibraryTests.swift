import Foundation
import Testing
import WorklistCore
import WorklistBuiltIn
@testable import WorklistCases

/// The package root, from this file's place in Tests/WorklistCasesTests/.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The library compiled in at build time is Cases/ exactly: every value the YAML loader
/// makes, so a field the snapshot writer forgets fails here (issue 13).
@Test func builtInLibraryIsCasesFolderAsValues() throws {
    let cases = packageRoot + "/Cases"
    guard FileManager.default.fileExists(atPath: cases) else { return }
    let fromDisk = LibraryLoader.load(files: try LibrarySnapshotSource.sourceFiles(casesFolder: cases), wholeLibrary: true)
    #expect(fromDisk.errors.isEmpty)
    let builtIn = BuiltInLibrary.library
    // Ids of what differs, not the values: a case prints as pages.
    func differing<T: Equatable>(_ made: [T], _ read: [T], id: (T) -> String) -> [String] {
        zip(made, read).filter { $0 != $1 }.map { id($0.1) }
    }
    #expect(builtIn.routines.map(\.id) == fromDisk.library.routines.map(\.id))
    #expect(builtIn.cases.map(\.id) == fromDisk.library.cases.map(\.id))
    #expect(builtIn.scenarios.map(\.id) == fromDisk.library.scenarios.map(\.id))
    #expect(differing(builtIn.routines, fromDisk.library.routines, id: \.id) == [])
    #expect(differing(builtIn.cases, fromDisk.library.cases, id: \.id) == [])
    #expect(differing(builtIn.scenarios, fromDisk.library.scenarios, id: \.id) == [])
    #expect(BuiltInLibrary.files.map(\.path) == fromDisk.files)
    #expect(BuiltInLibrary.loaded.diagnostics.isEmpty)
}

/// The locator's built-in source is the snapshot; `validate` (the lint) reads its files again.
@Test func builtInSourceLoadsTheSnapshotAndValidateReparses() {
    let quick = LibraryLoader.load(.builtIn)
    #expect(quick.library == BuiltInLibrary.library)
    let checked = LibraryLoader.load(.builtIn, lint: true)
    #expect(checked.errors.map(\.description) == [])
    #expect(checked.library == BuiltInLibrary.library)
}

/// Literals in the generated source survive text that could end or bend them.
@Test func snapshotLiteralsSurviveAwkwardText() {
    #expect(LibrarySnapshotSource.literal("plain") == "\"plain\"")
    #expect(LibrarySnapshotSource.literal("say \"#hi\" \\ ") == "\"say \\\"#hi\\\" \\\\ \"")
    #expect(LibrarySnapshotSource.literal("a\r\nb\u{1B}\u{2028}") == "\"a\\r\\nb\\u{1b}\\u{2028}\"")
    #expect(LibrarySnapshotSource.literal("é — ½") == "\"é — ½\"")
    #expect(LibrarySnapshotSource.number(0.1) == "0.1")
    #expect(LibrarySnapshotSource.number(1e-7) == "1e-07")
    let routine = Routine(id: "r", title: "T", steps: [Step(id: "s", label: "S", terms: [Term(id: "t", label: "L", lateral: true, category: .two)])],
                          order: .groups([StepGroup(id: "g", label: "G", steps: ["s"])]), orderWeight: 30)
    #expect(LibrarySnapshotSource.source(routine) == """
        Routine(id: "r", title: "T", modality: "", steps: [Step(id: "s", label: "S", hint: nil, terms: [Term(id: "t", label: "L", \
        aliases: [], lateral: true, category: .two)])], order: .groups([StepGroup(id: "g", label: "G", steps: ["s"])]), orderWeight: 30.0)
        """)
}

/// The shipped library validates (DESIGN.md §5, level 2), from disk.
@Test func shippedLibraryValidates() {
    let cases = packageRoot + "/Cases"
    guard FileManager.default.fileExists(atPath: cases) else { return }
    #expect(LibraryLoader.load(paths: [cases]).errors.map(\.description) == [])
}
