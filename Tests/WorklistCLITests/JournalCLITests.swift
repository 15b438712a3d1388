import Foundation
import Testing
import WorklistCore
import WorklistStore

/// Issue 10 at the command line: a bad journal is refused as FILE:LINE: reason, and a
/// session another process has open is shown as such.
@Suite struct JournalCLITests {
    static let header = JournalHeader(session: "20261129T154210Z-00aa", seed: 0, trainee: "ana", client: .tty, startedAt: "",
                                      snapshot: ContentSnapshot(routines: [], cases: [],
                                                                scenario: ScenarioSnapshot(id: "s", mode: .shift)))

    static func write(_ lines: [String], in dir: URL) throws -> String {
        let path = dir.appendingPathComponent("j.jsonl").path
        try (([JournalCoding.line(header)] + lines).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func beat(_ seq: Int, _ t: Double) -> String { JournalCoding.line(Event(seq: seq, t: t, .heartbeat)) }

    @Test(arguments: [
        ([beat(1, 0), "[1,2,3]"], ":3: expected a JSON object (an event), found an array"),
        ([beat(1, 0), beat(1, 0)], ":3: duplicated event: seq 1 is also on line 2"),
        ([beat(1, -2)], ":2: t -2 is not allowed: session-clock seconds are 0 or more"),
        ([beat(1, 0), "{\"seq\":2,\"t\":1,\"type\":\"ended\",\"reason\":\"bored\"}"],
         ":3: field \"reason\": unknown end reason \"bored\" (one of: trainee, time_limit, all_signed, keys_ended, discarded)"),
    ])
    func scoreRefusesABadJournalWithFileAndLine(lines: [String], expected: String) throws {
        let path = try Self.write(lines, in: try CLI.temporaryDirectory())
        let r = try CLI.run(["score", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains(path + expected), "\(r.stderr)")
        #expect(!r.stderr.contains("Error:"), "\(r.stderr)")
    }

    @Test func sessionsShowsASessionOpenInAnotherProcess() throws {
        let data = try CLI.temporaryDirectory()
        let recorder = try SessionRecorder(header: Self.header, dataDirectory: data.path)
        defer { recorder.close() }
        let text = try CLI.run(["sessions", "--data-dir", data.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("unfinished (open in PID \(getpid()))"), "\(text.stdout)")
        let json = try CLI.run(["sessions", "--json", "--data-dir", data.path])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(listed.first?["in_use"] as? Bool == true)
        #expect(listed.first?["pid"] as? Int == Int(getpid()))
        recorder.close()
        let after = try CLI.run(["sessions", "--data-dir", data.path])
        #expect(!after.stdout.contains("open in PID"), "\(after.stdout)")
    }
}
