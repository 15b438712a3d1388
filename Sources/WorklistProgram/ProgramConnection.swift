#if PostgreSQL
import Foundation
import Logging
import NIOCore
import PostgresNIO
import WorklistCore
import WorklistStore

/// The program store on the wire: one connection per command, the schema migrated by the
/// program itself (docs/program-store.md), each session inserted in its own transaction.
enum ProgramConnection {
    static let logger: Logger = {
        var logger = Logger(label: "worklist.program")
        logger.logLevel = .critical   // errors reach the user as ProgramStoreError, not as log lines
        return logger
    }()

    static func connect(_ url: ProgramURL) async throws -> PostgresConnection {
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: url.requireTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable)
        configuration.options.connectTimeout = .seconds(Int64(ProgramSync.connectTimeout))
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw ProgramStoreError.unreachable(server: url.description, reason: reason(error))
        }
    }

    /// A PSQLError's own words are terse ("connectionError"): say what a person can act on.
    static func reason(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return "\(underlying)" }
            return "\(psql.code)"
        }
        return "\(error)"
    }

    static func run<T>(_ url: ProgramURL, _ work: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await connect(url)
        do {
            try await ProgramSchema.migrate(connection, logger: logger)
            let value = try await work(connection)
            try? await connection.close()
            return value
        } catch let error as ProgramStoreError {
            try? await connection.close()
            throw error
        } catch {
            try? await connection.close()
            throw ProgramStoreError.failed(server: url.description, reason: reason(error))
        }
    }

    static func sync(dataDirectory: String, url: ProgramURL, now: Date) async throws -> SyncOutcome {
        try await run(url) { connection in
            // Only once the server answered does anything here change.
            let history = try HistoryDatabase(dataDirectory: dataDirectory)
            var outcome = SyncOutcome()
            outcome.unreadable = try history.sync(dataDirectory: dataDirectory)
            let candidates = try history.syncCandidates()
            var stored: [String: String] = [:]
            let ids = candidates.map(\.id)
            let rows = try await connection.query("SELECT id, journal_hash FROM program_session WHERE id = ANY(\(ids))",
                                                  logger: logger)
            for try await (id, hash) in rows.decode((String, String).self) { stored[id] = hash }
            for candidate in candidates {
                guard let bytes = FileManager.default.contents(atPath: candidate.path) else {
                    outcome.unreadable.append("\(candidate.path): cannot be read")
                    continue
                }
                let hash = FNV1a.label(bytes)
                if let known = stored[candidate.id] {
                    if known == hash { outcome.alreadyThere += 1 } else { outcome.refused.append((candidate.id, hash, known)) }
                    continue
                }
                let record: ProgramRecord
                do { record = try ProgramRecord(journalBytes: bytes) } catch {
                    outcome.unreadable.append("\(candidate.path): \(error)")
                    continue
                }
                try await insert(record, connection)
                outcome.sent.append(candidate.id)
            }
            let standing = ProgramStandingCache.standing(of: try await sessions(connection), server: url.description, at: now)
            try ProgramStandingCache.write(standing, dataDirectory: dataDirectory)
            outcome.standing = standing
            return outcome
        }
    }

    static func report(url: ProgramURL, since: String?, routine: String?) async throws -> ProgramReport {
        try await run(url) { connection in
            ProgramReport(sessions: try await sessions(connection), cases: try await cases(connection),
                          misses: try await misses(connection), since: since, routine: routine)
        }
    }

    /// One session: its journal and derived rows together, or nothing (a second sync of
    /// the same session at once loses the race on the primary key and sends nothing).
    static func insert(_ record: ProgramRecord, _ connection: PostgresConnection) async throws {
        let s = record.session
        try await connection.withTransaction(logger: logger) { c in
            try await c.query("""
                INSERT INTO program_session (id, trainee, mode, scenario, started_at, scoring_version, content_hash,
                  journal_hash, session_score, time_management, triage, turnaround, interruptions, sensitivity,
                  specificity, journal)
                VALUES (\(s.id), \(s.trainee), \(s.mode), \(s.scenario), \(s.startedAt), \(s.scoringVersion),
                  \(s.contentHash), \(s.journalHash), \(s.sessionScore), \(s.timeManagement), \(s.triage), \(s.turnaround),
                  \(s.interruptions), \(s.sensitivity), \(s.specificity), \(record.journal))
                """, logger: logger)
            for r in record.cases {
                try await c.query("""
                    INSERT INTO program_case (session_id, case_id, position, routine, priority, status, read_seconds,
                      time, coverage, order_score, detection, communication, score, grade)
                    VALUES (\(r.sessionId), \(r.caseId), \(r.position), \(r.routine), \(r.priority), \(r.status),
                      \(r.readSeconds), \(r.time), \(r.coverage), \(r.order), \(r.detection), \(r.communication),
                      \(r.score), \(r.grade))
                    """, logger: logger)
            }
            for m in record.misses {
                try await c.query("""
                    INSERT INTO program_miss (session_id, case_id, routine, finding, term, grade, weight)
                    VALUES (\(m.sessionId), \(m.caseId), \(m.routine), \(m.finding), \(m.term), \(m.grade), \(m.weight))
                    """, logger: logger)
            }
        }
    }

    static func sessions(_ c: PostgresConnection) async throws -> [ProgramRecord.Session] {
        let rows = try await c.query("""
            SELECT id, trainee, mode, scenario, started_at, scoring_version, content_hash, journal_hash, session_score,
              time_management, triage, turnaround, interruptions, sensitivity, specificity
            FROM program_session ORDER BY started_at, id
            """, logger: logger)
        var out: [ProgramRecord.Session] = []
        for try await row in rows {
            let r = row.makeRandomAccess()
            out.append(ProgramRecord.Session(
                id: try r[0].decode(String.self), trainee: try r[1].decode(String.self), mode: try r[2].decode(String.self),
                scenario: try r[3].decode(String.self), startedAt: try r[4].decode(String.self),
                scoringVersion: try r[5].decode(Int.self), contentHash: try r[6].decode(String.self),
                journalHash: try r[7].decode(String.self), sessionScore: try r[8].decode(Double.self),
                timeManagement: try r[9].decode(Double?.self), triage: try r[10].decode(Double?.self),
                turnaround: try r[11].decode(Double?.self), interruptions: try r[12].decode(Double?.self),
                sensitivity: try r[13].decode(Double?.self), specificity: try r[14].decode(Double?.self)))
        }
        return out
    }

    static func cases(_ c: PostgresConnection) async throws -> [ProgramRecord.CaseRow] {
        let rows = try await c.query("""
            SELECT session_id, case_id, position, routine, priority, status, read_seconds, time, coverage, order_score,
              detection, communication, score, grade
            FROM program_case ORDER BY session_id, position
            """, logger: logger)
        var out: [ProgramRecord.CaseRow] = []
        for try await row in rows {
            let r = row.makeRandomAccess()
            out.append(ProgramRecord.CaseRow(
                sessionId: try r[0].decode(String.self), caseId: try r[1].decode(String.self), position: try r[2].decode(Int.self),
                routine: try r[3].decode(String.self), priority: try r[4].decode(String.self), status: try r[5].decode(String.self),
                readSeconds: try r[6].decode(Double.self), time: try r[7].decode(Double.self),
                coverage: try r[8].decode(Double.self), order: try r[9].decode(Double.self),
                detection: try r[10].decode(Double.self), communication: try r[11].decode(Double?.self),
                score: try r[12].decode(Double.self), grade: try r[13].decode(String.self)))
        }
        return out
    }

    static func misses(_ c: PostgresConnection) async throws -> [ProgramRecord.Miss] {
        let rows = try await c.query("""
            SELECT session_id, case_id, routine, finding, term, grade, weight FROM program_miss
            ORDER BY session_id, case_id, finding
            """, logger: logger)
        var out: [ProgramRecord.Miss] = []
        for try await (session, caseID, routine, finding, term, grade, weight)
            in rows.decode((String, String, String, String, String, String, Double).self) {
            out.append(ProgramRecord.Miss(sessionId: session, caseId: caseID, routine: routine, finding: finding, term: term,
                                          grade: grade, weight: weight))
        }
        return out
    }
}
#endif
