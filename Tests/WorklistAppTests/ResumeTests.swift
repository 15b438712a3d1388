import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

/// Never lose a session: a crash (kill -9) at any point between two actions, then resume,
/// gives the same report as a run never interrupted.
@Suite struct ResumeTests {
    /// Ten cases of two steps; every other one has the pneumothorax. One call.
    static var library: Library {
        var library = AppFixture.library
        library.cases = (0..<10).map { i in
            AppFixture.item("c\(i)", i % 3 == 0 ? .stat : .routine, findings: i % 2 == 0 ? [AppFixture.ptx] : [])
        }
        library.scenarios[0].cases = .fixed((0..<10).map { ScheduledCase(caseID: "c\($0)", arrives: Double($0) * 20) })
        library.scenarios[0].interruptions = [Interruption(id: "call", at: 100, caller: "ED", question: "?", caseID: "c0",
                                                           steps: ["pleura"], answers: [Answer(id: "yes", text: "Yes", correct: true)])]
        library.scenarios[0].timeLimit = 3000
        return library
    }

    /// Steps that each leave the screen at rest (no overlay half-filled): (time, keys).
    static var timeline: [(Double, [Key])] {
        var steps: [(Double, [Key])] = []
        var t = 0.0
        for i in 0..<10 {
            t = max(t, Double(i) * 20) + 1
            steps.append((t, [.enter]))                                  // the top waiting row
            steps.append((t + 2, [.char("n")]))
            steps.append((t + 2, [.char("j")]))
            if i % 2 == 0 {
                steps.append((t + 5, [.char("f"), .char("p"), .char("t"), .char("x"), .enter, .char("l")]))
                steps.append((t + 6, [.char("c"), .enter]))
            } else {
                steps.append((t + 5, [.char("n")]))
            }
            steps.append((t + 7, [.char("s"), .char("y"), .enter]))      // sign, close the feedback card
            t += 9
        }
        return steps
    }

    static func start(_ data: String) throws -> AppSession {
        try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
                                  settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false),
                                  at: Date(timeIntervalSince1970: 1_795_966_930))
    }

    static func play(_ app: AppSession, _ steps: ArraySlice<(Double, [Key])>) throws {
        for (t, keys) in steps {
            // A call that rings in between is answered, as the trainee would.
            try app.advance(to: t)
            if app.state.modal != nil {
                try app.press(.down, at: t + 0.5)
                try app.press(.enter, at: t + 0.5)
            }
            for key in keys { try app.press(key, at: t + 0.5) }
        }
    }

    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("worklist-resume-" + UUID().uuidString).path
    }

    /// The report without what a crash may legitimately lose: keystrokes not yet journalled.
    static func comparable(_ report: SessionReport) -> SessionReport {
        var r = report
        r.cases = r.cases.map { var c = $0; c.keystrokes = 0; return c }
        r.session = ""
        return r
    }

    @Test func aCrashAtAnyPointThenResumeLosesNothing() throws {
        let steps = Self.timeline
        #expect(steps.count >= 50)   // crash points
        let whole = try Self.start(Self.temporaryDirectory())
        try Self.play(whole, steps[...])
        try whole.end(.trainee, at: 400)
        let expected = Self.comparable(whole.report)
        #expect(expected.cases.allSatisfy { $0.status == .signed }, "\(expected.cases.map { "\($0.id) \($0.status)" }) \(whole.app.events.map { "\($0.t) \($0.kind.name) \($0.kind.caseID ?? "")" })")

        for cut in 1..<steps.count {
            let data = Self.temporaryDirectory()
            let first = try Self.start(data)
            try Self.play(first, steps[..<cut])
            let path = first.journalPath!
            first.close()   // the process is gone: its lock goes with it
            // kill -9: nothing more is written; half a line may be left behind.
            if cut % 3 == 0 {
                let handle = try #require(FileHandle(forWritingAtPath: path))
                handle.seekToEndOfFile()
                handle.write(Data("{\"seq\":9999,\"t\":1,\"ty".utf8))
                handle.closeFile()
            }
            let read = try JournalReader.read(path)
            #expect(read.journal.events == first.app.events, "cut \(cut): acknowledged events lost")
            let (resumed, _) = try SessionLauncher.resume(journal: read.journal, path: path, library: Self.library,
                                                          settings: SessionSettings(trainee: "t", dataDirectory: ""), theme: Theme(color: false), wallSecondsAway: 0)
            #expect(resumed.state.openCase == first.state.openCase)
            try Self.play(resumed, steps[cut...])
            try resumed.end(.trainee, at: 400)
            resumed.close()
            let final = try JournalReader.read(path)
            #expect(final.warnings.isEmpty, "cut \(cut): the torn line was not cut off")
            let got = Self.comparable(Scoring.report(final.journal))
            let differing = zip(got.cases, expected.cases).first { $0 != $1 }
            #expect(got == expected, "cut \(cut): \(differing.map { "\($0.0)\n  expected \($0.1)" } ?? "session figures differ")")
        }
    }

    @Test func anExamResumedPastItsLimitEndsAtOnce() throws {
        var library = AppFixture.library
        library.scenarios[0].mode = .exam
        library.scenarios[0].timeLimit = 60
        library.scenarios[0].interruptions = []
        let data = Self.temporaryDirectory()
        let started = Date(timeIntervalSince1970: 1_795_966_930)
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
                                            settings: SessionSettings(trainee: "t", dataDirectory: data),
                                            theme: Theme(color: false), at: started)
        try app.press(.enter, at: 5)
        app.close()
        let journal = try JournalReader.read(app.journalPath!).journal
        let (resumed, clock) = try SessionLauncher.resume(journal: journal, path: app.journalPath!, library: library,
                                                          settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false), wallSecondsAway: 500,
                                                       now: started.addingTimeInterval(500))
        #expect(clock.now() >= 500)
        #expect(resumed.state.ended == .timeLimit)
        #expect(resumed.app.events.last?.t == 60)
    }
}
