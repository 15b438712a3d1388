import Testing
import WorklistCore
@testable import WorklistCases

private let routineYAML = """
    kind: routine
    id: trauma
    title: Trauma primary survey
    modality: CT
    order: groups
    order_weight: 30
    steps:
      - id: airway
        label: Airway
        hint: Tube tip and trachea.
        terms:
          - {id: tube-high, label: Tube too high, aliases: [high tube], critical: true}
      - id: chest
        label: Chest
        terms:
          - {id: pneumothorax, label: Pneumothorax, aliases: [ptx], critical: true, lateral: true}
          - {id: rib-fracture, label: Rib fracture, lateral: true}
      - id: bones
        label: Bones
        terms:
          - {id: rib-fracture, label: Rib fracture, lateral: true}
    groups:
      - {id: primary, label: Primary survey, steps: [airway, chest]}
      - {id: secondary, label: Secondary survey, steps: [bones]}
    """

private let caseYAML = """
    kind: case
    id: rta-1
    title: Driver, high-speed collision
    modality: CT
    exam: CT trauma
    priority: stat
    patient: {age: 28, sex: X}
    indication: Hypotensive after a collision.
    routine: trauma
    target_seconds: 1m30s
    views:
      airway: Tube tip 4 cm above the carina.
      chest: >
        Small anterior pneumothorax on the left
        and a displaced left rib fracture.
      bones:
        text: Fracture of the left seventh rib.
        available_after: 45
    findings:
      - id: left-ptx
        step: chest
        term: pneumothorax
        side: left
        severity: critical
        conspicuity: subtle
        teaching: Look anteriorly on supine CT.
        evidence: small anterior pneumothorax
      - id: rib
        step: chest
        term: rib-fracture
        side: left
        severity: minor
        conspicuity: obvious
        teaching: Count the ribs.
        accept_at: [bones]
        accept_terms: []
    distractors:
      - step: airway
        term: tube-high
        note: Tube position is fine.
        evidence: 4 cm above the carina
    impression: Left pneumothorax and rib fracture.
    references: [ATLS 10th edition]
    status: reviewed
    """

private func normal(_ id: String) -> String {
    """
    kind: case
    id: \(id)
    title: Fall
    modality: CT
    exam: CT trauma
    priority: urgent
    patient: {age: 60, sex: F}
    indication: Fall from standing.
    routine: trauma
    target_seconds: 45
    views: {airway: Patent., chest: Clear., bones: Intact.}
    impression: No injury.
    exam_only: false
    """
}

private let shiftYAML = """
    kind: scenario
    id: night
    title: Night shift
    description: A busy trauma night.
    mode: shift
    default: true
    communication_window: 2m
    turnaround: {stat: 5m, routine: 1h}
    cases:
      - case: rta-1
      - case: fall-1
      - case: fall-2
        arrives: 0s
    interruptions:
      - id: ed-call
        at: 30
        caller: ED consultant
        question: Can we send the patient to theatre?
        case: rta-1
        steps: [chest, bones]
        answers:
          - {id: drain, text: Needs a chest drain first., correct: true}
          - {id: go, text: "Yes, no injury.", correct: false}
        explanation: The left pneumothorax needs a drain before positive-pressure ventilation in theatre.
    """

private let examYAML = """
    kind: scenario
    id: test
    title: Quick test
    mode: exam
    time_limit: 10m
    pool: [fall-1, fall-2]
    count: 2
    arrive_every: 0
    """

private let files = [
    SourceFile(path: "lib/routines/trauma.yaml", text: routineYAML),
    SourceFile(path: "lib/cases/rta-1.yaml", text: caseYAML),
    SourceFile(path: "lib/cases/fall-1.yaml", text: normal("fall-1")),
    SourceFile(path: "lib/cases/fall-2.yaml", text: normal("fall-2")),
    SourceFile(path: "lib/scenarios/night.yaml", text: shiftYAML),
    SourceFile(path: "lib/scenarios/test.yaml", text: examYAML),
]

@Test func aValidLibraryLoadsIntoTheExpectedValues() {
    let loaded = LibraryLoader.load(files: files, wholeLibrary: true, libraryPath: "lib")
    #expect(loaded.diagnostics == [])
    #expect(!loaded.hasErrors)

    let rib = Term(id: "rib-fracture", label: "Rib fracture", lateral: true)
    let routine = Routine(
        id: "trauma", title: "Trauma primary survey", modality: "CT",
        steps: [
            Step(id: "airway", label: "Airway", hint: "Tube tip and trachea.",
                 terms: [Term(id: "tube-high", label: "Tube too high", aliases: ["high tube"], critical: true)]),
            Step(id: "chest", label: "Chest",
                 terms: [Term(id: "pneumothorax", label: "Pneumothorax", aliases: ["ptx"], critical: true, lateral: true),
                         rib]),
            Step(id: "bones", label: "Bones", terms: [rib]),
        ],
        order: .groups([StepGroup(id: "primary", label: "Primary survey", steps: ["airway", "chest"]),
                        StepGroup(id: "secondary", label: "Secondary survey", steps: ["bones"])]),
        orderWeight: 30)
    #expect(loaded.library.routines == [routine])

    let rta = Case(
        id: "rta-1", title: "Driver, high-speed collision", modality: "CT", exam: "CT trauma", priority: .stat,
        patient: Patient(age: 28, sex: "X"), indication: "Hypotensive after a collision.", routine: "trauma",
        targetSeconds: 90,
        views: [
            "airway": StepView(text: "Tube tip 4 cm above the carina."),
            "chest": StepView(text: "Small anterior pneumothorax on the left and a displaced left rib fracture."),
            "bones": StepView(text: "Fracture of the left seventh rib.", availableAfter: 45),
        ],
        findings: [
            Finding(id: "left-ptx", step: "chest", term: "pneumothorax", side: .left, severity: .critical,
                    conspicuity: .subtle, teaching: "Look anteriorly on supine CT.",
                    evidence: "small anterior pneumothorax"),
            Finding(id: "rib", step: "chest", term: "rib-fracture", side: .left, severity: .minor,
                    conspicuity: .obvious, teaching: "Count the ribs.", acceptAt: ["bones"]),
        ],
        distractors: [Distractor(step: "airway", term: "tube-high", note: "Tube position is fine.",
                                 evidence: "4 cm above the carina")],
        impression: "Left pneumothorax and rib fracture.", references: ["ATLS 10th edition"], status: .reviewed)
    func fall(_ id: String) -> Case {
        Case(id: id, title: "Fall", modality: "CT", exam: "CT trauma", priority: .urgent,
             patient: Patient(age: 60, sex: "F"), indication: "Fall from standing.", routine: "trauma",
             targetSeconds: 45,
             views: ["airway": StepView(text: "Patent."), "chest": StepView(text: "Clear."),
                     "bones": StepView(text: "Intact.")],
             impression: "No injury.")
    }
    #expect(loaded.library.cases == [rta, fall("fall-1"), fall("fall-2")])

    let night = Scenario(
        id: "night", title: "Night shift", description: "A busy trauma night.", mode: .shift,
        cases: .fixed([ScheduledCase(caseID: "rta-1", arrives: 0), ScheduledCase(caseID: "fall-1", arrives: 0),
                       ScheduledCase(caseID: "fall-2", arrives: 0)]),
        interruptions: [
            Interruption(id: "ed-call", at: 30, caller: "ED consultant",
                         question: "Can we send the patient to theatre?", caseID: "rta-1", steps: ["chest", "bones"],
                         answers: [Answer(id: "drain", text: "Needs a chest drain first.", correct: true),
                                   Answer(id: "go", text: "Yes, no injury.", correct: false)],
                         explanation: "The left pneumothorax needs a drain before positive-pressure ventilation in theatre."),
        ],
        turnaround: TurnaroundTargets(stat: 300, urgent: 1800, routine: 3600), communicationWindow: 120,
        timeLimit: nil, feedback: true, isDefault: true)
    let exam = Scenario(id: "test", title: "Quick test", mode: .exam,
                        cases: .pool(ids: ["fall-1", "fall-2"], count: 2, arriveEvery: 0),
                        timeLimit: 600, feedback: false, isDefault: false)
    #expect(loaded.library.scenarios == [night, exam])
    #expect(loaded.library.defaultScenario(for: .shift)?.id == "night")
}

@Test func locationsPointAtEachItemsID() {
    let loaded = LibraryLoader.load(files: files)
    #expect(loaded.location(ofRoutine: "trauma") == SourceLocation(file: "lib/routines/trauma.yaml", line: 2, column: 5))
    #expect(loaded.location(ofCase: "rta-1")?.description == "lib/cases/rta-1.yaml:2:5")
    #expect(loaded.location(ofScenario: "night")?.description == "lib/scenarios/night.yaml:2:5")
    #expect(loaded.location(of: .step(routine: "trauma", step: "bones"))?.line == 18)
    #expect(loaded.location(of: .term(routine: "trauma", step: "chest", term: "pneumothorax"))?.line == 16)
    #expect(loaded.location(of: .finding(case: "rta-1", finding: "rib"))?.description == "lib/cases/rta-1.yaml:28:9")
    #expect(loaded.location(of: .interruption(scenario: "night", interruption: "ed-call"))?.line == 15)
    #expect(loaded.location(ofCase: "nothing") == nil)
    #expect(loaded.files == files.map(\.path))
}
