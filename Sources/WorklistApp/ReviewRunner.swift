#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorklistCore
import WorklistUI

/// `worklist review`: a finished session's summary and its cases, read-only, with the
/// truth shown. No clock and no journal: nothing here changes the session.
public final class ReviewRunner {
    let backend: TerminalBackend
    let state: SessionState
    let content: SessionContent
    let theme: Theme
    public private(set) var ui = UIState()

    public init(journal: Journal, content: SessionContent, theme: Theme, backend: TerminalBackend) {
        self.backend = backend
        self.content = content
        self.theme = theme
        state = SessionState(snapshot: journal.header.snapshot)
        ui.summary = UIState.Scrolled(Scoring.report(journal))
        ui.review = UIState.Review()
    }

    /// Runs until the trainee finishes; returns a signal number if one stopped it.
    public func run() -> Int32? {
        var last: Buffer?
        while true {
            if let sig = Signals.takeTerminating() { return sig }
            if Signals.takeStop() {
                backend.suspend()
                Signals.stopProcess()
                backend.resume()
                last = nil
            }
            switch backend.nextEvent(timeoutMilliseconds: 200) {
            case .key(let key)?: _ = Interaction.handle(key, at: 0, ui: &ui, state: state, content: content)
            case .resize?: last = nil
            case .hangup?: return SIGHUP
            case .click?, nil: break
            }
            if ui.exit != nil { return nil }
            ui.tooSmall = backend.columns < Frame.minimumColumns || backend.rows < Frame.minimumRows
            let frame = Frame.render(state: state, ui: ui, content: content, now: 0, columns: backend.columns,
                                     rows: backend.rows, theme: theme)
            if frame != last {
                backend.present(frame)
                last = frame
            }
        }
    }
}
