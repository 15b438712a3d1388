import Foundation
import Testing
@testable import WorklistCore

/// Communication, triage, turnaround, interruptions and the session score (PRODUCT.md §4).
@Suite struct SessionScoringTests {
    /// Opens x, reads b for 5 s and marks the left pneumothorax there.
    private func markedPtx(_ snapshot: ContentSnapshot) -> JournalBuilder {
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(5, .marked(case: "x", step: "b", mark: .ptxLeft))
        return j
    }

    private var ptxCase: ContentSnapshot { Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx])]) }

    @Test func communicationWithinTheWindowFromFirstShown() throws {
        var j = markedPtx(ptxCase)
        j.at(120, .communicated(case: "x", step: "b", mark: .ptxLeft))   // 120 − 0 ≤ 120
        j.at(121, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.communication == 100)
    }

    @Test func communicationAfterTheWindowOrAfterSigningScoresHalf() throws {
        var j = markedPtx(ptxCase)
        j.at(130, .signed(case: "x", impression: ""))
        j.at(200, .communicated(case: "x", step: "b", mark: .ptxLeft))   // signed cases can still call
        j.at(210, .ended(reason: .trainee))
        #expect(j.caseReport("x")?.communication == 50)
    }

    @Test func windowStartsWhenAnAcceptedStepWasFirstShown() throws {
        // c (an accept_at step of the pneumothorax) is shown at 0, b only at 100.
        var j = JournalBuilder(ptxCase)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(100, .shown(case: "x", step: "b"))
        j.at(105, .marked(case: "x", step: "b", mark: .ptxLeft))
        j.at(125, .communicated(case: "x", step: "b", mark: .ptxLeft))   // 125 s after c was shown
        j.at(126, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.communication == 50)
    }

    @Test func neverCommunicatedOrMissedScoresZero() throws {
        var j = markedPtx(ptxCase)
        j.at(10, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.communication == 0)

        // Communicated, then unmarked before signing: the finding is missed.
        var k = markedPtx(ptxCase)
        k.at(6, .communicated(case: "x", step: "b", mark: .ptxLeft))
        k.at(7, .unmarked(case: "x", step: "b", mark: .ptxLeft))
        k.at(8, .signed(case: "x", impression: ""))
        #expect(k.caseReport("x")?.communication == 0)
    }

    @Test func falseAlertsCostFiftyEach() throws {
        var j = markedPtx(ptxCase)
        j.at(6, .communicated(case: "x", step: "b", mark: .ptxLeft))
        j.at(6, .shown(case: "x", step: "c"))
        j.at(11, .marked(case: "x", step: "c", mark: .granuloma))
        j.at(12, .communicated(case: "x", step: "c", mark: .granuloma))
        j.at(13, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.communication == 50)   // 100 − 50

        // No critical finding but a call: communication applies and is 0.
        var k = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        k.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        k.at(5, .marked(case: "x", step: "c", mark: .granuloma))
        k.at(6, .communicated(case: "x", step: "c", mark: .granuloma))
        k.at(7, .signed(case: "x", impression: ""))
        let r = try #require(k.caseReport("x"))
        #expect(r.communication == 0)
        // Communication weighs 20 once it applies: 1/3 coverage × (55 · 75 + 0 + (15 · 100 + 10 · 100) · 0.75) / 100.
        #expect(abs(r.score - (100.0 / 3) / 100 * (55 * 75 + 2500 * 0.75) / 100) < 1e-9)
    }

    @Test func triageCountsChoicesWithOthersWaitingIncludingReopens() throws {
        let snapshot = Fixture.snapshot([
            Fixture.caseSnapshot("p", priority: .routine),
            Fixture.caseSnapshot("q", priority: .stat),
            Fixture.caseSnapshot("r", priority: .urgent, arrives: 100),
        ])
        var j = JournalBuilder(snapshot)
        j.at(1, .opened(case: "p"))            // q (stat) waits: a choice and an inversion
        j.at(10, .opened(case: "q"))           // p waits, lower: a choice, no inversion
        j.at(20, .signed(case: "q", impression: ""))
        j.at(30, .opened(case: "p"))           // r not arrived, q signed: no choice
        j.at(40, .left(case: "p"))
        j.at(100, .opened(case: "p"))          // re-open with r (urgent) waiting: choice, inversion
        j.at(110, .opened(case: "r"))          // p waits, lower: choice
        j.at(120, .ended(reason: .trainee))
        #expect(j.report.triage == 50)          // 1 − 2 / 4
    }

    @Test func triageIsNullWithoutChoices() {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"))
        #expect(j.report.triage == nil)
    }

    /// Reads every step of `id` long enough and signs it at `signAt`.
    private func readAll(_ j: inout JournalBuilder, _ id: String, from t0: Double, signAt: Double) {
        j.at(t0, .opened(case: id), .shown(case: id, step: "a"))
        j.at(t0 + 2, .decidedNormal(case: id, step: "a"), .shown(case: id, step: "b"))
        j.at(t0 + 5, .decidedNormal(case: id, step: "b"), .shown(case: id, step: "c"))
        j.at(t0 + 9, .decidedNormal(case: id, step: "c"))
        j.at(signAt, .signed(case: id, impression: ""))
    }

    @Test func turnaroundNeedsFullCoverageWithinTheTarget() throws {
        let snapshot = Fixture.snapshot([
            Fixture.caseSnapshot("s1", priority: .stat),                 // signed at 500: in time
            Fixture.caseSnapshot("s2", priority: .stat, arrives: 0),     // signed at 700: late
            Fixture.caseSnapshot("u", priority: .urgent, arrives: 100),  // signed at 800, partial coverage
            Fixture.caseSnapshot("r", priority: .routine),               // signed before the end
            Fixture.caseSnapshot("n", priority: .routine, arrives: 5000), // never arrived
        ])
        var j = JournalBuilder(snapshot)
        readAll(&j, "s1", from: 0, signAt: 500)
        readAll(&j, "s2", from: 500, signAt: 700)
        j.at(790, .opened(case: "u"), .shown(case: "u", step: "a"))
        j.at(792, .decidedNormal(case: "u", step: "a"))
        j.at(800, .signed(case: "u", impression: ""))
        readAll(&j, "r", from: 800, signAt: 900)
        j.at(1000, .ended(reason: .trainee))
        #expect(j.report.turnaround == 40)       // s1 and r of five
        #expect(j.report.timeManagement == (j.report.triage! + 40) / 2)
    }

    @Test func interruptionScores() throws {
        let calls = [
            Fixture.call("late-right", at: 10, case: "x", steps: ["b"]),
            Fixture.call("not-read", at: 0, case: "x", steps: ["c"]),
            Fixture.call("guess", at: 20, case: "x", steps: ["c"]),
            Fixture.call("never", at: 50, case: "x", steps: ["b"]),
            Fixture.call("unshown", at: 9000, case: "x", steps: ["b"]),
        ]
        let snapshot = Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx])], interruptions: calls)
        var j = JournalBuilder(snapshot)
        j.at(0, .interruptionShown(id: "not-read"))
        j.at(5, .interruptionAnswered(id: "not-read", answer: Interruption.notReadYetID))   // right: c unread → 100
        j.at(5, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(10, .marked(case: "x", step: "b", mark: .ptxLeft))                             // b read-decided
        j.at(10, .interruptionShown(id: "late-right"))
        j.at(20, .interruptionDeferred(id: "late-right"))
        j.at(20, .interruptionShown(id: "guess"))
        j.at(21, .interruptionAnswered(id: "guess", answer: "yes"))                         // c unread: wrong → 0
        j.at(80, .interruptionShown(id: "late-right"))
        j.at(81, .interruptionAnswered(id: "late-right", answer: "yes"))                    // right but 71 s late → 75
        j.at(81, .interruptionShown(id: "never"))
        j.at(90, .ended(reason: .trainee))                                                  // never answered → 0
        #expect(j.report.interruptions == 175.0 / 4)
    }

    @Test func notReadYetIsWrongOnceTheStepsAreRead() throws {
        let snapshot = Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: [Fixture.call("i", at: 10, case: "x", steps: ["a"])])
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(3, .decidedNormal(case: "x", step: "a"))
        j.at(10, .interruptionShown(id: "i"))
        j.at(12, .interruptionAnswered(id: "i", answer: Interruption.notReadYetID))
        #expect(j.report.interruptions == 0)
    }

    @Test func interruptionsAreNullWhenNoneWasShown() {
        let snapshot = Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: [Fixture.call("i", at: 10, case: "x", steps: ["a"])])
        var j = JournalBuilder(snapshot)
        j.at(5, .ended(reason: .trainee))
        #expect(j.report.interruptions == nil)
    }

    /// Two cases: x (ptx) read fully and found, y (normal) never opened.
    private func twoCaseSession(mode: Mode, interruptions: [Interruption] = []) -> JournalBuilder {
        let snapshot = Fixture.snapshot([Fixture.caseSnapshot("x", priority: .stat, findings: [Fixture.ptx]),
                                         Fixture.caseSnapshot("y")], mode: mode, interruptions: interruptions)
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(2, .decidedNormal(case: "x", step: "a"), .shown(case: "x", step: "b"))
        j.at(5, .marked(case: "x", step: "b", mark: .ptxLeft), .communicated(case: "x", step: "b", mark: .ptxLeft))
        j.at(5, .shown(case: "x", step: "c"))
        j.at(9, .decidedNormal(case: "x", step: "c"))
        j.at(9, .signed(case: "x", impression: ""))
        return j
    }

    @Test func sessionScorePerMode() throws {
        // x scores 100, y 0: mean 50. Triage 100 (x stat over y), turnaround 50, time management 75.
        var shift = twoCaseSession(mode: .shift)
        shift.at(10, .ended(reason: .trainee))
        let s = shift.report
        #expect(s.cases.map(\.score) == [100, 0])
        #expect(s.triage == 100 && s.turnaround == 50 && s.timeManagement == 75)
        #expect(s.interruptions == nil)
        // Version 2 multiplies: C × (70 + 0.2 TM) / 90 without calls.
        #expect(abs(s.sessionScore - 50 * (70 + 0.2 * 75) / 90) < 1e-9)

        var withCall = twoCaseSession(mode: .shift, interruptions: [Fixture.call("i", at: 9, case: "x", steps: ["b"])])
        withCall.at(9, .interruptionShown(id: "i"))
        withCall.at(10, .interruptionAnswered(id: "i", answer: "yes"))
        withCall.at(10, .ended(reason: .trainee))
        #expect(abs(withCall.report.sessionScore - 50 * (70 + 0.2 * 75 + 0.1 * 100) / 100) < 1e-9)

        var exam = twoCaseSession(mode: .exam)
        exam.at(10, .ended(reason: .timeLimit))
        #expect(exam.report.sessionScore == 50)

        var drill = twoCaseSession(mode: .drill)
        drill.at(10, .ended(reason: .trainee))
        #expect(drill.report.sessionScore == 100)   // only the cases opened
        #expect(drill.report.triage == nil)         // a drill sets the order itself
        #expect(drill.report.turnaround == nil && drill.report.timeManagement == nil)
        #expect(exam.report.triage == nil && exam.report.turnaround == nil && exam.report.timeManagement == nil)
    }

    @Test func sensitivityAndSpecificity() throws {
        let snapshot = Fixture.snapshot([
            Fixture.caseSnapshot("found", findings: [Fixture.ptx, Fixture.fx]),   // major+ found (fx is minor)
            Fixture.caseSnapshot("missed", findings: [Fixture.ptx]),
            Fixture.caseSnapshot("normal-clean"),
            Fixture.caseSnapshot("normal-overcall"),
            Fixture.caseSnapshot("normal-unsigned"),
        ])
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "found"), .shown(case: "found", step: "b"))
        j.at(5, .marked(case: "found", step: "b", mark: .ptxLeft))
        j.at(5, .signed(case: "found", impression: ""))
        j.at(5, .opened(case: "normal-clean"))
        j.at(6, .signed(case: "normal-clean", impression: ""))
        j.at(6, .opened(case: "normal-overcall"), .shown(case: "normal-overcall", step: "a"))
        j.at(9, .marked(case: "normal-overcall", step: "a", mark: .rotated))
        j.at(9, .signed(case: "normal-overcall", impression: ""))
        j.at(10, .opened(case: "normal-unsigned"))
        j.at(11, .ended(reason: .trainee))
        let r = j.report
        #expect(r.sensitivity == 50)
        #expect(abs(r.specificity! - 100.0 / 3) < 1e-9)
    }

    @Test func pauseSecondsAndKeystrokes() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x"), Fixture.caseSnapshot("y")]))
        j.at(0, .opened(case: "x"))
        j.at(3, .paused(reason: .suspended))
        j.at(3, .resumed(reason: .suspended, wallSeconds: 42.5))
        j.at(4, .keys(case: "x", count: 7), .heartbeat)
        j.at(5, .keys(case: "x", count: 3), .signed(case: "x", impression: ""))
        j.at(5, .opened(case: "y"), .keys(case: "y", count: 4))
        j.at(6, .paused(reason: .tooSmall))
        let r = j.report
        #expect(r.pauseSeconds == 42.5)
        #expect(r.cases.map(\.keystrokes) == [10, 4])
        #expect(r.keystrokesPerSignedCase == 10)
    }

    @Test func eventsAfterEndedAreIgnored() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"))
        j.at(10, .ended(reason: .trainee))
        j.at(20, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.status == .open)
        #expect(j.caseReport("x")?.readSeconds == 10)
    }

    @Test func reportMatchesSectionFiveFieldForField() throws {
        var j = twoCaseSession(mode: .shift)
        j.at(10, .ended(reason: .trainee))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(j.report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "scoring_version", "journal_version", "session", "mode", "scenario", "trainee", "client", "finished",
            "session_score", "time_management", "triage", "turnaround", "interruptions", "sensitivity",
            "specificity", "pause_seconds", "calls", "protocoling", "requests", "cases",
        ])
        #expect(object["scoring_version"] as? Int == 2)
        #expect(object["interruptions"] is NSNull)
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.map { $0["id"] as? String } == ["x", "y"])
        for item in cases {
            #expect(Set(item.keys) == [
                "id", "status", "read_seconds", "time", "coverage", "order", "detection", "communication",
                "score", "grade", "keystrokes", "missed", "overcalls", "communications", "extras", "consulted_at",
                "unread_steps", "skipped_steps",
            ])
        }
        #expect(cases[1]["status"] as? String == "unopened")
        #expect(cases[1]["grade"] as? String == "not attempted")
        #expect(cases[1]["communication"] is NSNull)
        // Decoding and encoding again gives the same JSON (feedback-only details are not in it).
        let decoded = try JSONDecoder().decode(SessionReport.self, from: data)
        #expect(try encoder.encode(decoded) == data)
    }
}
