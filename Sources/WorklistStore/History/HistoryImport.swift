import Foundation
import GRDB
import WorklistCore

extension HistoryDatabase {
    /// Scores a journal and stores (or replaces) its rows.
    public func record(_ journal: Journal, path: String) throws {
        let report = Scoring.report(journal)
        let snapshot = journal.header.snapshot
        let (size, modified) = Self.stat(path)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [report.session])
            try db.execute(sql: """
                INSERT INTO session (id, trainee, client, mode, scenario, seed, startedAt, finished, scoringVersion,
                  journalVersion, contentHash, sessionScore, timeManagement, triage, turnaround, interruptions,
                  sensitivity, specificity, pauseSeconds, journalPath, journalSize, journalModified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    report.session, report.trainee, report.client.rawValue, report.mode.rawValue, report.scenario,
                    Int64(bitPattern: journal.header.seed), journal.header.startedAt, report.finished, report.scoringVersion,
                    report.journalVersion, journal.header.contentHash, report.sessionScore, report.timeManagement,
                    report.triage, report.turnaround, report.interruptions, report.sensitivity, report.specificity,
                    report.pauseSeconds, path, size, modified,
                ])
            let axes: [(String, Double?)] = [
                ("session_score", report.sessionScore), ("time_management", report.timeManagement),
                ("triage", report.triage), ("turnaround", report.turnaround), ("interruptions", report.interruptions),
                ("sensitivity", report.sensitivity), ("specificity", report.specificity),
            ]
            for (axis, value) in axes {
                guard let value else { continue }
                try db.execute(sql: "INSERT INTO sessionAxis (sessionId, axis, value) VALUES (?, ?, ?)",
                               arguments: [report.session, axis, value])
            }
            for (position, result) in report.cases.enumerated() {
                guard let item = snapshot.case(result.id) else { continue }
                try db.execute(sql: """
                    INSERT INTO caseResult (sessionId, caseId, position, routine, priority, status, readSeconds, time,
                      coverage, orderScore, detection, communication, score, grade, keystrokes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        report.session, result.id, position, item.routine, item.priority.rawValue, result.status.rawValue,
                        result.readSeconds, result.time, result.coverage, result.order, result.detection,
                        result.communication, result.score, result.grade.rawValue, result.keystrokes,
                    ])
                for miss in result.missed {
                    try db.execute(sql: "INSERT INTO miss (sessionId, caseId, routine, finding, step, term, grade) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   arguments: [report.session, result.id, item.routine, miss.finding, miss.step, miss.term, miss.grade.rawValue])
                }
                let issues = result.skippedSteps.map { ($0, "skipped") } + result.unreadSteps.map { ($0, "unread") }
                    + result.orderSlips.map { ($0.decidedFirst, "order") }
                guard result.status != .unopened else { continue }
                for (step, kind) in issues {
                    try db.execute(sql: "INSERT INTO stepIssue (sessionId, caseId, routine, step, kind) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [report.session, result.id, item.routine, step, kind])
                }
            }
            try Self.markRepeats(db)
        }
    }

    /// A case opened in an earlier session of the same trainee is a repeat, not a first read.
    static func markRepeats(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE caseResult SET isRepeat = EXISTS (
              SELECT 1 FROM caseResult earlier
              JOIN session es ON es.id = earlier.sessionId
              JOIN session s ON s.id = caseResult.sessionId
              WHERE earlier.caseId = caseResult.caseId AND earlier.status != 'unopened'
                AND es.trainee = s.trainee AND es.client = s.client
                AND (es.startedAt < s.startedAt OR (es.startedAt = s.startedAt AND es.id < s.id)))
            """)
    }

    /// Brings the database in line with the journals: new or changed journals are scored
    /// again (a file's size and time tell), and so is every session scored by an earlier
    /// scoring version; vanished ones are dropped. Returns unreadable ones.
    @discardableResult
    public func sync(dataDirectory: String) throws -> [String] {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }
        let known = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT journalPath, journalSize, journalModified, scoringVersion FROM session").map {
                ($0["journalPath"] as String,
                 ($0["journalSize"] as Int64, $0["journalModified"] as Double, $0["scoringVersion"] as Int))
            }
        }
        let stored = Dictionary(known, uniquingKeysWith: { a, _ in a })
        var problems: [String] = []
        var present: Set<String> = []
        for name in names.sorted() {
            let path = folder + "/" + name
            present.insert(path)
            let (size, modified) = Self.stat(path)
            if let seen = stored[path], seen.0 == size, seen.1 == modified, seen.2 == Scoring.version { continue }
            do {
                try record(JournalReader.read(path).journal, path: path)
            } catch {
                problems.append("\(error)")
            }
        }
        let gone = stored.keys.filter { !present.contains($0) }
        if !gone.isEmpty {
            try pool.write { db in
                for path in gone { try db.execute(sql: "DELETE FROM session WHERE journalPath = ?", arguments: [path]) }
                try Self.markRepeats(db)
            }
        }
        return problems
    }

    /// Drops every row and imports every journal again, oldest first.
    @discardableResult
    public func rebuild(dataDirectory: String) throws -> [String] {
        try pool.write { db in
            for table in ["stepIssue", "miss", "sessionAxis", "caseResult", "session"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }
        return try sync(dataDirectory: dataDirectory)
    }

    static func stat(_ path: String) -> (Int64, Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, modified)
    }
}
