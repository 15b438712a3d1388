#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorklistCore
import WorklistStore
import WorklistUI

/// The loop of a real session: input → actions → journal → frame, with signals, ^Z and
/// resize handled between two input polls (DESIGN.md §1, §4).
public final class TerminalRunner {
    public enum Outcome: Equatable {
        /// The session ended (trainee, time limit, all signed).
        case ended
        /// "Save and exit": unfinished, resumable.
        case savedAndExited
        /// Stopped by a signal (or a hung-up terminal): unfinished, resumable; exit 128+N.
        case signal(Int32)
    }

    let session: AppSession
    let backend: TerminalBackend
    let clock: LiveClock
    private var lastFrame: Buffer?
    /// The whole second shown last: with no input, a frame is only worth building when it changes.
    private var lastSecond = -1
    private var eventsSinceDraw = 0

    public static let pollMilliseconds = 100

    public init(session: AppSession, backend: TerminalBackend, clock: LiveClock) {
        self.session = session
        self.backend = backend
        self.clock = clock
    }

    public func run() throws(StoreError) -> Outcome {
        try resized(columns: backend.columns, rows: backend.rows)
        draw()
        while true {
            if let sig = Signals.takeTerminating() {
                session.recorder.close()
                return .signal(sig)
            }
            if Signals.takeStop() { try suspend() }

            let event = backend.nextEvent(timeoutMilliseconds: Self.pollMilliseconds)
            let now = clock.now()
            if event != nil { eventsSinceDraw += 1 }
            let before = session.recorder.events.count
            switch event {
            case .key(let key)?:
                try session.press(key, at: now)
            case .resize(let columns, let rows)?:
                try resized(columns: columns, rows: rows)
            case .click(let column, let row)?:
                try session.click(column: column, row: row, columns: backend.columns, rows: backend.rows, at: now)
            case nil:
                break
            case .hangup?:
                session.recorder.close()
                return .signal(SIGHUP)
            }
            try session.advance(to: clock.now())
            if session.recorder.events.count != before { eventsSinceDraw += 1 }
            if session.takeInputDiscardRequest() { backend.discardPendingInput() }
            if session.wantsExit {
                session.recorder.close()
                return session.state.ended != nil ? .ended : .savedAndExited
            }
            draw()
        }
    }

    /// Redraws only when something visible may have changed (input, an event, a displayed
    /// second ticking), and presents only a frame that differs.
    private func draw() {
        let now = clock.now()
        let second = Int(now.rounded(.down))
        guard eventsSinceDraw > 0 || second != lastSecond || lastFrame == nil else { return }
        eventsSinceDraw = 0
        lastSecond = second
        let frame = session.frame(now: now, columns: backend.columns, rows: backend.rows)
        guard frame != lastFrame else { return }
        backend.present(frame)
        lastFrame = frame
    }

    private func resized(columns: Int, rows: Int) throws(StoreError) {
        let wasSmall = session.ui.tooSmall
        let small = columns < Frame.minimumColumns || rows < Frame.minimumRows
        if small && !wasSmall {
            try session.resized(columns: columns, rows: rows, at: clock.now(), wallSecondsPaused: { 0 })
            clock.pause()
        } else if !small && wasSmall {
            let wall = clock.resume()
            try session.resized(columns: columns, rows: rows, at: clock.now(), wallSecondsPaused: { wall })
        }
        lastFrame = nil
    }

    /// ^Z: journal the pause, give the terminal back, stop; after `fg`, take it again.
    private func suspend() throws(StoreError) {
        try session.suspended(at: clock.now())
        clock.pause()
        backend.suspend()
        Signals.stopProcess()
        backend.resume()
        let wall = clock.resume()
        try session.resumed(at: clock.now(), wallSeconds: wall)
        lastFrame = nil
        draw()
    }
}
