#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Written only by the handlers, read by the loop. A handler does nothing else: no
// allocation, no ncurses (DESIGN.md §4).
nonisolated(unsafe) private var caughtSignal: Int32 = 0
nonisolated(unsafe) private var caughtStop: Int32 = 0

/// Signals become flags the loop looks at between two input polls.
public enum Signals {
    /// The signals that end the program (after the journal is synced and the terminal restored).
    public static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Installs the flag handlers; call before ncurses starts, so ncurses keeps its hands off.
    public static func install() {
        for sig in terminating { signal(sig) { caughtSignal = $0 } }
        installStop()
    }

    public static func installStop() { signal(SIGTSTP) { _ in caughtStop = 1 } }

    /// The terminating signal caught since the last call, if any.
    public static func takeTerminating() -> Int32? {
        let sig = caughtSignal
        guard sig != 0 else { return nil }
        caughtSignal = 0
        return sig
    }

    public static func takeStop() -> Bool {
        guard caughtStop != 0 else { return false }
        caughtStop = 0
        return true
    }

    /// Stops the process as ^Z would (the terminal must be given back first); returns after `fg`.
    public static func stopProcess() {
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        installStop()
    }
}
