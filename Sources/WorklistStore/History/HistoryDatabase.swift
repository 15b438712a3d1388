import Foundation
import GRDB
import WorklistCore

/// Progress over weeks, in SQLite (`<data-dir>/history.sqlite`, WAL). Derived data only:
/// the journals stay the truth, and `rebuild` recreates the database from them.
public final class HistoryDatabase {
    public let path: String
    let pool: DatabasePool

    public static func path(dataDirectory: String) -> String { dataDirectory + "/history.sqlite" }

    public init(dataDirectory: String) throws {
        try JournalWriter.makeDirectory(dataDirectory)
        path = Self.path(dataDirectory: dataDirectory)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)   // two sessions finishing at once wait, not fail
        pool = try DatabasePool(path: path, configuration: configuration)
        chmod(path, 0o600)
        try Self.migrator.migrate(pool)
    }

    /// Schema migrations from day one: each step is kept forever, new ones appended.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("trainee", .text).notNull().indexed()
                t.column("client", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("scenario", .text).notNull()
                t.column("seed", .integer).notNull()
                t.column("startedAt", .text).notNull().indexed()
                t.column("finished", .boolean).notNull()
                t.column("scoringVersion", .integer).notNull()
                t.column("journalVersion", .integer).notNull()
                t.column("contentHash", .text).notNull()
                t.column("sessionScore", .double).notNull()
                t.column("timeManagement", .double)
                t.column("triage", .double)
                t.column("turnaround", .double)
                t.column("interruptions", .double)
                t.column("sensitivity", .double)
                t.column("specificity", .double)
                t.column("pauseSeconds", .double).notNull()
                t.column("journalPath", .text).notNull()
                t.column("journalSize", .integer).notNull()
                t.column("journalModified", .double).notNull()
            }
            try db.create(table: "caseResult") { t in
                t.column("sessionId", .text).notNull().references("session", onDelete: .cascade)
                t.column("caseId", .text).notNull().indexed()
                t.column("position", .integer).notNull()
                t.column("routine", .text).notNull()
                t.column("priority", .text).notNull()
                t.column("status", .text).notNull()
                t.column("readSeconds", .double).notNull()
                t.column("time", .double).notNull()
                t.column("coverage", .double).notNull()
                t.column("orderScore", .double).notNull()
                t.column("detection", .double).notNull()
                t.column("communication", .double)
                t.column("score", .double).notNull()
                t.column("grade", .text).notNull()
                t.column("keystrokes", .integer).notNull()
                t.column("isRepeat", .boolean).notNull().defaults(to: false)
                t.primaryKey(["sessionId", "caseId"])
            }
            // One row per axis per session: what trends are drawn from.
            try db.create(table: "sessionAxis") { t in
                t.column("sessionId", .text).notNull().references("session", onDelete: .cascade)
                t.column("axis", .text).notNull()
                t.column("value", .double).notNull()
                t.primaryKey(["sessionId", "axis"])
            }
            // Weak areas: misses by term, and steps skipped, unread or out of order.
            try db.create(table: "miss") { t in
                t.column("sessionId", .text).notNull().references("session", onDelete: .cascade)
                t.column("caseId", .text).notNull()
                t.column("routine", .text).notNull()
                t.column("finding", .text).notNull()
                t.column("step", .text).notNull()
                t.column("term", .text).notNull()
                t.column("grade", .text).notNull()
            }
            try db.create(table: "stepIssue") { t in
                t.column("sessionId", .text).notNull().references("session", onDelete: .cascade)
                t.column("caseId", .text).notNull()
                t.column("routine", .text).notNull()
                t.column("step", .text).notNull()
                t.column("kind", .text).notNull()   // skipped, unread, order
            }
        }
        // Deleting a session cascades to these tables: without an index on the session,
        // each delete scanned them whole (issue 13).
        migrator.registerMigration("v2 session indexes") { db in
            try db.create(index: "miss_on_sessionId", on: "miss", columns: ["sessionId"])
            try db.create(index: "stepIssue_on_sessionId", on: "stepIssue", columns: ["sessionId"])
        }
        // What history should hold (issue 16): sessions left out by the trainee, how each
        // ended (a discarded one is not finished), the calls and the exam tally for export.
        // Every session is imported again to fill them (a size of -1 never matches a file).
        migrator.registerMigration("v3 exclusions and export columns") { db in
            try db.alter(table: "session") { t in
                t.add(column: "excluded", .boolean).notNull().defaults(to: false)
                t.add(column: "endReason", .text)
                t.add(column: "calls", .integer).notNull().defaults(to: 0)
                t.add(column: "callsCorrect", .integer).notNull().defaults(to: 0)
                t.add(column: "examRight", .integer)
                t.add(column: "examTotal", .integer)
            }
            try db.execute(sql: "UPDATE session SET journalSize = -1")
        }
        // Protocoling requests (issue 17): the session's Protocoling axis, for export.
        migrator.registerMigration("v4 protocoling") { db in
            try db.alter(table: "session") { t in t.add(column: "protocoling", .double) }
            try db.execute(sql: "UPDATE session SET journalSize = -1")
        }
        return migrator
    }

    /// The sessions history counts: not left out, and finished unless asked otherwise.
    static func counted(_ alias: String, includeUnfinished: Bool) -> String {
        "\(alias).excluded = 0" + (includeUnfinished ? "" : " AND \(alias).finished = 1")
    }

    /// Every row, in a stable order: for comparing a live database with a rebuilt one.
    public func dump() throws -> [String] {
        try pool.read { db in
            var lines: [String] = []
            for (table, order) in [("session", "id"), ("caseResult", "sessionId, caseId"), ("sessionAxis", "sessionId, axis"),
                                   ("miss", "sessionId, caseId, finding"), ("stepIssue", "sessionId, caseId, step, kind")] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)") {
                    lines.append(table + " " + row.description)
                }
            }
            return lines
        }
    }
}
