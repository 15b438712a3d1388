import Foundation
import GRDB
import Testing
import WorklistCore
@testable import WorklistStore
import WorklistUI

@Suite(.serialized) struct HistoryTests {
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("worklist-history-" + UUID().uuidString).path
    }

    /// A small snapshot: two cases of a two-step routine, one with a finding.
    static let snapshot: ContentSnapshot = {
        let routine = Routine(id: "r", title: "R", steps: [
            Step(id: "a", label: "A", terms: [Term(id: "t", label: "T")]),
            Step(id: "b", label: "B", terms: [Term(id: "u", label: "U")]),
        ])
        let steps = [StepSnapshot(id: "a", words: 8), StepSnapshot(id: "b", words: 8)]
        let finding = Finding(id: "f", step: "b", term: "u", severity: .major, conspicuity: .obvious, teaching: "x")
        return ContentSnapshot(routines: [routine],
                               cases: [CaseSnapshot(id: "x", routine: "r", priority: .stat, targetSeconds: 30, arrives: 0,
                                                    steps: steps, findings: [finding], distractors: []),
                                       CaseSnapshot(id: "y", routine: "r", priority: .routine, targetSeconds: 30, arrives: 0,
                                                    steps: steps, findings: [], distractors: [])],
                               scenario: ScenarioSnapshot(id: "s", mode: .shift))
    }()

    /// Writes a finished session to `data`: x read, y read or not; returns its journal.
    @discardableResult
    static func session(_ data: String, trainee: String = "ana", minute: Int, readY: Bool, client: Client = .tty,
                        mode: Mode = .shift, end: EndReason? = .trainee) throws -> Journal {
        let date = Date(timeIntervalSince1970: 1_795_966_930 + Double(minute) * 60)
        var snapshot = snapshot
        snapshot.scenario.mode = mode
        let header = JournalHeader(session: SessionID.make(startedAt: date, suffix: UInt16(minute)), seed: 0, trainee: trainee,
                                   client: client, startedAt: SessionID.timestamp(date), snapshot: snapshot)
        let recorder = try SessionRecorder(header: header, dataDirectory: data)
        try recorder.send(.open("x"), at: 0)
        try recorder.send(.decideNormal(step: "a"), at: 3)
        try recorder.send(.show(step: "b"), at: 3)
        try recorder.send(.decideNormal(step: "b"), at: 6)        // misses the finding
        try recorder.send(.sign(impression: ""), at: 7)
        if readY {
            try recorder.send(.open("y"), at: 8)
            try recorder.send(.decideNormal(step: "a"), at: 11)
            try recorder.send(.sign(impression: ""), at: 12)      // b skipped
        }
        if let end { try recorder.send(.end(end), at: 20) }
        recorder.close()
        return recorder.journal
    }

    @Test func aRebuiltDatabaseEqualsTheLiveOne() throws {
        let data = Self.temporaryDirectory()
        let live = try HistoryDatabase(dataDirectory: data)
        for minute in 0..<4 {
            let journal = try Self.session(data, minute: minute, readY: minute % 2 == 1)
            try live.record(journal, path: DataLocations.journalPath(dataDirectory: data, session: journal.header.session))
        }
        let before = try live.dump()
        #expect(before.count > 10)
        try live.rebuild(dataDirectory: data)
        #expect(try live.dump() == before)
        // And a database made from nothing but the journals.
        let other = Self.temporaryDirectory()
        try FileManager.default.copyItem(atPath: data + "/sessions", toPath: other + "/sessions")
        let fresh = try HistoryDatabase(dataDirectory: other)
        try fresh.sync(dataDirectory: other)
        // (Copying gives the files new times: the bookkeeping column is left out of that comparison.)
        func masked(_ lines: [String]) -> [String] {
            lines.map { $0.replacingOccurrences(of: #"journalModified:\S+"#, with: "", options: .regularExpression) }
        }
        #expect(masked(try fresh.dump().map { $0.replacingOccurrences(of: other, with: data) }) == masked(before))
    }

    @Test func sessionsScoredByAnEarlierVersionAreScoredAgain() throws {
        let data = Self.temporaryDirectory()
        let db = try HistoryDatabase(dataDirectory: data)
        try Self.session(data, minute: 0, readY: true)
        try db.sync(dataDirectory: data)
        let current = try db.dump()
        // As an older program left it: another version, other figures.
        try db.pool.write { db in
            try db.execute(sql: "UPDATE session SET scoringVersion = 1, sessionScore = 99")
        }
        #expect(try db.dump() != current)
        try db.sync(dataDirectory: data)
        #expect(try db.dump() == current)
        let version = try db.pool.read { try Int.fetchOne($0, sql: "SELECT scoringVersion FROM session") }
        #expect(version == Scoring.version)
    }

    @Test func progressSeparatesFirstReadsFromRepeatsAndFindsWeakAreas() throws {
        let data = Self.temporaryDirectory()
        for minute in 0..<3 { try Self.session(data, minute: minute, readY: true) }
        try Self.session(data, minute: 5, readY: true, client: .play)   // kept apart
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        let p = try history.progress(trainee: "ana")
        #expect(p.sessions == 3)
        #expect(p.routines == [TraineeProgress.RoutineFigures(routine: "r", firstReads: 2, firstReadMean: p.routines.first?.firstReadMean,
                                                              repeats: 4, repeatMean: p.routines.first?.repeatMean)])
        #expect(p.missedTerms == [TraineeProgress.TermCount(routine: "r", term: "u", missed: 3)])
        #expect(p.weakSteps.first == TraineeProgress.StepCount(routine: "r", step: "b", skipped: 3, unread: 0, outOfOrder: 0))
        #expect(p.trends.first { $0.axis == "session_score" }?.points.count == 3)
        #expect(try history.progress(trainee: "ana", includePlay: true).sessions == 4)
        #expect(try history.progress(trainee: "ben").sessions == 0)
    }

    /// History per mode (issue 14): `mode` keeps one mode's sessions, and the text shows
    /// each mode as its own table, a dated column per session, the axes aligned.
    @Test func progressPerModeWithADatedColumnPerSession() throws {
        let data = Self.temporaryDirectory()
        try Self.session(data, minute: 0, readY: true)
        try Self.session(data, minute: 1, readY: false, mode: .drill)
        try Self.session(data, minute: 2, readY: true)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        #expect(try history.progress(trainee: "ana", mode: .shift).sessions == 2)
        #expect(try history.progress(trainee: "ana", mode: .drill).sessions == 1)
        #expect(try history.progress(trainee: "ana", mode: .exam).sessions == 0)
        let text = HistoryText.text(try history.progress(trainee: "ana"), theme: Theme())
        let lines = text.split(separator: "\n").map(String.init)
        let shift = try #require(lines.firstIndex { $0.contains("SHIFT: 2 session(s)") })
        let drill = try #require(lines.firstIndex { $0.contains("DRILL: 1 session(s)") })
        #expect(shift < drill)
        // The date row, then one row per axis with a value in every column.
        let dates = lines[shift + 1]
        #expect(dates.components(separatedBy: "11-29").count - 1 == 2, "two sessions of 29 November: \(dates)")
        let coverage = try #require(lines[shift...].first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("coverage") })
        #expect(coverage.split(separator: " ").count == 3, "\(coverage)")
        #expect(text.contains("THE WEIGHTIEST FIRST"))
        #expect(!text.contains("PROGRAM"))
        // After a sync: the trainee's median per scenario against the program's.
        var progress = try history.progress(trainee: "ana")
        progress.program = ProgramStanding(server: "s", fetchedAt: "2026-12-01T09:00:00Z",
                                           scenarios: ["s": ["ana": 60, "ben": 40, "cy": 80], "solo": ["ana": 50]])
        let synced = HistoryText.text(progress, theme: Theme())
        #expect(synced.contains("PROGRAM (as of the last sync, 2026-12-01)"))
        #expect(synced.contains("s: your median 60 is at the 50th percentile of your program (3 residents)"), "\(synced)")
        #expect(!synced.contains("solo:"))
    }

    @Test func migratesFromEmptyAndFromTheFirstSchema() throws {
        let empty = try DatabaseQueue()
        try HistoryDatabase.migrator.migrate(empty)
        #expect(try empty.read { try $0.tableExists("session") && $0.tableExists("caseResult") })
        // A database at the first schema, with data, migrates to the latest keeping its rows.
        let data = Self.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let first = try DatabaseQueue(path: HistoryDatabase.path(dataDirectory: data))
        try HistoryDatabase.migrator.migrate(first, upTo: "v1")
        try first.write { db in
            try db.execute(sql: """
                INSERT INTO session VALUES ('s1', 'ana', 'tty', 'shift', 's', 0, '2026-11-01T00:00:00Z', 1, 1, 1, 'h', 50,
                  NULL, NULL, NULL, NULL, NULL, NULL, 0, '/nowhere.jsonl', 0, 0)
                """)
        }
        try first.close()
        let history = try HistoryDatabase(dataDirectory: data)
        #expect(try history.pool.read { try HistoryDatabase.migrator.appliedMigrations($0) } == HistoryDatabase.migrator.migrations)
        #expect(try history.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM session") } == 1)
    }

    @Test func twoSessionsFinishingAtOnce() async throws {
        let data = Self.temporaryDirectory()
        let a = try Self.session(data, trainee: "ana", minute: 1, readY: true)
        let b = try Self.session(data, trainee: "ben", minute: 2, readY: false)
        _ = try HistoryDatabase(dataDirectory: data)   // created once, as the first to finish would
        try await withThrowingTaskGroup(of: Void.self) { group in
            for journal in [a, b] {
                group.addTask {
                    // Each process opens its own connection pool.
                    let history = try HistoryDatabase(dataDirectory: data)
                    for _ in 0..<20 {
                        try history.record(journal, path: DataLocations.journalPath(dataDirectory: data, session: journal.header.session))
                    }
                }
            }
            try await group.waitForAll()
        }
        let history = try HistoryDatabase(dataDirectory: data)
        #expect(try history.trainees() == ["ana", "ben"])
        #expect(try history.exportRows().count == 4)
    }

    @Test func exportHasEveryColumnAndFiltersByDate() throws {
        let data = Self.temporaryDirectory()
        try Self.session(data, minute: 0, readY: true)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        let rows = try history.exportRows()
        #expect(rows.map(\.caseId) == ["x", "y"])
        #expect(rows[0].firstRead && rows[0].grade == "3b")
        let csv = HistoryDatabase.csv(rows)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first == Substring(ExportRow.columns.joined(separator: ",")))
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == ExportRow.columns.count })
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(rows)) as? [[String: Any]]
        #expect(Set(json?.first?.keys ?? [:].keys) == Set(ExportRow.columns))
        #expect(try history.exportRows(since: "2026-11-30").isEmpty)
        #expect(try history.exportRows(since: "2026-11-29").count == 2)
    }

    /// Drills and exams set the order themselves: their triage, turnaround and time
    /// management cells are empty (CSV) or null (JSON), never a number; a shift's are numbers.
    @Test func drillsAndExamsExportNoTriageOrTurnaround() throws {
        let data = Self.temporaryDirectory()
        try Self.session(data, minute: 0, readY: true)
        try Self.session(data, minute: 1, readY: true, mode: .drill)
        try Self.session(data, minute: 2, readY: true, mode: .exam)
        let history = try HistoryDatabase(dataDirectory: data)
        try history.sync(dataDirectory: data)
        let rows = try history.exportRows()
        #expect(rows.map(\.mode) == ["shift", "shift", "drill", "drill", "exam", "exam"])
        for row in rows {
            let ordered = row.mode != "shift"
            #expect((row.triage == nil) == ordered && (row.turnaround == nil) == ordered && (row.timeManagement == nil) == ordered,
                    "\(row)")
        }
        let csv = HistoryDatabase.csv(rows).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let columns = ["time_management", "triage", "turnaround"].map { ExportRow.columns.firstIndex(of: $0)! }
        for line in csv.dropFirst() {
            let ordered = line[ExportRow.columns.firstIndex(of: "mode")!] != "shift"
            #expect(columns.allSatisfy { line[$0].isEmpty == ordered }, "\(line)")
        }
        let json = try JSONSerialization.jsonObject(with: HistoryDatabase.json(rows)) as? [[String: Any]] ?? []
        #expect(json.count == 6)
        for object in json where object["mode"] as? String != "shift" {
            #expect(object["triage"] is NSNull && object["turnaround"] is NSNull && object["time_management"] is NSNull)
        }
    }

    @Test func theDatabaseFileIsPrivate() throws {
        let data = Self.temporaryDirectory()
        let history = try HistoryDatabase(dataDirectory: data)
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}

@Suite struct SessionIndexTests {
    @Test func unfinishedSessionsAreFoundFromTheirTails() throws {
        let data = HistoryTests.temporaryDirectory()
        try HistoryTests.session(data, minute: 0, readY: true)                       // finished
        let header = JournalHeader(session: "20261129T170000Z-0009", seed: 0, trainee: "ana", client: .tty,
                                   startedAt: "2026-11-29T17:00:00Z", snapshot: HistoryTests.snapshot)
        let recorder = try SessionRecorder(header: header, dataDirectory: data)
        try recorder.send(.open("x"), at: 1)
        recorder.close()                                                              // unfinished
        let unfinished = SessionIndex.unfinished(dataDirectory: data)
        #expect(unfinished.map(\.id) == ["20261129T170000Z-0009"])
        #expect(SessionIndex.list(dataDirectory: data).sessions.count == 2)
    }
}
