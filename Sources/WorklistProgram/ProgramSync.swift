import Foundation
import WorklistCore
import WorklistStore

/// Why the program store could not be used. Every case says what happened and what to do.
public enum ProgramStoreError: Error, CustomStringConvertible {
    /// This build has no PostgreSQL support (the default build).
    case notBuilt
    /// The server could not be reached or refused us; nothing was sent, nothing local changed.
    case unreachable(server: String, reason: String)
    /// The server answered, but a query failed.
    case failed(server: String, reason: String)

    public var description: String {
        switch self {
        case .notBuilt:
            "this worklist was built without the program store; build it with "
                + "'swift build -c release --traits PostgreSQL' (see README: a residency program) to sync and report."
        case .unreachable(let server, let reason):
            "cannot reach the program database \(server): \(reason). Nothing was sent and nothing here changed; "
                + "check the URL and that the server is up, or sync again later (your sessions stay on this machine)."
        case .failed(let server, let reason):
            "the program database \(server) refused the request: \(reason)."
        }
    }

    /// Exit 2: the environment (network, server), not the input.
    public var isEnvironment: Bool { if case .failed = self { false } else { true } }
}

/// What one `worklist sync` did.
public struct SyncOutcome: Sendable, Equatable {
    /// Sessions sent now.
    public var sent: [String] = []
    /// Sessions the store already holds with the same journal.
    public var alreadyThere = 0
    /// Sessions the store holds with a different journal: refused, nothing overwritten.
    public var refused: [(id: String, local: String, stored: String)] = []
    /// Journals that could not be read or scored.
    public var unreadable: [String] = []
    public var standing: ProgramStanding?

    public static func == (a: SyncOutcome, b: SyncOutcome) -> Bool {
        a.sent == b.sent && a.alreadyThere == b.alreadyThere && a.unreadable == b.unreadable && a.standing == b.standing
            && a.refused.map { [$0.id, $0.local, $0.stored] } == b.refused.map { [$0.id, $0.local, $0.stored] }
    }
}

/// `worklist sync` and `worklist program`: blocking calls the command line makes; the wire
/// is PostgresNIO's, present only with the PostgreSQL trait.
public enum ProgramSync {
    /// Seconds to wait for the server to accept the connection: a down server must not hang.
    public static let connectTimeout = 3

    public static var isAvailable: Bool {
        #if PostgreSQL
        true
        #else
        false
        #endif
    }

    /// Connects first (an unreachable server changes nothing here), then brings the local
    /// history up to date and sends every finished, included session the store lacks. A
    /// session the store holds with another journal is refused, not overwritten. Ends by
    /// caching the program's standing in the data folder.
    public static func sync(dataDirectory: String, url: ProgramURL, now: Date = Date()) throws -> SyncOutcome {
        #if PostgreSQL
        return try blocking { try await ProgramConnection.sync(dataDirectory: dataDirectory, url: url, now: now) }
        #else
        throw ProgramStoreError.notBuilt
        #endif
    }

    /// The cohort report over the whole store.
    public static func report(url: ProgramURL, since: String?, routine: String?) throws -> ProgramReport {
        #if PostgreSQL
        return try blocking { try await ProgramConnection.report(url: url, since: since, routine: routine) }
        #else
        throw ProgramStoreError.notBuilt
        #endif
    }

    /// Runs async work from the synchronous command line and waits for it.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Carries the result of the async work back to the waiting thread (the semaphore orders
/// the write before the read).
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
