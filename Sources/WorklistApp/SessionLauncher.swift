import Foundation
import WorklistCases
import WorklistCore
import WorklistStore
import WorklistUI

/// What the trainee's config and the command line say about every session, read once
/// (issue 10: the config was read three times per start).
public struct SessionSettings: Sendable {
    public var trainee: String
    public var keyMap: KeyMap
    public var macros: [String: String]
    public var reminders: AppState.DrillReminders
    /// `n` moves on to the next undecided step (config `reading: {normal_moves_on: …}`).
    public var normalMovesOn: Bool
    /// The tutorial's guide is shown (`worklist tutorial`).
    public var tutorial = false
    /// A message on the first screen (the very first start offers the tutorial).
    public var welcome: String?
    public var dataDirectory: String
    /// Store ended sessions in the history database (off for tests of the loop alone).
    public var recordsHistory: Bool

    public init(trainee: String, keyMap: KeyMap = .standard, macros: [String: String] = [:],
                reminders: AppState.DrillReminders = .init(), normalMovesOn: Bool = true, dataDirectory: String,
                recordsHistory: Bool = true) {
        self.trainee = trainee
        self.keyMap = keyMap
        self.macros = macros
        self.reminders = reminders
        self.normalMovesOn = normalMovesOn
        self.dataDirectory = dataDirectory
        self.recordsHistory = recordsHistory
    }

    /// From the config file already loaded: the name, own keys (checked; a bad line is a
    /// diagnostic at its file:line:column), macros and drill reminders.
    public static func make(config: Config, traineeOption: String?, environment: [String: String],
                            dataDirectory: String) -> (SessionSettings, [Diagnostic]) {
        let (keyMap, problems) = Personalization.keyMap(config)
        let trainee = DataLocations.trainee(option: traineeOption, config: config.trainee, environment: environment)
        let settings = SessionSettings(
            trainee: trainee, keyMap: keyMap, macros: config.macros,
            reminders: .init(order: config.drillOrderNotice, keepSearching: config.drillKeepSearching),
            normalMovesOn: config.normalMovesOn, dataDirectory: dataDirectory)
        return (settings, problems)
    }
}

/// A session refused before it starts, with what to do.
public struct LaunchError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The one place a session is assembled (issue 10): shift, drill, exam, play, resume and
/// review all come through here, with the same settings and history hook.
public enum SessionLauncher {
    /// A new session of `scenario`: its journal, the app state and the history hook.
    public static func start(library: Library, scenario: Scenario, seed: UInt64, client: Client,
                             settings: SessionSettings, theme: Theme, at date: Date = Date()) throws -> AppSession {
        let header = try JournalHeader.start(library: library, scenario: scenario, seed: seed, trainee: settings.trainee,
                                             client: client, at: date)
        let writer = try JournalWriter(dataDirectory: settings.dataDirectory, header: header)
        return session(Journal(header: header, events: []), title: scenario.title, library: library,
                       settings: settings, theme: theme, writer: writer)
    }

    /// Carries on an unfinished session. Time while the program was not running is left
    /// out of a shift or drill (journalled as a pause of `reason: exited`); an exam's clock
    /// never stops, so one resumed past its limit ends at its limit.
    public static func resume(journal: Journal, path: String, library: Library, settings: SessionSettings,
                              theme: Theme, wallSecondsAway: Double,
                              now date: Date = Date()) throws -> (AppSession, LiveClock) {
        // Refuses a journal another process holds, or one that changed since it was read.
        let writer = try JournalWriter(resuming: journal, path: path)
        let app = session(journal, title: library.scenario(journal.header.scenario)?.title ?? journal.header.scenario,
                          library: library, settings: settings, theme: theme, writer: writer)
        let last = journal.events.last?.t ?? 0
        let clock: LiveClock
        if journal.header.mode == .exam {
            let started = SessionID.date(fromTimestamp: journal.header.startedAt) ?? date
            clock = LiveClock(stoppable: false, offset: max(last, date.timeIntervalSince(started)))
        } else {
            clock = LiveClock(stoppable: true, offset: last)
        }
        // A shift resumes at the instant it stopped; an exam where its wall clock has got to.
        let now = journal.header.mode == .exam ? clock.now() : app.state.now
        try app.dispatch(.resumedAfterExit(wallSecondsAway: wallSecondsAway), at: now)
        return (app, clock)
    }

    /// A finished session read-only: its summary, then its cases with the truth.
    public static func review(journal: Journal, library: Library, settings: SessionSettings,
                              theme: Theme) throws(LaunchError) -> AppSession {
        try checkReviewable(journal, library: library)
        let app = session(journal, title: library.scenario(journal.header.scenario)?.title ?? journal.header.scenario,
                          library: library, settings: settings, theme: theme, writer: nil)
        try? app.dispatch(.openReview, at: 0)
        return app
    }

    /// A review needs every case's text from the library the session used.
    public static func checkReviewable(_ journal: Journal, library: Library) throws(LaunchError) {
        let missing = journal.header.snapshot.cases.map(\.id).filter { library.case($0) == nil }
        guard missing.isEmpty else {
            throw LaunchError("the case library lacks \(missing.joined(separator: ", ")), so their texts cannot be shown; "
                              + "point --cases at the library the session used.")
        }
    }

    /// The drill of a routine for this trainee: unseen cases first, then the weakest (history).
    public static func drillScenario(_ library: Library, routine id: String, count: Int, settings: SessionSettings,
                                     seed: UInt64) throws(LaunchError) -> Scenario {
        guard let routine = library.routine(id) else {
            throw LaunchError("no routine \"\(id)\"; routines: \(library.routines.map(\.id).joined(separator: ", ")).")
        }
        let data = settings.dataDirectory
        let history = (try? HistoryDatabase(dataDirectory: data)).flatMap { db -> DrillPlan.History? in
            _ = try? db.sync(dataDirectory: data)
            return try? db.drillHistory(trainee: settings.trainee, routine: id)
        } ?? DrillPlan.History()
        let ids = DrillPlan.order(library, routine: id, history: history, count: count, seed: seed)
        guard !ids.isEmpty else { throw LaunchError("routine \"\(id)\" has no cases outside the exams to drill.") }
        return DrillPlan.scenario(library, routine: routine, caseIDs: ids)
    }

    private static func session(_ journal: Journal, title: String, library: Library, settings: SessionSettings,
                                theme: Theme, writer: JournalWriter?) -> AppSession {
        let content = SessionContent(title: title, library: library, snapshot: journal.header.snapshot)
        var state = AppState(journal: journal, keyMap: settings.keyMap, macros: settings.macros,
                             reminders: settings.reminders, normalMovesOn: settings.normalMovesOn,
                             tutorial: settings.tutorial)
        if journal.events.isEmpty, let welcome = settings.welcome { state.ui.notice = welcome }
        let app = AppSession(app: state, content: content, theme: theme, writer: writer)
        if settings.recordsHistory { app.onEnded = HistoryHook.make(dataDirectory: settings.dataDirectory) }
        return app
    }
}

/// Stores an ended session in the history database and reads the trainee's progress.
public enum HistoryHook {
    public static func make(dataDirectory: String) -> (Journal, String) -> TraineeProgress? {
        { journal, path in
            do {
                let history = try HistoryDatabase(dataDirectory: dataDirectory)
                try history.record(journal, path: path)
                var progress = try history.progress(trainee: journal.header.trainee, includePlay: journal.header.client == .play)
                progress.program = ProgramStandingCache.read(dataDirectory: dataDirectory)
                return progress
            } catch {
                return nil   // the journal is the truth; 'worklist history' syncs from it later
            }
        }
    }
}
