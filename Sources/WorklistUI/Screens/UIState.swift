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

    public init() {}

    public static let callGuardSeconds = 0.4
}
