import Testing
@testable import WorklistCases

private struct LocatorRow: Sendable, CustomTestStringConvertible {
    var name: String
    var option: String?
    var environment: [String: String] = [:]
    var folders: Set<String>
    var expected: LibrarySource
    var header: String
    var testDescription: String { name }
}

private let cwd = "/home/res/work"
private let exe = "/opt/worklist/bin/worklist"

private let rows: [LocatorRow] = [
    LocatorRow(name: "--cases wins over everything", option: "my-cases",
               environment: ["WORKLIST_CASES": "/env/cases"],
               folders: ["/home/res/work/my-cases", "/env/cases", "/home/res/work/Cases", "/opt/worklist/share/worklist/Cases"],
               expected: .directory(path: "my-cases", reason: .option), header: "cases: my-cases (from --cases)"),
    LocatorRow(name: "WORKLIST_CASES next", environment: ["WORKLIST_CASES": "/env/cases"],
               folders: ["/env/cases", "/home/res/work/Cases", "/opt/worklist/share/worklist/Cases"],
               expected: .directory(path: "/env/cases", reason: .environment),
               header: "cases: /env/cases (from WORKLIST_CASES)"),
    LocatorRow(name: "an empty WORKLIST_CASES counts as unset", environment: ["WORKLIST_CASES": ""],
               folders: ["/home/res/work/Cases"],
               expected: .directory(path: "/home/res/work/Cases", reason: .currentDirectory),
               header: "cases: ./Cases (from the current directory)"),
    LocatorRow(name: "./Cases next", folders: ["/home/res/work/Cases", "/opt/worklist/share/worklist/Cases"],
               expected: .directory(path: "/home/res/work/Cases", reason: .currentDirectory),
               header: "cases: ./Cases (from the current directory)"),
    LocatorRow(name: "installed next to the binary", folders: ["/opt/worklist/share/worklist/Cases"],
               expected: .directory(path: "/opt/worklist/share/worklist/Cases", reason: .installed),
               header: "cases: /opt/worklist/share/worklist/Cases (installed with worklist)"),
    LocatorRow(name: "built in last", folders: [], expected: .builtIn,
               header: "cases: built-in library (no Cases/ folder found)"),
]

@Test(arguments: rows)
private func locatorOrder(_ row: LocatorRow) throws {
    let source = try LibraryLocator.locate(option: row.option, environment: row.environment, currentDirectory: cwd,
                                           executablePath: exe, directoryExists: { row.folders.contains($0) })
    #expect(source == row.expected)
    #expect(source.description == row.header)
}

@Test func aMissingExplicitFolderIsAnErrorNotAFallback() {
    let everything: Set<String> = ["/home/res/work/Cases", "/opt/worklist/share/worklist/Cases"]
    #expect(throws: LibraryLocatorError(path: "nope", reason: .option)) {
        try LibraryLocator.locate(option: "nope", environment: [:], currentDirectory: cwd, executablePath: exe,
                                  directoryExists: { everything.contains($0) })
    }
    #expect(throws: LibraryLocatorError(path: "/gone", reason: .environment)) {
        try LibraryLocator.locate(option: nil, environment: ["WORKLIST_CASES": "/gone"], currentDirectory: cwd,
                                  executablePath: exe, directoryExists: { everything.contains($0) })
    }
    #expect(LibraryLocatorError(path: "nope", reason: .option).description
        == "--cases names \"nope\", which is not a folder; check the path")
    #expect(LibraryLocatorError(path: "/gone", reason: .environment).description
        == "WORKLIST_CASES names \"/gone\", which is not a folder; fix the variable or unset it")
}

@Test func aRelativeExecutablePathResolvesFromTheCurrentDirectory() throws {
    let source = try LibraryLocator.locate(option: nil, environment: [:], currentDirectory: "/srv",
                                           executablePath: "build/bin/worklist",
                                           directoryExists: { $0 == "/srv/build/share/worklist/Cases" })
    #expect(source == .directory(path: "/srv/build/share/worklist/Cases", reason: .installed))
}
