import Foundation
import Testing
import WorklistCore
@testable import WorklistCases

/// A fresh folder under the system temp directory, removed afterwards.
private func withTemporaryFolder(_ body: (String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "worklist-cases-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
}

private func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
}

@Test func aFolderIsExpandedRecursivelyAndSorted() throws {
    try withTemporaryFolder { root in
        let lib = root + "/Cases"
        for file in Fixture.files {
            // Fixture paths start with "Cases/".
            let name = file.path.hasSuffix("normal-3.yaml") ? file.path.replacingOccurrences(of: ".yaml", with: ".yml")
                : file.path
            try write(file.text, to: root + "/" + name)
        }
        try write("not yaml", to: lib + "/README.md")
        try write("kind: nonsense", to: lib + "/.hidden/x.yaml")
        let loaded = LibraryLoader.load(paths: [lib + "/"])
        #expect(loaded.diagnostics == [])
        #expect(loaded.files == [
            "cases/exam-1.yaml", "cases/normal-1.yaml", "cases/normal-2.yaml", "cases/normal-3.yml",
            "cases/ptx-1.yaml", "routines/cxr.yaml", "scenarios/evening.yaml", "scenarios/rapids.yaml",
        ].map { lib + "/" + $0 })
        #expect(loaded.library.cases.count == 5)
    }
}

@Test func aFolderIsAWholeLibraryButSingleFilesAreNot() throws {
    try withTemporaryFolder { root in
        try write(Fixture.routine, to: root + "/lib/cxr.yaml")
        let folder = LibraryLoader.load(paths: [root + "/lib"])
        #expect(folder.diagnostics.map(\.description) == [
            "\(root)/lib:1:1: error: the library has no default shift; mark one shift scenario with default: true "
                + "(it is what `worklist` starts)",
        ])
        let file = LibraryLoader.load(paths: [root + "/lib/cxr.yaml"])
        #expect(file.diagnostics == [])
        #expect(file.library.routines.map(\.id) == ["cxr"])
    }
}

@Test func badPathsBecomeDiagnostics() throws {
    try withTemporaryFolder { root in
        try write("", to: root + "/empty/.keep")
        FileManager.default.createFile(atPath: root + "/latin1.yaml", contents: Data([0x6B, 0x69, 0xE9, 0x0A]))
        let loaded = LibraryLoader.load(paths: [root + "/missing", root + "/latin1.yaml", root + "/empty"])
        #expect(loaded.diagnostics.map(\.description) == [
            "\(root)/empty:1:1: warning: no .yaml or .yml files in this folder",
            "\(root)/empty:1:1: error: the library has no default shift; mark one shift scenario with default: true "
                + "(it is what `worklist` starts)",
            "\(root)/latin1.yaml:1:1: error: this file is not UTF-8 text; save it as UTF-8",
            "\(root)/missing:1:1: error: no such file or folder; check the path",
        ])
    }
}
