import Foundation
import Testing
@testable import WorklistCore

/// Issue 17, protocoling: figures by hand. Request r (urgent, 16 words: 1 + 16/8 = 3 s to
/// read) offers a (best), b (acceptable), c (wrong); case x is routine (Fixture.steps).
@Suite struct ProtocolingTests {
    static let request = RequestSnapshot(id: "r", arrives: 0, priority: .urgent, words: 16,
                                         options: [.init(id: "a", verdict: .best), .init(id: "b", verdict: .acceptable),
                                                   .init(id: "c", verdict: .wrong)])

    static func snapshot(cases: [CaseSnapshot] = [Fixture.caseSnapshot("x")]) -> ContentSnapshot {
        ContentSnapshot(routines: [Fixture.routine], cases: cases,
                        scenario: ScenarioSnapshot(id: "test", mode: .shift, requests: [request]))
    }

    static func answered(_ option: String, at t: Double) -> RequestReport? {
        var j = JournalBuilder(snapshot())
        j.at(0, .requestOpened(id: "r"))
        j.at(t, .protocoled(id: "r", option: option), .ended(reason: .trainee))
        return j.report.requests.first
    }

    @Test(arguments: [("a", 100.0), ("b", 50.0), ("c", 0.0)])
    func theVerdictScores(option: String, score: Double) throws {
        let r = try #require(Self.answered(option, at: 5))   // 5 s ≥ 3 s: read
        #expect(r.status == .answered && r.option == option && r.read && r.score == score)
    }

    @Test func answeredBeforeItWasReadScoresZero() throws {
        let r = try #require(Self.answered("a", at: 2.9))   // 2.9 s < 3 s
        #expect(r.verdict == .best && !r.read && r.score == 0)
        #expect(Self.answered("a", at: 3)?.score == 100)
    }

    @Test func unopenedAndUnansweredScoreZero() throws {
        var j = JournalBuilder(Self.snapshot())
        j.at(5, .ended(reason: .trainee))
        #expect(j.report.requests == [RequestReport(id: "r", status: .unopened, option: nil, verdict: nil, read: false, score: 0)])
        #expect(j.report.protocoling == 0)
        var k = JournalBuilder(Self.snapshot())
        k.at(0, .requestOpened(id: "r"))
        k.at(9, .requestLeft(id: "r"), .ended(reason: .trainee))
        #expect(k.report.requests.first?.status == .opened && k.report.requests.first?.score == 0)
    }

    /// Dwell adds up over visits: 2 s, away, then 1 s more: 3 s, read.
    @Test func dwellAddsUpAcrossVisits() throws {
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .requestOpened(id: "r"))
        j.at(2, .opened(case: "x"))                          // opening a case leaves the request
        j.at(10, .requestOpened(id: "r"))
        j.at(11, .protocoled(id: "r", option: "a"), .ended(reason: .trainee))
        #expect(j.report.requests.first?.read == true)
        var k = JournalBuilder(Self.snapshot())
        k.at(0, .requestOpened(id: "r"))
        k.at(2, .opened(case: "x"))
        k.at(10, .requestOpened(id: "r"))
        k.at(10.9, .protocoled(id: "r", option: "a"), .ended(reason: .trainee))
        #expect(k.report.requests.first?.read == false)
    }

    /// Opening the routine case while the urgent request waits is an inversion; opening the
    /// request while the routine case waits is not: triage 100 × (1 − 1/2) = 50.
    @Test func triageCountsAWaitingRequest() throws {
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .opened(case: "x"))
        j.at(10, .requestOpened(id: "r"))
        j.at(20, .ended(reason: .trainee))
        #expect(j.report.triage == 50)
    }

    /// A request is an item of the session mean: x unopened (0) and r best (100): C = 50;
    /// triage 100 (r opened first, x routine), turnaround 0 (x never signed): TM 50, so the
    /// shift score is 50 × (70 + 0.2 × 50) / 90.
    @Test func aRequestIsAnItemOfTheSessionMean() throws {
        var j = JournalBuilder(Self.snapshot())
        j.at(0, .requestOpened(id: "r"))
        j.at(5, .protocoled(id: "r", option: "a"), .ended(reason: .trainee))
        let report = j.report
        #expect(report.protocoling == 100)
        #expect(report.triage == 100 && report.turnaround == 0)
        #expect(abs(report.sessionScore - 50 * 80 / 90) < 1e-9)
        #expect(ReportText.scoreExplanation(report).hasPrefix("Reading and protocoling 50 × "))
        // No request, no axis.
        var plain = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        plain.at(1, .ended(reason: .trainee))
        #expect(plain.report.protocoling == nil && plain.report.requests.isEmpty)
    }

    @Test func theEngineOpensAnswersOnceAndEndsWhenAllIsDone() throws {
        var state = SessionState(snapshot: Self.snapshot(cases: []))
        #expect(state.reduce(.protocolRequest(option: "a"), at: 0).isEmpty)   // nothing open
        _ = state.reduce(.openRequest("r"), at: 1)
        #expect(state.openRequest == "r")
        #expect(state.reduce(.protocolRequest(option: "zz"), at: 2).contains(.notice("Choose one of the options.")))
        let fx = state.reduce(.protocolRequest(option: "b"), at: 5)
        #expect(fx.contains(.journal(Event(seq: 2, t: 5, .protocoled(id: "r", option: "b")))))
        #expect(state.protocoled["r"]?.option == "b")
        #expect(state.ended == .allSigned)   // a protocoling list: every request answered

        var busy = SessionState(snapshot: Self.snapshot())
        _ = busy.reduce(.openRequest("r"), at: 0)
        _ = busy.reduce(.open("x"), at: 1)                                    // leaves the request first
        #expect(busy.openRequest == nil && busy.openCase == "x")
        _ = busy.reduce(.openRequest("r"), at: 2)                             // leaves the case first
        #expect(busy.openCase == nil && busy.openRequest == "r")
        _ = busy.reduce(.protocolRequest(option: "a"), at: 6)
        #expect(busy.ended == nil)                                            // x still unsigned
        #expect(busy.reduce(.protocolRequest(option: "c"), at: 7).contains(.notice("This request is answered; the choice is final.")))
    }

    @Test func theEventsRoundTripAndTheReportIsJSON() throws {
        for kind in [EventKind.requestOpened(id: "r"), .requestLeft(id: "r"), .protocoled(id: "r", option: "a")] {
            let line = JournalCoding.line(Event(seq: 1, t: 2, kind))
            let parsed = try JournalCoding.parse(JournalCoding.line(Fixture.header(Self.snapshot())) + "\n" + line + "\n")
            #expect(parsed.journal.events.map(\.kind) == [kind], "\(line)")
        }
        let report = try #require(Self.answered("b", at: 4))
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        #expect(json.contains("\"verdict\":\"acceptable\"") && json.contains("\"read\":true") && json.contains("\"score\":50"))
    }
}
