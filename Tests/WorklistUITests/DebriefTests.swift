import Testing
@testable import WorklistCore
@testable import WorklistUI

/// Calls and communications explained on every screen (issue 11, part 5): the feedback
/// card, the summary, review, the pick list and the communicate chooser, from hand-made
/// reports and from sessions driven through the real AppReducer.
@Suite struct DebriefTests {
    /// Paragraphs as plain lines, wide enough that no line of interest wraps.
    static func text(_ paragraphs: [Paragraph], width: Int = 400) -> String {
        StyledText.layout(paragraphs, width: width, theme: Theme(color: false)).map { $0.map(\.text).joined() }
            .joined(separator: "\n")
    }

    static let explained = Interruption(
        id: "call", at: 100, caller: "ED registrar", question: "Is there a pneumothorax on the chest film in bay 3?",
        caseID: "ptx", steps: ["pleura"],
        answers: [Answer(id: "yes", text: "Yes, left pneumothorax: treat it", correct: true),
                  Answer(id: "no", text: "No, the lungs are clear", correct: false)],
        explanation: "A visible pleural line with no markings beyond it is a pneumothorax (BTS 2023).")
    static let tech = Interruption(
        id: "tech", at: 200, caller: "CT technologist", question: "The bolus peaked at 150 HU: repeat now?",
        caseID: "ptx", steps: ["pleura"],
        answers: [Answer(id: "repeat", text: "Repeat it now", correct: true),
                  Answer(id: "wait", text: "Leave it", correct: false)],
        needsRead: false, explanation: "Under 250 HU the study is not diagnostic; she gave the number.")
    static let early = Interruption(
        id: "early", at: 300, caller: "Ward nurse", question: "Can the drain go in?", caseID: "ptx", steps: ["pleura"],
        answers: [Answer(id: "go", text: "Yes, go ahead", correct: true)],
        explanation: "Only once the film is read.")

    static func scenario(_ d: UIDriver) -> ScenarioSnapshot {
        var scenario = d.state.snapshot.scenario
        scenario.interruptions = [explained, tech, early]
        return scenario
    }

    /// The ptx case with two more findings to talk about (a category 2 nodule, a category 3 effusion).
    static func caseText(_ d: UIDriver) throws -> Case {
        var text = try #require(d.content.cases["ptx"])
        text.findings += [
            Finding(id: "nod", step: "lungs", term: "nodule", side: .right, severity: .major, conspicuity: .subtle,
                    teaching: "Follow it up."),
            Finding(id: "eff", step: "pleura", term: "effusion", side: .left, severity: .minor, conspicuity: .obvious,
                    teaching: "Small."),
        ]
        return text
    }

    @Test func theFeedbackCardExplainsEachCommunicationAndEachCall() throws {
        let d = try EndScreensSnapshotTests.finished()
        var card = try #require(EndScreensSnapshotTests.report(d).cases.first { $0.id == "ptx" })
        let text = try Self.caseText(d)
        card.found = ["ptx", "nod", "eff"]
        card.communications = [
            CommunicationReport(t: 23, step: "pleura", term: "pneumothorax", side: .left, finding: "ptx", category: .one,
                                verdict: .inTime),
            CommunicationReport(t: 30, step: "pleura", term: "effusion", side: .left, finding: "eff", category: .three,
                                verdict: .unnecessary),
            CommunicationReport(t: 35, step: "bones", term: "rib-fracture", side: .right, finding: nil, category: nil,
                                verdict: .falseAlert),
        ]
        card.calls = [CallTiming(finding: "ptx", delay: 18, score: 100, category: .one, window: 120),
                      CallTiming(finding: "nod", delay: nil, score: 0, category: .two, window: 1800)]
        card.communication = 0
        card.interruptionCalls = [
            CallReport(id: "call", caseID: "ptx", shownAt: 100, answeredAt: 112, answer: "yes", correct: true, score: 100),
            CallReport(id: "tech", caseID: "ptx", shownAt: 200, answeredAt: 241, answer: Interruption.notReadYetID,
                       correct: false, score: 0),
            CallReport(id: "early", caseID: "ptx", shownAt: 300, answeredAt: 341, answer: "go", correct: false, score: 0,
                       calledBackAt: 400, callBackAnswer: "go"),
        ]
        let item = try #require(d.state.snapshot.case("ptx"))
        let routine = try #require(d.content.routine(ofCase: "ptx"))
        let out = Self.text(CaseFeedback.paragraphs(card, item: item, text: text, routine: routine,
                                                    scenario: Self.scenario(d), theme: Theme(color: false)))
        for line in [
            "COMMUNICATION",
            "Pneumothorax, left: called 18 s after first seen — within 2 min (category 1): 100",
            "Pleural effusion, left: unnecessary call: a category 3 finding — say it in the report (−25)",
            "Rib fracture, right: false alert: no such finding (−50)",
            "Nodule, right: not called: category 2 — call within 30 min (0)",
            "Communication 0: mean of 100, 0 = 50, −25 for 1 unnecessary call, −50 for 1 false alert (never below 0)",
            "CALLS ABOUT THIS CASE",
            "ED registrar: “Is there a pneumothorax on the chest film in bay 3?”",
            "You answered “Yes, left pneumothorax: treat it”: right",
            "Why: A visible pleural line with no markings beyond it is a pneumothorax (BTS 2023).",
            "Points: answered 12 s after it rang: 100",
            "You answered “Not read yet — I will call back”: wrong",
            "The right answer: “Repeat it now”: the caller gave what you needed, no need to read first",
            "Points: wrong (0), −25: answered 41 s after it rang (more than 30 s): 0",
            "The right answer: “Not read yet — I will call back”: Pleura had not been read yet",
            "Called back 59 s later: “Yes, go ahead” (shown, not scored)",
        ] {
            #expect(out.contains(line), "missing: \(line)\n\(out)")
        }
        // v1 wording is gone: "critical" now means a category.
        #expect(!out.contains("critical result"))
        #expect(!out.contains("is not a critical finding"))
    }

    @Test func aLateCallAndAMissedFindingSayWhichWindowTheyMissed() throws {
        let d = try EndScreensSnapshotTests.finished()
        var card = try #require(EndScreensSnapshotTests.report(d).cases.first { $0.id == "ptx" })
        card.found = []
        card.communications = [CommunicationReport(t: 185, step: "pleura", term: "pneumothorax", side: .left, finding: "ptx",
                                                   category: .one, verdict: .late)]
        card.calls = [CallTiming(finding: "ptx", delay: 180, score: 50, category: .one, window: 120)]
        let item = try #require(d.state.snapshot.case("ptx"))
        let routine = try #require(d.content.routine(ofCase: "ptx"))
        let text = try #require(d.content.cases["ptx"])
        let late = Self.text(CaseFeedback.paragraphs(card, item: item, text: text, routine: routine,
                                                     scenario: d.state.snapshot.scenario, theme: Theme(color: false)))
        #expect(late.contains("Pneumothorax, left: called 3 min after first seen — after the 2 min window (category 1): 50"))
        card.communications = []
        card.calls = [CallTiming(finding: "ptx", delay: nil, score: 0, category: .one, window: 120)]
        let missed = Self.text(CaseFeedback.paragraphs(card, item: item, text: text, routine: routine,
                                                       scenario: d.state.snapshot.scenario, theme: Theme(color: false)))
        #expect(missed.contains("Pneumothorax, left: missed, so not called: category 1 — call within 2 min (0)"))
    }

    @Test func aCallAnsweredRightButLateLosesTwentyFive() {
        let call = CallReport(id: "call", caseID: "ptx", shownAt: 100, answeredAt: 141, answer: "yes", correct: true, score: 75)
        let out = Self.text(CallDebrief.call(call, Self.explained, routine: UIFixture.routine, theme: Theme(color: false)))
        #expect(out.contains("Points: right (100), −25: answered 41 s after it rang (more than 30 s): 75"))
        let never = CallReport(id: "call", caseID: "ptx", shownAt: 100, answeredAt: nil, answer: nil, correct: false, score: 0)
        let unanswered = Self.text(CallDebrief.call(never, Self.explained, routine: UIFixture.routine, theme: Theme(color: false)))
        #expect(unanswered.contains("Not answered"))
        #expect(unanswered.contains("The right answer: “Yes, left pneumothorax: treat it” once Pleura is read; before that, “Not read yet — I will call back”"))
        #expect(unanswered.contains("Points: rang 1 min 40 s into the session, not answered: 0"))
    }

    @Test func aWrongAnswerIsToldWhatWasRightAtThatMoment() {
        // "No" to a call that needs reading: before reading, "not read yet" was right; after, "yes".
        var before = CallReport(id: "call", caseID: "ptx", shownAt: 100, answeredAt: 101, answer: "no", correct: false, score: 0)
        before.stepsRead = false
        let early = Self.text(CallDebrief.call(before, Self.explained, routine: UIFixture.routine, theme: Theme(color: false)))
        #expect(early.contains("The right answer: “Not read yet — I will call back”: Pleura had not been read yet"))
        var after = before
        after.stepsRead = true
        let late = Self.text(CallDebrief.call(after, Self.explained, routine: UIFixture.routine, theme: Theme(color: false)))
        #expect(late.contains("The right answer: “Yes, left pneumothorax: treat it”"))
        #expect(!late.contains("once Pleura is read"))
    }

    @Test(arguments: [(18.0, "18 s"), (120, "2 min"), (185, "3 min 5 s"), (1800, "30 min"), (5400, "1 h 30 min"), (120.4, "2 min 0.4 s")])
    func durations(seconds: Double, words: String) {
        #expect(CallDebrief.duration(seconds) == words)
    }

    /// A shift with calls: the CALLS section and the line that discounts the reading.
    @Test func theSummaryHasACallsSectionAndShowsHowTheReadingIsDiscounted() throws {
        let d = try EndScreensSnapshotTests.finished()
        var report = EndScreensSnapshotTests.report(d)
        for (i, score) in [100.0, 50, 0].enumerated() { report.cases[i].score = score }
        report.timeManagement = 75
        report.interruptions = 100
        report.sessionScore = 47.5
        report.calls = [CallReport(id: "call", caseID: "ptx", shownAt: 100, answeredAt: 112, answer: "yes", correct: true,
                                   score: 100)]
        var snapshot = d.state.snapshot
        snapshot.scenario = Self.scenario(d)
        let out = Self.text(SessionSummary.paragraphs(report, content: d.content, theme: Theme(color: false), snapshot: snapshot))
        for line in [
            "Reading 50 × (70 + 0.2 × time management 75 + 0.1 × calls 100) / 100 = 47.5",
            "CALLS",
            "ED registrar about XR Chest PA (ptx): “Is there a pneumothorax on the chest film in bay 3?”",
            "You answered “Yes, left pneumothorax: treat it”: right",
            "Why: A visible pleural line with no markings beyond it is a pneumothorax (BTS 2023).",
            "Points: answered 12 s after it rang: 100",
        ] {
            #expect(out.contains(line), "missing: \(line)\n\(out)")
        }
    }

    /// The line is computed as Scoring computes the session score.
    @Test func theDiscountLineAgreesWithTheSessionScore() throws {
        let d = try EndScreensSnapshotTests.finished()
        let report = EndScreensSnapshotTests.report(d)
        let line = ReportText.scoreExplanation(report)
        #expect(line.hasPrefix("Reading 16.7 × (70 + 0.2 × time management 50) / 90 = "))
        #expect(line.hasSuffix("= " + ReportText.number(report.sessionScore)))
    }

    @Test(arguments: [Mode.drill, .exam])
    func drillsAndExamsShowTriageAndTurnaroundAsNotApplicable(mode: Mode) throws {
        let d = try EndScreensSnapshotTests.finished()
        var report = EndScreensSnapshotTests.report(d)
        report.mode = mode
        report.triage = nil
        report.turnaround = nil
        report.timeManagement = nil
        report.sessionScore = mode == .exam ? Scoring.readingScore(report.cases) : Scoring.readingScore(Scoring.drillCases(report.cases))
        let lines = Self.text(SessionSummary.paragraphs(report, content: d.content, theme: Theme(color: false))).split(separator: "\n")
        for label in ["Time management", "  Triage", "  Turnaround"] {
            let line = try #require(lines.first { $0.hasPrefix(TextLayout.pad(label, width: 17)) })
            #expect(line.contains("n/a") && !line.contains("[") && !line.contains(where: \.isNumber), "\(line)")
        }
        let expected = mode == .exam ? "Exam: the mean case score (3 cases, unopened ones 0) = 16.7"
            : "Drill: the mean of the cases read (1 case) = 50"
        #expect(lines.contains { $0 == expected }, "\(lines)")
    }

    /// After a sync the summary places the score in the program (issue 16): against the
    /// other residents' medians on this scenario, never the trainee's own.
    @Test func theSummaryPlacesTheScoreInTheProgram() throws {
        let d = try EndScreensSnapshotTests.finished()
        let report = EndScreensSnapshotTests.report(d)
        let others = [report.sessionScore - 10, report.sessionScore + 10, report.sessionScore + 20]
        let standing = ProgramStanding(server: "u@h:5432/p", fetchedAt: "2026-12-01T09:00:00Z",
                                       scenarios: [report.scenario: ["a": others[0], "b": others[1], "c": others[2],
                                                                     report.trainee: 0]])
        var progress = TraineeProgress(trainee: report.trainee, sessions: 0, trends: [], routines: [], weakSteps: [],
                                       missedTerms: [], grades: [])
        progress.program = standing
        let text = Self.text(SessionSummary.paragraphs(report, content: d.content, theme: Theme(color: false), progress: progress))
        // One of three others below, so (1 + 0.5) / 4 = 37.5 → the 38th percentile of 4 residents.
        #expect(text.contains("Program: this score is at the 38th percentile of your program on \(report.scenario) (4 residents"),
                "\(text)")
        progress.program = nil
        #expect(!Self.text(SessionSummary.paragraphs(report, content: d.content, theme: Theme(color: false), progress: progress))
            .contains("Program:"))
    }

    /// Review: the list shows the calls, the case view its communications and calls.
    @Test func reviewShowsCommunicationsAndCalls() throws {
        var d = try EndScreensSnapshotTests.finished()
        d.press(.enter, at: 40)                            // close the card
        d.press(.char("x"), at: 101)                       // the call rings at 100
        #expect(d.state.modal == "call")
        let right = try #require(Lists.answers(UIFixture.call).firstIndex { $0.id == "yes" })
        for _ in 0...right { d.press(.down, at: 102) }
        d.press(.enter, at: 112)
        #expect(d.state.modal == nil)
        d.press(.char("q"), .char("e"), .char("e"), .char("v"), at: 120)
        let list = d.frame().text
        #expect(list.contains("Calls"))
        #expect(list.contains("ED registrar about XR Chest PA: right, answered 12 s after it rang: 100"))
        #expect(list.contains("Chest pain · 1 call"))
        d.press(.down, .enter, .char("j"), .char("j"))
        let pane = d.frame(120, 60).text                   // tall: the sections follow the view text
        #expect(pane.contains("COMMUNICATION (this case)"))
        #expect(pane.contains("Pneumothorax, left: called 5 s after first seen — within 2 min (category 1):"))
        #expect(pane.contains("CALLS ABOUT THIS CASE"))
        #expect(pane.contains("You answered “Yes, left pneumothorax: treat it”: right"))
        #expect(pane.contains("Points: answered 12 s after it rang: 100"))
    }

    /// The pick list marks each term's category at the step; the chooser says what each asks.
    @Test func thePickListAndTheChooserShowCategoriesAndWindows() throws {
        var d = try UIDriver()
        d.press(.down, .enter, at: 5)                      // the STAT pneumothorax
        d.press(.char("j"), at: 6)                         // lungs
        d.press(.char("f"), at: 10)
        d.type("nod")
        d.press(.enter, .char("r"))
        d.press(.char("j"), at: 12)                        // pleura
        d.press(.char("f"), at: 20)
        let picker = d.frame().text
        #expect(picker.contains("Pneumothorax  (ptx; side)  [1]"))
        #expect(picker.contains("Pleural effusion  (side)  [3]"))
        #expect(picker.contains("[1] call ≤ 2 min · [2] ≤ 30 min · [3] report it"))
        #expect(!picker.contains("CRITICAL"))
        d.type("ptx")
        d.press(.enter, .char("l"))
        d.press(.char("f"))
        d.type("eff")
        d.press(.enter, .char("l"))
        d.press(.char("c"))
        let chooser = d.frame(100, 30).text
        #expect(chooser.contains("Call which result through?"))
        #expect(chooser.contains("Pleura: Pneumothorax, left  [1] call within 2 min"))
        #expect(chooser.contains("Lungs: Nodule, right  [2] within 30 min"))
        #expect(chooser.contains("Pleura: Pleural effusion, left  [3] no call needed: report it"))
        #expect(!chooser.contains("(critical)"))
    }

    @Test func aTagStaysWholeAndTheTextEndsInAnEllipsis() {
        let fitted = Overlays.fit("Pleura: a very long finding label that will not fit", tag: "[1] call within 2 min", width: 40,
                                  theme: Theme())
        #expect(fitted.hasSuffix("…  [1] call within 2 min"))
        #expect(DisplayWidth.of(fitted) == 40)
    }
}
