import Foundation
import Testing
import WorklistCore
import WorklistCases
import WorklistStore

/// Issue 10, bad input, as a user meets it on the command line.
@Suite struct BadInputTests {
    /// Escape sequences, C1 controls, bidi overrides, DEL and zero-width characters: none
    /// may reach a terminal raw.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x1B || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF].contains(v)
    }

    static func clean(_ r: CLI.Result) -> Bool {
        !r.stdout.unicodeScalars.contains(where: isUnsafe) && !r.stderr.unicodeScalars.contains(where: isUnsafe)
    }

    /// A finished tty session in a new data folder by `trainee`; returns (data folder, session id).
    static func session(trainee: String, in data: URL? = nil, suffix: UInt16 = 7) throws -> (URL, String) {
        let data = try data ?? CLI.temporaryDirectory()
        let loaded = LibraryLoader.load(paths: [CLI.repoRoot.appendingPathComponent("Cases").path])
        let scenario = try #require(loaded.library.defaultScenario(for: .shift))
        let header = try JournalHeader.start(library: loaded.library, scenario: scenario, seed: 0, trainee: trainee,
                                             client: .tty, at: Date(), suffix: suffix)
        let recorder = try SessionRecorder(header: header, dataDirectory: data.path)
        let first = try #require(recorder.state.arrivedCases.first)
        try recorder.send(.open(first.id), at: 1)
        try recorder.send(.sign(impression: "Zero\u{200B}width\u{9B}31m"), at: 20)
        try recorder.send(.end(.trainee), at: 30)
        recorder.close()
        return (data, header.session)
    }

    static let name = "An\u{200B}a\u{9B}31m\u{202E}\u{7F}\u{FEFF}"

    @Test func textOutputsDropAndJSONOutputsEscapeInvisibleAndControlCharacters() throws {
        let (data, id) = try Self.session(trainee: Self.name)
        let dir = ["--data-dir", data.path]
        for arguments in [["sessions"], ["score", id], ["history", "--trainee", Self.name],
                          ["export", "--format", "csv"]] {
            let r = try CLI.run(arguments + dir)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            #expect(Self.clean(r), "\(arguments): \(r.stdout.debugDescription)")
            #expect(r.stdout.contains("Ana") && !r.stdout.contains("31m"), "\(arguments): \(r.stdout)")   // CSI 31m dropped whole
        }
        for arguments in [["sessions", "--json"], ["score", id, "--json"], ["history", "--json", "--trainee", Self.name],
                          ["export", "--format", "json"]] {
            let r = try CLI.run(arguments + dir)
            #expect(r.status == 0, "\(arguments): \(r.stderr)")
            #expect(Self.clean(r), "\(arguments): \(r.stdout.debugDescription)")
            #expect(r.stdout.contains(#"An\u200ba\u009b31m\u202e\u007f\ufeff"#), "\(arguments): \(r.stdout)")
        }
    }

    @Test func aCSVCellNeverStartsAFormula() throws {
        let (data, _) = try Self.session(trainee: " \t=HYPERLINK(\"http://x\",\"y\")", suffix: 8)
        _ = try Self.session(trainee: "@SUM(A1)", in: data, suffix: 9)
        let r = try CLI.run(["export", "--format", "csv", "--data-dir", data.path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.contains { $0.hasPrefix("\"'    =HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",") }, "\(r.stdout)")
        #expect(rows.contains { $0.hasPrefix("'@SUM(A1),") }, "\(r.stdout)")
    }

    @Test func zeroWidthCaseTextIsDroppedFromListAndWarnedAbout() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(at: CLI.repoRoot.appendingPathComponent("Cases"), to: dir.appendingPathComponent("Cases"))
        let caseFile = try #require(FileManager.default.enumerator(atPath: dir.appendingPathComponent("Cases/cases").path)?
            .compactMap { $0 as? String }.sorted().first { $0.hasSuffix(".yaml") })
        let url = dir.appendingPathComponent("Cases/cases").appendingPathComponent(caseFile)
        var text = try String(contentsOf: url, encoding: .utf8)
        // Double-quoted YAML escapes (the template needs each backslash doubled).
        text = text.replacingOccurrences(of: #"(?m)^title: (.*)$"#, with: #"title: "Zero\\u200Bwidth\\uFEFF $1""#,
                                         options: .regularExpression)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let list = try CLI.run(["list", "cases"], in: dir)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Zerowidth "))
        #expect(Self.clean(list))
        let validate = try CLI.run(["validate"], in: dir)
        #expect(validate.stdout.contains("the text contains zero-width characters, which will not be shown"), "\(validate.stdout)")
    }

    @Test func withoutHomeTheDataFolderIsRefusedWithExitTwo() throws {
        let dir = try CLI.temporaryDirectory()
        let noHome = ["HOME": "", "XDG_DATA_HOME": "", "WORKLIST_DATA_DIR": "", "XDG_CONFIG_HOME": "", "WORKLIST_CONFIG": ""]
        for arguments in [["sessions"], ["history"], ["export", "--format", "csv"], ["resume"], ["review"],
                          ["play", "ed-evening", "--keys", "keys.txt"], ["score", "20261201T100000Z-0001"]] {
            let r = try CLI.run(arguments, environment: noHome, in: dir)
            #expect(r.status == 2, "\(arguments): \(r.stdout)\(r.stderr)")
            #expect(r.stderr.hasPrefix("worklist: error: no data folder: HOME is not set"), "\(arguments): \(r.stderr)")
            #expect(r.stderr.contains("--data-dir DIR"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".local").path))
        // Commands that keep nothing still work, and --data-dir is always enough.
        #expect(try CLI.run(["validate"], environment: noHome).status == 0)
        #expect(try CLI.run(["list", "scenarios"], environment: noHome).status == 0)
        let sessions = try CLI.run(["sessions", "--data-dir", dir.appendingPathComponent("data").path], environment: noHome)
        #expect(sessions.status == 0, "\(sessions.stderr)")
    }

    @Test func historyOnAReadOnlyFolderSaysItIsNotWritable() throws {
        // Root writes anywhere: run the binary as nobody then, in a folder root owns.
        let data = try CLI.temporaryDirectory()
        let r: CLI.Result
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
            r = try CLI.run(["--reuid=65534", "--regid=65534", "--clear-groups", CLI.binary.path, "history", "--data-dir", data.path],
                            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: data.path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: data.path) }
            r = try CLI.run(["history", "--data-dir", data.path])
        }
        #expect(r.status == 2)
        #expect(r.stderr.contains("is not writable"), "\(r.stderr)")
        #expect(r.stderr.contains("--data-dir DIR"))
        #expect(!r.stderr.contains("delete history.sqlite"))
    }

    @Test func aConfigOfOnlyCommentsIsAccepted() throws {
        let dir = try CLI.temporaryDirectory()
        let config = dir.appendingPathComponent("config.yaml")
        try "# my settings, later\n".write(to: config, atomically: true, encoding: .utf8)
        let r = try CLI.run(["history", "--config", config.path, "--data-dir", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
    }
}
