/// What the trainee (through the keymap) or the clock asks of the engine. Every action
/// is applied at an instant of the session clock: time is data (DESIGN.md §3).
public enum Action: Sendable, Equatable {
    /// Time passes: calls ring, the time limit ends the session.
    case tick
    /// Open a case on the reading screen (leaving the open one).
    case open(String)
    /// Back to the worklist; the case stays in progress.
    case leave
    /// Show a step of the open case.
    case show(step: String)
    case decideNormal(step: String)
    case mark(step: String, Mark)
    case unmark(step: String, Mark)
    /// Communicate a critical result marked on the open case.
    case communicate(step: String, Mark)
    case sign(impression: String)
    case answer(String)
    case deferCall
    /// Open a call-back task ("not read yet — I will call back"): its call shows again.
    case callBack(String)
    /// A keystroke, counted against the open case.
    case key
    case pause(PauseReason)
    case resume(PauseReason, wallSeconds: Double)
    case heartbeat
    case end(EndReason)
    /// Ask the technologist for the extra view of the step on screen (not in exams).
    case askExtra(step: String)
    /// Consult a senior colleague on the open case (not in exams).
    case consult
    /// Open a protocoling request; back to the worklist from it; answer the open one (final).
    case openRequest(String)
    case leaveRequest
    case protocolRequest(option: String)
}

/// What the reducer asks the outside world to do.
public enum Effect: Sendable, Equatable {
    /// Append to the journal before the screen shows it.
    case journal(Event)
    /// `fdatasync` the journal: a case boundary or the end.
    case sync
    /// The action was refused; tell the trainee why.
    case notice(String)
}
