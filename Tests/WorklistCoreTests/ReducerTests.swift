import Testing
@testable import WorklistCore

/// The reducer with a manual clock: each action carries its instant.
@Suite struct ReducerTests {
    /// A session that keeps every journalled event, like the app does.
    struct Session {
        var state: SessionState
        var events: [Event] = []
        var notices: [String] = []
        var syncs = 0

        init(_ snapshot: ContentSnapshot) { state = SessionState(snapshot: snapshot) }

        @discardableResult
        mutating func send(_ action: Action, at t: Double) -> [EventKind] {
            let before = events.count
            for effect in state.reduce(action, at: t) {
                switch effect {
                case .journal(let event): events.append(event)
                case .notice(let text): notices.append(text)
                case .sync: syncs += 1
                }
            }
            return events[before...].map(\.kind)
        }

        var journal: Journal { Journal(header: Fixture.header(state.snapshot), events: events) }
    }

    private var twoCases: ContentSnapshot {
        Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx]),
                          Fixture.caseSnapshot("y", priority: .stat, arrives: 60)])
    }

    @Test func openingShowsTheFirstStepAndJournalsInOrder() {
        var s = Session(twoCases)
        #expect(s.send(.open("x"), at: 1) == [.opened(case: "x"), .shown(case: "x", step: "a")])
        #expect(s.state.openCase == "x")
        #expect(s.state.progress("x")?.status == .inProgress)
        #expect(s.events.map(\.seq) == [1, 2])
        #expect(s.events.map(\.t) == [1, 1])
        #expect(s.syncs == 1)
    }

    @Test func aCaseThatHasNotArrivedCannotBeOpened() {
        var s = Session(twoCases)
        #expect(s.send(.open("y"), at: 59).isEmpty)
        #expect(s.notices == ["That study has not arrived yet."])
        #expect(s.send(.open("y"), at: 60) == [.opened(case: "y"), .shown(case: "y", step: "a")])
    }

    @Test func openingAnotherCaseLeavesTheFirstAndReturnsToItsStep() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        s.send(.show(step: "c"), at: 1)
        #expect(s.send(.open("y"), at: 60) == [.left(case: "x"), .opened(case: "y"), .shown(case: "y", step: "a")])
        #expect(s.send(.open("x"), at: 70) == [.left(case: "y"), .opened(case: "x"), .shown(case: "x", step: "c")])
    }

    @Test func decisionsApplyToTheStepOnScreenOnly() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        #expect(s.send(.decideNormal(step: "b"), at: 1).isEmpty)
        #expect(s.send(.decideNormal(step: "a"), at: 1) == [.decidedNormal(case: "x", step: "a")])
        #expect(s.send(.decideNormal(step: "a"), at: 2).isEmpty)          // nothing changes: not journalled
        #expect(s.send(.mark(step: "a", .rotated), at: 3) == [.marked(case: "x", step: "a", mark: .rotated)])
        #expect(s.state.progress("x")?.decisions["a"] == .marked([.rotated]))
        #expect(s.send(.unmark(step: "a", .fx), at: 4).isEmpty)           // removes nothing: not journalled
        #expect(s.send(.unmark(step: "a", .rotated), at: 4) == [.unmarked(case: "x", step: "a", mark: .rotated)])
        #expect(s.state.progress("x")?.decisions["a"] == nil)
    }

    @Test func marksNeedAVocabularyTermAndASideExactlyWhenLateral() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        s.send(.show(step: "b"), at: 0)
        #expect(s.send(.mark(step: "b", Mark(term: "ptx")), at: 1).isEmpty)
        #expect(s.send(.mark(step: "b", Mark(term: "fx")), at: 1).isEmpty)
        #expect(s.send(.mark(step: "b", .ptxLeft), at: 1) == [.marked(case: "x", step: "b", mark: .ptxLeft)])
        s.send(.show(step: "a"), at: 2)
        #expect(s.send(.mark(step: "a", Mark(term: "rotated", side: .left)), at: 3).isEmpty)
        #expect(s.notices.count == 3)
    }

    @Test func stepsWithImagesStillComingInCannotBeShown() {
        var steps = Fixture.steps
        steps[2].availableAfter = 30
        var s = Session(Fixture.snapshot([Fixture.caseSnapshot("x", arrives: 10, steps: steps)]))
        s.send(.open("x"), at: 10)
        #expect(s.send(.show(step: "c"), at: 39).isEmpty)
        #expect(s.notices.last == "Those images are still coming in (about 1 s).")
        #expect(s.send(.show(step: "c"), at: 40) == [.shown(case: "x", step: "c")])
    }

    @Test func communicatingNeedsAMarkAndHappensOnce() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        s.send(.show(step: "b"), at: 0)
        #expect(s.send(.communicate(step: "b", .ptxLeft), at: 1).isEmpty)
        s.send(.mark(step: "b", .ptxLeft), at: 4)
        #expect(s.send(.communicate(step: "b", .ptxLeft), at: 5) == [.communicated(case: "x", step: "b", mark: .ptxLeft)])
        #expect(s.send(.communicate(step: "b", .ptxLeft), at: 6).isEmpty)
        #expect(s.state.progress("x")?.isCommunicated(step: "b", mark: .ptxLeft) == true)
    }

    @Test func signingFreezesTheCaseButCallsCanStillBeMade() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        s.send(.show(step: "b"), at: 0)
        s.send(.mark(step: "b", .ptxLeft), at: 4)
        #expect(s.send(.sign(impression: "Left PTX."), at: 5) == [.signed(case: "x", impression: "Left PTX.")])
        #expect(s.state.openCase == nil)
        s.send(.open("x"), at: 6)                                   // read-only
        #expect(s.send(.unmark(step: "b", .ptxLeft), at: 7).isEmpty)
        #expect(s.send(.decideNormal(step: "b"), at: 7).isEmpty)
        #expect(s.send(.sign(impression: ""), at: 7).isEmpty)
        #expect(s.send(.communicate(step: "b", .ptxLeft), at: 8) == [.communicated(case: "x", step: "b", mark: .ptxLeft)])
        #expect(s.state.progress("x")?.status == .signed)
    }

    @Test func signingTheLastArrivedCaseEndsTheSession() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 0)
        s.send(.sign(impression: ""), at: 5)
        #expect(s.state.ended == nil)                               // y arrives at 60
        s.send(.open("y"), at: 60)
        #expect(s.send(.sign(impression: ""), at: 70) == [.signed(case: "y", impression: ""), .ended(reason: .allSigned)])
        #expect(s.send(.open("x"), at: 80).isEmpty)                 // nothing after the end
    }

    @Test func keystrokesAreJournalledAgainstTheOpenCaseAtBoundaries() {
        var s = Session(twoCases)
        s.send(.key, at: 0)                                         // on the worklist: not counted
        s.send(.open("x"), at: 0)
        s.send(.key, at: 1)
        s.send(.key, at: 2)
        #expect(s.send(.heartbeat, at: 5) == [.keys(case: "x", count: 2), .heartbeat])
        #expect(s.send(.heartbeat, at: 10) == [.heartbeat])
        s.send(.key, at: 11)
        #expect(s.send(.sign(impression: ""), at: 12) == [.keys(case: "x", count: 1), .signed(case: "x", impression: "")])
        #expect(s.send(.heartbeat, at: 15).isEmpty)                 // no case open
    }

    @Test func callsRingAtTheirInstantAndBlockOtherActions() {
        let calls = [Fixture.call("i1", at: 30, case: "x", steps: ["b"]), Fixture.call("i2", at: 35, case: "x", steps: ["b"])]
        var s = Session(Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: calls))
        s.send(.open("x"), at: 0)
        #expect(s.state.nextScheduledInstant == 30)
        #expect(s.send(.show(step: "b"), at: 40) == [.interruptionShown(id: "i1")])   // the call was first
        #expect(s.events.last?.t == 30)
        #expect(s.state.modal == "i1")
        #expect(s.send(.decideNormal(step: "a"), at: 41).isEmpty)
        // i2 fell due while i1 was up: it is shown when i1 closes.
        #expect(s.send(.answer("bogus"), at: 42).isEmpty)
        #expect(s.send(.answer("yes"), at: 42) == [.interruptionAnswered(id: "i1", answer: "yes"), .interruptionShown(id: "i2")])
        #expect(s.events.last?.t == 42)
    }

    @Test func aDeferredCallRingsAgainSixtySecondsLater() {
        var s = Session(Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: [Fixture.call("i", at: 10, case: "x", steps: ["a"])]))
        s.send(.tick, at: 10)
        #expect(s.send(.deferCall, at: 12) == [.interruptionDeferred(id: "i")])
        #expect(s.state.nextScheduledInstant == 72)
        #expect(s.send(.tick, at: 71.9).isEmpty)
        #expect(s.send(.tick, at: 100) == [.interruptionShown(id: "i")])
        #expect(s.events.last?.t == 72)
        #expect(s.send(.answer(Interruption.notReadYetID), at: 101) == [.interruptionAnswered(id: "i", answer: "not-read-yet")])
        #expect(s.state.nextScheduledInstant == nil)
    }

    @Test func theTimeLimitEndsTheSessionAtTheLimit() {
        var s = Session(Fixture.snapshot([Fixture.caseSnapshot("x")], mode: .exam, timeLimit: 100))
        s.send(.open("x"), at: 0)
        s.send(.key, at: 1)
        #expect(s.send(.show(step: "b"), at: 130) == [.keys(case: "x", count: 1), .ended(reason: .timeLimit)])
        #expect(s.events.last?.t == 100)
        #expect(s.state.ended == .timeLimit)
    }

    @Test func anExamResumedPastItsLimitEndsAtOnce() {
        var s = Session(Fixture.snapshot([Fixture.caseSnapshot("x")], mode: .exam, timeLimit: 100))
        s.send(.pause(.suspended), at: 50)
        #expect(s.send(.resume(.suspended, wallSeconds: 200), at: 250) == [.ended(reason: .timeLimit)])
        #expect(s.journal.events.last?.t == 100)
        #expect(Scoring.report(s.journal).pauseSeconds == 50)       // the pause up to the end
    }

    @Test func nothingHappensWhilePausedButResumeAndEnd() {
        var s = Session(twoCases)
        #expect(s.send(.pause(.tooSmall), at: 3) == [.paused(reason: .tooSmall)])
        #expect(s.send(.open("x"), at: 3).isEmpty)
        #expect(s.send(.resume(.tooSmall, wallSeconds: 12), at: 3) == [.resumed(reason: .tooSmall, wallSeconds: 12)])
        #expect(s.send(.open("x"), at: 3).count == 2)
        #expect(s.send(.end(.trainee), at: 9) == [.ended(reason: .trainee)])
    }

    @Test func timeNeverRunsBackwards() {
        var s = Session(twoCases)
        s.send(.open("x"), at: 10)
        s.send(.show(step: "b"), at: 5)
        #expect(s.events.map(\.t) == [10, 10, 10])
    }
}
