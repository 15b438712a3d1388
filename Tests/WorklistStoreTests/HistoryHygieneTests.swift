import Foundation
import Testing
import WorklistCore
@testable import WorklistStore

/// Issue 16, part 1: history holds only what it should. Unfinished sessions stay out unless
/// asked for, a discarded one is gone from the sessions folder, an excluded one is kept on
/// disk but counted nowhere, and the summary's comparison never counts the session itself.
@Suite(.serialized) struct HistoryHygieneTests {
    static func ids(_ progress: TraineeProgress) -> [String] {
        progress.trends.first { $0.axis == "session_score" }?.points.map(\.session) ?? []
    }

    @Test func unfinishedSessionsCountOnlyWhenAskedFor() throws {
        let data = HistoryTests.temporaryDirectory()
        let done = try HistoryTests.session(data, minute: 0, readY: true)
        let left = try HistoryTests.session(data, minute: 1, readY: false, end: nil)   // saved and left
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        #expect(Self.ids(try history.progress(trainee: "ana")) == [done.header.session])
        #expect(Self.ids(try history.progress(trainee: "ana", includeUnfinished: true))
                == [done.header.session, left.header.session])
        #expect(try history.exportRows().map(\.session) == [done.header.session, done.header.session])
        let all = try history.exportRows(includeUnfinished: true)
        #expect(all.map(\.finished) == [true, true, false, false])
    }

    /// A journal from before issue 16 that was discarded in place ended, but was never
    /// finished by the trainee: it scores as it stood, and history leaves it out.
    @Test func aDiscardedJournalLeftInPlaceIsNotFinished() throws {
        let data = HistoryTests.temporaryDirectory()
        try HistoryTests.session(data, minute: 0, readY: false, end: .discarded)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        #expect(try history.progress(trainee: "ana").sessions == 0)
        #expect(try history.exportRows().isEmpty)
        #expect(try history.exportRows(includeUnfinished: true).map(\.finished) == [false, false])
    }

    @Test func discardingMovesTheJournalOutOfHistory() throws {
        let data = HistoryTests.temporaryDirectory()
        let kept = try HistoryTests.session(data, minute: 0, readY: true)
        let gone = try HistoryTests.session(data, minute: 1, readY: true)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        #expect(try history.progress(trainee: "ana").sessions == 2)
        let path = DataLocations.journalPath(dataDirectory: data, session: gone.header.session)
        let moved = try SessionIndex.moveToDiscarded(path, dataDirectory: data)
        #expect(moved == DataLocations.discardedDirectory(dataDirectory: data) + "/\(gone.header.session).jsonl")
        #expect(FileManager.default.fileExists(atPath: moved) && !FileManager.default.fileExists(atPath: path))
        try history.sync(dataDirectory: data)
        #expect(Self.ids(try history.progress(trainee: "ana")) == [kept.header.session])
        #expect(SessionIndex.list(dataDirectory: data).sessions.map(\.id) == [kept.header.session])
        // A rebuild does not bring it back.
        try history.rebuild(dataDirectory: data)
        #expect(try history.progress(trainee: "ana").sessions == 1)
    }

    @Test func anExcludedSessionIsKeptButCountedNowhere() throws {
        let data = HistoryTests.temporaryDirectory()
        let a = try HistoryTests.session(data, minute: 0, readY: true)
        let b = try HistoryTests.session(data, minute: 1, readY: false)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        var exclusions = SessionExclusions(dataDirectory: data)
        try exclusions.set(b.header.session, excluded: true)
        try history.sync(dataDirectory: data)
        #expect(Self.ids(try history.progress(trainee: "ana", includeUnfinished: true)) == [a.header.session])
        #expect(Set(try history.exportRows(includeUnfinished: true).map(\.session)) == [a.header.session])
        #expect(try history.drillHistory(trainee: "ana", routine: "r").meanScore.count == 2)   // both cases: from a
        #expect(SessionIndex.list(dataDirectory: data).sessions.first { $0.id == b.header.session }?.excluded == true)
        // The choice lives beside the journals: a rebuilt database keeps it.
        try history.rebuild(dataDirectory: data)
        #expect(Self.ids(try history.progress(trainee: "ana")) == [a.header.session])
        // And a new reader of the file sees what was written, comments and all.
        let text = try String(contentsOfFile: DataLocations.exclusionsFile(dataDirectory: data), encoding: .utf8)
        #expect(text.hasPrefix("#") && text.contains(b.header.session))
        var again = SessionExclusions(dataDirectory: data)
        #expect(again.ids == [b.header.session])
        try again.set(b.header.session, excluded: false)
        try history.sync(dataDirectory: data)
        #expect(Self.ids(try history.progress(trainee: "ana")) == [a.header.session, b.header.session])
    }

    @Test func theExportCarriesCallsSensitivityAndTheExamTally() throws {
        let data = HistoryTests.temporaryDirectory()
        try HistoryTests.session(data, minute: 0, readY: true)
        try HistoryTests.session(data, minute: 1, readY: true, mode: .exam)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        let rows = try history.exportRows()
        // x's only finding (major) is missed; y has none and is signed with no overcall.
        #expect(rows.allSatisfy { $0.sensitivity == 0 && $0.specificity == 100 && $0.calls == 0 && $0.callsCorrect == 0 })
        let shift = rows.filter { $0.mode == "shift" }, exam = rows.filter { $0.mode == "exam" }
        #expect(shift.allSatisfy { $0.examRight == nil && $0.examTotal == nil })
        #expect(exam.allSatisfy { $0.examRight == 1 && $0.examTotal == 2 })   // the normal right, the abnormal missed
        let lines = HistoryDatabase.csv(rows).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = { (name: String) in ExportRow.columns.firstIndex(of: name)! }
        #expect(lines[1][column("finished")] == "true" && lines[1][column("exam_total")] == "")
        #expect(lines[3][column("exam_right")] == "1" && lines[3][column("exam_total")] == "2")
    }

    /// After a resume the session's start sorts before sessions done meanwhile: the
    /// comparison still leaves this session out and counts every other.
    @Test func theComparisonNeverCountsTheSessionItself() {
        func point(_ id: String, _ value: Double) -> TraineeProgress.Point {
            TraineeProgress.Point(session: id, startedAt: id, mode: "shift", scenario: "s", value: value)
        }
        let trend = TraineeProgress.Trend(axis: "session_score", points: [point("resumed", 10), point("later", 60), point("last", 80)])
        let others = trend.others(than: "resumed")
        #expect(others?.mean == 70 && others?.count == 2)
        #expect(trend.others(than: "last")?.mean == 35)
        #expect(TraineeProgress.Trend(axis: "session_score", points: [point("only", 50)]).others(than: "only") == nil)
    }
}
