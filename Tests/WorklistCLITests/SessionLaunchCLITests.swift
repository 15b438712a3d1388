import Foundation
import Testing

/// How a session is assembled, seen from the command line (issue 10).
@Suite struct SessionLaunchCLITests {
    @Test func theConfigIsReadOnceAStart() throws {
        // It was read for the name, the keys and the drill reminders: each warning three times.
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("config.yaml")
        try "trainee: \"x\\ay\"\n".write(to: config, atomically: true, encoding: .utf8)
        let keys = dir.appendingPathComponent("keys")
        try "key Enter\n".write(to: keys, atomically: true, encoding: .utf8)
        let r = try CLI.run(["play", "ed-evening", "--keys", keys.path, "--config", config.path,
                             "--data-dir", dir.appendingPathComponent("data").path])
        #expect(r.status == 0, "\(r.stderr)")
        let warnings = r.stderr.components(separatedBy: "\n").filter { $0.contains("control characters") }
        #expect(warnings.count == 1, "\(r.stderr)")
        #expect(warnings.first?.hasPrefix(config.path + ":1:10: warning:") == true)
    }
}
