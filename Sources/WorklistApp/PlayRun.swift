#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorklistCore
import WorklistStore
import WorklistUI

/// `worklist play`: a key file through the one loop, on an in-memory terminal with a
/// virtual clock. Whatever falls due inside a `wait` (a call, the time limit, a
/// heartbeat) fires at its exact instant.
public enum PlayRun {
    public struct Outcome {
        public var lastFrame: Buffer?
        public var loop: SessionLoop<ScriptClock>.Outcome
        /// Ctrl-C: the session stays unfinished and `play` exits 130.
        public var interrupted: Bool { loop == .signal(SIGINT) }
        public var warnings: [String]
    }

    public static func run(_ session: AppSession, script: [KeyScript.Line], scriptPath: String,
                           columns: Int = 80, rows: Int = 24) throws(StoreError) -> Outcome {
        let backend = HeadlessBackend(columns: columns, rows: rows)
        let clock = ScriptClock(script: script, scriptPath: scriptPath, stoppable: session.state.snapshot.scenario.mode != .exam,
                                keyboard: backend)
        let outcome = try SessionLoop(session: session, backend: backend, clock: clock).run()
        var warnings = clock.warnings
        // The trainee left the program before the key file ended.
        if outcome != .signal(SIGINT) {
            for line in clock.remainingLines {
                if case .wait = line.command { continue }
                warnings.append("\(scriptPath):\(line.number): warning: the program has exited; this line is ignored")
            }
        }
        return Outcome(lastFrame: backend.lastFrame, loop: outcome, warnings: warnings)
    }
}
