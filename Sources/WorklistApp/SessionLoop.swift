#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorklistCore
import WorklistStore
import WorklistUI

/// The one loop (issue 10): input → reducer → effects → frame, for the terminal, `play`
/// and `review` alike. Only the clock and the backend differ, so a headless run goes
/// through the same throttling, hang-up handling and outcomes as a live one.
public final class SessionLoop<Clock: SessionClock> {
    public enum Outcome: Equatable, Sendable {
        /// The session ended (trainee, time limit, all signed, the key file ran out).
        case ended
        /// "Save and exit": unfinished, resumable.
        case savedAndExited
        /// Stopped by a signal (or a hung-up terminal): unfinished, resumable; exit 128+N.
        case signal(Int32)
    }

    public let session: AppSession
    public let backend: TerminalBackend
    public let clock: Clock
    private var lastFrame: Buffer?
    /// The whole second shown last: with no input, a frame is only worth building when it changes.
    private var lastSecond = -1
    private var changed = true

    public init(session: AppSession, backend: TerminalBackend, clock: Clock) {
        self.session = session
        self.backend = backend
        self.clock = clock
    }

    public func run() throws(StoreError) -> Outcome {
        try resized(columns: backend.columns, rows: backend.rows)
        try session.dispatch(.tick, at: clock.now())
        draw()
        while true {
            if let exit = session.ui.exit {
                session.close()
                return exit == .ended ? .ended : .savedAndExited
            }
            let now = clock.now()
            // Wake for what falls due, and for the next second of the clocks on screen.
            let deadline = [session.app.nextDue, now.rounded(.down) + 1].compactMap { $0 }.min()
            let input = clock.next(from: backend, until: deadline)
            let events = session.app.events.count
            switch input {
            case .signal(let sig)?:
                session.close()
                return .signal(sig)
            case .event(.hangup)?:
                session.close()
                return .signal(SIGHUP)
            case .endOfInput?:
                if session.state.ended == nil { try session.dispatch(.end(.keysEnded), at: clock.now()) }
                changed = true
                draw()
                session.close()
                return .ended
            case .suspend?:
                try suspend()
            case .event(.key(let key))?:
                changed = true
                try session.dispatch(.key(key), at: clock.now())
            case .event(.click(let column, let row))?:
                changed = true
                try session.dispatch(.click(column: column, row: row, columns: backend.columns, rows: backend.rows),
                                     at: clock.now())
            case .event(.resize(let columns, let rows))?:
                try resized(columns: columns, rows: rows)
            case nil:
                break
            }
            try session.dispatch(.tick, at: clock.now())
            if session.app.events.count != events { changed = true }
            if session.takeInputDiscardRequest() { backend.discardPendingInput() }
            if session.ui.exit == nil { draw() }
        }
    }

    /// Builds a frame only when something visible may have changed (input, an event, a
    /// displayed second ticking), and presents only a frame that differs.
    private func draw() {
        let now = clock.now()
        let second = Int(now.rounded(.down))
        guard changed || second != lastSecond || lastFrame == nil else { return }
        changed = false
        lastSecond = second
        let frame = session.frame(now: now, columns: backend.columns, rows: backend.rows)
        guard frame != lastFrame else { return }
        backend.present(frame)
        lastFrame = frame
    }

    /// Below 80×24 the session pauses (the clock stops outside an exam) until it is larger.
    private func resized(columns: Int, rows: Int) throws(StoreError) {
        let small = Frame.isTooSmall(columns: columns, rows: rows)
        let wasSmall = session.ui.screen.isTooSmall
        if small && !wasSmall {
            try session.dispatch(.resized(small: true, wallSecondsPaused: 0), at: clock.now())
            clock.pause()
        } else if !small && wasSmall {
            let wall = clock.resume()
            try session.dispatch(.resized(small: false, wallSecondsPaused: wall), at: clock.now())
        }
        lastFrame = nil
    }

    /// ^Z: journal the pause, give the terminal back, stop; after `fg`, take it again.
    private func suspend() throws(StoreError) {
        try session.dispatch(.suspended, at: clock.now())
        clock.pause()
        backend.suspend()
        clock.stopProcess()
        backend.resume()
        let wall = clock.resume()
        try session.dispatch(.resumedFromSuspend(wallSeconds: wall), at: clock.now())
        lastFrame = nil
    }
}
