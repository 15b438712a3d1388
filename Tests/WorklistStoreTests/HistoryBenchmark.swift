import Foundation
import Testing
import WorklistCore
@testable import WorklistStore

/// Opt-in measurement (WORKLIST_BENCH=1), not a test of speed: prints how long opening
/// history takes with 1,000 sessions of 20 cases, and the export's size.
@Suite struct HistoryBenchmark {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WORKLIST_BENCH"] == "1"))
    func thousandSessionsOfTwentyCases() throws {
        let data = HistoryTests.temporaryDirectory()
        let routine = HistoryTests.snapshot.routines[0]
        let cases = (0..<20).map { i in
            CaseSnapshot(id: "c\(i)", routine: "r", priority: i % 4 == 0 ? .stat : .routine, targetSeconds: 30, arrives: 0,
                         steps: HistoryTests.snapshot.cases[0].steps, findings: i % 2 == 0 ? HistoryTests.snapshot.cases[0].findings : [],
                         distractors: [])
        }
        let snapshot = ContentSnapshot(routines: [routine], cases: cases, scenario: ScenarioSnapshot(id: "s", mode: .shift))
        for n in 0..<1000 {
            let date = Date(timeIntervalSince1970: 1_795_966_930 + Double(n) * 3600)
            let header = JournalHeader(session: SessionID.make(startedAt: date, suffix: UInt16(n)), seed: 0, trainee: "ana",
                                       client: .tty, startedAt: SessionID.timestamp(date), snapshot: snapshot)
            let recorder = try SessionRecorder(header: header, dataDirectory: data)
            var t = 0.0
            for c in cases {
                try recorder.send(.open(c.id), at: t)
                try recorder.send(.decideNormal(step: "a"), at: t + 3)
                try recorder.send(.show(step: "b"), at: t + 3)
                try recorder.send(.decideNormal(step: "b"), at: t + 6)
                try recorder.send(.sign(impression: ""), at: t + 7)
                t += 8
            }
            recorder.close()
        }
        let clock = ContinuousClock()
        let history = try HistoryDatabase(dataDirectory: data)
        let firstSync = try clock.measure { try history.sync(dataDirectory: data) }
        var opens: [Duration] = []
        for _ in 0..<5 {
            opens.append(try clock.measure {
                let h = try HistoryDatabase(dataDirectory: data)
                try h.sync(dataDirectory: data)
                _ = try h.progress(trainee: "ana")
            })
        }
        let rows = try history.exportRows()
        let csv = HistoryDatabase.csv(rows)
        print("BENCH history: first import of 1,000 journals \(firstSync); open (sync + progress) \(opens.sorted()[2]) median of 5")
        print("BENCH export: \(rows.count) rows, CSV \(csv.utf8.count) bytes, JSON \(try JSONEncoder().encode(rows).count) bytes")
        #expect(rows.count == 20_000)
    }
}
