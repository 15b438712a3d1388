import WorklistCore
import WorklistStore
import WorklistUI

/// `worklist play`: runs a key file through the real keymap, engine and view on an
/// in-memory terminal with a virtual clock. Whatever falls due inside a `wait` (a call, the
/// time limit, a heartbeat) fires at its exact instant.
public struct PlayDriver {
    public struct Outcome {
        public var lastFrame: Buffer?
        /// Ctrl-C: the session stays unfinished and `play` exits 130.
        public var interrupted: Bool
        public var warnings: [String]
    }

    let session: AppSession
    let backend: HeadlessBackend
    let scriptPath: String
    private(set) var now: Double = 0
    private var pausedWall: Double = 0

    public init(session: AppSession, columns: Int, rows: Int, scriptPath: String) {
        self.session = session
        self.backend = HeadlessBackend(columns: columns, rows: rows)
        self.scriptPath = scriptPath
    }

    public mutating func run(_ script: [KeyScript.Line]) throws(StoreError) -> Outcome {
        var warnings: [String] = []
        var interrupted = false
        try session.resized(columns: backend.columns, rows: backend.rows, at: 0, wallSecondsPaused: { 0 })
        present()
        for line in script {
            if session.isOver {
                if case .wait = line.command { continue }
                warnings.append("\(scriptPath):\(line.number): warning: the session has ended; this line is ignored")
                continue
            }
            switch line.command {
            case .wait(let seconds):
                try wait(seconds)
            case .key(.key(let key)):
                try session.press(key, at: now)
            case .key(.interrupt):
                interrupted = true
            case .key(.suspend):
                try session.suspended(at: now)
                try session.resumed(at: now, wallSeconds: 0)
            case .key(.swallowed):
                warnings.append("\(scriptPath):\(line.number): warning: Ctrl-S and Ctrl-Q are terminal flow control; never delivered")
            case .type(let text):
                for character in text { try session.press(.char(character), at: now) }
            case .resize(let columns, let rows):
                backend.enqueue(.resize(columns: columns, rows: rows))
                _ = backend.nextEvent(timeoutMilliseconds: 0)
                let paused = pausedWall
                try session.resized(columns: columns, rows: rows, at: now, wallSecondsPaused: { paused })
                pausedWall = 0
            }
            if session.takeInputDiscardRequest() { backend.discardPendingInput() }
            present()
            if interrupted { break }
        }
        if !interrupted && !session.isOver {
            try session.end(.keysEnded, at: now)
            present()
        }
        return Outcome(lastFrame: backend.lastFrame, interrupted: interrupted, warnings: warnings)
    }

    /// Advances the virtual clock, stopping at each instant something falls due. While the
    /// session clock is stopped (terminal too small, outside an exam) only wall time passes.
    private mutating func wait(_ seconds: Double) throws(StoreError) {
        if session.clockStopped {
            pausedWall += seconds
            return
        }
        let target = now + seconds
        while !session.isOver {
            let due = [session.state.nextScheduledInstant, session.nextHeartbeat].compactMap { $0 }.filter { $0 <= target }.min()
            guard let due, due >= now else { break }
            now = due
            try session.advance(to: now)
            if due == target { break }
        }
        now = target
        try session.advance(to: now)
    }

    private func present() {
        let frame = session.frame(now: now, columns: backend.columns, rows: backend.rows)
        if frame != backend.lastFrame { backend.present(frame) }
    }
}
