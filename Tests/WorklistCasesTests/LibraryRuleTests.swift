import Foundation
import Testing
import WorklistCore
@testable import WorklistCases
import WorklistBuiltIn

private func descriptions(_ files: [SourceFile], wholeLibrary: Bool = true) -> [String] {
    LibraryLoader.load(files: files, wholeLibrary: wholeLibrary, libraryPath: "Cases").diagnostics.map(\.description)
}

@Test func noDefaultShiftIsReportedAtTheLibraryFolder() {
    let quiet = Fixture.shift.replacingOccurrences(of: "default: true", with: "default: false")
    let files = Fixture.files(replacing: Fixture.shiftPath, with: quiet)
    #expect(descriptions(files) == [
        "Cases:1:1: error: the library has no default shift; mark one shift scenario with default: true "
            + "(it is what `worklist` starts)",
    ])
    // Loading a few files is not a whole library: no library-wide rule applies.
    #expect(descriptions(files, wholeLibrary: false) == [])
}

@Test func twoDefaultShiftsAreReportedAtEachDefault() {
    let second = """
        kind: scenario
        id: morning
        title: Morning
        mode: shift
        default: true
        cases:
          - case: ptx-1
          - case: normal-1
          - case: normal-2
        """
    let files = Fixture.files(replacing: "Cases/scenarios/morning.yaml", with: second)
    #expect(descriptions(files) == [
        "Cases/scenarios/evening.yaml:5:10: error: more than one default shift (\"evening\", \"morning\"); "
            + "a library has exactly one: keep default: true on one of them",
        "Cases/scenarios/morning.yaml:5:10: error: more than one default shift (\"evening\", \"morning\"); "
            + "a library has exactly one: keep default: true on one of them",
    ])
}

@Test func twoDefaultExamsAreReportedAtEachDefault() {
    let second = """
        kind: scenario
        id: mock
        title: Mock exam
        mode: exam
        time_limit: 10m
        default: true
        pool: [normal-1]
        count: 1
        """
    let files = Fixture.files(replacing: "Cases/scenarios/mock.yaml", with: second)
    #expect(descriptions(files) == [
        "Cases/scenarios/mock.yaml:6:10: error: more than one default exam (\"rapids\", \"mock\"); "
            + "a library has at most one: keep default: true on one of them",
        "Cases/scenarios/rapids.yaml:5:10: error: more than one default exam (\"rapids\", \"mock\"); "
            + "a library has at most one: keep default: true on one of them",
    ])
}

@Test func duplicatesStayOutOfTheLibraryAndTheFirstWins() {
    let copy = SourceFile(path: "Cases/cases/z-copy.yaml", text: Fixture.normalCase("normal-1", priority: "stat"))
    let loaded = LibraryLoader.load(files: Fixture.files + [copy])
    #expect(loaded.library.cases.filter { $0.id == "normal-1" }.map(\.priority) == [.urgent])
    #expect(loaded.location(ofCase: "normal-1")?.file == "Cases/cases/normal-1.yaml")
    #expect(loaded.hasErrors)
}

@Test func itemsWithErrorsStayOutButOthersLoad() {
    // The case lacks its impression: reported, left out; the rest of the library loads.
    let broken = Fixture.normalCase("normal-2", priority: "routine")
        .replacingOccurrences(of: "impression: Normal chest.\n", with: "")
    let loaded = LibraryLoader.load(files: Fixture.files(replacing: "Cases/cases/normal-2.yaml", with: broken))
    #expect(loaded.diagnostics.map(\.description) == [
        "Cases/cases/normal-2.yaml:1:1: error: missing required key \"impression\" in case \"normal-2\"",
    ])
    #expect(loaded.library.cases.map(\.id) == ["ptx-1", "normal-1", "normal-3", "exam-1"])
    #expect(loaded.library.scenarios.count == 2)
}

@Test func diagnosticsAreSortedByFileLineAndColumn() {
    let files = [
        SourceFile(path: "b.yaml", text: "kind: case\nid: B\n"),
        SourceFile(path: "a.yaml", text: "kind: routine\nid: r\ntitle: R\nsteps: []\nextra: 1\n"),
    ]
    let loaded = LibraryLoader.load(files: files)
    let places = loaded.diagnostics.map { "\($0.file):\($0.line):\($0.column)" }
    #expect(places == places.sorted { a, b in
        let x = a.split(separator: ":"), y = b.split(separator: ":")
        return (x[0], Int(x[1]) ?? 0, Int(x[2]) ?? 0) < (y[0], Int(y[1]) ?? 0, Int(y[2]) ?? 0)
    })
    #expect(places.first?.hasPrefix("a.yaml") == true)
}

/// Evidence is matched on normalised text, taken over bytes for ASCII (issue 13): the same as
/// lower-casing and splitting on whitespace, on every line of the shipped library and on
/// awkward whitespace.
@Test func asciiNormalisingIsTheGeneralOne() {
    let general = { (text: String) in text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
    let awkward = ["", " ", "  A  b ", "\tTab\u{0B}vt\u{0C}ff\r\ncrlf\n", "MiXeD Case.", "end ", " start", "é É", "a\u{85}b",
                   "x\u{A0}y", "ÀB c"]
    let lines = BuiltInLibrary.files.flatMap { $0.text.split(separator: "\n").map(String.init) }
    for text in awkward + lines + BuiltInLibrary.files.map(\.text) {
        #expect(CaseRules.normalised(text) == general(text), "\(text.debugDescription)")
    }
}

/// The byte search for evidence agrees with String's `contains` on ASCII and falls back to it
/// otherwise.
@Test func evidenceSearchIsStringContains() {
    let texts = ["", "a", "abc", "lungs clear", "no effusion seen", "é e\u{301}", "e\u{301}x"]
    let phrases = ["", "a", "bc", "abcd", "clear", "lungs  clear", "effusion seen", "é", "e", "x"]
    for text in texts {
        for phrase in phrases { #expect(CaseRules.contains(text, phrase) == text.contains(phrase), "\(text) / \(phrase)") }
    }
}
