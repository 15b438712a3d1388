import Foundation
import WorklistCore

/// A live session: the engine's state and its journal on disk, kept in step. Every event
/// the reducer produces is written before the caller sees the new state (DESIGN.md §3).
public final class SessionRecorder {
    public private(set) var state: SessionState
    public let header: JournalHeader
    /// Every event written so far: the same as the file, kept for feedback and the summary.
    public private(set) var events: [Event] = []
    private let writer: JournalWriter

    public var journalPath: String { writer.path }

    /// Starts a new journal for `header` under `dataDirectory`.
    public init(header: JournalHeader, dataDirectory: String) throws(StoreError) {
        self.header = header
        writer = try JournalWriter(dataDirectory: dataDirectory, header: header)
        state = SessionState(snapshot: header.snapshot)
    }

    /// Carries on an unfinished session: its state restored from the journal, new events
    /// appended to the same file. Throws `.inUse` when another process has it open.
    public init(resuming journal: Journal, path: String) throws(StoreError) {
        writer = try JournalWriter(resuming: journal, path: path)
        header = journal.header
        state = SessionState(restoring: journal)
        events = journal.events
    }

    /// What opening the journal repaired (a torn last line cut, and where it was kept):
    /// print these for the trainee.
    public var warnings: [String] { writer.warnings }

    /// Applies an action at session time `t`; returns the notices for the trainee.
    @discardableResult
    public func send(_ action: Action, at t: Double) throws(StoreError) -> [String] {
        var notices: [String] = []
        for effect in state.reduce(action, at: t) {
            switch effect {
            case .journal(let event):
                try writer.append(event)
                events.append(event)
            case .sync: writer.sync()
            case .notice(let text): notices.append(text)
            }
        }
        return notices
    }

    public func close() { writer.close() }

    /// Flushes the journal to the disk (`fdatasync`).
    public func sync() { writer.sync() }

    public var journal: Journal { Journal(header: header, events: events) }

    /// The score report of the session as it stands.
    public var report: SessionReport { Scoring.report(journal) }
}

extension JournalHeader {
    /// The header of a new session of `scenario` (cases drawn by `seed` for a pool).
    public static func start(library: Library, scenario: Scenario, seed: UInt64, trainee: String, client: Client,
                             at date: Date, suffix: UInt16 = UInt16.random(in: 0...UInt16.max))
        throws(SnapshotError) -> JournalHeader {
        let snapshot = try ContentSnapshot.make(library: library, scenario: scenario.snapshot,
                                                schedule: scenario.schedule(seed: seed))
        return JournalHeader(session: SessionID.make(startedAt: date, suffix: suffix), seed: seed, trainee: trainee,
                             client: client, startedAt: SessionID.timestamp(date), snapshot: snapshot)
    }
}
