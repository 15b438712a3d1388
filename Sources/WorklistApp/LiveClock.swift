#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The session clock of a real session (PRODUCT.md §4). In a shift or drill it is a
/// monotonic clock (which on Linux already leaves out machine sleep) minus the spans the
/// session was paused (^Z, terminal too small). In an exam it is wall time and nothing
/// stops it. Either way a pause also measures its wall length, for the journal.
public final class LiveClock {
    private let stoppable: Bool
    private let start: Double
    private var pausedTotal: Double = 0
    private var pausedAt: (monotonic: Double, wall: Double)?

    /// `offset`: session seconds already on the clock (a resumed session).
    public init(stoppable: Bool, offset: Double = 0) {
        self.stoppable = stoppable
        start = (stoppable ? Self.monotonic() : Self.wall()) - offset
    }

    public func now() -> Double {
        if stoppable {
            let paused = pausedAt.map { Self.monotonic() - $0.monotonic } ?? 0
            return Self.monotonic() - start - pausedTotal - paused
        }
        return Self.wall() - start
    }

    public var isPaused: Bool { pausedAt != nil }

    public func pause() {
        guard pausedAt == nil else { return }
        pausedAt = (Self.monotonic(), Self.wall())
    }

    /// Ends a pause; returns how long it lasted on the wall clock.
    @discardableResult
    public func resume() -> Double {
        guard let paused = pausedAt else { return 0 }
        pausedAt = nil
        if stoppable { pausedTotal += Self.monotonic() - paused.monotonic }
        return max(0, Self.wall() - paused.wall)
    }

    /// Wall seconds of the pause so far (0 when not paused).
    public var pausedWallSeconds: Double { pausedAt.map { max(0, Self.wall() - $0.wall) } ?? 0 }

    static func monotonic() -> Double { read(CLOCK_MONOTONIC) }
    static func wall() -> Double { read(CLOCK_REALTIME) }

    private static func read(_ id: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(id, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
