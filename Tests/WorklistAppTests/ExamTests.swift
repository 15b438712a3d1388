import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

@Suite struct ExamTests {
    static var library: Library {
        var library = AppFixture.library
        library.cases = (0..<12).map { AppFixture.item("e\($0)", .routine, findings: $0 % 2 == 0 ? [AppFixture.ptx] : []) }
        library.scenarios = [Scenario(id: "rapids", title: "Rapids", mode: .exam,
                                      cases: .pool(ids: library.cases.map(\.id).reversed(), count: 5, arriveEvery: 0),
                                      timeLimit: 120, feedback: false, isDefault: true)]
        return library
    }

    @Test func theSeedDrawsTheSameSetAndAnotherSeedAnother() {
        let exam = Self.library.scenarios[0]
        #expect(exam.schedule(seed: 7) == exam.schedule(seed: 7))
        #expect(exam.schedule(seed: 7).map(\.caseID) != exam.schedule(seed: 8).map(\.caseID))
        // The order the library lists the pool in does not matter.
        var shuffled = exam
        shuffled.cases = .pool(ids: Self.library.cases.map(\.id), count: 5, arriveEvery: 0)
        #expect(shuffled.schedule(seed: 7) == exam.schedule(seed: 7))
        #expect(Set(exam.schedule(seed: 7).map(\.caseID)).count == 5)
    }

    @Test func theExamEndsAtItsLimitAndSuspendingDoesNotStopIt() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-exam-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: Self.library, scenario: Self.library.scenarios[0], seed: 3, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        let outcome = try PlayRun.run(app, script: try KeyScript.parse("key Enter\nwait 2\nkey n\nkey s\nkey y\nresize 40x10\nwait 200\nkey Enter\n"), scriptPath: "keys", columns: 80, rows: 24)
        #expect(app.state.ended == .timeLimit)
        #expect(app.app.events.last?.t == 120)
        #expect(outcome.warnings.isEmpty)          // the key after the end reaches the (too small) summary
        let report = app.report
        #expect(report.cases.filter { $0.status == .unopened }.count == 4)
        #expect(report.cases.filter { $0.status == .unopened }.allSatisfy { $0.score == 0 })
        #expect(!app.ui.screen.layers.contains { $0.isFeedback })   // no feedback until the end
        #expect(outcome.lastFrame?.text.contains("FRCR-style tally") == true || outcome.lastFrame?.text.contains("Please") == true)
    }

    @Test func theLiveExamClockIgnoresPauses() throws {
        let exam = LiveClock(stoppable: false)
        let shift = LiveClock(stoppable: true)
        exam.pause()
        shift.pause()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(exam.now() >= 0.05)
        #expect(shift.now() < 0.01)
        #expect(shift.resume() >= 0.05)
    }

    @Test func theTallyCountsNormalsAndNamedAbnormals() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-exam-" + UUID().uuidString).path
        var library = Self.library
        library.scenarios[0].cases = .fixed([ScheduledCase(caseID: "e0", arrives: 0), ScheduledCase(caseID: "e1", arrives: 0)])
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        // e0 (abnormal): the pneumothorax marked; e1 (normal): signed with nothing marked.
        _ = try PlayRun.run(app, script: try KeyScript.parse("key Enter\nkey j\nwait 3\nkey f\ntype ptx\nkey Enter\nkey l\nkey s\nkey y\nkey Enter\nwait 1\nkey s\nkey y\n"), scriptPath: "keys")
        let tally = RapidsTally(app.report, snapshot: app.state.snapshot)
        #expect(tally.correct == 2 && tally.total == 2 && tally.normalsRight == 1 && tally.abnormalsRight == 1)
    }
}
