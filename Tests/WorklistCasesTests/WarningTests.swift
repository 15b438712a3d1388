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
/// than ASCII, letters that fold to ASCII, marks joined to ASCII), on text near each trigger,
/// and on every line of the shipped library.
@Test func theTriggerScanChangesNoHit() {
    let lint = IdentifierLint()
    let tricky = [
        "Dr\u{0301} Jones", "Aged ٩٥.", "Seen ١٢/٠٣/١٩٦١.", "Accession １２３４５６７.", "\u{212A}erley B lines",
        "Hoſpital number 5.", "ＭＲＮ 4.", "Mrs\tO'Brien", "d.o.b 1/2/33", "DATE OF BIRTH", "PATIENT id 7",
        "born in 1931", "NHS Number", "İD", "93yo", "93 y/o.", "aged  101", "", "—", "12345",
        // A mark joins an ASCII digit or letter into one character the patterns still match.
        "123\u{301}456", "12/0\u{301}3/1961", "3 Marc\u{301}h 2021", "Mr S\u{301}mith", "\u{600}195 years old",
        // Ages: case, spacing, hyphens, the edges of the text, runs of digits that are too long.
        "aged 95", "image 95", "stage 95", "AGED\t95", "Age 90", "age 89", "aged95", "agedd 95", "aged 1095",
        "100 yrs old", "95-year-old", "95 - year - old", "95--year--old", "95 YEARS OLD", "95yo", "95 y.o.",
        "95 Y/O", "95\tyo", "95-yo", "95 yr old", "95 yold", "95 ysold", "95 years older", "1095 year old",
        "x95 year old", "095 years old", "0095 yo", "90 y.o", "999 years old", "95 year old man aged 93",
        "45-year-old aged 95", "89-year-old", "A 95", "95 y", "threshold 95", "old 95 years",
        // Names: titles, their case, the space after, the capital.
        "Dr. Smith", "DR SMITH", "dr Smith", "Mr\tJones", "Mr.  Jones", "Mrs. O'Brien", "Mx Lee", "Miss Lee",
        "Prof. X", "Profs Lee", "MrSmith", "Dr smith", "HMr Smith", "Dr.", "Dr ", "Mr A", "Mr Ab",
        "Dr \u{212A}elvin", "Dr Émile",
        // Dates.
        "12/03/61", "1/2/3", "1.5-2.0 cm", "3-6 months", "2026-1-2", "2026/1/2", "202-1-2", "12-3-2026",
        "123/4/56", "1/234/5", "12/03/1961x", "3rd March 2021", "3RD MAR, 2021", "3 Sept. 2021",
        "31st\tDecember\t1999", "3 marchy 2021", "3 March 21", "3March 2021", "3 March2021", "13 may 2020",
        // Record numbers and births.
        "patient  ID", "patient ID", "Patient Id 4", "patient identifier", "MRN", "mrn:", "xmrn",
        "medical  record", "Medical Record", "record number", "Hospital Number", "nhs number", "NHSnumber",
        "DOB", "d.o.b.", "D.O.B", "Date of Birth", "born on", "Born In", "reborn in", "born  on", "dob", "dobutamine",
        "born into", "mrn_1", "MRN1", "record numbers", "DOB:", "patient id.",
    ]
    let lines = BuiltInLibrary.files.flatMap { $0.text.split(separator: "\n").map(String.init) }
    for text in lintRows.map(\.text) + tricky + lines {
        #expect(lint.check(text) == lint.check(text, prefilter: false), "\(text)")
    }
    #expect(IdentifierLint.Triggers("Colles fracture of the distal radius.").isEmpty)
}

/// The same on a few thousand strings of words and gaps from one pattern, with odd characters
/// among them (seeded: the same strings every run), so that many strings hit.
@Test func theTriggerScanChangesNoHitOnRandomText() {
    let space = [" ", " ", "  ", "\t", "-", ""]
    let themes: [(words: [String], gaps: [String])] = [
        (["95", "101", "90", "89", "1095", "y", "Y", "yr", "yrs", "year", "Years", "old", "OLD"], space),
        (["aged", "age", "AGED", "image", "95", "101", "90", "89", "1095", "yo", "y/o", "Y.O.", "y.o"], space),
        (["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "DR", "mr", "Smith", "SMITH", "O'Brien", "A", "s"], space + ["."]),
        (["mrn", "MRN", "patient", "Patient", "id", "ID", "record", "medical", "number", "NHS", "hospital", "born",
          "in", "on", "dob", "DOB", "d.o.b", "date", "of", "birth", "s"], space),
        (["12", "3", "31", "1961", "2026", "61", "jan", "March", "Sept", "3rd", "1st"],
         [" ", "\t", "/", "/", "-", "-", ".", ", "]),
    ]
    let odd = ["é", "\u{212A}", "ſ", "١", "\u{301}", "’", "—", "_", "x", "7", "\r\n"]
    var random = SplitMix64(seed: 2026)
    func pick(_ words: [String]) -> String {
        (Int.random(in: 0..<10, using: &random) == 0 ? odd : words).randomElement(using: &random)!
    }
    let lint = IdentifierLint()
    var hits: [String: Int] = [:]
    for _ in 0..<8000 {
        let theme = themes.randomElement(using: &random)!
        let count = Int.random(in: 1...5, using: &random)
        let text = (0..<count).map { _ in pick(theme.words) + pick(theme.gaps) }.joined()
        let all = lint.check(text, prefilter: false)
        #expect(lint.check(text) == all, "\(text)")
        for hit in all { hits[hit.reason, default: 0] += 1 }
    }
    // Every kind of hit turns up often: else this test checks little.
    #expect(hits.count == 6 && hits.values.allSatisfy { $0 > 20 }, "\(hits)")
}

/// Ordinary case text runs no pattern, though it shares words and letters with them; text
/// with a hit runs its own pattern and no other.
@Test func theTriggersAreSelective() {
    for text in [
        "Stage 2 image of the passage, threshold 45 HU; patient stable.", "A 45-year-old; MR brain next.",
        "An 89 year old, aged 60.", "Mild recorded change; Dr review; Mr and Ms.", "Density 120 HU at 95 mm.",
        "Follow up in 3-6 months, 1.5-2.0 cm.", "Reborn, stubborn.", "Summary: primary marrow decrease in May.",
        "Patient identifier removed.", "Dobutamine stress; born into care.", "DR SMITH", "Mrs. smith", "12 March",
        "Prof.", "1/2/3",
    ] {
        #expect(IdentifierLint.Triggers(text).isEmpty, "\(text)")
    }
    let flags: [(String, KeyPath<IdentifierLint.Triggers, Bool>)] = [
        ("title", \.title), ("numericDate", \.numericDate), ("namedDate", \.namedDate), ("birth", \.birth),
        ("longNumber", \.longNumber), ("record", \.record), ("textAge", \.textAge), ("agedAge", \.agedAge),
        ("shortAge", \.shortAge),
    ]
    for (text, flag) in [
        ("Seen by Dr. Smith.", "title"), ("Born 12/03/1961.", "numericDate"), ("On 3rd March, 2021.", "namedDate"),
        ("Her date of birth.", "birth"), ("Accession 1234567.", "longNumber"), ("Patient ID withheld.", "record"),
        ("A 95-year-old.", "textAge"), ("Aged\t101.", "agedAge"), ("93 y/o.", "shortAge"),
    ] {
        let t = IdentifierLint.Triggers(text)
        #expect(flags.filter { t[keyPath: $0.1] }.map(\.0) == [flag], "\(text)")
        #expect(!IdentifierLint().check(text).isEmpty, "\(text)")
    }
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
