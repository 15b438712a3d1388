#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorklistUI

/// What the loop waits for: input, a signal, or the end of a key file.
public enum LoopInput: Equatable, Sendable {
    case event(InputEvent)
    /// A terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT).
    case signal(Int32)
    /// ^Z.
    case suspend
    /// A key file ran out.
    case endOfInput
}

/// The session clock and the outside world it waits on: the live one reads the terminal
/// and the signal flags in real time; the scripted one plays a key file in virtual time.
/// The loop is the same for both.
public protocol SessionClock: AnyObject {
    /// Session-clock seconds now.
    func now() -> Double
    /// Starts a pause (too small, ^Z): the clock stops, unless it is an exam's.
    func pause()
    /// Ends a pause; returns how long it lasted on the wall clock.
    @discardableResult func resume() -> Double
    /// The next input from `backend` or a signal, or nil once session instant `deadline`
    /// has come (a virtual clock jumps there exactly).
    func next(from backend: TerminalBackend, until deadline: Double?) -> LoopInput?
    /// ^Z: stops the process until `fg` (the terminal has been given back).
    func stopProcess()
}

extension LiveClock: SessionClock {
    public func next(from backend: TerminalBackend, until deadline: Double?) -> LoopInput? {
        if let sig = Signals.takeTerminating() { return .signal(sig) }
        if Signals.takeStop() { return .suspend }
        var timeout = SessionLoopTiming.pollMilliseconds
        if let deadline, deadline > now() {
            timeout = min(timeout, Int(((deadline - now()) * 1000).rounded(.up)))
        }
        return backend.nextEvent(timeoutMilliseconds: timeout).map { .event($0) }
    }

    public func stopProcess() { Signals.stopProcess() }
}

public enum SessionLoopTiming {
    /// The longest the live loop waits for input before looking at signals and the clock.
    public static let pollMilliseconds = 100
}

/// `worklist play`: a key file as the person at the keyboard, in virtual time. `wait`
/// advances the clock, stopping exactly at each instant the loop asks for (a call, the
/// limit, a heartbeat); keys and resizes reach the loop through the in-memory backend.
public final class ScriptClock: SessionClock {
    private var lines: ArraySlice<KeyScript.Line>
    /// The in-memory terminal the script types into.
    private let keyboard: HeadlessBackend
    private let scriptPath: String
    private let stoppable: Bool
    private var t: Double = 0
    private var wall: Double = 0
    private var pausedAtWall: Double?
    /// The session instant the wait under way ends at.
    private var waitEnd: Double?
    public private(set) var warnings: [String] = []

    public init(script: [KeyScript.Line], scriptPath: String, stoppable: Bool, keyboard: HeadlessBackend) {
        lines = script[...]
        self.keyboard = keyboard
        self.scriptPath = scriptPath
        self.stoppable = stoppable
    }

    public func now() -> Double { t }
    public func pause() { if pausedAtWall == nil { pausedAtWall = wall } }

    public func resume() -> Double {
        defer { pausedAtWall = nil }
        return pausedAtWall.map { wall - $0 } ?? 0
    }

    public func stopProcess() {}

    /// The lines not yet played (the session exited before the file ended).
    public var remainingLines: [KeyScript.Line] { Array(lines) }

    public func next(from backend: TerminalBackend, until deadline: Double?) -> LoopInput? {
        if let queued = backend.nextEvent(timeoutMilliseconds: 0) { return .event(queued) }
        while let line = lines.first {
            switch line.command {
            case .wait(let seconds):
                // A stopped clock (too small, outside an exam) lets only wall time pass.
                if stoppable && pausedAtWall != nil {
                    wall += seconds
                    lines.removeFirst()
                    continue
                }
                let end = waitEnd ?? t + seconds
                // A deadline not after now has had its turn: it cannot hold the clock back.
                if let deadline, deadline > t, deadline < end {
                    wall += deadline - t
                    t = deadline
                    waitEnd = end
                } else {
                    wall += end - t
                    t = end
                    waitEnd = nil
                    lines.removeFirst()
                }
                return nil
            case .key(.key(let key)):
                lines.removeFirst()
                return .event(.key(key))
            case .key(.interrupt):
                lines.removeFirst()
                return .signal(SIGINT)
            case .key(.suspend):
                lines.removeFirst()
                return .suspend
            case .key(.swallowed):
                lines.removeFirst()
                warnings.append("\(scriptPath):\(line.number): warning: Ctrl-S and Ctrl-Q are terminal flow control; never delivered")
            case .type(let text):
                lines.removeFirst()
                guard let first = text.first else { continue }
                for character in text.dropFirst() { keyboard.enqueue(.key(.char(character))) }
                return .event(.key(.char(first)))
            case .resize(let columns, let rows):
                lines.removeFirst()
                keyboard.enqueue(.resize(columns: columns, rows: rows))
                return backend.nextEvent(timeoutMilliseconds: 0).map { .event($0) }
            }
        }
        return .endOfInput
    }
}
