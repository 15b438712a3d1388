import WorklistCore
import WorklistStore
import WorklistUI

/// One running session: the app state, the journal file its events go to, and the
/// effects carried out (journal, history). Shared by the terminal, `play` and `review`,
/// so all of them run exactly the same reducer, keymap, engine and view.
public final class AppSession {
    public private(set) var app: AppState
    public let content: SessionContent
    public var theme: Theme
    /// Nil for `review`: a finished session is only read.
    private let writer: JournalWriter?
    /// Stores the ended session in the history and returns the trainee's progress.
    public var onEnded: ((Journal, String) -> TraineeProgress?)?
    private var wantsInputDiscarded = false
    /// Texts laid out for earlier frames: most of a frame is the last one's (issue 13).
    private let layoutCache = LayoutCache()

    public init(app: AppState, content: SessionContent, theme: Theme, writer: JournalWriter?) {
        self.app = app
        self.content = content
        self.theme = theme
        self.writer = writer
    }

    public var state: SessionState { app.engine }
    public var ui: UIState { app.ui }
    public var journal: Journal { app.journal }
    public var journalPath: String? { writer?.path }
    /// What opening the journal had to say (a torn tail cut into a side file), for after
    /// the terminal is restored.
    public var warnings: [String] { writer?.warnings ?? [] }
    /// The score report of the session as it stands.
    public var report: SessionReport { Scoring.report(app.journal) }
    /// The session has ended or been left: keys no longer reach the engine.
    public var isOver: Bool { state.ended != nil || ui.exit != nil }
    /// The trainee has finished with the screen (the summary, or "save and exit").
    public var wantsExit: Bool { ui.exit != nil }

    /// Feeds an input to the reducer and carries out its effects, in order: every event
    /// is on disk before the frame that shows it is drawn.
    public func dispatch(_ input: AppInput, at now: Double) throws(StoreError) {
        for effect in AppReducer.reduce(&app, input, at: now, content: content) {
            switch effect {
            case .journal(let event): try writer?.append(event)
            case .sync: writer?.sync()
            case .discardInput: wantsInputDiscarded = true
            case .exit: break
            case .recordHistory:
                guard let writer, let onEnded else { break }
                writer.sync()
                let progress = onEnded(app.journal, writer.path)
                try dispatch(.historyRecorded(progress), at: now)
            }
        }
    }

    public func press(_ key: Key, at now: Double) throws(StoreError) { try dispatch(.key(key), at: now) }
    /// Time passes to `now` (what falls due fires).
    public func advance(to now: Double) throws(StoreError) { try dispatch(.tick, at: now) }
    public func end(_ reason: EndReason, at now: Double) throws(StoreError) { try dispatch(.end(reason), at: now) }

    public func frame(now: Double, columns: Int, rows: Int) -> Buffer {
        Frame.render(state: state, ui: ui, content: content, now: now, columns: columns, rows: rows, theme: theme,
                     cache: layoutCache)
    }

    /// Whether keys typed ahead should be thrown away (a call opened); asking clears it.
    public func takeInputDiscardRequest() -> Bool {
        defer { wantsInputDiscarded = false }
        return wantsInputDiscarded
    }

    public func close() { writer?.close() }
}
