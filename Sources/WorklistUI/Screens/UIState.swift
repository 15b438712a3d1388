import WorklistCore

/// What the screens remember that the engine does not: selection, scroll, the overlay
/// open, drafts, the last notice. Changed only by `Interaction`.
public struct UIState: Equatable, Sendable {
    public enum Overlay: Equatable, Sendable {
        /// The finding pick list of the step on screen, filtered by typed text.
        case picker(filter: String, selection: Int)
        /// The side of a lateral term about to be marked.
        case side(term: String)
        /// One of the case's marks, to unmark or to call through.
        case chooser(ChooserPurpose, selection: Int)
        /// The structured report beside the typed impression.
        case preview(scroll: Int)
        case confirmSign
        case confirmQuit
    }

    public enum ChooserPurpose: Equatable, Sendable { case unmark, communicate }

    public enum Exit: Equatable, Sendable {
        /// "End the shift now (score it)": the session was ended.
        case ended
        /// "Save and exit (resume later)": the session stays unfinished.
        case saveAndExit
    }

    /// The worklist row selected, by case id (stable while rows arrive).
    public var selectedCase: String?
    /// Until the trainee moves the selection, it follows the first waiting study (at the
    /// start, and after each signature), so a study that arrives later is the one selected.
    public var selectionFollowsQueue = true
    public var overlay: Overlay?
    /// First line of the view text shown.
    public var scroll = 0
    public var notice: String?
    /// Typed impressions, per case, until signing.
    public var impressions: [String: String] = [:]
    /// The answer highlighted in the call modal; -1 until the trainee chooses one.
    public var callSelection = -1
    /// When the call modal on screen appeared (session time): keys are ignored for 400 ms.
    public var callShownAt: Double?
    public var tooSmall = false
    public var exit: Exit?
    /// The feedback card of the case just signed.
    public var feedback: Scrolled<CaseReport>?
    /// The end-of-session summary (the session has ended, or a finished one is reviewed).
    public var summary: Scrolled<SessionReport>?
    /// Walking the finished cases read-only with the truth.
    public var review: Review?
    /// The help overlay, over whatever is on screen.
    public var help = false
    /// The one keymap table, with the trainee's own bindings from the config.
    public var keyMap = KeyMap.standard
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
    /// The progress screen, opened from the summary: its scroll.
    public var historyScroll: Int?

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

    /// The same state without the help overlay: the context help describes.
    static func closingHelp(_ ui: UIState) -> UIState {
        var copy = ui
        copy.help = false
        return copy
    }
}
