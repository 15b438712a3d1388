import Foundation
import Testing
@testable import WorklistCases

/// The package root, from this file's place in Tests/WorklistCasesTests/.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// The checked-in BundledLibrary.generated.swift must match Cases/. With RECORD_BUNDLE=1 the
/// test writes it instead (recording is explicit, never automatic).
@Test func bundledLibraryMatchesCasesFolder() throws {
    let cases = packageRoot + "/Cases"
    let files = FileManager.default.fileExists(atPath: cases)
        ? try BundledLibrarySource.sourceFiles(casesFolder: cases) : []
    let generated = BundledLibrarySource.generate(files: files)
    let output = packageRoot + "/" + BundledLibrarySource.outputPath
    if ProcessInfo.processInfo.environment["RECORD_BUNDLE"] == "1" {
        try generated.write(toFile: output, atomically: true, encoding: .utf8)
        return
    }
    let checkedIn = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    #expect(checkedIn == generated, """
        \(BundledLibrarySource.outputPath) is out of date with Cases/; \
        run `RECORD_BUNDLE=1 swift test --filter BundledLibrary` and commit the result
        """)
}

@Test func bundledLibraryHoldsTheCasesFiles() throws {
    let cases = packageRoot + "/Cases"
    guard FileManager.default.fileExists(atPath: cases) else { return }
    let files = try BundledLibrarySource.sourceFiles(casesFolder: cases)
    #expect(LibraryLoader.builtInFiles.map(\.path) == files.map(\.path))
}

@Test func bundledLibraryLiteralsSurviveAwkwardText() {
    // A raw literal needs more #s than any "# or \# run in the text.
    #expect(BundledLibrarySource.hashCount(for: "plain") == 1)
    #expect(BundledLibrarySource.hashCount(for: "say \"#hi\"") == 2)
    #expect(BundledLibrarySource.hashCount(for: "a \\## b and \"\"\"#") == 3)
    #expect(BundledLibrarySource.literal("a\nb\n") == "#\"\"\"\na\nb\n\n\"\"\"#")
    // Carriage returns and other controls fall back to an escaped literal.
    #expect(BundledLibrarySource.literal("a\r\nb\u{1B}") == "\"a\\r\\nb\\u{1b}\"")
    let source = BundledLibrarySource.generate(files: [SourceFile(path: "Cases/b.yaml", text: "b: 1\n"),
                                                        SourceFile(path: "Cases/a.yaml", text: "a: \"#x\"\n")])
    #expect(source.contains("path: \"Cases/a.yaml\",\n            text: ##\"\"\"\na: \"#x\"\n\n\"\"\"##"))
    #expect(source.range(of: "Cases/a.yaml")?.lowerBound ?? source.endIndex
        < source.range(of: "Cases/b.yaml")?.lowerBound ?? source.startIndex)
}

/// The shipped library validates (DESIGN.md §5, level 2), from disk and as built in.
@Test func shippedLibraryValidates() {
    let cases = packageRoot + "/Cases"
    guard let found = try? BundledLibrarySource.sourceFiles(casesFolder: cases), !found.isEmpty else { return }
    let fromDisk = LibraryLoader.load(paths: [cases])
    #expect(fromDisk.errors.map(\.description) == [])
    let builtIn = LibraryLoader.loadBuiltIn()
    #expect(builtIn.errors.map(\.description) == [])
}
