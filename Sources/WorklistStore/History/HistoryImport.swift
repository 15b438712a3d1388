import Foundation
import GRDB
import WorklistCore

extension HistoryDatabase {
    /// Scores a journal and stores (or replaces) its rows, in one transaction.
    public func record(_ journal: Journal, path: String, excluded: Bool = false) throws {
        try pool.write { db in
            try Self.insert(journal, path: path, excluded: excluded, db)
            try Self.markRepeats(db)
        }
    }

    /// The rows of one journal (replacing its session's), without the repeat marks: callers
    /// mark repeats once after all their inserts. Statements are prepared once per connection.
    static func insert(_ journal: Journal, path: String, excluded: Bool, _ db: Database) throws {
        let report = Scoring.report(journal)
        let snapshot = journal.header.snapshot
        let (size, modified) = Self.stat(path)
        let reason = journal.events.lazy.compactMap { event -> EndReason? in
            if case .ended(let reason) = event.kind { return reason } else { return nil }
        }.first
        // A session discarded at the resume offer (journals from before issue 16 stay in the
        // sessions folder) ended, but was never finished by the trainee.
        let finished = report.finished && reason != .discarded
        let tally = report.mode == .exam ? RapidsTally(report, snapshot: snapshot) : nil
        try db.cachedStatement(sql: "DELETE FROM session WHERE id = ?").execute(arguments: [report.session])
        try db.cachedStatement(sql: """
            INSERT INTO session (id, trainee, client, mode, scenario, seed, startedAt, finished, scoringVersion,
              journalVersion, contentHash, sessionScore, timeManagement, triage, turnaround, interruptions,
              sensitivity, specificity, pauseSeconds, journalPath, journalSize, journalModified,
              excluded, endReason, calls, callsCorrect, examRight, examTotal, protocoling)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                report.session, report.trainee, report.client.rawValue, report.mode.rawValue, report.scenario,
                Int64(bitPattern: journal.header.seed), journal.header.startedAt, finished, report.scoringVersion,
                report.journalVersion, journal.header.contentHash, report.sessionScore, report.timeManagement,
                report.triage, report.turnaround, report.interruptions, report.sensitivity, report.specificity,
                report.pauseSeconds, path, size, modified,
                excluded, reason?.rawValue, report.calls.count, report.calls.filter(\.correct).count,
                tally?.correct, tally?.total, report.protocoling,
            ])
        let axes: [(String, Double?)] = [
            ("session_score", report.sessionScore), ("time_management", report.timeManagement),
            ("triage", report.triage), ("turnaround", report.turnaround), ("interruptions", report.interruptions),
            ("protocoling", report.protocoling),
            ("sensitivity", report.sensitivity), ("specificity", report.specificity),
        ]
        for (axis, value) in axes {
            guard let value else { continue }
            try db.cachedStatement(sql: "INSERT INTO sessionAxis (sessionId, axis, value) VALUES (?, ?, ?)")
                .execute(arguments: [report.session, axis, value])
        }
        for (position, result) in report.cases.enumerated() {
            guard let item = snapshot.case(result.id) else { continue }
            try db.cachedStatement(sql: """
                INSERT INTO caseResult (sessionId, caseId, position, routine, priority, status, readSeconds, time,
                  coverage, orderScore, detection, communication, score, grade, keystrokes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    report.session, result.id, position, item.routine, item.priority.rawValue, result.status.rawValue,
                    result.readSeconds, result.time, result.coverage, result.order, result.detection,
                    result.communication, result.score, result.grade.rawValue, result.keystrokes,
                ])
            for miss in result.missed {
                try db.cachedStatement(sql: """
                    INSERT INTO miss (sessionId, caseId, routine, finding, step, term, grade) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [report.session, result.id, item.routine, miss.finding, miss.step, miss.term, miss.grade.rawValue])
            }
            let issues = result.skippedSteps.map { ($0, "skipped") } + result.unreadSteps.map { ($0, "unread") }
                + result.orderSlips.map { ($0.decidedFirst, "order") }
            guard result.status != .unopened else { continue }
            for (step, kind) in issues {
                try db.cachedStatement(sql: """
                    INSERT INTO stepIssue (sessionId, caseId, routine, step, kind) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [report.session, result.id, item.routine, step, kind])
            }
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
    /// scoring version; vanished ones are dropped. Returns unreadable ones. All of it is one
    /// transaction, repeats marked once at its end.
    /// The trainee's exclusions (`worklist sessions --exclude`) are applied too.
    @discardableResult
    public func sync(dataDirectory: String) throws -> [String] {
        let exclusions = SessionExclusions(dataDirectory: dataDirectory).ids
        let (known, excluded, ids) = try pool.read { db in
            (try Self.known(db), try Self.excludedIDs(db), Set(try String.fetchAll(db, sql: "SELECT id FROM session")))
        }
        let (changed, gone) = Self.changes(dataDirectory: dataDirectory, known: known)
        // Nothing to write: no write lock.
        if changed.isEmpty && gone.isEmpty && excluded == exclusions.intersection(ids) { return [] }
        return try pool.write { db in
            // Read again under the write lock: another process may have synced meanwhile.
            let (changed, gone) = Self.changes(dataDirectory: dataDirectory, known: try Self.known(db))
            let problems = try Self.apply(changed: changed, gone: gone, exclusions: exclusions, db)
            try Self.mark(exclusions, db)
            return problems
        }
    }

    /// Drops every row and imports every journal again, oldest first, in one transaction.
    @discardableResult
    public func rebuild(dataDirectory: String) throws -> [String] {
        let exclusions = SessionExclusions(dataDirectory: dataDirectory).ids
        return try pool.write { db in
            for table in ["stepIssue", "miss", "sessionAxis", "caseResult", "session"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            let (changed, _) = Self.changes(dataDirectory: dataDirectory, known: [:])
            return try Self.apply(changed: changed, gone: [], exclusions: exclusions, db)
        }
    }

    private static func excludedIDs(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT id FROM session WHERE excluded = 1"))
    }

    /// Sets each stored session's exclusion from the trainee's list.
    private static func mark(_ exclusions: Set<String>, _ db: Database) throws {
        let stored = try excludedIDs(db)
        for id in stored.subtracting(exclusions) {
            try db.cachedStatement(sql: "UPDATE session SET excluded = 0 WHERE id = ?").execute(arguments: [id])
        }
        for id in exclusions.subtracting(stored) {
            try db.cachedStatement(sql: "UPDATE session SET excluded = 1 WHERE id = ?").execute(arguments: [id])
        }
    }

    private typealias Stored = [String: (size: Int64, modified: Double, scoringVersion: Int)]

    private static func known(_ db: Database) throws -> Stored {
        let rows = try Row.fetchAll(db, sql: "SELECT journalPath, journalSize, journalModified, scoringVersion FROM session")
        return Dictionary(rows.map {
            ($0["journalPath"] as String,
             (size: $0["journalSize"] as Int64, modified: $0["journalModified"] as Double,
              scoringVersion: $0["scoringVersion"] as Int))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The journals to score again (in name order: oldest first) and the stored paths gone.
    private static func changes(dataDirectory: String, known stored: Stored) -> (changed: [String], gone: [String]) {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".jsonl") }
        var changed: [String] = []
        var present: Set<String> = []
        for name in names.sorted() {
            let path = folder + "/" + name
            present.insert(path)
            let (size, modified) = Self.stat(path)
            if let seen = stored[path], seen.size == size, seen.modified == modified,
               seen.scoringVersion == Scoring.version { continue }
            changed.append(path)
        }
        return (changed, stored.keys.filter { !present.contains($0) }.sorted())
    }

    /// Each journal in its own savepoint (one that cannot be read or stored leaves no rows
    /// and is reported), the vanished dropped, then the repeats marked once.
    private static func apply(changed: [String], gone: [String], exclusions: Set<String>, _ db: Database) throws -> [String] {
        var problems: [String] = []
        for path in changed {
            do {
                let journal = try JournalReader.read(path).journal
                try db.inSavepoint {
                    try insert(journal, path: path, excluded: exclusions.contains(journal.header.session), db)
                    return .commit
                }
            } catch {
                problems.append("\(error)")
            }
        }
        for path in gone {
            try db.cachedStatement(sql: "DELETE FROM session WHERE journalPath = ?").execute(arguments: [path])
        }
        if !changed.isEmpty || !gone.isEmpty { try markRepeats(db) }
        return problems
    }

    static func stat(_ path: String) -> (Int64, Double) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return (size, modified)
    }
}
