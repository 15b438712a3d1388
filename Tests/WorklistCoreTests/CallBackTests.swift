import Foundation
import Testing
@testable import WorklistCore

/// Issue 11, part 4: a call whose `unless_communicated` findings were already communicated
/// does not ring (journalled as skipped), and "not read yet — I will call back" leaves a
/// call-back task that the trainee answers later; the first answer is the one scored.
@Suite struct CallBackTests {
    typealias Session = ReducerTests.Session

    static func call(_ id: String = "i", at: Double, unless: [String] = []) -> Interruption {
        var call = Fixture.call(id, at: at, case: "x", steps: ["b"])
        call.unlessCommunicated = unless
        return call
    }

    static func snapshot(_ calls: [Interruption], findings: [Finding] = [Fixture.ptx, Fixture.fx]) -> ContentSnapshot {
        Fixture.snapshot([Fixture.caseSnapshot("x", findings: findings), Fixture.caseSnapshot("y", arrives: 0)],
                         interruptions: calls)
    }

    /// Opens x, reads step b (3 s needed), marks and calls through the left pneumothorax.
    static func communicatePneumothorax(_ s: inout Session, at t: Double) {
        s.send(.open("x"), at: t)
        s.send(.show(step: "b"), at: t)
        s.send(.mark(step: "b", .ptxLeft), at: t + 4)
        s.send(.communicate(step: "b", .ptxLeft), at: t + 5)
    }

    /// Resume gives the live state (the clock aside: ticks that journal nothing move it).
    static func resumes(_ s: Session) -> Bool {
        let restored = SessionState(restoring: s.journal), live = s.state
        return restored.cases == live.cases && restored.openCase == live.openCase && restored.modal == live.modal
            && restored.calls == live.calls && restored.callBacks == live.callBacks && restored.nextSeq == live.nextSeq
    }

    // MARK: - unless_communicated

    @Test func aCallWhoseFindingsWereCommunicatedBeforeItsTimeIsSkipped() {
        var s = Session(Self.snapshot([Self.call(at: 30, unless: ["ptx"])]))
        Self.communicatePneumothorax(&s, at: 0)
        #expect(s.state.nextScheduledInstant == 30)
        #expect(s.send(.tick, at: 40) == [.interruptionSkipped(id: "i")])
        #expect(s.events.last?.t == 30)                     // at its own instant
        #expect(s.state.modal == nil && s.state.calls.isEmpty && s.state.callBacks.isEmpty)
        #expect(s.state.nextScheduledInstant == nil)
        #expect(s.send(.tick, at: 100).isEmpty)             // never rings later
        // Never shown, not scored: no call in the report, Interruptions null; the debrief can say so.
        let report = Scoring.report(s.journal)
        #expect(report.calls.isEmpty)
        #expect(report.interruptions == nil)
        #expect(report.skippedCalls == ["i"])
        #expect(Self.resumes(s))
    }

    @Test func aCallRingsWhenOnlySomeOfItsFindingsWereCommunicated() {
        var s = Session(Self.snapshot([Self.call(at: 30, unless: ["ptx", "fx"])]))
        Self.communicatePneumothorax(&s, at: 0)
        #expect(s.send(.tick, at: 30) == [.interruptionShown(id: "i")])
        #expect(Scoring.report(s.journal).skippedCalls.isEmpty)
    }

    @Test func aCallRingsWhenTheCommunicationComesAtOrAfterItsTime() {
        var s = Session(Self.snapshot([Self.call(at: 5, unless: ["ptx"])]))
        s.send(.open("x"), at: 0)
        s.send(.show(step: "b"), at: 0)
        s.send(.mark(step: "b", .ptxLeft), at: 4)
        // Calling it through at 5 comes after the call has rung at 5: it is up first.
        #expect(s.send(.communicate(step: "b", .ptxLeft), at: 5) == [.interruptionShown(id: "i")])
    }

    @Test func aCallWithoutUnlessCommunicatedAlwaysRingsAndAnUnknownFindingNeverCounts() {
        var s = Session(Self.snapshot([Self.call("plain", at: 30), Self.call("odd", at: 31, unless: ["gone"])]))
        Self.communicatePneumothorax(&s, at: 0)
        #expect(s.send(.tick, at: 30) == [.interruptionShown(id: "plain")])
        #expect(s.send(.answer("yes"), at: 32) == [.interruptionAnswered(id: "plain", answer: "yes"),
                                                   .interruptionShown(id: "odd")])
    }

    @Test func oneSideOfABilateralFindingCountsAsCommunicated() {
        let both = Finding(id: "both", step: "b", term: "ptx", side: .bilateral, severity: .critical,
                           conspicuity: .obvious, teaching: "Both apices.")
        var s = Session(Self.snapshot([Self.call(at: 30, unless: ["both"])], findings: [both]))
        Self.communicatePneumothorax(&s, at: 0)
        #expect(s.send(.tick, at: 30) == [.interruptionSkipped(id: "i")])
    }

    @Test func aSkippedCallIsJournalledAtItsInstantEvenUnderAnotherCall() {
        var s = Session(Self.snapshot([Self.call("first", at: 10), Self.call("second", at: 20, unless: ["ptx"])]))
        Self.communicatePneumothorax(&s, at: 0)
        #expect(s.send(.tick, at: 10) == [.interruptionShown(id: "first")])
        #expect(s.state.nextScheduledInstant == 20)        // a skipped call acts even under a modal
        #expect(s.send(.tick, at: 25) == [.interruptionSkipped(id: "second")])
        #expect(s.events.last?.t == 20)
        #expect(s.state.modal == "first")
        #expect(s.send(.answer("no"), at: 26) == [.interruptionAnswered(id: "first", answer: "no")])
        #expect(s.state.nextScheduledInstant == nil)
    }

    // MARK: - Call-back tasks

    /// The call rings at 10 before x is read; answered "not read yet" at 12.
    static func notReadYet() -> Session {
        var s = Session(Self.snapshot([Self.call(at: 10)]))
        s.send(.tick, at: 10)
        s.send(.answer(Interruption.notReadYetID), at: 12)
        return s
    }

    @Test func notReadYetLeavesACallBackTask() {
        let s = Self.notReadYet()
        #expect(s.state.callBacks == ["i": 12])
        #expect(s.state.openCallBacks.map(\.call.id) == ["i"])
        #expect(s.state.openCallBacks.first?.since == 12)
        #expect(s.state.modal == nil && s.state.nextScheduledInstant == nil)   // nothing rings again
    }

    @Test func openingTheTaskShowsTheCallAgainAndASecondAnswerIsJournalledNotScored() {
        var s = Self.notReadYet()
        s.send(.open("x"), at: 13)
        s.send(.show(step: "b"), at: 13)
        s.send(.mark(step: "b", .ptxLeft), at: 20)          // read-decided: 7 s on b
        s.send(.leave, at: 21)
        #expect(s.send(.callBack("i"), at: 22) == [.callBackOpened(id: "i")])
        #expect(s.state.modal == "i" && s.state.modalIsCallBack)
        #expect(s.send(.open("y"), at: 23).isEmpty)         // the call is up
        #expect(s.notices.last == "Answer the call first.")
        #expect(s.send(.deferCall, at: 23).isEmpty)         // nothing to defer on one's own call
        #expect(s.notices.last?.hasPrefix("You are calling back") == true)
        #expect(s.send(.answer("yes"), at: 25) == [.interruptionAnswered(id: "i", answer: "yes")])
        #expect(s.state.modal == nil && s.state.callBacks.isEmpty && !s.state.modalIsCallBack)
        #expect(s.send(.callBack("i"), at: 26).isEmpty)     // the task is gone
        #expect(s.notices.last == "No call back waiting for i.")

        // The first answer is the one scored: "not read yet" was right then (b unread), on time.
        let report = Scoring.report(s.journal)
        let call = report.calls.first
        #expect(report.calls.count == 1)
        #expect(call?.answer == Interruption.notReadYetID && call?.answeredAt == 12)
        #expect(call?.correct == true && call?.score == 100)
        #expect(call?.calledBackAt == 25 && call?.callBackAnswer == "yes")
        #expect(report.interruptions == 100)

        // A wrong answer on the call-back changes nothing scored.
        var wrong = s.journal
        wrong.events[wrong.events.count - 1].kind = .interruptionAnswered(id: "i", answer: "no")
        let rescored = Scoring.report(wrong)
        #expect(rescored.interruptions == 100 && rescored.sessionScore == report.sessionScore)
        #expect(rescored.calls.first?.callBackAnswer == "no")

        // The call-back came from the worklist: x was read 13–21.
        #expect(report.cases.first { $0.id == "x" }?.readSeconds == 8)
        #expect(Self.resumes(s))
    }

    @Test func notReadYetAgainKeepsTheTaskInItsPlace() {
        var s = Self.notReadYet()
        s.send(.callBack("i"), at: 30)
        #expect(s.send(.answer(Interruption.notReadYetID), at: 31)
                == [.interruptionAnswered(id: "i", answer: Interruption.notReadYetID)])
        #expect(s.state.callBacks == ["i": 12])
        let call = Scoring.report(s.journal).calls.first
        #expect(call?.answeredAt == 12 && call?.calledBackAt == 31 && call?.callBackAnswer == Interruption.notReadYetID)
    }

    @Test func aCallBackIsNotOpenedOverAnotherCallOrWithoutATask() {
        var s = Session(Self.snapshot([Self.call("a", at: 10), Self.call("b", at: 10)]))
        s.send(.tick, at: 10)                               // a is up, b waits
        #expect(s.send(.callBack("a"), at: 11).isEmpty)
        #expect(s.notices.last == "Answer the call first.")
        s.send(.answer(Interruption.notReadYetID), at: 12)  // b is shown now
        #expect(s.state.modal == "b")
        #expect(s.send(.callBack("a"), at: 13).isEmpty)
        s.send(.answer("yes"), at: 14)
        #expect(s.send(.callBack("b"), at: 15).isEmpty)     // answered: no task
        #expect(s.send(.callBack("a"), at: 16) == [.callBackOpened(id: "a")])
    }

    @Test func signingEveryCaseEndsTheShiftWithACallBackStillOpen() {
        var s = Self.notReadYet()
        for (t, id) in [(20.0, "x"), (22.0, "y")] {
            s.send(.open(id), at: t)
            s.send(.sign(impression: ""), at: t + 1)
        }
        #expect(s.state.ended == .allSigned)
        #expect(s.state.callBacks == ["i": 12])            // call-backs are not requests
        #expect(Scoring.report(s.journal).calls.first?.calledBackAt == nil)
    }

    // MARK: - Journal

    @Test func theNewEventsRoundTripAndNameTheirCall() throws {
        let events = [Event(seq: 1, t: 30, .interruptionSkipped(id: "i")), Event(seq: 2, t: 40.5, .callBackOpened(id: "i"))]
        #expect(events.map(JournalCoding.line) == [#"{"id":"i","seq":1,"t":30,"type":"interruption_skipped"}"#,
                                                    #"{"id":"i","seq":2,"t":40.5,"type":"call_back_opened"}"#])
        let snapshot = Self.snapshot([Self.call(at: 10)])
        let text = ([JournalCoding.line(Fixture.header(snapshot))] + events.map(JournalCoding.line)).map { $0 + "\n" }.joined()
        #expect(try JournalCoding.parse(text).journal.events == events)
        for type in ["interruption_skipped", "call_back_opened"] {
            let bad = [JournalCoding.line(Fixture.header(snapshot)), #"{"id":"zz","seq":1,"t":1,"type":"\#(type)"}"#]
                .map { $0 + "\n" }.joined()
            #expect(throws: JournalError.badLine(line: 2, reason: "\(type) names unknown interruption \"zz\"")) {
                try JournalCoding.parse(bad)
            }
            let missing = [JournalCoding.line(Fixture.header(snapshot)), #"{"seq":1,"t":1,"type":"\#(type)"}"#]
                .map { $0 + "\n" }.joined()
            #expect(throws: JournalError.badLine(line: 2, reason: "missing field \"id\"")) { try JournalCoding.parse(missing) }
        }
    }

    @Test func theReportWritesCallBackFieldsWithExplicitNulls() throws {
        let answered = CallReport(id: "i", caseID: "x", shownAt: 10, answeredAt: 12, answer: "not-read-yet", correct: true,
                                  score: 100, calledBackAt: 25, callBackAnswer: "yes")
        var never = answered
        never.calledBackAt = nil
        never.callBackAnswer = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = { (r: CallReport) in String(decoding: try encoder.encode(r), as: UTF8.self) }
        #expect(try text(answered).contains(#""call_back_answer":"yes","called_back_at":25"#))
        #expect(try text(never).contains(#""call_back_answer":null,"called_back_at":null"#))
        #expect(try JSONDecoder().decode(CallReport.self, from: Data(try text(answered).utf8)) == answered)
    }
}
