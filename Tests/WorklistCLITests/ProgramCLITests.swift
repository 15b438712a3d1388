import Foundation
import Testing

/// Issue 16 from the command line: leaving a session out, and the program commands' errors.
@Suite struct ProgramCLITests {
    @Test func sessionsExcludeAndIncludeByID() throws {
        let dir = try CLI.temporaryDirectory()
        let data = dir.appendingPathComponent("data").path
        let keys = dir.appendingPathComponent("keys")
        try "key Enter\nwait 5\n".write(to: keys, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["play", "ed-evening", "--keys", keys.path, "--data-dir", data]).status == 0)
        let listing = try CLI.run(["sessions", "--json", "--data-dir", data])
        let sessions = try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]] ?? []
        let id = try #require(sessions.first?["id"] as? String)
        #expect(sessions.first?["excluded"] as? Bool == false)

        let excluded = try CLI.run(["sessions", "--exclude", id, "--data-dir", data])
        #expect(excluded.status == 0 && excluded.stdout.contains("left out of history"), "\(excluded.stderr)")
        #expect(try CLI.run(["sessions", "--data-dir", data]).stdout.contains("excluded"))
        let history = try CLI.run(["history", "--json", "--include-play", "--data-dir", data, "--trainee", "t"])
        #expect(history.status == 0 && history.stdout.contains("\"sessions\" : 0"), "\(history.stdout)")

        let included = try CLI.run(["sessions", "--include", id, "--data-dir", data])
        #expect(included.status == 0 && included.stdout.contains("counted in history again"))
        #expect(!(try CLI.run(["sessions", "--data-dir", data]).stdout.contains("excluded")))

        let unknown = try CLI.run(["sessions", "--exclude", "20200101T000000Z-0000", "--data-dir", data])
        #expect(unknown.status == 1 && unknown.stderr.contains("no session 20200101T000000Z-0000"), "\(unknown.stderr)")
    }

    @Test func theProgramCommandsSayWhatIsMissing() throws {
        let dir = try CLI.temporaryDirectory()
        let data = dir.appendingPathComponent("data").path
        let none = try CLI.run(["sync", "--data-dir", data], environment: ["WORKLIST_DATABASE": ""])
        #expect(none.status == 1 && none.stderr.contains("no program database named"), "\(none.stderr)")
        let bad = try CLI.run(["program", "--database", "mysql://x@y/z"])
        #expect(bad.status == 1 && bad.stderr.contains("must start with postgres://"), "\(bad.stderr)")
        // From the config's database: key, then the build or the network answers.
        let config = dir.appendingPathComponent("config.yaml")
        try "database: postgres://u@127.0.0.1:1/d\n".write(to: config, atomically: true, encoding: .utf8)
        let started = Date()
        let unreachable = try CLI.run(["sync", "--config", config.path, "--data-dir", data])
        #expect(unreachable.status == 2, "\(unreachable.stderr)")
        #expect(unreachable.stderr.contains("--traits PostgreSQL") || unreachable.stderr.contains("cannot reach"))
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(!FileManager.default.fileExists(atPath: data + "/history.sqlite"))
    }
}
