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
    /// Another process has the journal open (a session running now): not to be resumed or
    /// discarded from here.
    public var inUse: Bool = false
    /// That process, when known.
    public var pid: Int32?
    /// Left out of history, export and comparisons by the trainee (`sessions --exclude`).
    public var excluded: Bool = false

    public enum State: String, Sendable, Codable { case unfinished, finished }

    enum CodingKeys: String, CodingKey {
        case id, mode, scenario, trainee, client, state, score, path, pid, excluded
        case inUse = "in_use"
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
        let exclusions = SessionExclusions(dataDirectory: dataDirectory)
        for name in names {
            let path = folder + "/" + name
            do {
                let journal = try JournalReader.read(path).journal
                var listing = summary(journal, path: path)
                listing.excluded = exclusions.contains(listing.id)
                sessions.append(listing)
            } catch {
                problems.append(error.description)
            }
        }
        return (sessions, problems)
    }

    /// Unfinished sessions, newest first, found fast: only a journal whose last line is not
    /// an `ended` event is read in full (the start-up resume offer must not score them all).
    public static func unfinished(dataDirectory: String) -> [SessionListing] {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted(by: >)
        return names.compactMap { name in
            let path = folder + "/" + name
            guard !lastLineEnds(path), let journal = try? JournalReader.read(path).journal else { return nil }
            let listing = summary(journal, path: path)
            return listing.state == .unfinished ? listing : nil
        }
    }

    /// Whether the journal's last complete line is an `ended` event (reads its tail only).
    static func lastLineEnds(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        let tail = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let lines = tail.split(separator: "\n", omittingEmptySubsequences: true)
        guard let last = lines.last else { return false }
        return last.contains("\"type\":\"ended\"")
    }

    /// The listing of a journal; an unfinished one is probed for its lock (who has it open).
    public static func summary(_ journal: Journal, path: String) -> SessionListing {
        let report = Scoring.report(journal)
        var listing = SessionListing(id: journal.header.session, mode: journal.header.mode, scenario: journal.header.scenario,
                                     trainee: journal.header.trainee, client: journal.header.client,
                                     state: report.finished ? .finished : .unfinished, score: report.sessionScore,
                                     startedAt: journal.header.startedAt, lastEventSeconds: journal.events.last?.t ?? 0,
                                     path: path)
        if !report.finished, let holder = JournalLock.holder(path) {
            listing.inUse = true
            listing.pid = holder.pid
        }
        return listing
    }

    /// Wall seconds since the journal was last written: how long the program was not running.
    public static func secondsSinceLastWrite(_ path: String, now: Date = Date()) -> Double {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let modified = attributes?[.modificationDate] as? Date else { return 0 }
        return max(0, now.timeIntervalSince(modified))
    }

    /// Moves a discarded journal out of the sessions folder into `sessions/discarded/`:
    /// kept on disk, never listed, resumed, counted in history or exported.
    public static func moveToDiscarded(_ path: String, dataDirectory: String) throws(StoreError) -> String {
        let folder = DataLocations.discardedDirectory(dataDirectory: dataDirectory)
        try JournalWriter.makeDirectory(folder)
        let target = folder + "/" + (path as NSString).lastPathComponent
        guard rename(path, target) == 0 else {
            throw StoreError.cannotCreate(path: target, reason: "could not move the journal there: " + String(cString: strerror(errno)))
        }
        return target
    }
}
