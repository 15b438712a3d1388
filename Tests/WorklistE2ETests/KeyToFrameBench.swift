import Foundation
import Testing
import WorklistApp
import WorklistCases
import WorklistCore
import WorklistUI

/// Measurement B of issue 3 (not a test: it asserts nothing about time). The in-process time
/// from a key to a frame at 80x24, as the terminal loop does it: `AppSession.press`, the tick
/// after it, `Frame.render`, the comparison with the last frame, and `present` (here the
/// headless backend, so the ncurses write is left out: measurement A covers the bytes).
///
/// Opt-in: `WORKLIST_BENCH=1 swift test --filter KeyToFrameBench` (see bench/README.md).
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["WORKLIST_BENCH"] == "1",
                             "a benchmark: set WORKLIST_BENCH=1 to run it"))
struct KeyToFrameBench {
    static let keysPerSeries = 2_000

    @Test func keyToFrameAt80x24() throws {
        let loaded = LibraryLoader.load(paths: [E2E.fixtureCases])
        #expect(!loaded.diagnostics.contains { $0.severity == .error }, "\(loaded.diagnostics)")
        let scenario = try #require(loaded.library.scenarios.first { $0.mode == .shift && $0.isDefault })
        let data = try E2E.temporaryDirectory("bench")
        defer { try? FileManager.default.removeItem(at: data) }

        var lines: [String] = []
        // 1. Worklist: the selection moves one row (j and k in turn).
        lines.append(try series("worklist selection move (j/k)", scenario: scenario, library: loaded.library,
                                data: data, setup: []) { i in i % 2 == 0 ? .char("j") : .char("k") })
        // 2. Reading: the step moves (journals a `shown` event each time: one write(2)).
        lines.append(try series("reading step move (j/k)", scenario: scenario, library: loaded.library, data: data,
                                setup: [.char("j"), .enter]) { i in i % 2 == 0 ? .char("j") : .char("k") })
        // 3. Pick list: type an alias and delete it again (filtering on every key).
        let typing: [Key] = [.char("p"), .char("t"), .char("x"), .backspace, .backspace, .backspace]
        lines.append(try series("pick list typing (ptx, Backspace x3)", scenario: scenario, library: loaded.library,
                                data: data, setup: [.char("j"), .enter, .char("j"), .char("f")]) { i in
            typing[i % typing.count]
        })
        let report = "key to frame at 80x24, \(Self.keysPerSeries) keys per series (\(Self.buildConfiguration) build):\n"
            + lines.joined(separator: "\n")
        print(report)
    }

    /// Presses `keysPerSeries` keys after `setup`, timing each key to its presented frame.
    private func series(_ name: String, scenario: Scenario, library: Library, data: URL, setup: [Key],
                        key: (Int) -> Key) throws -> String {
        let app = try SessionLauncher.start(library: library, scenario: scenario, seed: 0, client: .play,
            settings: SessionSettings(trainee: "bench", dataDirectory: data.path), theme: Theme(color: true))
        defer { app.close() }
        let backend = HeadlessBackend(columns: 80, rows: 24)
        var now = 0.0
        try app.advance(to: now)
        var last: Buffer? = app.frame(now: now, columns: 80, rows: 24)
        for k in setup { try app.press(k, at: now) }
        var samples: [Double] = []
        samples.reserveCapacity(Self.keysPerSeries)
        let clock = ContinuousClock()
        for i in 0..<Self.keysPerSeries {
            now += 0.05  // 20 keys a second: the header clock changes every 20 keys
            let pressed = key(i)
            let elapsed = try clock.measure {
                try app.press(pressed, at: now)
                try app.advance(to: now)
                let frame = app.frame(now: now, columns: backend.columns, rows: backend.rows)
                if frame != last {
                    backend.present(frame)
                    last = frame
                }
            }
            samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        }
        #expect(!app.isOver)
        samples.sort()
        func pct(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
        func us(_ v: Double) -> String { String(format: "%7.1f µs", v) }
        return "  \(name.padding(toLength: 38, withPad: " ", startingAt: 0)) median \(us(pct(0.5)))  p95 \(us(pct(0.95)))"
            + "  max \(us(samples.last ?? 0))  frames \(backend.framesPresented)"
    }

    static var buildConfiguration: String {
        #if DEBUG
        "debug"
        #else
        "release"
        #endif
    }
}
