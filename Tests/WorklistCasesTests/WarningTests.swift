import Testing
import WorklistCore
import WorklistBuiltIn
@testable import WorklistCases

// MARK: identifier lint, unit level

private struct LintRow: Sendable, CustomTestStringConvertible {
    var text: String
    var reasons: [String]
    var testDescription: String { text }
}

private let lintRows: [LintRow] = [
    LintRow(text: "Mr Smith fell at home.", reasons: ["looks like a patient name"]),
    LintRow(text: "Referred by Dr. Jones.", reasons: ["looks like a patient name"]),
    LintRow(text: "Seen with Mrs O'Brien and Prof Adams.", reasons: ["looks like a patient name"]),
    LintRow(text: "Born 12/03/1961.", reasons: ["looks like a date of birth"]),
    LintRow(text: "Scan of 1961-03-12.", reasons: ["looks like a date of birth"]),
    LintRow(text: "Seen on 3 March 2021.", reasons: ["looks like a date of birth"]),
    LintRow(text: "DOB unknown.", reasons: ["mentions a date of birth"]),
    LintRow(text: "She was born on a Tuesday.", reasons: ["mentions a date of birth"]),
    LintRow(text: "Accession 12345678.", reasons: ["has a run of 6 or more digits, like a record number"]),
    LintRow(text: "MRN withheld.", reasons: ["mentions a record number"]),
    LintRow(text: "Check the record number.", reasons: ["mentions a record number"]),
    LintRow(text: "A 93-year-old with a fall.", reasons: ["gives an age over 89"]),
    LintRow(text: "Patient aged 101.", reasons: ["gives an age over 89"]),
    LintRow(text: "95 yo man.", reasons: ["gives an age over 89"]),
    // Not identifiers: eponyms, ordinary ages and numbers, modality words.
    LintRow(text: "Colles fracture of the distal radius.", reasons: []),
    LintRow(text: "Kerley B lines at both bases.", reasons: []),
    LintRow(text: "Hampton hump and Westermark sign.", reasons: []),
    LintRow(text: "A 45-year-old with cough; MR brain next.", reasons: []),
    LintRow(text: "An 89 year old after a fall.", reasons: []),
    LintRow(text: "Lesion 12 x 15 mm, HU 35, BP 120/80.", reasons: []),
    LintRow(text: "Follow up in 3-6 months.", reasons: []),
]

@Test(arguments: lintRows)
private func identifierLint(_ row: LintRow) {
    #expect(IdentifierLint().check(row.text).map(\.reason) == row.reasons)
}

/// The byte scan before the patterns never hides a hit: with and without it, the same hits,
/// on the rows above, on text that reaches the patterns only through Unicode (digits other
/// than ASCII, letters that fold to ASCII), and on every line of the shipped library.
@Test func theTriggerScanChangesNoHit() {
    let lint = IdentifierLint()
    let tricky = [
        "Dr\u{0301} Jones", "Aged ٩٥.", "Seen ١٢/٠٣/١٩٦١.", "Accession １２３４５６７.", "\u{212A}erley B lines",
        "Hoſpital number 5.", "ＭＲＮ 4.", "Mrs\tO'Brien", "d.o.b 1/2/33", "DATE OF BIRTH", "PATIENT id 7",
        "born in 1931", "NHS Number", "İD", "93yo", "93 y/o.", "aged  101", "", "—", "12345",
    ]
    let lines = BuiltInLibrary.files.flatMap { $0.text.split(separator: "\n").map(String.init) }
    for text in lintRows.map(\.text) + tricky + lines {
        #expect(lint.check(text) == lint.check(text, prefilter: false), "\(text)")
    }
    #expect(IdentifierLint.Triggers("Colles fracture of the distal radius.").isEmpty)
}

/// Loading to practise (shift, play, list) skips the lint; `validate` runs it.
@Test func onlyValidateLints() {
    let files = Fixture.files(replacing: path, with: examples[0].yaml)
    let quiet = LibraryLoader.load(files: files).diagnostics.map(\.description)
    let checked = LibraryLoader.load(files: files, lint: true).diagnostics.map(\.description)
    #expect(!quiet.contains { $0.contains("identify a patient") })
    #expect(checked.filter { $0.contains("identify a patient") }.count == 7)
}

// MARK: warnings in files

private let path = "Cases/cases/w.yaml"

private let examples: [Example] = [
    Example("identifiers in case text and an old patient", path: path, """
        kind: case
        id: w
        title: Mr Smith's chest
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 93, sex: M}
        indication: "Cough. DOB 12/03/1931, MRN 4455667."
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: heart
            term: cardiomegaly
            severity: minor
            conspicuity: obvious
            teaching: Typical in a 95-year-old.
        """, [
            "Cases/cases/w.yaml:3:8: warning: title looks like a patient name (\"Mr Smith's\"); case text must be synthetic and must not identify a patient",
            "Cases/cases/w.yaml:7:16: warning: age 93 is over 89, which can identify a patient; use 89 or less",
            "Cases/cases/w.yaml:8:13: warning: indication looks like a date of birth (\"12/03/1931\"); case text must be synthetic and must not identify a patient",
            "Cases/cases/w.yaml:8:13: warning: indication mentions a date of birth (\"DOB\"); case text must be synthetic and must not identify a patient",
            "Cases/cases/w.yaml:8:13: warning: indication has a run of 6 or more digits, like a record number (\"4455667\"); case text must be synthetic and must not identify a patient",
            "Cases/cases/w.yaml:8:13: warning: indication mentions a record number (\"MRN\"); case text must be synthetic and must not identify a patient",
            "Cases/cases/w.yaml:19:15: warning: teaching of finding \"f\" gives an age over 89 (\"95-year-old\"); case text must be synthetic and must not identify a patient",
        ]),
    Example("a finding's term in another step's vocabulary", path: path, """
        kind: case
        id: w
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: ptx
            step: lungs
            term: pneumothorax
            side: left
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
          - id: cons
            step: lungs
            term: consolidation
            accept_terms: [pneumothorax]
            side: left
            severity: major
            conspicuity: obvious
            teaching: Air bronchograms.
        """, [
            "Cases/cases/w.yaml:14:5: warning: term \"pneumothorax\" of finding \"ptx\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
            "Cases/cases/w.yaml:21:5: warning: term \"pneumothorax\" of finding \"cons\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
        ]),
    Example("text the sanitiser changes", path: path, """
        kind: case
        id: w
        title: "\\e[31mRed\\e[0m title"
        modality: "XR\\x07"
        exam: "Chest \\u202Eevil"
        priority: "\\e[2Jstat"
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/w.yaml:3:8: warning: title: the text contains terminal escape sequences, which will not be shown; delete them from the file",
            "Cases/cases/w.yaml:4:11: warning: modality: the text contains control characters, which will not be shown; delete them from the file",
            "Cases/cases/w.yaml:5:7: warning: exam: the text contains bidi override characters, which will not be shown; delete them from the file",
            "Cases/cases/w.yaml:6:11: error: priority must be stat, urgent or routine, found \"\\u{1B}[2Jstat\"",
        ]),
    Example("identifier in an interruption question", path: "Cases/scenarios/w.yaml", """
        kind: scenario
        id: w
        title: W
        mode: shift
        cases:
          - case: ptx-1
        interruptions:
          - id: call
            at: 60
            caller: Dr Jones, ED
            question: Is Mrs Patel's chest clear?
            case: ptx-1
            steps: [lungs]
            answers:
              - {id: clear, text: "Yes.", correct: true}
            explanation: The lungs are clear.
        """, [
            "Cases/scenarios/w.yaml:11:15: warning: question of interruption \"call\" looks like a patient name (\"Mrs Patel's\"); case text must be synthetic and must not identify a patient",
        ]),
]

@Test(arguments: examples)
func warnings(_ example: Example) {
    example.verify()
}

@Test func sanitisedTextIsStoredClean() {
    let loaded = LibraryLoader.load(files: Fixture.files(replacing: path, with: """
        kind: case
        id: w
        title: "\\e[31mRed\\e[0m title"
        modality: XR
        exam: "Chest\\tPA"
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """))
    let c = loaded.library.case("w")
    #expect(c?.title == "Red title")
    #expect(c?.exam == "Chest   PA")  // the tab expanded to the next stop, as on screen
    #expect(loaded.diagnostics.map(\.description) == [
        "Cases/cases/w.yaml:3:8: warning: title: the text contains terminal escape sequences, which will not be "
            + "shown; delete them from the file",
    ])
}

@Test func noMessageCarriesAnEscapeSequence() {
    let files = Fixture.files(replacing: path, with: "kind: \"\\e]0;pwned\\u0007case\\e[2J\"\nid: \"\\u009b31m\"\n")
    for d in LibraryLoader.load(files: files, lint: true).diagnostics {
        #expect(!d.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
    let hostile = Diagnostic(file: "x\u{1B}[2J.yaml", line: 1, column: 1, severity: .error, message: "bad\u{1B}[31m\nnext")
    #expect(hostile.description == "x.yaml:1:1: error: bad next")
}
