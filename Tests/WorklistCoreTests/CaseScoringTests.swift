import Testing
@testable import WorklistCore

/// Scoring of one case against figures computed by hand (PRODUCT.md §4).
@Suite struct CaseScoringTests {
    /// The worked example of docs/scoring.md.
    @Test func workedExample() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", priority: .stat, findings: [Fixture.ptx, Fixture.fx])]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(1, .decidedNormal(case: "x", step: "a"))            // dwell 1 < 2: unread for now
        j.at(1, .shown(case: "x", step: "b"))
        j.at(5, .marked(case: "x", step: "b", mark: .ptxLeft))   // dwell 4 ≥ 3
        j.at(6, .communicated(case: "x", step: "b", mark: .ptxLeft))
        j.at(6, .shown(case: "x", step: "c"))
        j.at(11, .marked(case: "x", step: "c", mark: .granuloma)) // dwell 5 ≥ 4, an overcall
        j.at(12, .shown(case: "x", step: "a"))
        j.at(15, .decidedNormal(case: "x", step: "a"))            // dwell 1 + 3 = 4 ≥ 2: now read
        j.at(40, .signed(case: "x", impression: "Left pneumothorax."), .ended(reason: .allSigned))

        let r = try #require(j.caseReport("x"))
        #expect(r.status == .signed)
        #expect(r.readSeconds == 40)
        #expect(abs(r.time - 250.0 / 3) < 1e-9)    // 100 × (90 − 40) / 60
        #expect(r.coverage == 100)
        #expect(r.order == 100)                     // a (seq 3), b (5), c (8): first decisions in order
        #expect(r.detection == 70)                  // 1 − (1 missed + 0.5 overcall) / 5
        #expect(r.communication == 100)
        #expect(r.calls == [CallTiming(finding: "ptx", delay: 5, score: 100, category: .one, window: 120)])
        #expect(abs(r.score - 74.25) < 1e-9)
        #expect(r.grade == .understandableMinor)
        #expect(r.missed == [MissedFinding(finding: "fx", step: "c", term: "fx", grade: .understandableMinor)])
        #expect(r.overcalls == [Overcall(step: "c", term: "granuloma", side: nil, grade: .understandableMinor)])
        #expect(r.unreadSteps.isEmpty)
        #expect(r.skippedSteps.isEmpty)
    }

    /// docs/scoring.md, the session half of the worked example: x as above, a routine case
    /// y never opened, and a call about x after it was signed, answered 4 s after it rang.
    @Test func workedExampleSession() throws {
        let snapshot = Fixture.snapshot([Fixture.caseSnapshot("x", priority: .stat, findings: [Fixture.ptx, Fixture.fx]),
                                         Fixture.caseSnapshot("y")],
                                        interruptions: [Fixture.call("i", at: 41, case: "x", steps: ["b"])])
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(1, .decidedNormal(case: "x", step: "a"), .shown(case: "x", step: "b"))
        j.at(5, .marked(case: "x", step: "b", mark: .ptxLeft))
        j.at(6, .communicated(case: "x", step: "b", mark: .ptxLeft), .shown(case: "x", step: "c"))
        j.at(11, .marked(case: "x", step: "c", mark: .granuloma))
        j.at(12, .shown(case: "x", step: "a"))
        j.at(15, .decidedNormal(case: "x", step: "a"))
        j.at(40, .signed(case: "x", impression: "Left pneumothorax."))
        j.at(41, .interruptionShown(id: "i"))
        j.at(45, .interruptionAnswered(id: "i", answer: "yes"))
        j.at(50, .ended(reason: .trainee))
        let r = j.report
        #expect(abs(r.cases[0].score - 74.25) < 1e-9 && r.cases[1].score == 0)
        #expect(r.triage == 100)                    // x (stat) chosen over y (routine)
        #expect(r.turnaround == 50)                 // x within 600 s, y never
        #expect(r.timeManagement == 75)
        #expect(r.interruptions == 100)
        // C = (74.25 + 0) / 2 = 37.125; × (70 + 0.2 × 75 + 0.1 × 100) / 100.
        #expect(abs(r.sessionScore - 35.26875) < 1e-9)
    }

    @Test(arguments: [(2.9, false), (3.0, true)])
    func dwellThreshold(decidedAt: Double, read: Bool) throws {
        // Step b has 16 words: 1 + 16 / 8 = 3 s of dwell needed.
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(decidedAt, .decidedNormal(case: "x", step: "b"))
        let r = try #require(j.caseReport("x"))
        #expect(r.unreadSteps == (read ? [] : ["b"]))
        #expect(r.skippedSteps == ["a", "c"])
        #expect(abs(r.coverage - (read ? 100.0 / 3 : 0)) < 1e-9)
    }

    @Test func dwellAddsUpOverVisitsAndLeavesTheCaseOut() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x"), Fixture.caseSnapshot("y")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))   // c needs 4 s
        j.at(2, .left(case: "x"))
        j.at(2, .opened(case: "y"), .shown(case: "y", step: "a"))
        j.at(50, .left(case: "y"))
        j.at(50, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(51.5, .decidedNormal(case: "x", step: "c"))            // 2 + 1.5 = 3.5 < 4
        j.at(52, .shown(case: "x", step: "b"), .shown(case: "x", step: "c"))
        j.at(52.5, .decidedNormal(case: "x", step: "c"))            // still normal: no change, and 4.0 ≥ 4
        let r = try #require(j.caseReport("x"))
        #expect(r.unreadSteps.isEmpty)
        #expect(r.readSeconds == 2 + 2.5)
    }

    @Test func modalTimeIsTakenOutOfDwellAndReadTime() throws {
        let call = Fixture.call("i1", at: 1, case: "x", steps: ["a"])
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: [call]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(1, .interruptionShown(id: "i1"))
        j.at(11, .interruptionAnswered(id: "i1", answer: Interruption.notReadYetID))
        j.at(11.5, .decidedNormal(case: "x", step: "a"))   // dwell 1 + 0.5 = 1.5 < 2
        j.at(12, .signed(case: "x", impression: ""))
        let r = try #require(j.caseReport("x"))
        #expect(r.unreadSteps == ["a"])
        #expect(r.readSeconds == 2)
    }

    @Test func deferredCallsCountAsModalTimeOnlyWhileOnScreen() throws {
        let call = Fixture.call("i1", at: 0, case: "x", steps: ["a"])
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")], interruptions: [call]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(0, .interruptionShown(id: "i1"))
        j.at(4, .interruptionDeferred(id: "i1"))        // 4 s on screen
        j.at(64, .interruptionShown(id: "i1"))
        j.at(70, .interruptionAnswered(id: "i1", answer: "no"))   // 6 s more
        j.at(100, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.readSeconds == 90)
    }

    @Test func unreadAndSkippedStepsAreListedInRoutineOrder() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(0.5, .decidedNormal(case: "x", step: "c"))
        j.at(0.5, .shown(case: "x", step: "a"))
        j.at(1, .decidedNormal(case: "x", step: "a"))
        j.at(2, .signed(case: "x", impression: ""))
        let r = try #require(j.caseReport("x"))
        #expect(r.unreadSteps == ["a", "c"])
        #expect(r.skippedSteps == ["b"])
        #expect(r.coverage == 0)
        #expect(r.score == 0)
    }

    @Test func unmarkingTheLastMarkLeavesTheStepUndecided() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(5, .marked(case: "x", step: "c", mark: .fx), .marked(case: "x", step: "c", mark: .granuloma))
        j.at(6, .unmarked(case: "x", step: "c", mark: .fx))
        j.at(6, .unmarked(case: "x", step: "c", mark: .granuloma))
        j.at(7, .signed(case: "x", impression: ""))
        let r = try #require(j.caseReport("x"))
        #expect(r.skippedSteps == ["a", "b", "c"])
        #expect(r.overcalls.isEmpty)
    }

    @Test func strictOrderCountsInversionsOverReadSteps() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(4, .decidedNormal(case: "x", step: "c"))
        j.at(4, .shown(case: "x", step: "a"))
        j.at(6, .decidedNormal(case: "x", step: "a"))
        j.at(6, .shown(case: "x", step: "b"))
        j.at(9, .decidedNormal(case: "x", step: "b"))
        j.at(9, .signed(case: "x", impression: ""))
        // Order c, a, b: pairs (c,a) and (c,b) inverted, (a,b) not → 1 − 2/3.
        let r = try #require(j.caseReport("x"))
        #expect(abs(r.order - 100.0 / 3) < 1e-9)
        #expect(r.orderSlips == [OrderSlip(decidedFirst: "c", decidedLater: "a"), OrderSlip(decidedFirst: "c", decidedLater: "b")])
        // Normal case: detection 100, no communication; time 100; score = (5500 + (1500 + 10 · 33.3)) / 80.
        #expect(r.communication == nil)
        #expect(abs(r.score - (5500 + 1500 + 1000.0 / 3) / 80) < 1e-9)
    }

    @Test func groupsCompareOnlyAcrossGroupsAndUseTheRoutineWeight() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", routine: "grouped")],
                                                routines: [Fixture.grouped]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(3, .decidedNormal(case: "x", step: "b"))
        j.at(3, .shown(case: "x", step: "c"))
        j.at(7, .decidedNormal(case: "x", step: "c"))
        j.at(7, .shown(case: "x", step: "a"))
        j.at(9, .decidedNormal(case: "x", step: "a"))
        j.at(9, .signed(case: "x", impression: ""))
        // b, c, a: (b,c) across groups in order; (b,a) same group: not comparable; (c,a) inverted → 1 − 1/2.
        let r = try #require(j.caseReport("x"))
        #expect(r.order == 50)
        #expect(abs(r.score - (5500 + 1500 + 30 * 50.0) / 100) < 1e-9)
    }

    @Test func noComparablePairScoresOrder100() {
        #expect(Scoring.orderScore(["a"], routine: Fixture.routine) == 100)
        #expect(Scoring.orderScore(["a", "b"], routine: Fixture.grouped) == 100)
    }

    @Test(arguments: [
        // (target, read, expected)
        (30.0, 30.0, 100.0), (30, 60, 50), (30, 90, 0), (30, 120, 0), (30, 0, 100),
    ])
    func timeFallsLinearlyToZeroAtThreeTimesTarget(target: Double, read: Double, expected: Double) {
        #expect(Scoring.timeScore(read: read, target: target) == expected)
    }

    @Test func acceptAtAndSides() throws {
        // ptx accepted at c with its side: found. The wrong side at b: an overcall (critical: 2).
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx])]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(5, .marked(case: "x", step: "c", mark: .ptxLeft))
        j.at(5, .signed(case: "x", impression: ""))
        let found = try #require(j.caseReport("x"))
        #expect(found.missed.isEmpty)
        #expect(found.detection == 100)

        var k = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx])]))
        k.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        k.at(5, .marked(case: "x", step: "b", mark: .ptxRight))
        k.at(5, .signed(case: "x", impression: ""))
        let wrongSide = try #require(k.caseReport("x"))
        #expect(wrongSide.missed.map(\.finding) == ["ptx"])
        #expect(wrongSide.missed.first?.grade == .shouldMakeSignificant)
        #expect(wrongSide.overcalls == [Overcall(step: "b", term: "ptx", side: .right, grade: .understandableSignificant)])
        #expect(wrongSide.detection == 0)   // 1 − (4 + 2) / 4 < 0
        #expect(wrongSide.grade == .shouldMakeSignificant)
    }

    @Test func acceptTermsCountAsTheFinding() throws {
        var finding = Fixture.fx
        finding.acceptTerms = ["granuloma"]
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [finding])]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(5, .marked(case: "x", step: "c", mark: .granuloma))
        j.at(5, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.detection == 100)
    }

    @Test func overcallWeightsOnANormalCaseUseTheMinimumTotalOfTwo() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(5, .marked(case: "x", step: "c", mark: .granuloma))
        j.at(5, .signed(case: "x", impression: ""))
        #expect(j.caseReport("x")?.detection == 75)   // 1 − 0.5 / 2

        var k = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        k.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        k.at(5, .marked(case: "x", step: "c", mark: .ptxLeft))
        k.at(5, .signed(case: "x", impression: ""))
        let r = try #require(k.caseReport("x"))
        #expect(r.detection == 0)                     // 1 − 2 / 2
        #expect(r.grade == .understandableSignificant)
    }

    @Test(arguments: [
        // (severity, conspicuity, grade)
        (Severity.critical, Conspicuity.obvious, Grade.shouldMakeSignificant),
        (.major, .subtle, .understandableSignificant),
        (.minor, .obvious, .shouldMakeMinor),
        (.incidental, .subtle, .understandableMinor),
    ])
    func missGrades(severity: Severity, conspicuity: Conspicuity, grade: Grade) {
        let finding = Finding(id: "f", step: "c", term: "fx", severity: severity, conspicuity: conspicuity, teaching: "")
        #expect(Scoring.missGrade(finding) == grade)
    }

    @Test func caseGradeIsTheWorstByRank() throws {
        // A missed obvious minor fracture (3a) and a critical overcall (2b): 2b ranks above 3a.
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [
            Finding(id: "f", step: "c", term: "fx", severity: .minor, conspicuity: .obvious, teaching: "")])]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(5, .marked(case: "x", step: "b", mark: .ptxRight))
        j.at(5, .signed(case: "x", impression: ""))
        let r = try #require(j.caseReport("x"))
        #expect(r.missed.map(\.grade) == [.shouldMakeMinor])
        #expect(r.overcalls.map(\.grade) == [.understandableSignificant])
        #expect(r.grade == .understandableSignificant)
    }

    @Test func signedCasesAreFrozenAndReopenReadOnly() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.fx]), Fixture.caseSnapshot("y", priority: .stat)]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(10, .signed(case: "x", impression: ""))
        j.at(20, .opened(case: "x"), .shown(case: "x", step: "c"))
        j.at(30, .marked(case: "x", step: "c", mark: .fx))
        j.at(40, .left(case: "x"))
        let report = j.report
        let r = try #require(report.cases.first)
        #expect(r.readSeconds == 10)
        #expect(r.missed.map(\.finding) == ["fx"])
        #expect(report.triage == 0)   // only the first opening, with a stat case waiting, was a choice
    }

    @Test func implicitLeaveOnOpen() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x"), Fixture.caseSnapshot("y")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(10, .opened(case: "y"), .shown(case: "y", step: "a"))
        j.at(25, .ended(reason: .trainee))
        #expect(j.caseReport("x")?.readSeconds == 10)
        #expect(j.caseReport("y")?.readSeconds == 15)
        #expect(j.caseReport("x")?.status == .open)
    }

    @Test func unopenedCaseScoresZeroWithNothingListed() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x", findings: [Fixture.ptx]), Fixture.caseSnapshot("y")]))
        j.at(5, .ended(reason: .trainee))
        let x = try #require(j.caseReport("x"))
        #expect(x.status == .unopened)
        #expect(x.grade == .notAttempted)
        #expect([x.time, x.coverage, x.order, x.detection, x.score, x.readSeconds] == [0, 0, 0, 0, 0, 0])
        #expect(x.communication == 0)          // a critical finding: communication applies
        #expect(x.missed.isEmpty && x.overcalls.isEmpty && x.unreadSteps.isEmpty)
        #expect(x.skippedSteps == ["a", "b", "c"])
        #expect(j.caseReport("y")?.communication == nil)
    }

    @Test func openCaseIsScoredAsItStandsAtTheEnd() throws {
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("x")]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(3, .decidedNormal(case: "x", step: "a"))
        j.at(7, .heartbeat)      // no ended event: the journal ends at its last event
        let report = j.report
        let r = try #require(report.cases.first)
        #expect(report.finished == false)
        #expect(r.status == .open)
        #expect(r.readSeconds == 7)
        #expect(abs(r.coverage - 100.0 / 3) < 1e-9)
    }
}
