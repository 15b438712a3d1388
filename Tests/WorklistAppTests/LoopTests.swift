#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

/// The one loop, run headless: the same scheduling, throttling, hang-up and outcomes as live.
@Suite struct LoopTests {
    static func data() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("worklist-loop-" + UUID().uuidString).path
    }

    @Test(.timeLimit(.minutes(1)))
    func aHeartbeatDueAtADecimalInstantFiresAndTheRunEnds() throws {
        // On the old driver this spun at 100 % CPU: `now - last >= 5` never held in floating point.
        let (_, journal, _) = try AppFixture.play("wait 5.4\nkey Enter\nwait 10\nwait 10\n")
        let beats = journal.times(of: "heartbeat")
        #expect(beats.count >= 4)
        for (a, b) in zip(beats, beats.dropFirst()) { #expect(abs(b - a - 5) < 1e-9, "\(beats)") }
        #expect(journal.events.last?.kind == .ended(reason: .keysEnded))
        #expect(journal.events.last?.t == 25.4)
    }

    @Test func aTooSmallPauseInAnExamJournalsItsWallTime() throws {
        var library = AppFixture.library
        library.scenarios[0].mode = .exam
        library.scenarios[0].interruptions = []
        library.scenarios[0].feedback = false
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
                                            settings: SessionSettings(trainee: "t", dataDirectory: Self.data()),
                                            theme: Theme(color: false))
        _ = try PlayRun.run(app, script: try KeyScript.parse("resize 40x10\nwait 30\nresize 80x24\nwait 1\n"), scriptPath: "keys")
        let resumed = app.journal.events.compactMap { event -> Double? in
            if case .resumed(.tooSmall, let wall) = event.kind { return wall } else { return nil }
        }
        #expect(resumed == [30])
        #expect(app.journal.times(of: "resumed") == [30])      // an exam's clock ran on meanwhile
        #expect(!SessionSummary.paragraphs(app.report, content: app.content, theme: Theme(color: false), progress: nil,
                                           snapshot: app.state.snapshot)
            .flatMap(\.spans).map(\.text).joined().contains("Paused 0 s"))
    }

    @Test func aHungUpTerminalStopsTheLoopLikeSIGHUP() throws {
        let app = try SessionLauncher.start(library: AppFixture.library, scenario: AppFixture.library.scenarios[0], seed: 0,
                                            client: .play, settings: SessionSettings(trainee: "t", dataDirectory: Self.data()),
                                            theme: Theme(color: false))
        let backend = HeadlessBackend()
        backend.enqueue(.key(.enter))
        backend.enqueue(.hangup)
        let clock = ScriptClock(script: [], scriptPath: "keys", stoppable: true, keyboard: backend)
        let outcome = try SessionLoop(session: app, backend: backend, clock: clock).run()
        #expect(outcome == .signal(SIGHUP))
        #expect(app.state.openCase == "a")
        #expect(!app.journal.events.contains { $0.kind.name == "ended" })   // unfinished, resumable
    }

    @Test func anIdleWaitDrawsAboutOnceASecond() throws {
        let app = try SessionLauncher.start(library: AppFixture.library, scenario: AppFixture.library.scenarios[0], seed: 0,
                                            client: .play, settings: SessionSettings(trainee: "t", dataDirectory: Self.data()),
                                            theme: Theme(color: false))
        let backend = HeadlessBackend()
        let clock = ScriptClock(script: try KeyScript.parse("wait 10\n"), scriptPath: "keys", stoppable: true, keyboard: backend)
        _ = try SessionLoop(session: app, backend: backend, clock: clock).run()
        // The header clock changes each second: a frame a second, plus the first and the summary.
        #expect(backend.framesPresented >= 10 && backend.framesPresented <= 13, "\(backend.framesPresented)")
    }

    @Test func aResumedDrillKeepsTheConfigsReminderSwitches() throws {
        let scenario = DrillPlan.scenario(DrillTests.library, routine: AppFixture.routine, caseIDs: ["d0", "d1"])
        let data = Self.data()
        let quiet = SessionSettings(trainee: "t", reminders: .init(order: false, keepSearching: false), dataDirectory: data)
        let first = try SessionLauncher.start(library: DrillTests.library, scenario: scenario, seed: 0, client: .play,
                                              settings: quiet, theme: Theme(color: false))
        try first.advance(to: 1)
        first.close()
        let path = try #require(first.journalPath)
        let journal = try JournalReader.read(path).journal
        let (resumed, _) = try SessionLauncher.resume(journal: journal, path: path, library: DrillTests.library,
                                                      settings: quiet, theme: Theme(color: false), wallSecondsAway: 5)
        #expect(resumed.state.openCase == "d0")
        try resumed.press(.char("j"), at: 2)
        try resumed.press(.char("n"), at: 5)                       // pleura before technical quality
        #expect(resumed.ui.notice == nil)
        resumed.close()
    }
}
