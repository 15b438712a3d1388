import Testing
import WorklistCore
@testable import WorklistCases

// Issue 11, part 1: ACR categories on terms and findings, the interruption's needs_read,
// explanation and unless_communicated, and the scenario's second_window.

// MARK: decoding

private let routineYAML = """
    kind: routine
    id: r
    title: R
    steps:
      - id: lungs
        label: Lungs
        terms:
          - {id: tension, label: Tension pneumothorax, category: 1}
          - {id: ptx, label: Pneumothorax, category: 2, lateral: true}
          - {id: nodule, label: Nodule, category: 3}
          - {id: legacy, label: Legacy critical, critical: true}
          - {id: agreed, label: Both spellings, critical: true, category: 1}
          - {id: plain, label: Plain, critical: false}
          - {id: quiet, label: Not critical, critical: false, category: 3}
    """

private let caseYAML = """
    kind: case
    id: c
    title: T
    modality: XR
    exam: Chest PA
    priority: urgent
    patient: {age: 40, sex: F}
    indication: Pain.
    routine: r
    target_seconds: 60
    views: {lungs: A thin pleural line at the right apex.}
    findings:
      - id: small-ptx
        step: lungs
        term: ptx
        side: right
        severity: major
        conspicuity: subtle
        teaching: Small and iatrogenic, so within hours.
      - id: tense-ptx
        step: lungs
        term: ptx
        side: left
        category: 1
        severity: critical
        conspicuity: obvious
        teaching: Under tension, so now.
    impression: Pneumothoraces.
    """

private let scenarioYAML = """
    kind: scenario
    id: s
    title: S
    mode: shift
    communication_window: 3m
    second_window: 2h
    cases:
      - case: c
    interruptions:
      - id: tech
        at: 30
        caller: Radiographer
        question: The main PA was 150 HU. Repeat now?
        case: c
        steps: [lungs]
        needs_read: false
        unless_communicated: [small-ptx, tense-ptx]
        answers:
          - {id: "yes", text: "Yes.", correct: true}
        explanation: >
          Under 250 HU a CTPA cannot show segmental clot
          (Wittram, Radiographics 2004).
      - id: registrar
        at: 60
        caller: ED registrar
        question: Is it clear?
        case: c
        steps: [lungs]
        answers:
          - {id: "no", text: "No.", correct: true}
        explanation: A pleural line with no markings beyond it.
    """

private let files = [
    SourceFile(path: "lib/routines/r.yaml", text: routineYAML),
    SourceFile(path: "lib/cases/c.yaml", text: caseYAML),
    SourceFile(path: "lib/scenarios/s.yaml", text: scenarioYAML),
]

@Test func termCategoriesAndTheVersion1CriticalFlagDecode() throws {
    let loaded = LibraryLoader.load(files: files)
    #expect(loaded.diagnostics.map(\.description) == [])
    let step = try #require(loaded.library.routines.first?.step("lungs"))
    #expect(step.term("tension")?.category == .one)
    #expect(step.term("ptx")?.category == .two)
    #expect(step.term("nodule")?.category == .three)
    // v1: critical: true is category 1, and critical: false is no category.
    #expect(step.term("legacy")?.category == .one)
    #expect(step.term("legacy")?.critical == true)
    #expect(step.term("agreed")?.category == .one)
    #expect(step.term("plain")?.category == nil)
    #expect(step.term("quiet")?.category == .three)
    #expect(step.term("quiet")?.critical == false)
    #expect(step.term("ptx")?.critical == false)
}

@Test func aFindingsCategoryOverridesItsTerms() throws {
    let loaded = LibraryLoader.load(files: files)
    let routine = loaded.library.routines.first
    let c = try #require(loaded.library.cases.first)
    #expect(c.findings.map(\.category) == [nil, .one])
    #expect(c.findings.map { $0.actionCategory(in: routine) } == [.two, .one])
}

@Test func interruptionFieldsAndTheSecondWindowDecode() throws {
    let loaded = LibraryLoader.load(files: files)
    let s = try #require(loaded.library.scenarios.first)
    #expect(s.communicationWindow == 180)
    #expect(s.secondWindow == 7200)
    let tech = try #require(s.interruptions.first)
    #expect(tech.needsRead == false)
    #expect(tech.unlessCommunicated == ["small-ptx", "tense-ptx"])
    #expect(tech.explanation == "Under 250 HU a CTPA cannot show segmental clot (Wittram, Radiographics 2004).")
    let registrar = try #require(s.interruptions.last)
    #expect(registrar.needsRead == true)     // the default
    #expect(registrar.unlessCommunicated == [])
    #expect(registrar.explanation == "A pleural line with no markings beyond it.")
}

@Test func theSecondWindowDefaultsTo1800Seconds() throws {
    let loaded = LibraryLoader.load(files: Fixture.files)
    let evening = try #require(loaded.library.scenarios.first { $0.id == "evening" })
    #expect(evening.communicationWindow == 120)
    #expect(evening.secondWindow == Scenario.defaultSecondWindow)
    #expect(evening.secondWindow == 1800)
}

// MARK: errors, each at FILE:LINE:COLUMN

private func routine(_ name: String, _ terms: String, _ expected: [String]) -> Example {
    Example(name, path: "Cases/routines/r.yaml", """
        kind: routine
        id: r
        title: R
        steps:
          - id: a
            label: A
            terms:
        \(terms)
        """, expected)
}

private let termExamples: [Example] = [
    routine("critical true with category 2", """
              - id: ptx
                label: Pneumothorax
                critical: true
                category: 2
        """, [
            "Cases/routines/r.yaml:10:19: error: critical: true and category: 2 disagree in term \"ptx\" (critical: true means category 1); keep category and remove critical",
        ]),
    routine("critical true with category 3", """
              - {id: nodule, label: Nodule, critical: true, category: 3}
        """, [
            "Cases/routines/r.yaml:8:47: error: critical: true and category: 3 disagree in term \"nodule\" (critical: true means category 1); keep category and remove critical",
        ]),
    routine("critical false with category 1", """
              - {id: tension, label: Tension, category: 1, critical: false}
        """, [
            "Cases/routines/r.yaml:8:62: error: critical: false and category: 1 disagree in term \"tension\" (critical: false means not category 1); keep category and remove critical",
        ]),
    routine("critical false with category 2 agrees", """
              - {id: ptx, label: Pneumothorax, category: 2, critical: false}
        """, []),
    routine("category out of the set", """
              - {id: a1, label: A1, category: 4}
              - {id: a2, label: A2, category: 0}
              - {id: a3, label: A3, category: urgent}
              - {id: a4, label: A4, category: 1.5}
              - {id: a5, label: A5, category: "1"}
        """, [
            "Cases/routines/r.yaml:8:39: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"4\"",
            "Cases/routines/r.yaml:9:39: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"0\"",
            "Cases/routines/r.yaml:10:39: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"urgent\"",
            "Cases/routines/r.yaml:11:39: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"1.5\"",
            "Cases/routines/r.yaml:12:39: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"1\"",
        ]),
    routine("a bad category does not also report a disagreement", """
              - {id: a1, label: A1, critical: true, category: 5}
        """, [
            "Cases/routines/r.yaml:8:55: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"5\"",
        ]),
]

@Test(arguments: termExamples)
func termCategoryErrors(_ example: Example) {
    example.verify()
}

/// The fixture case ptx-1 with a category line added to its finding (line 25, between
/// `side` and `severity`).
private func finding(_ name: String, category: String, _ expected: [String]) -> Example {
    Example(name, path: Fixture.casePath,
            Fixture.ptxCase.replacingOccurrences(of: "    side: right\n", with: "    side: right\n    category: \(category)\n"),
            expected)
}

private let findingExamples: [Example] = [
    finding("a finding's category override", category: "2", []),
    finding("a finding's category out of the set", category: "high", [
        "Cases/cases/ptx-1.yaml:25:15: error: category must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, 3 within days), found \"high\"",
    ]),
]

@Test(arguments: findingExamples)
func findingCategoryErrors(_ example: Example) {
    example.verify()
}

@Test func aFindingOverrideReachesTheLibrary() throws {
    let yaml = Fixture.ptxCase.replacingOccurrences(of: "    side: right\n", with: "    side: right\n    category: 2\n")
    let loaded = LibraryLoader.load(files: Fixture.files(replacing: Fixture.casePath, with: yaml))
    let c = try #require(loaded.library.cases.first { $0.id == "ptx-1" })
    #expect(c.findings.first?.category == .two)
    // The fixture's pneumothorax term is `critical: true`: category 1 unless overridden.
    let routine = loaded.library.routines.first
    #expect(routine?.step("lungs")?.term("pneumothorax")?.category == .one)
    #expect(c.findings.first?.actionCategory(in: routine) == .two)
}

private let scenarioPath = "Cases/scenarios/s.yaml"

/// A scenario on the fixture's ptx-1 (finding right-ptx) and normal-1 (no findings) with
/// one interruption whose last lines are `extra` (line 14 on).
private func call(_ name: String, case caseID: String = "ptx-1", _ extra: String, _ expected: [String]) -> Example {
    Example(name, path: scenarioPath, """
        kind: scenario
        id: s
        title: S
        mode: shift
        cases:
          - case: ptx-1
          - case: normal-1
        interruptions:
          - id: call
            at: 60
            caller: ED
            question: Is it normal?
            case: \(caseID)
            steps: [lungs]
        \(extra)
        """, expected)
}

private let callExamples: [Example] = [
    call("explanation missing", """
            answers:
              - {id: "yes", text: "Yes.", correct: true}
        """, [
            "Cases/scenarios/s.yaml:9:5: error: missing required key \"explanation\" in interruption \"call\"; write in one or two sentences why the right answer is right, with its reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)",
        ]),
    call("explanation missing is reported with the call's other problems", """
            unless_communicated: [left-ptx]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
        """, [
            "Cases/scenarios/s.yaml:9:5: error: missing required key \"explanation\" in interruption \"call\"; write in one or two sentences why the right answer is right, with its reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)",
            "Cases/scenarios/s.yaml:15:27: error: unknown finding \"left-ptx\" in unless_communicated of interruption \"call\": case \"ptx-1\" has no such finding (findings: right-ptx)",
        ]),
    call("explanation empty", """
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: "  "
        """, [
            "Cases/scenarios/s.yaml:17:18: error: explanation of interruption \"call\" is empty; write in one or two sentences why the right answer is right, with its reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)",
        ]),
    call("explanation with no value", """
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation:
        """, [
            "Cases/scenarios/s.yaml:17:5: error: explanation of interruption \"call\" has no value; write in one or two sentences why the right answer is right, with its reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)",
        ]),
    call("explanation not text", """
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: [a, b]
        """, [
            "Cases/scenarios/s.yaml:17:18: error: explanation: expected text, found a list",
        ]),
    call("explanation looks like an identifier", """
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Mrs Patel has a pneumothorax.
        """, [
            "Cases/scenarios/s.yaml:17:18: warning: explanation of interruption \"call\" looks like a patient name (\"Mrs Patel\"); case text must be synthetic and must not identify a patient",
        ]),
    call("needs_read not a bool", """
            needs_read: sometimes
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:15:17: error: needs_read: expected true or false, found \"sometimes\"",
        ]),
    call("unless_communicated names a finding of its case", """
            unless_communicated: [right-ptx]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, []),
    call("unless_communicated names an unknown finding", """
            unless_communicated: [right-ptxx, left-ptx]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:15:27: error: unknown finding \"right-ptxx\" in unless_communicated of interruption \"call\": case \"ptx-1\" has no such finding; did you mean \"right-ptx\"? (findings: right-ptx)",
            "Cases/scenarios/s.yaml:15:39: error: unknown finding \"left-ptx\" in unless_communicated of interruption \"call\": case \"ptx-1\" has no such finding (findings: right-ptx)",
        ]),
    call("unless_communicated on a normal case", case: "normal-1", """
            unless_communicated: [right-ptx]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:15:27: error: unknown finding \"right-ptx\" in unless_communicated of interruption \"call\": case \"normal-1\" is normal, with nothing to communicate; remove unless_communicated (no findings)",
        ]),
    call("unless_communicated repeats a finding and is not a list", """
            unless_communicated: [right-ptx, right-ptx]
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:15:38: error: finding \"right-ptx\" is listed twice in unless_communicated of interruption \"call\"",
        ]),
    call("unless_communicated written as one id", """
            unless_communicated: right-ptx
            answers:
              - {id: "yes", text: "Yes.", correct: true}
            explanation: Because.
        """, [
            "Cases/scenarios/s.yaml:15:26: error: unless_communicated: expected a list, found \"right-ptx\"",
        ]),
]

@Test(arguments: callExamples)
func interruptionFieldErrors(_ example: Example) {
    example.verify()
}

@Test func aScenarioWithoutAnExplanationStaysOutOfTheLibrary() {
    let yaml = Fixture.shift.replacingOccurrences(
        of: "\n    explanation: The right apex shows a visceral pleural line with no lung markings beyond it.",
        with: "")
    let loaded = LibraryLoader.load(files: Fixture.files(replacing: Fixture.shiftPath, with: yaml))
    #expect(loaded.errors.map(\.description) == [
        "Cases/scenarios/evening.yaml:13:5: error: missing required key \"explanation\" in interruption \"call-1\"; write in one or two sentences why the right answer is right, with its reference (the case's teaching point, a guideline, or the ACR practice parameter on communication)",
    ])
    #expect(!loaded.library.scenarios.contains { $0.id == "evening" })
}

private func windows(_ name: String, _ lines: String, _ expected: [String]) -> Example {
    Example(name, path: scenarioPath, """
        kind: scenario
        id: s
        title: S
        mode: shift
        \(lines)
        cases:
          - case: ptx-1
        """, expected)
}

private let windowExamples: [Example] = [
    windows("second_window in any duration form", "second_window: 1h30m", []),
    windows("second_window equal to communication_window", "communication_window: 10m\nsecond_window: 600", []),
    windows("second_window shorter than communication_window", "communication_window: 10m\nsecond_window: 5m", [
        "Cases/scenarios/s.yaml:6:16: error: second_window (300 s, category 2) must be at least communication_window (600 s, category 1); raise second_window or lower communication_window",
    ]),
    windows("second_window shorter than the default communication_window", "second_window: 60", [
        "Cases/scenarios/s.yaml:5:16: error: second_window (60 s, category 2) must be at least communication_window (120 s, category 1) (the default); raise second_window or lower communication_window",
    ]),
    windows("communication_window longer than the default second_window", "communication_window: 1h", [
        "Cases/scenarios/s.yaml:5:23: error: communication_window (3600 s, category 1) is longer than the default second_window (1800 s, category 2); add second_window: 3600 or more, or lower communication_window",
    ]),
    windows("second_window is bounded like the other durations", "second_window: 1e308", [
        "Cases/scenarios/s.yaml:5:16: error: second_window must be more than 0 and at most 86400 s (24 h), found 1e+308 s",
    ]),
    windows("second_window of zero", "second_window: 0", [
        "Cases/scenarios/s.yaml:5:16: error: second_window must be more than 0 and at most 86400 s (24 h), found 0 s",
    ]),
    windows("second_window of days", "second_window: \"48h\"", [
        "Cases/scenarios/s.yaml:5:16: error: second_window must be more than 0 and at most 86400 s (24 h), found 172800 s",
    ]),
    windows("second_window not a duration", "second_window: soon", [
        "Cases/scenarios/s.yaml:5:16: error: second_window: expected a duration (seconds such as 90, or \"5m\", \"1h30m\"), found \"soon\"",
    ]),
    windows("an unreadable communication_window is reported once", "communication_window: -1\nsecond_window: 60", [
        "Cases/scenarios/s.yaml:5:23: error: communication_window must be more than 0 and at most 86400 s (24 h), found -1 s",
    ]),
    windows("second_window misspelt", "second_windw: 2h", [
        "Cases/scenarios/s.yaml:5:1: error: unknown key \"second_windw\" in scenario \"s\"; did you mean \"second_window\"? (keys: kind, id, title, description, mode, default, feedback, time_limit, communication_window, second_window, and 8 more)",
    ]),
]

@Test(arguments: windowExamples)
func secondWindowErrors(_ example: Example) {
    example.verify()
}
