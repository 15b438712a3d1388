import Testing
@testable import WorklistCore

/// Issue 17, collaboration: an extra view asked of the technologist, arriving after its
/// delay and joining the read rule; a senior consulted, whose wait counts in read time.
/// Figures by hand (Fixture: step a has 8 words, so 2 s reads it; b 16 words, 3 s).
@Suite struct HelpFromColleaguesTests {
    /// Step a offers a 16-word extra view, 30 s after asking, not indicated.
    static let steps = [StepSnapshot(id: "a", words: 8, extra: ExtraSnapshot(words: 16, delay: 30, indicated: false)),
                        StepSnapshot(id: "b", words: 16), StepSnapshot(id: "c", words: 24)]

    static func snapshot(mode: Mode = .shift, consultDelay: Double? = nil) -> ContentSnapshot {
        ContentSnapshot(routines: [Fixture.routine],
                        cases: [Fixture.caseSnapshot("x", priority: .stat, target: 60, steps: steps)],
                        scenario: ScenarioSnapshot(id: "test", mode: mode, consultDelay: consultDelay))
    }

    @Test func theExtraViewsWordsJoinTheReadRuleOnceItHasArrived() throws {
        let step = try #require(Self.steps.first)
        #expect(step.readingSeconds == 2)
        #expect(step.readingSeconds(at: 39, extraAskedAt: 10) == 2)     // asked at 10, here at 40
        #expect(step.readingSeconds(at: 40, extraAskedAt: 10) == 4)     // 1 + (8 + 16) / 8
        #expect(step.readingSeconds(at: 40, extraAskedAt: nil) == 2)

        // Asked at 1, arrives at 31. Decided at 33 after 33 s on the step: read (33 ≥ 4).
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(1, .askedExtra(case: "x", step: "a"))
        j.at(33, .decidedNormal(case: "x", step: "a"))
        j.at(40, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        let r = try #require(j.caseReport("x"))
        #expect(r.extras == [ExtraRequest(step: "a", askedAt: 1, indicated: false)])
        #expect(r.consultedAt == nil)
        #expect(!r.unreadSteps.contains("a"))

        // Decided before it arrives, the first 8 words' 2 s read the step.
        var early = JournalBuilder(Self.snapshot())
        early.at(0, .opened(case: "x"), .shown(case: "x", step: "a"), .askedExtra(case: "x", step: "a"))
        early.at(2.5, .decidedNormal(case: "x", step: "a"))             // before it arrives (at 30): 2.5 ≥ 2
        early.at(40, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        #expect(try #require(early.caseReport("x")).unreadSteps.isEmpty)
        var after = JournalBuilder(Self.snapshot())
        after.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        after.at(1, .shown(case: "x", step: "a"), .askedExtra(case: "x", step: "a"))
        after.at(31, .shown(case: "x", step: "b"))
        after.at(32, .shown(case: "x", step: "a"))
        after.at(35, .decidedNormal(case: "x", step: "a"))               // 30 + 3 = 33 s of dwell: read
        after.at(36, .marked(case: "x", step: "a", mark: Mark(term: "rotated")))
        after.at(40, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        #expect(try #require(after.caseReport("x")).unreadSteps.isEmpty)
    }

    @Test func aStepDecidedQuicklyAfterTheViewArrivedIsUnread() throws {
        // Shown at 0 and asked; the view is there at 30, and the step now needs 4 s (24
        // words). Left for b at 1, back on a at 40: decided at 42.5 after 3.5 s, unread; at 43, read.
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"), .askedExtra(case: "x", step: "a"))
        j.at(1, .shown(case: "x", step: "b"))
        j.at(40, .shown(case: "x", step: "a"))
        j.at(42.5, .decidedNormal(case: "x", step: "a"))                 // dwell 3.5 < 4: unread
        j.at(50, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        #expect(try #require(j.caseReport("x")).unreadSteps == ["a"])
        var k = JournalBuilder(Self.snapshot())
        k.at(0, .opened(case: "x"), .shown(case: "x", step: "a"), .askedExtra(case: "x", step: "a"))
        k.at(1, .shown(case: "x", step: "b"))
        k.at(40, .shown(case: "x", step: "a"))
        k.at(43, .decidedNormal(case: "x", step: "a"))                   // dwell 4 ≥ 4: read
        k.at(50, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        #expect(try #require(k.caseReport("x")).unreadSteps.isEmpty)
    }

    /// The wait for the senior is read time: open from 0 to 100, consulted at 10 (the note
    /// at 100, the default 90 s): read 100 s against a 60 s target, time 100 × (180 − 100) / 120.
    @Test func aConsultsWaitCountsInReadTime() throws {
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(10, .consulted(case: "x"))
        j.at(100, .signed(case: "x", impression: ""), .ended(reason: .allSigned))
        let r = try #require(j.caseReport("x"))
        #expect(r.consultedAt == 10)
        #expect(r.readSeconds == 100)
        #expect(abs(r.time - 100 * 80.0 / 120) < 1e-9)
        #expect(r.extras.isEmpty)
    }

    @Test func theEngineAsksOnceAndNeverInAnExam() throws {
        var state = SessionState(snapshot: Self.snapshot(consultDelay: 45))
        _ = state.reduce(.open("x"), at: 0)
        let asked = state.reduce(.askExtra(step: "a"), at: 2)
        #expect(asked.contains(.journal(Event(seq: 3, t: 2, .askedExtra(case: "x", step: "a")))))
        #expect(state.extraArrives("x", step: "a") == 32)
        #expect(state.reduce(.askExtra(step: "a"), at: 3).contains(.notice("Already requested.")))
        #expect(state.reduce(.askExtra(step: "b"), at: 3).contains { if case .notice = $0 { true } else { false } })
        _ = state.reduce(.consult, at: 5)
        #expect(state.seniorArrives("x") == 50)
        #expect(state.reduce(.consult, at: 6).contains(.notice("You have asked already.")))

        var exam = SessionState(snapshot: Self.snapshot(mode: .exam))
        _ = exam.reduce(.open("x"), at: 0)
        let refused = exam.reduce(.askExtra(step: "a"), at: 1) + exam.reduce(.consult, at: 1)
        #expect(!refused.contains { if case .journal = $0 { true } else { false } })
        #expect(exam.progress("x")?.extrasAsked.isEmpty == true && exam.progress("x")?.consultedAt == nil)
    }

    @Test func theNewEventsRoundTripThroughTheJournal() throws {
        for kind in [EventKind.askedExtra(case: "x", step: "a"), .consulted(case: "x")] {
            let line = JournalCoding.line(Event(seq: 1, t: 2.5, kind))
            let parsed = try JournalCoding.parse(JournalCoding.line(Fixture.header(Self.snapshot())) + "\n" + line + "\n")
            #expect(parsed.journal.events.map(\.kind) == [kind], "\(line)")
        }
    }
}
