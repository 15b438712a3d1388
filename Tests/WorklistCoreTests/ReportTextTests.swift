import Testing
@testable import WorklistCore

/// `worklist score`'s table form (issue 11, part 3): the calls table, each case's
/// communications with their verdicts, "n/a" for triage and turnaround in drills and
/// exams, and the line that shows how the session score comes from the reading.
@Suite struct ReportTextTests {
    typealias V2 = ScoringV2Tests

    /// x read with a left pneumothorax marked at b and called through at 9.5 (b first shown
    /// at 2: in time), and a fracture that is no finding (a false alert): communication
    /// 100 − 50; the call answered right 12 s after it rang (shown at 10).
    static func shift() -> SessionReport {
        var snapshot = V2.snapshot([V2.finding("p", "ptx", side: .left)], interruptions: [V2.call(needsRead: true)])
        snapshot.scenario.interruptions[0].at = 10
        return V2.read(snapshot, marks: [V2.ptxL]) { j in
            j.at(9.5, .communicated(case: "x", step: "b", mark: V2.ptxL),
                 .communicated(case: "x", step: "c", mark: Mark(term: "fx")))
            j.at(10, .interruptionShown(id: "i"))
            j.at(22, .interruptionAnswered(id: "i", answer: "yes"))
            j.at(30, .ended(reason: .trainee))
        }.report
    }

    @Test func theTableListsTheCallsAndEachCommunicationWithItsVerdict() throws {
        let report = Self.shift()
        let text = ReportText.render(report, snapshot: nil)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(text.contains("Calls (100 right, 0 wrong; -25 answered more than 30 s after it rang):"))
        let row = try #require(lines.firstIndex { $0.hasPrefix("  i ") })
        #expect(lines[row].split(separator: " ") == ["i", "x", "10s", "22s", "yes", "100"])
        #expect(lines[row + 1] == "    answer: yes")
        let named = ReportText.render(report, snapshot: V2.snapshot([], interruptions: [V2.call(needsRead: true)]))
        #expect(named.contains("    CT technologist · answer: yes"))
        #expect(text.contains("Communications (in time 100, late 50; unnecessary -25, false alert -50):"))
        #expect(text.contains("  x (communication 50)"))
        #expect(text.contains("    9.5s ptx (left) at b: in time, finding p, category 1"))
        #expect(text.contains("    9.5s fx at c: false alert, no such finding"))
    }

    @Test func anUnnecessaryCallIsSaidSo() throws {
        let snapshot = V2.snapshot([V2.finding("p", "ptx", side: .left), V2.finding("n", "nodule", severity: .minor)])
        let report = V2.read(snapshot, marks: [V2.ptxL, V2.nodule]) { j in
            j.at(9.5, .communicated(case: "x", step: "b", mark: V2.nodule))
            j.at(30, .ended(reason: .trainee))
        }.report
        let text = ReportText.render(report)
        #expect(text.contains("    9.5s nodule at b: unnecessary, finding n, category 3"))
    }

    @Test func theDiscountLineUsesTheReportsOwnFigures() throws {
        let report = Self.shift()
        let tm = try #require(report.timeManagement), calls = try #require(report.interruptions)
        let c = Scoring.readingScore(report.cases)
        let line = ReportText.scoreExplanation(report)
        #expect(line == "Reading \(ReportText.number(c)) × (70 + 0.2 × time management \(ReportText.number(tm))"
                + " + 0.1 × calls \(ReportText.number(calls))) / 100 = \(ReportText.number(report.sessionScore))")
        #expect(ReportText.render(report).contains(line))
        #expect(Scoring.shiftScore(reading: c, timeManagement: tm, interruptions: calls) == report.sessionScore)
    }

    @Test(arguments: [Mode.drill, .exam])
    func triageAndTurnaroundAreNotApplicableInDrillsAndExams(mode: Mode) throws {
        let report = V2.read(V2.snapshot([], mode: mode)) { $0.at(30, .ended(reason: .trainee)) }.report
        let lines = ReportText.render(report).split(separator: "\n")
        for label in ["Time management", "  Triage", "  Turnaround"] {
            let line = try #require(lines.first { $0.hasPrefix(label + " ") })
            #expect(line.split(separator: " ").last == "n/a", "\(line)")
        }
        let expected = mode == .drill ? "Drill: the mean of the cases read (1 case) = \(ReportText.number(report.sessionScore))"
            : "Exam: the mean case score (1 case, unopened ones 0) = \(ReportText.number(report.sessionScore))"
        #expect(lines.contains { $0 == expected }, "\(lines)")
        // A shift prints numbers there.
        let shift = V2.read(V2.snapshot([])) { $0.at(30, .ended(reason: .trainee)) }.report
        let turnaround = try #require(ReportText.render(shift).split(separator: "\n").first { $0.hasPrefix("  Turnaround") })
        #expect(turnaround.contains("["))
    }

    @Test func theDrillLineSaysWhenTheUntouchedLastCaseIsLeftOut() throws {
        let y = Fixture.caseSnapshot("y", routine: "cat")
        let report = V2.read(V2.snapshot([], mode: .drill, more: [y])) { j in
            j.at(10, .opened(case: "y"), .shown(case: "y", step: "a"))
            j.at(12, .ended(reason: .trainee))
        }.report
        #expect(ReportText.scoreExplanation(report)
                == "Drill: the mean of the cases read (1 case; the last one, opened by itself and untouched, left out) = "
                + ReportText.number(report.sessionScore))
    }

    @Test func eachCaseCarriesTheCallsAboutIt() throws {
        let report = Self.shift()
        #expect(report.cases.first { $0.id == "x" }?.interruptionCalls == report.calls)
    }
}
