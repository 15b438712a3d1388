import Foundation
import WorklistCore
import WorklistStore

/// Two-case sessions whose scores are worked out by hand (docs/program-store.md):
/// routine r (steps a, b; 8 words each, so 2 s reads a step), case x (STAT, one major
/// finding: term u at b) and case y (routine, normal); a shift of both, arriving at 0.
///
/// - x read and u marked: score 100 (coverage 100, detection 100, time and order 100,
///   communication does not apply); x read all normal: 0 (the finding missed).
/// - y opened, a decided, b skipped: coverage 50, so 50; y never opened: 0.
/// - Triage 100 (x first, y waiting is routine), turnaround 50 (x signed in time with full
///   coverage, y not), so the session score is C × (70 + 0.2 × 75) / 90 = C × 85 / 90.
enum ProgramFixture {
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("worklist-program-" + UUID().uuidString).path
    }

    static let snapshot: ContentSnapshot = {
        let routine = Routine(id: "r", title: "R", steps: [
            Step(id: "a", label: "A", terms: [Term(id: "t", label: "T")]),
            Step(id: "b", label: "B", terms: [Term(id: "u", label: "U")]),
        ])
        let steps = [StepSnapshot(id: "a", words: 8), StepSnapshot(id: "b", words: 8)]
        let finding = Finding(id: "f", step: "b", term: "u", severity: .major, conspicuity: .obvious, teaching: "x")
        return ContentSnapshot(routines: [routine],
                               cases: [CaseSnapshot(id: "x", routine: "r", priority: .stat, targetSeconds: 30, arrives: 0,
                                                    steps: steps, findings: [finding], distractors: []),
                                       CaseSnapshot(id: "y", routine: "r", priority: .routine, targetSeconds: 30, arrives: 0,
                                                    steps: steps, findings: [], distractors: [])],
                               scenario: ScenarioSnapshot(id: "s", mode: .shift))
    }()

    /// A finished tty session in `data`; returns its id.
    @discardableResult
    static func session(_ data: String, trainee: String, minute: Int, findsX: Bool, opensY: Bool) throws -> String {
        let date = Date(timeIntervalSince1970: 1_795_966_930 + Double(minute) * 60)
        let header = JournalHeader(session: SessionID.make(startedAt: date, suffix: UInt16(minute)), seed: 0, trainee: trainee,
                                   client: .tty, startedAt: SessionID.timestamp(date), snapshot: snapshot)
        let recorder = try SessionRecorder(header: header, dataDirectory: data)
        try recorder.send(.open("x"), at: 0)
        try recorder.send(.decideNormal(step: "a"), at: 3)
        try recorder.send(.show(step: "b"), at: 3)
        if findsX {
            try recorder.send(.mark(step: "b", Mark(term: "u")), at: 6)
        } else {
            try recorder.send(.decideNormal(step: "b"), at: 6)
        }
        try recorder.send(.sign(impression: ""), at: 7)
        if opensY {
            try recorder.send(.open("y"), at: 8)
            try recorder.send(.decideNormal(step: "a"), at: 11)
            try recorder.send(.sign(impression: ""), at: 12)
        }
        try recorder.send(.end(.trainee), at: 20)
        recorder.close()
        return header.session
    }

    /// ana: one good session (x found, y half read: C 75) and one bad (x missed, y
    /// unopened: C 0); ben: one session (x found, y unopened: C 50).
    static func cohort(ana: String, ben: String) throws -> (ana: [String], ben: [String]) {
        let a1 = try session(ana, trainee: "ana", minute: 0, findsX: true, opensY: true)
        let a2 = try session(ana, trainee: "ana", minute: 1, findsX: false, opensY: false)
        let b1 = try session(ben, trainee: "ben", minute: 2, findsX: true, opensY: false)
        return ([a1, a2], [b1])
    }

    static func records(_ data: String) throws -> [ProgramRecord] {
        let folder = DataLocations.sessionsDirectory(dataDirectory: data)
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
            .map { try ProgramRecord(journalBytes: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) }
    }
}
