@testable import WorklistCore

/// A small hand-made world whose figures are easy to compute by hand.
///
/// Routine `mini` (strict, order weight 10): steps a (8 words: reading 2 s), b (16 words:
/// 3 s), c (24 words: 4 s). Vocabulary: a: `rotated`; b: `ptx` (critical, lateral),
/// `consolidation` (lateral); c: `ptx` (critical, lateral), `fx`, `granuloma`.
enum Fixture {
    static let routine = Routine(
        id: "mini", title: "Mini", modality: "XR",
        steps: [
            Step(id: "a", label: "A", terms: [Term(id: "rotated", label: "Rotated")]),
            Step(id: "b", label: "B", terms: [
                Term(id: "ptx", label: "Pneumothorax", aliases: ["ptx"], critical: true, lateral: true),
                Term(id: "consolidation", label: "Consolidation", lateral: true),
            ]),
            Step(id: "c", label: "C", terms: [
                Term(id: "ptx", label: "Pneumothorax", critical: true, lateral: true),
                Term(id: "fx", label: "Fracture"),
                Term(id: "granuloma", label: "Granuloma"),
            ]),
        ])

    static let grouped = Routine(
        id: "grouped", title: "Grouped", steps: routine.steps,
        order: .groups([StepGroup(id: "g1", label: "G1", steps: ["a", "b"]),
                        StepGroup(id: "g2", label: "G2", steps: ["c"])]),
        orderWeight: 30)

    static let steps = [StepSnapshot(id: "a", words: 8), StepSnapshot(id: "b", words: 16), StepSnapshot(id: "c", words: 24)]

    /// Left pneumothorax at b (also accepted at c), critical and obvious.
    static let ptx = Finding(id: "ptx", step: "b", term: "ptx", side: .left, severity: .critical,
                             conspicuity: .obvious, teaching: "Look at the apex.", acceptAt: ["c"])
    /// A subtle minor fracture at c.
    static let fx = Finding(id: "fx", step: "c", term: "fx", severity: .minor, conspicuity: .subtle,
                            teaching: "Trace every rib.")

    static func caseSnapshot(_ id: String, priority: Priority = .routine, target: Double = 30, arrives: Double = 0,
                             routine: String = "mini", findings: [Finding] = [],
                             steps: [StepSnapshot] = Fixture.steps) -> CaseSnapshot {
        CaseSnapshot(id: id, routine: routine, priority: priority, targetSeconds: target, arrives: arrives,
                     steps: steps, findings: findings, distractors: [])
    }

    static func snapshot(_ cases: [CaseSnapshot], mode: Mode = .shift, interruptions: [Interruption] = [],
                         timeLimit: Double? = nil, routines: [Routine] = [routine]) -> ContentSnapshot {
        ContentSnapshot(routines: routines, cases: cases,
                        scenario: ScenarioSnapshot(id: "test", mode: mode, timeLimit: timeLimit,
                                                   interruptions: interruptions))
    }

    static func call(_ id: String, at: Double, case caseID: String, steps: [String]) -> Interruption {
        Interruption(id: id, at: at, caller: "ED registrar", question: "Anything on it?", caseID: caseID,
                     steps: steps, answers: [Answer(id: "yes", text: "Yes", correct: true),
                                             Answer(id: "no", text: "No", correct: false)])
    }

    static func header(_ snapshot: ContentSnapshot) -> JournalHeader {
        JournalHeader(session: "20261129T160000Z-0001", seed: 0, trainee: "test", client: .play,
                      startedAt: "2026-11-29T16:00:00Z", snapshot: snapshot)
    }
}

/// Writes events with increasing sequence numbers: `j.at(3, .opened(case: "x"))`.
struct JournalBuilder {
    var journal: Journal

    init(_ snapshot: ContentSnapshot) { journal = Journal(header: Fixture.header(snapshot)) }

    @discardableResult
    mutating func at(_ t: Double, _ kinds: EventKind...) -> Self {
        for kind in kinds { journal.events.append(Event(seq: journal.events.count + 1, t: t, kind)) }
        return self
    }

    var report: SessionReport { Scoring.report(journal) }
    func caseReport(_ id: String) -> CaseReport? { report.cases.first { $0.id == id } }
}

extension Mark {
    static let ptxLeft = Mark(term: "ptx", side: .left)
    static let ptxRight = Mark(term: "ptx", side: .right)
    static let fx = Mark(term: "fx")
    static let granuloma = Mark(term: "granuloma")
    static let rotated = Mark(term: "rotated")
}
