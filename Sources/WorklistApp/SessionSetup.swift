import Foundation
import WorklistCore
import WorklistStore
import WorklistUI

/// Starts a session of a scenario: its journal, its recorder and what the screens show.
public enum SessionSetup {
    public static func start(library: Library, scenario: Scenario, seed: UInt64, trainee: String, client: Client,
                             dataDirectory: String, theme: Theme, at date: Date = Date()) throws -> AppSession {
        let header = try JournalHeader.start(library: library, scenario: scenario, seed: seed, trainee: trainee,
                                             client: client, at: date)
        let recorder = try SessionRecorder(header: header, dataDirectory: dataDirectory)
        let content = SessionContent(title: scenario.title, library: library, snapshot: header.snapshot)
        return AppSession(recorder: recorder, content: content, theme: theme)
    }

    /// Carries on an unfinished session. Time while the program was not running is left
    /// out of a shift or drill (journalled as a pause of `reason: exited`); an exam's clock
    /// never stops, so one resumed past its limit ends at once.
    public static func resume(journal: Journal, path: String, library: Library, theme: Theme,
                              wallSecondsAway: Double, now date: Date = Date()) throws -> (AppSession, LiveClock) {
        let recorder = try SessionRecorder(resuming: journal, path: path)
        let title = library.scenario(journal.header.scenario)?.title ?? journal.header.scenario
        let content = SessionContent(title: title, library: library, snapshot: journal.header.snapshot)
        let app = AppSession(recorder: recorder, content: content, theme: theme)
        let last = journal.events.last?.t ?? 0
        let clock: LiveClock
        if journal.header.mode == .exam {
            let started = ISO8601DateFormatter().date(from: journal.header.startedAt) ?? date
            clock = LiveClock(stoppable: false, offset: max(last, date.timeIntervalSince(started)))
        } else {
            clock = LiveClock(stoppable: true, offset: last)
        }
        // A shift resumes at the instant it stopped; an exam where its wall clock has got to.
        let now = journal.header.mode == .exam ? clock.now() : app.state.now
        try app.resumeAfterExit(at: now, wallSecondsAway: wallSecondsAway)
        return (app, clock)
    }
}
