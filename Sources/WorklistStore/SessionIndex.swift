import Foundation
import WorklistCore

/// The sessions in a data folder, newest first, read from their journals.
public struct SessionListing: Sendable, Equatable, Codable {
    public var id: String
    public var mode: Mode
    public var scenario: String
    public var trainee: String
    public var client: Client
    public var state: State
    public var score: Double
    public var startedAt: String
    /// Session-clock seconds of the last event.
    public var lastEventSeconds: Double
    public var path: String

    public enum State: String, Sendable, Codable { case unfinished, finished }

    enum CodingKeys: String, CodingKey {
        case id, mode, scenario, trainee, client, state, score, path
        case startedAt = "started_at"
        case lastEventSeconds = "last_event_seconds"
    }
}

public enum SessionIndex {
    /// Every readable journal (an unreadable one is reported, not fatal).
    public static func list(dataDirectory: String) -> (sessions: [SessionListing], problems: [String]) {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted(by: >)
        var sessions: [SessionListing] = []
        var problems: [String] = []
        for name in names {
            let path = folder + "/" + name
            do {
                let journal = try JournalReader.read(path).journal
                sessions.append(summary(journal, path: path))
            } catch {
                problems.append(error.description)
            }
        }
        return (sessions, problems)
    }

    public static func summary(_ journal: Journal, path: String) -> SessionListing {
        let report = Scoring.report(journal)
        return SessionListing(id: journal.header.session, mode: journal.header.mode, scenario: journal.header.scenario,
                              trainee: journal.header.trainee, client: journal.header.client,
                              state: report.finished ? .finished : .unfinished, score: report.sessionScore,
                              startedAt: journal.header.startedAt, lastEventSeconds: journal.events.last?.t ?? 0, path: path)
    }

    /// Wall seconds since the journal was last written: how long the program was not running.
    public static func secondsSinceLastWrite(_ path: String, now: Date = Date()) -> Double {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let modified = attributes?[.modificationDate] as? Date else { return 0 }
        return max(0, now.timeIntervalSince(modified))
    }
}
