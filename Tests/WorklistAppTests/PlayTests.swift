import Foundation
import Testing
import WorklistCore
import WorklistStore
import WorklistUI
@testable import WorklistApp

/// The headless loop: key scripts through the real keymap, engine and view.
enum AppFixture {
    static let routine = Routine(
        id: "cxr", title: "Chest radiograph", modality: "XR",
        steps: [
            Step(id: "technical", label: "Technical quality", terms: [Term(id: "rotated", label: "Rotated")]),
            Step(id: "pleura", label: "Pleura", terms: [
                Term(id: "pneumothorax", label: "Pneumothorax", aliases: ["ptx"], critical: true, lateral: true),
                Term(id: "effusion", label: "Pleural effusion", lateral: true),
            ]),
        ])

    static func item(_ id: String, _ priority: Priority, findings: [Finding] = []) -> Case {
        Case(id: id, title: id, modality: "XR", exam: "Chest PA", priority: priority, patient: Patient(age: 40, sex: "F"),
             indication: "Chest pain.", routine: "cxr", targetSeconds: 30,
             views: ["technical": StepView(text: "Good PA film, not rotated."),      // 5 words: 1.625 s to read
                     "pleura": StepView(text: "A visceral pleural line at the left apex.")], // 8 words: 2 s
             findings: findings)
    }

    static let ptx = Finding(id: "ptx", step: "pleura", term: "pneumothorax", side: .left, severity: .critical,
                             conspicuity: .obvious, teaching: "Pleural line.")

    static let call = Interruption(id: "call", at: 100, caller: "ED", question: "Pneumothorax?", caseID: "a",
                                   steps: ["pleura"], answers: [Answer(id: "yes", text: "Yes", correct: true)])

    static var library: Library {
        Library(routines: [routine], cases: [item("a", .stat, findings: [ptx]), item("b", .routine)],
                scenarios: [Scenario(id: "s", title: "Test", mode: .shift,
                                     cases: .fixed([ScheduledCase(caseID: "a", arrives: 0), ScheduledCase(caseID: "b", arrives: 0)]),
                                     interruptions: [call], timeLimit: 600, isDefault: true)])
    }

    static func play(_ script: String, size: (Int, Int) = (80, 24)) throws -> (PlayRun.Outcome, Journal, AppSession) {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-app-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        let outcome = try PlayRun.run(app, script: try KeyScript.parse(script), scriptPath: "keys", columns: size.0, rows: size.1)
        app.close()
        return (outcome, try JournalReader.read(app.journalPath!).journal, app)
    }
}

extension Journal {
    var kinds: [EventKind] { events.map(\.kind).filter { if case .keys = $0 { false } else if case .heartbeat = $0 { false } else { true } } }
    func times(of name: String) -> [Double] { events.filter { $0.kind.name == name }.map(\.t) }
}

@Suite struct PlayTests {
    @Test func aWholeShiftFromFirstKeyToTheEnd() throws {
        let (outcome, journal, _) = try AppFixture.play("""
            # the STAT pneumothorax first (the top row)
            key Enter
            wait 2
            key n
            key j
            wait 3
            key f
            type ptx
            key Enter
            key l
            key c
            key Enter
            key s
            key y
            # the feedback card; Enter goes back to the worklist
            key Enter
            # then the routine case
            key Enter
            wait 2
            key n
            key j
            wait 3
            key n
            key s
            key y
            # the last case's card comes before the summary
            key Enter
            """)
        #expect(!outcome.interrupted)
        #expect(journal.kinds.first == .opened(case: "a"))
        #expect(journal.kinds.contains(.marked(case: "a", step: "pleura", mark: Mark(term: "pneumothorax", side: .left))))
        #expect(journal.kinds.contains(.communicated(case: "a", step: "pleura", mark: Mark(term: "pneumothorax", side: .left))))
        #expect(journal.kinds.last == .ended(reason: .allSigned))
        let report = Scoring.report(journal)
        #expect(report.finished)
        #expect(report.triage == 100)
        #expect(report.cases.map(\.status) == [.signed, .signed])
        #expect(report.cases.map(\.coverage) == [100, 100])
        #expect(report.cases[0].detection == 100 && report.cases[0].communication == 100)
        #expect(report.cases.allSatisfy { $0.score == 100 })
        #expect(report.cases[0].keystrokes > 0)
        // The session ended: the summary is on screen.
        #expect(outcome.lastFrame?.text.contains("Session score") == true)
    }

    @Test func waitFiresCallsAtTheirInstantAndTheEndAtTheLimit() throws {
        let (_, journal, _) = try AppFixture.play("wait 150\nkey j\nkey Enter\nwait 1000\n")
        #expect(journal.times(of: "interruption_shown") == [100])
        #expect(journal.times(of: "interruption_answered") == [150])
        #expect(journal.kinds.last == .ended(reason: .timeLimit))
        #expect(journal.events.last?.t == 600)
    }

    @Test func aKeyInFlightWhenACallOpensDoesNotAnswerIt() throws {
        let (_, journal, app) = try AppFixture.play("wait 100\nkey j\nkey Enter\nwait 0.2\nkey Enter\nwait 5\n")
        #expect(journal.times(of: "interruption_answered").isEmpty)
        #expect(app.state.modal == nil || journal.kinds.last == .ended(reason: .keysEnded))
    }

    @Test func aDeferredCallRingsAgain() throws {
        let (_, journal, _) = try AppFixture.play("wait 101\nkey d\nwait 70\n")
        #expect(journal.times(of: "interruption_deferred") == [101])
        #expect(journal.times(of: "interruption_shown") == [100, 161])
    }

    @Test func resizeBelowTheMinimumStopsTheClock() throws {
        let (outcome, journal, _) = try AppFixture.play("""
            key Enter
            wait 2
            resize 60x20
            wait 30
            resize 80x24
            wait 1
            """)
        #expect(journal.kinds.contains(.paused(reason: .tooSmall)))
        #expect(journal.kinds.contains(.resumed(reason: .tooSmall, wallSeconds: 30)))
        #expect(journal.times(of: "ended") == [3])
        let report = Scoring.report(journal)
        #expect(report.cases[0].readSeconds == 3)
        #expect(report.pauseSeconds == 30)
        #expect(outcome.lastFrame?.width == 80)
    }

    @Test func theTooSmallNoticeShowsWhileSmall() throws {
        let (outcome, _, _) = try AppFixture.play("resize 20x5\nkey Hash\n")
        #expect(outcome.lastFrame?.text.contains("Please") == true)
    }

    @Test func suspendIsAZeroSecondPause() throws {
        let (_, journal, _) = try AppFixture.play("key Enter\nwait 1\nkey Ctrl-Z\nwait 1\n")
        #expect(journal.kinds.contains(.paused(reason: .suspended)))
        #expect(journal.kinds.contains(.resumed(reason: .suspended, wallSeconds: 0)))
    }

    @Test func ctrlCLeavesTheSessionUnfinished() throws {
        let (outcome, journal, _) = try AppFixture.play("key Enter\nwait 1\nkey Ctrl-C\nkey n\n")
        #expect(outcome.interrupted)
        #expect(!journal.kinds.contains { $0.name == "ended" })
        #expect(Scoring.report(journal).finished == false)
    }

    @Test func bothQuits() throws {
        let (_, saved, _) = try AppFixture.play("key q\nkey s\nkey Enter\n")
        #expect(!saved.kinds.contains { $0.name == "ended" })
        #expect(!saved.kinds.contains { $0.name == "opened" })
        // Nothing opened: "end now" asks again before it ends.
        let (outcome, ended, _) = try AppFixture.play("key q\nkey e\nkey e\nkey Enter\n")
        #expect(ended.kinds.last == .ended(reason: .trainee))
        // Enter on the summary finishes: nothing is left over.
        #expect(outcome.warnings.isEmpty)
        #expect(outcome.loop == .ended)
        let (early, _, _) = try AppFixture.play("key q\nkey e\nkey e\nkey Enter\nkey n\nwait 1\n")
        #expect(early.warnings == ["keys:5: warning: the program has exited; this line is ignored"])
    }

    @Test func theKeyFileEndingEndsTheSession() throws {
        let (_, journal, _) = try AppFixture.play("key Enter\nwait 4\n")
        #expect(journal.kinds.last == .ended(reason: .keysEnded))
        #expect(journal.events.last?.t == 4)
    }
}

@Suite struct KeyScriptTests {
    @Test func parsesEveryCommand() throws {
        let lines = try KeyScript.parse("# c\n  \nwait 2.5\nkey enter\nkey Ctrl-H\nkey ctrl-c\nkey F12\nkey q\ntype a b\nresize 100X30\n")
        #expect(lines.map(\.command) == [
            .wait(2.5), .key(.key(.enter)), .key(.key(.backspace)), .key(.interrupt), .key(.key(.function(12))),
            .key(.key(.char("q"))), .type("a b"), .resize(columns: 100, rows: 30),
        ])
        #expect(lines.map(\.number) == [3, 4, 5, 6, 7, 8, 9, 10])
    }

    @Test(arguments: [
        ("wait soon", 1, "wait needs a number of seconds ≥ 0, e.g. 'wait 2.5'"),
        ("\n\nkey Banana", 3, "unknown key 'Banana' (see README: Scripted sessions)"),
        ("press x", 1, "unknown command 'press'; use wait, key, type or resize"),
        ("resize big", 1, "resize needs COLSxROWS, e.g. 'resize 100x30'"),
    ])
    func badLinesNameTheirLine(text: String, line: Int, message: String) {
        #expect(throws: KeyScript.ParseError(line: line, message: message)) { try KeyScript.parse(text) }
    }
}

@Suite struct FeedbackAndSummaryTests {
    @Test func feedbackShowsAMissedSubtleFindingWithItsEvidence() throws {
        var library = AppFixture.library
        library.cases[0].findings[0].conspicuity = .subtle
        library.cases[0].findings[0].evidence = "visceral pleural line"
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-app-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: library, scenario: library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        // Read both steps, call them normal, sign: the pneumothorax is missed.
        let outcome = try PlayRun.run(app, script: try KeyScript.parse("key Enter\nwait 2\nkey n\nkey j\nwait 3\nkey n\nkey s\nkey y\n"), scriptPath: "keys")
        let frame = try #require(outcome.lastFrame)
        // The key file ended on the card: the session ended, and the card stays until closed.
        #expect(frame.text.contains("MISSED"))
        let card = try #require(app.report.cases.first { $0.id == "a" })
        let paragraphs = CaseFeedback.paragraphs(card, item: app.state.snapshot.case("a")!, text: library.cases[0],
                                                 routine: AppFixture.routine, scenario: app.state.snapshot.scenario,
                                                 theme: Theme(color: false))
        let lines = StyledText.layout(paragraphs, width: 76, theme: Theme(color: false))
        let text = lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("MISSED"))
        #expect(text.contains("2b Pneumothorax, left at Pleura"))
        #expect(text.contains("Pleural line."))
        let highlighted = lines.flatMap { $0 }.filter { $0.role == .highlight }.map(\.text).joined()
        #expect(highlighted == "visceral pleural line")
    }

    @Test func theCardAppearsAfterSigningAndTheSummaryAtTheEnd() throws {
        let (outcome, _, app) = try AppFixture.play("key Enter\nwait 2\nkey s\nkey y\nkey Enter\n")
        #expect(app.ui.screen == .summary(scroll: 0))
        #expect(outcome.lastFrame?.text.contains("NEVER OPENED") == true)
        let (_, _, card) = try AppFixture.play("key Enter\nwait 2\nkey s\nkey y\nkey Ctrl-C\n")
        #expect(card.ui.screen == .feedback(.init(card.report.cases.first { $0.id == "a" }!)))
    }

    @Test func reviewWalksTheCasesWithTheTruth() throws {
        // Keys after the end reach the summary and review (play ignores them: drive the session directly).
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-app-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: AppFixture.library, scenario: AppFixture.library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", dataDirectory: data), theme: Theme(color: false))
        for key: Key in [.char("q"), .char("e"), .char("e"), .char("v"), .enter, .char("j")] { try app.press(key, at: 1) }
        guard case .review(let review) = app.ui.screen else { Issue.record("not on review: \(app.ui.screen)"); return }
        #expect(review.openCase == "a")
        let text = app.frame(now: 1, columns: 80, rows: 24).text
        #expect(text.contains("Truth: Pneumothorax, left"))
        #expect(text.contains("You: not decided"))
        try app.press(.char("q"), at: 2)
        #expect(app.wantsExit)
    }

    @Test func helpListsTheKeysOfTheScreenAndAnyKeyClosesIt() throws {
        let (outcome, _, app) = try AppFixture.play("key ?\nkey Ctrl-C\n")
        #expect(app.ui.screen == .help(over: .worklist))
        #expect(outcome.lastFrame?.text.contains("Keys here") == true)
        let (_, _, closed) = try AppFixture.play("key ?\nkey x\nkey Ctrl-C\n")
        #expect(closed.ui.screen == .worklist)
    }
}

/// Issue 11, part 5: a played shift's card and summary explain the call and the communication.
@Suite struct CallDebriefPlayTests {
    static let script = """
        key Enter
        wait 2
        key n
        key j
        wait 3
        key f
        type ptx
        key Enter
        key l
        key c
        key Enter
        wait 95
        wait 0.5
        key Down
        key Enter
        key s
        key y
        """

    @Test func theCardShowsTheCommunicationAndTheCallAboutTheCase() throws {
        let (outcome, _, app) = try AppFixture.play(Self.script, size: (100, 60))
        let card = try #require(outcome.lastFrame).text
        #expect(card.contains("COMMUNICATION"), "\(card)")
        #expect(card.contains("Pneumothorax, left: called 3 s after first seen — within 2 min (category 1): 100"), "\(card)")
        #expect(card.contains("CALLS ABOUT THIS CASE"))
        #expect(card.contains("ED: “Pneumothorax?”"))
        #expect(card.contains("You answered “Yes”: right"))
        #expect(card.contains("Points: answered 0.5 s after it rang: 100"))
        // The summary, after the card: the CALLS section and the discount line, from the report.
        let summary = SessionSummary.paragraphs(app.report, content: app.content, theme: Theme(color: false),
                                                snapshot: app.state.snapshot)
        let text = StyledText.layout(summary, width: 200, theme: Theme(color: false)).map { $0.map(\.text).joined() }
        #expect(text.contains("CALLS"))
        #expect(text.contains(" ED about XR Chest PA (a): “Pneumothorax?”"), "\(text)")
        #expect(text.contains { $0.hasPrefix("Reading ") && $0.contains("+ 0.1 × calls 100) / 100 = "
                                                                      + ReportText.number(app.report.sessionScore)) },
                "\(text)")
    }
}
