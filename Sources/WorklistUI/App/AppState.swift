import WorklistCore

/// Everything one running session is, as values: the journal so far, the engine state it
/// gives, and what the screens remember. `AppReducer` is the only code that changes it.
public struct AppState: Equatable, Sendable {
    public let header: JournalHeader
    /// Every event journalled so far (the file holds the same).
    public internal(set) var events: [Event]
    public internal(set) var engine: SessionState
    public var ui: UIState
    public var reminders: DrillReminders
    /// When the last heartbeat was written; the next falls due 5 s later while a case is open.
    public internal(set) var lastHeartbeat: Double = 0

    public static let heartbeatSeconds: Double = 5

    /// Drill reminders, each of which the trainee can switch off in the config.
    public struct DrillReminders: Equatable, Sendable {
        /// "Out of protocol order" when a step is decided before an earlier one.
        public var order = true
        /// "Keep searching — finish the pattern" after the first finding.
        public var keepSearching = true
        public init(order: Bool = true, keepSearching: Bool = true) {
            self.order = order
            self.keepSearching = keepSearching
        }
    }

    /// A session from its journal (new: the header alone; resumed or reviewed: all of it).
    /// The screen is where the journal left the trainee: the open case, a call on screen,
    /// or the summary of a finished session.
    public init(journal: Journal, keyMap: KeyMap = .standard, macros: [String: String] = [:],
                reminders: DrillReminders = DrillReminders(), normalMovesOn: Bool = true, tutorial: Bool = false) {
        header = journal.header
        events = journal.events
        engine = SessionState(restoring: journal)
        self.reminders = reminders
        ui = UIState()
        ui.reading = ReadingProgress(header: journal.header, events: journal.events)
        ui.keyMap = keyMap
        ui.macros = macros
        ui.normalMovesOn = normalMovesOn
        ui.tutorial = tutorial
        if engine.ended != nil {
            ui.report = Scoring.report(journal)
            ui.screen = .summary(scroll: 0)
        } else {
            ui.screen = engine.openCase == nil ? .worklist : .reading
            if engine.modal != nil { ui.screen = .call(over: ui.screen) }
        }
        ui.selectedRow = engine.openCase.map { .study($0) } ?? Lists.worklistRows(engine).first?.id
    }

    public var journal: Journal { Journal(header: header, events: events) }
    public var mode: Mode { engine.snapshot.scenario.mode }

    /// When the next heartbeat falls due, while a case is open.
    public var nextHeartbeat: Double? {
        engine.openCase == nil || engine.ended != nil ? nil : lastHeartbeat + Self.heartbeatSeconds
    }

    /// The next instant something happens by itself: a call, the time limit, a heartbeat.
    public var nextDue: Double? { [engine.nextScheduledInstant, nextHeartbeat].compactMap { $0 }.min() }
}

/// What the outside world feeds the app: the trainee, the terminal and the clock.
public enum AppInput: Equatable, Sendable {
    case key(Key)
    /// A mouse click (with --mouse), on a screen of `columns`×`rows`.
    case click(column: Int, row: Int, columns: Int, rows: Int)
    /// Time passes: calls ring, the time limit ends the session, heartbeats.
    case tick
    /// The terminal's size crossed 80×24; `wallSecondsPaused` is how long it was too small.
    case resized(small: Bool, wallSecondsPaused: Double)
    /// ^Z and `fg`.
    case suspended
    case resumedFromSuspend(wallSeconds: Double)
    /// The program starts again on an unfinished journal.
    case resumedAfterExit(wallSecondsAway: Double)
    /// Ends the session (the key file ran out).
    case end(EndReason)
    /// The history database stored the ended session and says how the trainee is doing.
    case historyRecorded(TraineeProgress?)
    /// `worklist review`: straight to the list of a finished session's cases.
    case openReview
}

/// What the app asks the outside world to do; the loop carries these out, in order.
public enum AppEffect: Equatable, Sendable {
    /// Append to the journal before the screen shows it.
    case journal(Event)
    /// `fdatasync` the journal.
    case sync
    /// Store the ended session in the history; answer with `historyRecorded`.
    case recordHistory
    /// Throw away keys typed ahead (a call opened).
    case discardInput
    /// The trainee has finished with the screen.
    case exit(UIState.Exit)
}
