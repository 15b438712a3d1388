import Testing
@testable import WorklistCore

/// Random sessions through the reducer: whatever a trainee does, the figures stay sane,
/// the journal round-trips, and the scorer agrees with what the screens showed.
@Suite struct PropertyTests {
    private static let snapshot = Fixture.snapshot(
        [Fixture.caseSnapshot("x", priority: .urgent, findings: [Fixture.ptx, Fixture.fx]),
         Fixture.caseSnapshot("y", priority: .stat, arrives: 20),
         Fixture.caseSnapshot("z", arrives: 40, findings: [Fixture.fx])],
        interruptions: [Fixture.call("i1", at: 15, case: "x", steps: ["b"]), Fixture.call("i2", at: 45, case: "y", steps: ["a", "c"])],
        timeLimit: 600)

    private static func randomAction(_ rng: inout SeededGenerator, _ state: SessionState) -> Action {
        let steps = ["a", "b", "c"]
        let marks: [Mark] = [.ptxLeft, .ptxLeft, .ptxLeft, .ptxRight, .fx, .granuloma, .rotated, Mark(term: "consolidation", side: .bilateral)]
        // A trainee mostly deals with a call or a pause soon; otherwise little else would happen.
        if state.modal != nil, Int.random(in: 0..<3, using: &rng) > 0 {
            return .answer(["yes", "no", Interruption.notReadYetID].randomElement(using: &rng)!)
        }
        if state.paused != nil, Bool.random(using: &rng) { return .resume(.suspended, wallSeconds: 3) }
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return .open(["x", "y", "z"].randomElement(using: &rng)!)
        case 1: return .leave
        case 2, 3: return .show(step: steps.randomElement(using: &rng)!)
        case 4, 5: return .decideNormal(step: steps.randomElement(using: &rng)!)
        case 6, 7: return .mark(step: steps.randomElement(using: &rng)!, marks.randomElement(using: &rng)!)
        case 8: return .unmark(step: steps.randomElement(using: &rng)!, marks.randomElement(using: &rng)!)
        case 9:
            // Mostly a mark that stands on the step on screen, so some calls go through.
            let open = state.openCase.flatMap { state.progress($0) }
            if let step = open?.currentStep, let mark = open?.decisions[step]?.marks.randomElement(using: &rng) {
                return .communicate(step: step, mark)
            }
            return .communicate(step: steps.randomElement(using: &rng)!, marks.randomElement(using: &rng)!)
        case 10: return Int.random(in: 0..<3, using: &rng) == 0 ? .sign(impression: "") : .show(step: "b")
        case 11: return .answer(["yes", "no", Interruption.notReadYetID].randomElement(using: &rng)!)
        case 12: return .deferCall
        case 13: return .key
        case 14: return Bool.random(using: &rng) ? .pause(.suspended) : .resume(.suspended, wallSeconds: 3)
        default: return .heartbeat
        }
    }

    static func randomSession(seed: UInt64) -> (SessionState, Journal) {
        var rng = SeededGenerator(seed: seed)
        var state = SessionState(snapshot: snapshot)
        var events: [Event] = []
        var t = 0.0
        for _ in 0..<Int.random(in: 5..<200, using: &rng) {
            t += Double(Int.random(in: 0..<40, using: &rng)) / 4
            for case .journal(let e) in state.reduce(randomAction(&rng, state), at: t) { events.append(e) }
        }
        return (state, Journal(header: Fixture.header(snapshot), events: events))
    }

    @Test(arguments: 0..<300)
    func randomSessionsStaySane(seed: UInt64) throws {
        let (state, journal) = Self.randomSession(seed: seed)
        let report = Scoring.report(journal)

        // Sequence numbers increase by one; times never go back.
        #expect(journal.events.map(\.seq) == Array(stride(from: 1, through: journal.events.count, by: 1)))
        #expect(zip(journal.events, journal.events.dropFirst()).allSatisfy { $0.t <= $1.t })

        func inRange(_ x: Double?) -> Bool { x.map { $0 >= 0 && $0 <= 100 + 1e-9 } ?? true }
        #expect(inRange(report.sessionScore) && inRange(report.triage) && inRange(report.turnaround))
        #expect(inRange(report.interruptions) && inRange(report.sensitivity) && inRange(report.specificity))
        for c in report.cases {
            #expect([c.time, c.coverage, c.order, c.detection, c.score].allSatisfy { inRange($0) })
            #expect(inRange(c.communication))
            #expect(c.readSeconds >= 0)
            #expect(c.score <= c.coverage + 1e-9)   // nothing scores beyond what was covered
        }

        // The scorer sees the same decisions and statuses the screens showed.
        for item in Self.snapshot.cases {
            let facts = Replay(journal).facts(item.id)
            #expect(facts?.decisions == state.progress(item.id)?.decisions)
            let status = report.cases.first { $0.id == item.id }?.status
            switch state.progress(item.id)?.status {
            case .unopened: #expect(status == .unopened)
            case .inProgress: #expect(status == .open)
            case .signed: #expect(status == .signed)
            case nil: Issue.record("missing case")
            }
        }

        // The journal restores the live state exactly (resume), bar keys not yet journalled.
        // (The live clock may have run on past the last event.)
        var live = state
        live.pendingKeys = 0
        var restored = SessionState(restoring: journal)
        restored.advanceClock(to: live.now)
        #expect(restored == live, "restored state differs")

        // Same journal, same report — also after a trip through its JSON Lines.
        #expect(Scoring.report(journal) == report)
        let text = ([JournalCoding.line(journal.header)] + journal.events.map(JournalCoding.line)).joined(separator: "\n") + "\n"
        let parsed = try JournalCoding.parse(text)
        #expect(parsed.journal == journal)
        #expect(Scoring.report(parsed.journal) == report)
    }

    /// Guards the test above against generating only trivial sessions.
    @Test func randomSessionsCoverTheInterestingStates() {
        let reports = (0..<300).map { Scoring.report(Self.randomSession(seed: UInt64($0)).1) }
        #expect(reports.contains { $0.cases.contains { $0.status == .signed && $0.score > 0 } })
        #expect(reports.contains { $0.cases.contains { $0.communication.map { $0 > 0 } ?? false } })
        #expect(reports.contains { ($0.interruptions ?? 0) > 0 })
        #expect(reports.contains { $0.finished })
        #expect(reports.contains { !$0.finished })
        #expect(reports.contains { $0.cases.contains { !$0.unreadSteps.isEmpty } })
    }
}
