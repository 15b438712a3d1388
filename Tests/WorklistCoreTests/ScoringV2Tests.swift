import Foundation
import Testing
@testable import WorklistCore

/// The rules new in scoring version 2, each computed by hand (PRODUCT.md §4).
///
/// Routine `cat` (strict, order weight 10) has the fixture's steps a (reading 2 s), b (3 s)
/// and c (4 s). Vocabulary: a `rotated`; b `ptx` (category 1, lateral), `effusion`
/// (category 2, lateral), `nodule` (category 3); c `fx` (category 2), `granuloma` (none).
@Suite struct ScoringV2Tests {
    static let routine = Routine(
        id: "cat", title: "Categories", modality: "XR",
        steps: [
            Step(id: "a", label: "A", terms: [Term(id: "rotated", label: "Rotated")]),
            Step(id: "b", label: "B", terms: [
                Term(id: "ptx", label: "Pneumothorax", lateral: true, category: .one),
                Term(id: "effusion", label: "Effusion", lateral: true, category: .two),
                Term(id: "nodule", label: "Nodule", category: .three),
            ]),
            Step(id: "c", label: "C", terms: [
                Term(id: "fx", label: "Fracture", category: .two),
                Term(id: "granuloma", label: "Granuloma"),
            ]),
        ])

    static func finding(_ id: String, _ term: String, side: Side? = nil, step: String = "b",
                        category: ActionCategory? = nil, severity: Severity = .critical) -> Finding {
        Finding(id: id, step: step, term: term, side: side, severity: severity, conspicuity: .obvious,
                teaching: "", category: category)
    }

    static func snapshot(_ findings: [Finding], mode: Mode = .shift, interruptions: [Interruption] = [],
                         more: [CaseSnapshot] = []) -> ContentSnapshot {
        Fixture.snapshot([Fixture.caseSnapshot("x", routine: "cat", findings: findings)] + more, mode: mode,
                         interruptions: interruptions, routines: [routine])
    }

    /// Reads x whole (every step read, in order, 9 s against a 30 s target), marking `marks`
    /// at b, then signs at 9; `then` adds events after the signature.
    static func read(_ snapshot: ContentSnapshot, marks: [Mark] = [], then: (inout JournalBuilder) -> Void = { _ in })
        -> JournalBuilder {
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(2, .decidedNormal(case: "x", step: "a"), .shown(case: "x", step: "b"))
        if marks.isEmpty { j.at(5, .decidedNormal(case: "x", step: "b")) }
        for mark in marks { j.at(5, .marked(case: "x", step: "b", mark: mark)) }
        j.at(5, .shown(case: "x", step: "c"))
        j.at(9, .decidedNormal(case: "x", step: "c"), .signed(case: "x", impression: ""))
        then(&j)
        return j
    }

    static let ptxL = Mark(term: "ptx", side: .left)
    static let ptxR = Mark(term: "ptx", side: .right)
    static let effL = Mark(term: "effusion", side: .left)
    static let nodule = Mark(term: "nodule")

    static func communication(_ j: JournalBuilder) throws -> Double? { try #require(j.caseReport("x")).communication }

    // MARK: - Categories and their windows

    @Test(arguments: [(5.0, 100.0, "in_time"), (122.0, 100.0, "in_time"), (123.0, 50.0, "late")])
    func categoryOneHasTheScenarioWindowFromFirstShowing(at t: Double, points: Double, verdict: String) throws {
        // b first shown at 2: 120 s later is 122.
        let j = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left)]), marks: [Self.ptxL]) { j in
            j.at(t, .communicated(case: "x", step: "b", mark: Self.ptxL))
        }
        #expect(try Self.communication(j) == points)
        #expect(j.caseReport("x")?.communications.map(\.verdict.rawValue) == [verdict])
        #expect(j.caseReport("x")?.communications.first?.category == .one)
    }

    @Test(arguments: [(1802.0, 100.0), (1803.0, 50.0)])
    func categoryTwoHasTheSecondWindow(at t: Double, points: Double) throws {
        let j = Self.read(Self.snapshot([Self.finding("e", "effusion", side: .left, severity: .major)]), marks: [Self.effL]) { j in
            j.at(t, .communicated(case: "x", step: "b", mark: Self.effL))
        }
        #expect(try Self.communication(j) == points)
    }

    @Test func aFindingsCategoryOverridesItsTerms() throws {
        // A small pneumothorax of category 2: 300 s after showing is within hours.
        let j = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left, category: .two)]), marks: [Self.ptxL]) { j in
            j.at(302, .communicated(case: "x", step: "b", mark: Self.ptxL))
        }
        #expect(try Self.communication(j) == 100)
        let strict = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left)]), marks: [Self.ptxL]) { j in
            j.at(302, .communicated(case: "x", step: "b", mark: Self.ptxL))
        }
        #expect(try Self.communication(strict) == 50)
    }

    @Test func aCategoryTwoFindingNeverCalledScoresZeroAndTheCaseScoreCarriesIt() throws {
        let j = Self.read(Self.snapshot([Self.finding("e", "effusion", side: .left, severity: .major)]), marks: [Self.effL])
        let x = try #require(j.caseReport("x"))
        #expect(x.communication == 0)
        // Coverage 100, D 100, K 0, T 100, O 100: (55·100 + 0 + 15·100 + 10·100) / 100.
        #expect(abs(x.score - (5500 + 1500 + 1000) / 100.0) < 1e-9)
    }

    @Test func aCategoryThreeFindingNeedsNoCall() throws {
        let j = Self.read(Self.snapshot([Self.finding("n", "nodule", severity: .minor)]), marks: [Self.nodule])
        #expect(try Self.communication(j) == nil)
        #expect(j.caseReport("x")?.score == 100)
    }

    // MARK: - Unnecessary calls, false alerts, repeats

    @Test func callingACategoryThreeFindingIsUnnecessary() throws {
        let alone = Self.read(Self.snapshot([Self.finding("n", "nodule", severity: .minor)]), marks: [Self.nodule]) { j in
            j.at(6, .communicated(case: "x", step: "b", mark: Self.nodule))
        }
        #expect(try Self.communication(alone) == 0)          // nothing of category 1 or 2: 0
        #expect(alone.caseReport("x")?.communications.map(\.verdict) == [.unnecessary])

        let withPtx = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left),
                                               Self.finding("n", "nodule", severity: .minor)]),
                                marks: [Self.ptxL, Self.nodule]) { j in
            j.at(6, .communicated(case: "x", step: "b", mark: Self.ptxL), .communicated(case: "x", step: "b", mark: Self.nodule))
        }
        #expect(try Self.communication(withPtx) == 75)        // 100 − 25
    }

    @Test func repeatingAnUnnecessaryCallCostsOnce() throws {
        let j = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left), Self.finding("n", "nodule", severity: .minor)]),
                          marks: [Self.ptxL, Self.nodule]) { j in
            j.at(6, .communicated(case: "x", step: "b", mark: Self.ptxL), .communicated(case: "x", step: "b", mark: Self.nodule))
            j.at(7, .communicated(case: "x", step: "b", mark: Self.nodule))   // the same finding again
        }
        #expect(try Self.communication(j) == 75)
        #expect(j.caseReport("x")?.communications.map(\.verdict) == [.inTime, .unnecessary, .unnecessary])
    }

    @Test func aFalseAlertCostsFifty() throws {
        let consolidation = Mark(term: "effusion", side: .right)
        let j = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left)]), marks: [Self.ptxL, consolidation]) { j in
            j.at(6, .communicated(case: "x", step: "b", mark: Self.ptxL), .communicated(case: "x", step: "b", mark: consolidation))
        }
        #expect(try Self.communication(j) == 50)              // 100 − 50
        let reports = try #require(j.caseReport("x")?.communications)
        #expect(reports.map(\.verdict) == [.inTime, .falseAlert])
        #expect(reports[1].finding == nil)
        let twice = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left)]), marks: [Self.ptxL, consolidation]) { j in
            j.at(6, .communicated(case: "x", step: "b", mark: consolidation), .communicated(case: "x", step: "b", mark: Self.effL))
        }
        #expect(try Self.communication(twice) == 0)           // 0 − 100, floored
    }

    @Test func repeatingACommunicationNeitherEarnsNorCosts() throws {
        var finding = Self.finding("p", "ptx", side: .left)
        finding.acceptAt = ["c"]
        let j = Self.read(Self.snapshot([finding]), marks: [Self.ptxL]) { j in
            j.at(300, .communicated(case: "x", step: "b", mark: Self.ptxL))   // late: 50
            j.at(301, .communicated(case: "x", step: "c", mark: Self.ptxL))   // the same finding again
        }
        #expect(try Self.communication(j) == 50)
        #expect(j.caseReport("x")?.communications.count == 2)
    }

    @Test func aCallOfAMissedFindingEarnsNothing() throws {
        // Called through, then the mark was taken off before signing: the finding is missed.
        var j = JournalBuilder(Self.snapshot([Self.finding("p", "ptx", side: .left)]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "b"))
        j.at(4, .marked(case: "x", step: "b", mark: Self.ptxL), .communicated(case: "x", step: "b", mark: Self.ptxL))
        j.at(5, .unmarked(case: "x", step: "b", mark: Self.ptxL), .signed(case: "x", impression: ""))
        #expect(try Self.communication(j) == 0)
    }

    // MARK: - Detection

    @Test func aBilateralFindingIsFoundByLeftAndRight() throws {
        let snapshot = Self.snapshot([Self.finding("p", "ptx", side: .bilateral)])
        let both = try #require(Self.read(snapshot, marks: [Self.ptxL, Self.ptxR]).caseReport("x"))
        #expect(both.missed.isEmpty && both.overcalls.isEmpty && both.detection == 100)
        let left = try #require(Self.read(snapshot, marks: [Self.ptxL]).caseReport("x"))
        // Missed (4) plus a category-1 overcall (2) over a total of 4: max(0, 1 − 6/4) = 0.
        #expect(left.missed.map(\.finding) == ["p"] && left.overcalls.map(\.side) == [.left])
        #expect(left.detection == 0)
        #expect(left.overcalls.first?.grade == .understandableSignificant)
    }

    @Test func overcallsWeighTwoOnlyForACategoryOneTermAtTheMarkingStep() throws {
        let ptx = try #require(Self.read(Self.snapshot([]), marks: [Self.ptxL]).caseReport("x"))
        #expect(ptx.detection == 0 && ptx.grade == .understandableSignificant)    // 1 − 2/2
        let effusion = try #require(Self.read(Self.snapshot([]), marks: [Self.effL]).caseReport("x"))
        #expect(effusion.detection == 75 && effusion.grade == .understandableMinor)  // 1 − 0.5/2
    }

    @Test func overcallsAreOrderedByVocabularyPositionThenSide() throws {
        let marks = [Mark(term: "effusion", side: .right), Mark(term: "ptx", side: .bilateral), Self.ptxL, Self.nodule]
        let x = try #require(Self.read(Self.snapshot([]), marks: marks).caseReport("x"))
        #expect(x.overcalls.map { "\($0.term) \($0.side?.rawValue ?? "-")" }
                == ["ptx left", "ptx bilateral", "effusion right", "nodule -"])
    }

    // MARK: - Calls

    static func call(needsRead: Bool) -> Interruption {
        Interruption(id: "i", at: 3, caller: "CT technologist", question: "Repeat the scan?", caseID: "x", steps: ["b"],
                     answers: [Answer(id: "yes", text: "Yes", correct: true), Answer(id: "no", text: "No", correct: false)],
                     needsRead: needsRead, explanation: "Because.")
    }

    /// The call rings at 3 (b shown at 2, not yet read: it needs 3 s) and is answered at `t`.
    static func answered(_ answer: String, at t: Double, needsRead: Bool) -> SessionReport {
        var j = JournalBuilder(snapshot([], interruptions: [call(needsRead: needsRead)]))
        j.at(0, .opened(case: "x"), .shown(case: "x", step: "a"))
        j.at(2, .decidedNormal(case: "x", step: "a"), .shown(case: "x", step: "b"))
        if t > 3 {
            j.at(6, .decidedNormal(case: "x", step: "b"))      // read: 4 s on b
            j.at(6, .interruptionShown(id: "i"))
            j.at(t, .interruptionAnswered(id: "i", answer: answer))
        } else {
            j.at(3, .interruptionShown(id: "i"), .interruptionAnswered(id: "i", answer: answer))
        }
        j.at(40, .ended(reason: .trainee))
        return j.report
    }

    @Test(arguments: [
        // (answer, answered after reading b, needs_read, interruptions score)
        ("yes", false, true, 0.0), (Interruption.notReadYetID, false, true, 100.0), ("yes", true, true, 100.0),
        (Interruption.notReadYetID, true, true, 0.0),
        ("yes", false, false, 100.0), (Interruption.notReadYetID, false, false, 0.0), ("no", false, false, 0.0),
    ])
    func needsReadDecidesWhatIsRight(answer: String, afterReading: Bool, needsRead: Bool, score: Double) {
        let report = Self.answered(answer, at: afterReading ? 7 : 3, needsRead: needsRead)
        #expect(report.interruptions == score)
        #expect(report.calls.first?.correct == (score == 100))
    }

    @Test func theCallsListSaysWhenItRangWhatWasAnsweredAndItsPoints() throws {
        let late = Self.answered("yes", at: 37, needsRead: true)   // shown at 6, answered 31 s later: −25
        let call = try #require(late.calls.first)
        #expect(call.id == "i" && call.caseID == "x" && call.shownAt == 6 && call.answeredAt == 37)
        #expect(call.answer == "yes" && call.correct && call.score == 75)
        var never = JournalBuilder(Self.snapshot([], interruptions: [Self.call(needsRead: true)]))
        never.at(0, .opened(case: "x"))
        never.at(3, .interruptionShown(id: "i"))
        never.at(9, .ended(reason: .timeLimit))
        #expect(never.report.calls.first.map { $0.answer == nil && $0.answeredAt == nil && $0.score == 0 } == true)
        #expect(never.report.interruptions == 0)
    }

    // MARK: - The session

    @Test func aShiftThatReadNothingScoresZeroHoweverWellItWasTriaged() throws {
        // Every case opened in priority order and signed blank: triage 100, turnaround 0.
        let snapshot = Self.snapshot([], more: [Fixture.caseSnapshot("y", routine: "cat")])
        var j = JournalBuilder(snapshot)
        j.at(0, .opened(case: "x"), .signed(case: "x", impression: ""))
        j.at(1, .opened(case: "y"), .signed(case: "y", impression: ""))
        j.at(1, .ended(reason: .allSigned))
        #expect(j.report.sessionScore == 0)
    }

    @Test func aDrillLeavesOutAnUntouchedLastCase() throws {
        let y = Fixture.caseSnapshot("y", routine: "cat")
        let untouched = Self.read(Self.snapshot([], mode: .drill, more: [y])) { j in
            j.at(9, .opened(case: "y"), .shown(case: "y", step: "a"))
            j.at(20, .ended(reason: .trainee))
        }
        #expect(untouched.report.sessionScore == 100)           // x alone
        let touched = Self.read(Self.snapshot([], mode: .drill, more: [y])) { j in
            j.at(9, .opened(case: "y"), .shown(case: "y", step: "a"))
            j.at(10, .decidedNormal(case: "y", step: "a"))      // unread: coverage 0, score 0
            j.at(20, .ended(reason: .trainee))
        }
        #expect(touched.report.sessionScore == 50)
    }

    @Test func nothingAfterTheFirstEndedCounts() throws {
        let j = Self.read(Self.snapshot([Self.finding("p", "ptx", side: .left)]), marks: [Self.ptxL]) { j in
            j.at(10, .ended(reason: .trainee))
            j.at(11, .communicated(case: "x", step: "b", mark: Self.ptxL))
            j.at(12, .ended(reason: .trainee))
        }
        #expect(try Self.communication(j) == 0)
        #expect(j.caseReport("x")?.communications.isEmpty == true)
    }

    @Test func anUnopenedCaseOwesACallOnlyForCategoryOneOrTwo() throws {
        let snapshot = Fixture.snapshot([
            Fixture.caseSnapshot("two", routine: "cat", findings: [Self.finding("e", "effusion", side: .left)]),
            Fixture.caseSnapshot("three", routine: "cat", findings: [Self.finding("n", "nodule")]),
        ], routines: [Self.routine])
        var j = JournalBuilder(snapshot)
        j.at(1, .ended(reason: .trainee))
        #expect(j.report.cases.map(\.communication) == [0, nil])
    }

    @Test func aVersionOneSnapshotsCriticalTermReadsAsCategoryOne() throws {
        let json = #"{"id":"ptx","label":"Pneumothorax","aliases":[],"critical":true,"lateral":true}"#
        let term = try JSONDecoder().decode(Term.self, from: Data(json.utf8))
        #expect(term.category == .one && term.critical)
        let plain = try JSONDecoder().decode(Term.self, from: Data(#"{"id":"fx","label":"Fracture"}"#.utf8))
        #expect(plain.category == nil)
        let call = #"{"id":"i","at":3,"caller":"ED","question":"?","case":"x","steps":["b"],"answers":[]}"#
        let old = try JSONDecoder().decode(Interruption.self, from: Data(call.utf8))
        #expect(old.needsRead && old.unlessCommunicated.isEmpty)
    }
}
