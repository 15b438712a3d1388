#if PostgreSQL
import Logging
import PostgresNIO

/// The store's schema, migrated by the program itself: each step applied once, in order,
/// under an advisory lock so two residents syncing at once do not both migrate. Steps are
/// kept forever and new ones appended (docs/program-store.md describes the tables).
enum ProgramSchema {
    static let steps: [String] = [
        // 1: sessions with their journal, case results, missed findings.
        """
        CREATE TABLE program_session (
          id text PRIMARY KEY,
          trainee text NOT NULL,
          mode text NOT NULL,
          scenario text NOT NULL,
          started_at text NOT NULL,
          scoring_version integer NOT NULL,
          content_hash text NOT NULL,
          journal_hash text NOT NULL,
          session_score double precision NOT NULL,
          time_management double precision,
          triage double precision,
          turnaround double precision,
          interruptions double precision,
          sensitivity double precision,
          specificity double precision,
          journal text NOT NULL,
          synced_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX program_session_trainee ON program_session (trainee);
        CREATE INDEX program_session_scenario ON program_session (scenario);
        CREATE TABLE program_case (
          session_id text NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
          case_id text NOT NULL,
          position integer NOT NULL,
          routine text NOT NULL,
          priority text NOT NULL,
          status text NOT NULL,
          read_seconds double precision NOT NULL,
          time double precision NOT NULL,
          coverage double precision NOT NULL,
          order_score double precision NOT NULL,
          detection double precision NOT NULL,
          communication double precision,
          score double precision NOT NULL,
          grade text NOT NULL,
          PRIMARY KEY (session_id, case_id)
        );
        CREATE TABLE program_miss (
          session_id text NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
          case_id text NOT NULL,
          routine text NOT NULL,
          finding text NOT NULL,
          term text NOT NULL,
          grade text NOT NULL,
          weight double precision NOT NULL
        );
        CREATE INDEX program_miss_session ON program_miss (session_id);
        """,
    ]

    static func migrate(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.withTransaction(logger: logger) { c in
            // A fixed key: every Worklist client serialises its migrations on it.
            try await c.query("SELECT pg_advisory_xact_lock(7243051916)", logger: logger)
            try await c.query("""
                CREATE TABLE IF NOT EXISTS worklist_schema (version integer PRIMARY KEY,
                  applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied = 0
            for try await version in try await c.query("SELECT coalesce(max(version), 0) FROM worklist_schema",
                                                       logger: logger).decode(Int.self) {
                applied = version
            }
            for (index, step) in steps.enumerated() where index + 1 > applied {
                for statement in step.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
                where !statement.isEmpty {
                    try await c.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await c.query("INSERT INTO worklist_schema (version) VALUES (\(index + 1))", logger: logger)
            }
        }
    }
}
#endif
