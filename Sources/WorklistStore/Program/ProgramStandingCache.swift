import Foundation
import WorklistCore

/// The program standing fetched at the last `worklist sync`, kept in the data folder
/// (`program-standing.json`) so comparisons with the program work offline.
public enum ProgramStandingCache {
    public static func path(dataDirectory: String) -> String { dataDirectory + "/program-standing.json" }

    /// The cached standing; nil when never synced (or the file is unreadable: it is only a cache).
    public static func read(dataDirectory: String) -> ProgramStanding? {
        guard let data = FileManager.default.contents(atPath: path(dataDirectory: dataDirectory)) else { return nil }
        return try? JSONDecoder().decode(ProgramStanding.self, from: data)
    }

    public static func write(_ standing: ProgramStanding, dataDirectory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let target = path(dataDirectory: dataDirectory)
        try JournalWriter.makeDirectory(dataDirectory)
        guard FileManager.default.createFile(atPath: target + ".tmp", contents: try encoder.encode(standing),
                                             attributes: [.posixPermissions: 0o600]),
              rename(target + ".tmp", target) == 0 else {
            throw StoreError.cannotCreate(path: target, reason: String(cString: strerror(errno)))
        }
    }

    /// Each resident's median session score per scenario, from the store's sessions.
    public static func standing(of sessions: [ProgramRecord.Session], server: String, at date: Date) -> ProgramStanding {
        var scores: [String: [String: [Double]]] = [:]
        for s in sessions { scores[s.scenario, default: [:]][s.trainee, default: []].append(s.sessionScore) }
        return ProgramStanding(server: server, fetchedAt: SessionID.timestamp(date),
                               scenarios: scores.mapValues { $0.compactMapValues(Percentile.median) })
    }
}
