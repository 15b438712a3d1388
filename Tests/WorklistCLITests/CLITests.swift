import Foundation
import Testing
import WorklistCore
import WorklistCases
import WorklistStore

/// Runs the built `worklist` binary as a user would.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var binary: URL {
        // The test bundle sits in the products folder next to the executable.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("worklist")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/worklist")
    }

    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-cli-cache-\(getpid())").path

    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = repoRoot,
                    executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "interactive=no"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["XDG_CACHE_HOME"] = cacheHome   // the library cache, kept out of the user's
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite struct CLITests {
    @Test func validateTheShippedLibrary() throws {
        let r = try CLI.run(["validate", "--strict"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasPrefix("cases: ./Cases (from the current directory)\n"))
        #expect(r.stdout.contains(": 0 errors, 0 warnings"))
    }

    @Test func validateReportsFileLineAndColumn() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("bad.yaml")
        try "kind: routine\nid: r\ntitle: R\nsteps:\n  - id: a\n    lable: A\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file.path])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").filter { $0.hasPrefix(file.path + ":") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.range(of: #"^[^:]+:\d+:\d+: (error|warning): "#, options: .regularExpression) != nil })
        #expect(lines.contains { $0.hasPrefix(file.path + ":6:5: error: ") })
    }

    @Test func strictFailsOnWarnings() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(at: CLI.repoRoot.appendingPathComponent("Cases"), to: dir.appendingPathComponent("Cases"))
        let caseFile = try #require(FileManager.default.enumerator(atPath: dir.appendingPathComponent("Cases/cases").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".yaml") })
        let url = dir.appendingPathComponent("Cases/cases").appendingPathComponent(caseFile)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: #"age: \d+"#, with: "age: 95", options: .regularExpression)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let lenient = try CLI.run(["validate"], in: dir)
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(lenient.stdout.contains("warning: "))
        let strict = try CLI.run(["validate", "--strict"], in: dir)
        #expect(strict.status == 1)
    }

    @Test func escapeSequencesInCaseTextNeverReachTheTerminal() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("evil.yaml")
        try "kind: routine\nid: r\ntitle: \"R\\e]0;pwned\\a\\e[31m\"\nsteps:\n  - id: \"a\\e[2J\"\n    label: A\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", file.path])
        #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"))
        #expect(!r.stdout.contains("\u{07}"))
    }

    @Test func listCasesAsJSON() throws {
        let r = try CLI.run(["list", "cases", "--json"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        for row in rows {
            for key in ["id", "routine", "priority", "modality", "title", "exam_only", "status"] {
                #expect(row[key] != nil, "missing \(key)")
            }
        }
        #expect(r.stderr.contains("cases: ./Cases"))
        let scenarios = try CLI.run(["list", "scenarios", "--json"])
        let srows = try #require(try JSONSerialization.jsonObject(with: Data(scenarios.stdout.utf8)) as? [[String: Any]])
        #expect(srows.contains { $0["mode"] as? String == "shift" && $0["default"] as? Bool == true })
    }

    @Test func aMissingCasesFolderIsAnEnvironmentError() throws {
        let r = try CLI.run(["list", "cases", "--cases", "/nonexistent/cases"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--cases names"))
        let env = try CLI.run(["list", "cases"], environment: ["WORKLIST_CASES": "/nonexistent"])
        #expect(env.status == 2)
        #expect(env.stderr.contains("WORKLIST_CASES"))
    }

    @Test func theBuiltInLibraryIsTheLastFallback() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["list", "scenarios"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("cases: built-in library"))
        #expect(r.stdout.contains("shift"))
    }

    @Test func scoreAJournalAsTableAndJSON() throws {
        let data = try CLI.temporaryDirectory()
        let loaded = LibraryLoader.load(paths: [CLI.repoRoot.appendingPathComponent("Cases").path])
        let scenario = try #require(loaded.library.defaultScenario(for: .shift))
        let header = try JournalHeader.start(library: loaded.library, scenario: scenario, seed: 0, trainee: "ana",
                                             client: .play, at: Date(), suffix: 42)
        let recorder = try SessionRecorder(header: header, dataDirectory: data.path)
        let first = try #require(recorder.state.arrivedCases.first)
        try recorder.send(.open(first.id), at: 1)
        try recorder.send(.sign(impression: ""), at: 20)
        recorder.close()
        let expected = Scoring.report(try JournalReader.read(recorder.journalPath).journal)

        let table = try CLI.run(["score", header.session, "--data-dir", data.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("Session score"))
        #expect(table.stdout.contains(first.id))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(table.stderr.isEmpty)   // the live library is the snapshot's

        let json = try CLI.run(["score", recorder.journalPath, "--json"])
        #expect(json.status == 0)
        let decoded = try JSONDecoder().decode(SessionReport.self, from: Data(json.stdout.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(decoded) == encoder.encode(expected))
        #expect(decoded.finished == false)
    }

    @Test func scoreWarnsWhenTheLibraryChanged() throws {
        let data = try CLI.temporaryDirectory()
        let loaded = LibraryLoader.load(paths: [CLI.repoRoot.appendingPathComponent("Cases").path])
        let scenario = try #require(loaded.library.defaultScenario(for: .shift))
        var library = loaded.library
        // A case of the scenario, as if its file had been edited since.
        guard case .fixed(let list) = scenario.cases, let first = list.first,
              let index = library.cases.firstIndex(where: { $0.id == first.caseID }) else {
            Issue.record("the default shift needs a fixed list")
            return
        }
        library.cases[index].targetSeconds += 1
        let header = try JournalHeader.start(library: library, scenario: scenario, seed: 0, trainee: "ana",
                                             client: .play, at: Date(), suffix: 43)
        let recorder = try SessionRecorder(header: header, dataDirectory: data.path)
        recorder.close()
        let r = try CLI.run(["score", recorder.journalPath])
        #expect(r.status == 0)
        #expect(r.stderr.contains("differs from this session's snapshot"))
    }

    @Test func unreadableJournalsExitOne() throws {
        let dir = try CLI.temporaryDirectory()
        let missing = try CLI.run(["score", dir.appendingPathComponent("none.jsonl").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file"))
        let junk = dir.appendingPathComponent("junk.jsonl")
        try "not json\n".write(to: junk, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["score", junk.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("junk.jsonl:1: not a journal header"))
    }

    @Test func unknownCommandsSuggestTheNearest() throws {
        let r = try CLI.run(["scroe", "x"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Did you mean 'score'?"))
        let usage = try CLI.run(["list", "nonsense"])
        #expect(usage.status == 64)
    }

    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("0."))
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("validate") && help.stdout.contains("score") && help.stdout.contains("list"))
    }

    @Test func aNonUTF8LocaleGetsASCII() throws {
        let r = try CLI.run(["list", "scenarios"], environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(r.status == 0)
        let version = try CLI.run(["--version"])
        #expect(version.stdout.hasPrefix("0."))
    }
}
