import WorklistCore

/// What the screens remember that the engine does not: the screen showing, selection,
/// scroll, drafts, the last notice. Changed only by `Interaction` and `AppReducer`.
public struct UIState: Equatable, Sendable {
    public enum ChooserPurpose: Equatable, Sendable { case unmark, communicate }

    public enum Exit: Equatable, Sendable {
        /// "End the shift now (score it)": the session was ended.
        case ended
        /// "Save and exit (resume later)": the session stays unfinished.
        case saveAndExit
    }

    /// The worklist row selected, by id (stable while rows arrive): a study or a call-back task.
    public var selectedRow: WorklistRow.ID?
    /// The selected study's case id (nil when a call-back task or nothing is selected).
    public var selectedCase: String? {
        get { if case .study(let id)? = selectedRow { id } else { nil } }
        set { selectedRow = newValue.map { .study($0) } }
    }
    /// Until the trainee moves the selection, it follows the first waiting study (at the
    /// start, and after each signature), so a study that arrives later is the one selected.
    public var selectionFollowsQueue = true
    /// What is on screen: the one place that decides it.
    public var screen: Screen = .worklist
    /// First line of the view text shown.
    public var scroll = 0
    public var notice: String?
    /// Typed impressions, per case, until signing.
    public var impressions: [String: String] = [:]
    /// Where the cursor stands in each typed impression (absent: at the end).
    public var impressionCursors: [String: Int] = [:]
    /// Where the cursor stands in the pick list's filter (absent: at the end).
    public var filterCursor: Int?
    /// The answer highlighted in the call modal; -1 until the trainee chooses one.
    public var callSelection = -1
    /// When the call modal on screen appeared (session time): keys are ignored for 400 ms.
    public var callShownAt: Double?
    /// The trainee has finished with the screen (the summary, or "save and exit").
    public var exit: Exit?
    /// The session's score report, once it has ended (the summary and review show it).
    public var report: SessionReport?
    /// The one keymap table, with the trainee's own bindings from the config.
    public var keyMap = KeyMap.standard
    /// `n` calls the step normal and moves to the next undecided step (config
    /// `reading: {normal_moves_on: false}` keeps it on the step).
    public var normalMovesOn = true
    /// Which steps count as read so far, by the scorer's rule, fed each journalled event:
    /// the checklist shows it while the trainee reads (issue 14).
    public var reading: ReadingProgress?
    /// The first-run tutorial: a guide above the key line says what to do next.
    public var tutorial = false
    /// Exam films marked to come back to (the trainee's own note; nothing is scored).
    public var flagged: Set<String> = []
    /// Per case, how to take back each decision made since it was opened this run, newest
    /// last: the decision events that reverse it (never a new kind of event).
    public var undo: [String: [UndoStep]] = [:]
    /// `u` was pressed: the app reducer takes back the last decision of the open case.
    public var undoRequested = false

    public struct UndoStep: Equatable, Sendable {
        public var step: String
        /// Empty when the step was undecided before: no decision event leads back there.
        public var actions: [Action]
    }

    /// The step whose called-through finding the next `n` would erase (asked once first).
    public var confirmingErase: String?
    /// "End now" was pressed once with under half the cases opened: the quit box asks again.
    public var confirmingEndEarly = false
    /// A drill's running tally: cases signed and their mean score so far.
    public var drillTally: DrillTally?

    public struct DrillTally: Equatable, Sendable {
        public var signed: Int
        public var mean: Double
        public init(signed: Int, mean: Double) {
            self.signed = signed
            self.mean = mean
        }
    }

    /// Report macros: a code of two or more characters, expanded by Tab in the impression.
    public var macros: [String: String] = [:]
    /// The trainee's progress including this session (from the history database), once ended.
    public var progress: TraineeProgress?

    public init() {}

    public struct Scrolled<Value: Equatable & Sendable>: Equatable, Sendable {
        public var value: Value
        public var scroll = 0
        public init(_ value: Value) { self.value = value }
    }

    public struct Review: Equatable, Sendable {
        /// The case selected in the list.
        public var selection = 0
        /// The case open, and the step on screen.
        public var openCase: String?
        public var step = 0
        public var scroll = 0
        public init() {}
    }

    public static let callGuardSeconds = 0.4
}
