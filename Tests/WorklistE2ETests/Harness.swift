import Foundation
import Testing

/// Paths and helpers shared by the real-terminal tests (DESIGN.md §5, level 5).
enum E2E {
    /// The tiny case library of these tests (one routine, four cases, one default shift).
    static let fixtureCases = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Cases").path

    /// The `worklist` product of the same build as this test bundle: the first folder above
    /// the test runner (or the main bundle) that holds an executable `worklist`.
    static let binary: String? = {
        let starts = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL]
        for start in starts {
            var folder = start.standardizedFileURL
            while folder.path != "/" && !folder.path.isEmpty {
                let candidate = folder.appendingPathComponent("worklist").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// tmux on PATH, or nil: the tmux tests are skipped then.
    static let tmux: String? = which("tmux")

    static var hasTmux: Bool { tmux != nil }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func requireBinary() throws -> String {
        try #require(binary, "the worklist executable was not found next to the test bundle; build it (swift build) first")
    }

    /// A fresh, private folder.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("worklist-e2e-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `'text'` for sh, with embedded quotes escaped.
    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    /// Runs a program to its end with stdin on /dev/null; kills it after `timeout` seconds.
    ///
    /// posix_spawn and waitpid rather than Foundation's Process: a tmux client forks the
    /// server and exits at once, and Process.waitUntilExit was seen to miss that exit and
    /// hang. Output goes through files, not pipes: the forked server keeps the client's
    /// descriptors, so a pipe would not reach its end while the server runs. The child
    /// starts with no blocked signals and default handlers (the test's threads block some).
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                    timeout: Double = 30) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.path
        let outPath = "\(folder)/worklist-e2e-out-\(UUID().uuidString)"
        let errPath = "\(folder)/worklist-e2e-err-\(UUID().uuidString)"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = Date()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, &argv, &envp)
        guard spawned == 0 else {
            throw SpawnError(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        var killed = false
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR { throw SpawnError(description: "waitpid failed for \(executable)") }
            if !killed && Date() >= deadline {
                kill(pid, SIGKILL)
                killed = true
            }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(start)
        // Exited: the code; killed by a signal: 128 + N, as a shell reports it.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ path: String) -> String {
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return Result(status: code, stdout: read(outPath), stderr: read(errPath), seconds: seconds)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment the app runs with: nothing inherited from whoever runs the tests
    /// (NO_COLOR, LC_ALL, WORKLIST_*, XDG_*), config and data isolated under `home`.
    static func appEnvironment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var env: [String: String] = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": home.path,
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "interactive=no",
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("xdg-data").path,
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// `worklist score JOURNAL --json`, parsed.
    static func score(_ journal: String) throws -> (status: Int32, report: [String: Any]?, output: String) {
        let home = try temporaryDirectory("score")
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try run(try requireBinary(), ["score", journal, "--cases", fixtureCases, "--json"],
                        environment: appEnvironment(home: home))
        let object = try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (r.status, object, r.stdout + r.stderr)
    }

    /// The one journal under `<dataDir>/sessions`.
    static func journal(in dataDir: URL) throws -> String {
        let folder = dataDir.appendingPathComponent("sessions")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
            .filter { $0.hasSuffix(".jsonl") } ?? []
        try #require(files.count == 1, "expected one journal in \(folder.path), found \(files)")
        return folder.appendingPathComponent(files[0]).path
    }

    /// The journal's events (every line after the header), as dictionaries.
    static func events(_ journal: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

struct Stop: Error, CustomStringConvertible {
    var description: String
}

struct ScreenTimeout: Error, CustomStringConvertible {
    var expected: String
    var screen: String
    var description: String { "timed out waiting for \(expected); the screen was:\n\(screen)" }
}

/// One private tmux server (its own socket, no config file) running one pane at a fixed size.
/// The pane runs the binary, then prints `EXIT=<status>` and `stty -a`, then sleeps, so the
/// exit code, the summary (in scrollback) and the terminal's modes can be read afterwards.
final class TmuxPane {
    let socket: String
    let home: URL
    let dataDir: URL
    let term: String
    private let tmux: String
    private let binary: String
    private let environment: [String: String]

    /// Where the pane's shell writes the app's exit status (also after a hang-up).
    var statusFile: URL { home.appendingPathComponent("exit-status") }

    /// The app's exit status from `statusFile`, once it is there.
    func waitForStatusFile(timeout: Double = 10) async throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), text.hasSuffix("\n"),
               let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Stop(description: "the app did not exit within \(timeout) s (no \(statusFile.path))")
    }

    /// The app's arguments for a shift on the fixture library with the isolated data folder.
    var shiftArguments: [String] {
        ["--cases", E2E.fixtureCases, "--data-dir", dataDir.path, "--trainee", "e2e-tester"]
    }

    /// - Parameters:
    ///   - term: the pane's own terminal type (tmux's `default-terminal`).
    ///   - environment: extra variables for the app (e.g. NO_COLOR=1, LANG=C, TERM=dumb).
    ///   - arguments: the app's arguments; by default `shiftArguments`.
    ///   - stdin: a shell redirection for the app's stdin, e.g. "</dev/null".
    ///   - interactiveShell: run an interactive bash (job control: ^Z really stops the app)
    ///     instead of the app; start the app with `typeLine(commandLine(...))`.
    ///   - subcommand: words before `shiftArguments` (e.g. ["exam"]) when `arguments` is nil.
    init(term: String = "tmux-256color", columns: Int = 80, rows: Int = 24, environment: [String: String] = [:],
         arguments: [String]? = nil, subcommand: [String] = [], stdin: String = "", interactiveShell: Bool = false) throws {
        tmux = try #require(E2E.tmux, "tmux is not installed")
        binary = try E2E.requireBinary()
        self.term = term
        self.environment = environment
        socket = "wl-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        home = try E2E.temporaryDirectory("home")
        dataDir = home.appendingPathComponent("data")
        try tmuxCommand([
            "start-server", ";",
            "set-option", "-g", "default-terminal", term, ";",
            "set-option", "-g", "history-limit", "2000", ";",
            "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)",
            interactiveShell ? shellScript() : script(arguments ?? (subcommand + shiftArguments), stdin: stdin),
        ])
    }

    /// `KEY='value' ...` for the app's environment; TERM is the pane's own unless overridden.
    private func assignments() -> [String] {
        var env = E2E.appEnvironment(home: home, extra: environment)
        let termAssignment = env.removeValue(forKey: "TERM").map { "TERM=" + E2E.shellQuote($0) } ?? "TERM=\"$TERM\""
        return [termAssignment] + env.sorted { $0.key < $1.key }.map { "\($0.key)=\(E2E.shellQuote($0.value))" }
    }

    /// An interactive bash with the app's environment and a plain prompt.
    private func shellScript() -> String {
        "(sleep 120; tmux kill-server) >/dev/null 2>&1 & exec env -i " + assignments().joined(separator: " ")
            + " PS1='$ ' bash --norc --noprofile -i"
    }

    /// The app with `arguments`, quoted for a shell command line.
    func commandLine(_ arguments: [String]) -> String {
        ([E2E.shellQuote(binary)] + arguments.map(E2E.shellQuote)).joined(separator: " ")
    }

    /// Types a line into the pane's shell and presses Enter.
    func typeLine(_ line: String) throws {
        try type(line)
        try send("Enter")
    }

    /// The pane's shell command: the app in a clean environment, then EXIT=, stty -a, a pause.
    private func script(_ arguments: [String], stdin: String) -> String {
        let app = (["env", "-i"] + assignments() + [commandLine(arguments)]).joined(separator: " ")
        // A watchdog ends the server after two minutes even if the test process dies. The
        // trap keeps the shell alive through Ctrl-C and a hang-up (the app gets the signal
        // as well; a trapped signal is back to default in the child), so the exit status is
        // kept in a file, and, while the terminal is still there, shown with stty -a.
        let status = E2E.shellQuote(statusFile.path)
        return "(sleep 120; tmux kill-server) >/dev/null 2>&1 & trap : INT HUP; \(app) \(stdin); s=$?; "
            + "echo $s > \(status); stty size >/dev/null 2>&1 || exit 0; echo EXIT=$s; stty -a; sleep 120"
    }

    /// Replaces whatever runs in the pane (killing it) with the app run with `arguments`,
    /// on a fresh terminal of the same size.
    func respawn(_ arguments: [String]) throws {
        try tmuxCommand(["clear-history", "-t", "0"])
        try tmuxCommand(["respawn-pane", "-k", "-t", "0", script(arguments, stdin: "")])
    }

    /// The process id of the app: the pane shell's child running the binary.
    func appProcess() throws -> pid_t {
        let shell = try #require(pid_t(try tmuxCommand(["display-message", "-p", "-t", "0", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)), "no pane pid")
        let entries = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap { pid_t($0) }
        for pid in entries {
            // /proc/PID/stat: pid (comm) state ppid ...; comm may hold spaces, so split after ')'.
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.range(of: ")", options: .backwards),
                  let open = stat.range(of: "(") else { continue }
            let comm = stat[open.upperBound..<close.lowerBound]
            let fields = stat[close.upperBound...].split(separator: " ")
            if comm == "worklist", fields.count > 1, pid_t(fields[1]) == shell { return pid }
        }
        throw Stop(description: "no worklist process under the pane shell \(shell)")
    }

    deinit {
        kill()
        try? FileManager.default.removeItem(at: home)
    }

    /// Stops the private server (idempotent).
    func kill() {
        _ = try? tmuxCommand(["kill-server"], check: false)
    }

    @discardableResult
    func tmuxCommand(_ arguments: [String], check: Bool = true) throws -> String {
        let r = try E2E.run(tmux, ["-L", socket, "-f", "/dev/null"] + arguments,
                            // TMUX_TMPDIR: the socket lives (and is deleted) with `home`.
                            environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8",
                                          "SHELL": "/bin/sh", "TMUX_TMPDIR": home.path],
                            timeout: 10)
        if check && r.status != 0 {
            Issue.record("tmux \(arguments.joined(separator: " ")) failed (\(r.status)): \(r.stderr)")
        }
        return r.stdout
    }

    /// Named keys (Enter, Escape, C-c, j …), each one key press.
    func send(_ keys: String...) throws {
        try tmuxCommand(["send-keys", "-t", "0"] + keys)
    }

    /// Literal text, one key press per character.
    func type(_ text: String) throws {
        try tmuxCommand(["send-keys", "-t", "0", "-l", text])
    }

    func resize(columns: Int, rows: Int) throws {
        try tmuxCommand(["resize-window", "-t", "0", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The visible screen; with `history`, scrollback too, wrapped lines joined.
    func capture(history: Bool = false, escapes: Bool = false) throws -> String {
        var args = ["capture-pane", "-p", "-t", "0"]
        if history { args += ["-J", "-S", "-2000"] }
        if escapes { args.append("-e") }
        return try tmuxCommand(args, check: false)
    }

    /// In the quit box: `e` ends the session now; with under half the cases opened the box
    /// asks again first (issue 16), and a second `e` ends it.
    func endNow(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try send("e")
        let screen = try await waitUntil("the summary or the second question", sourceLocation: sourceLocation) {
            $0.contains("Really end the") || $0.contains("summary") || $0.contains("Session score")
        }
        if screen.contains("Really end the") { try send("e") }
    }

    /// Polls the screen until `text` appears; on a timeout, records the screen and throws.
    @discardableResult
    func waitFor(_ text: String, history: Bool = false, timeout: Double = 5,
                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await waitUntil("\"\(text)\"", history: history, timeout: timeout, sourceLocation: sourceLocation) {
            $0.contains(text)
        }
    }

    @discardableResult
    func waitUntil(_ what: String, history: Bool = false, timeout: Double = 5,
                   sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture(history: history)
            if condition(screen) { return screen }
            if Date() >= deadline { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let failure = ScreenTimeout(expected: what, screen: try capture(history: true))
        // The screen goes into the issue, at the caller's line; the thrown error only ends the test.
        Issue.record(Comment(rawValue: failure.description), sourceLocation: sourceLocation)
        throw Stop(description: "stopped: timed out waiting for \(what)")
    }

    /// Waits for the program to end; returns its exit status and what the pane printed after
    /// it (the `stty -a` output).
    func waitForExit(timeout: Double = 5, sourceLocation: SourceLocation = #_sourceLocation) async throws
        -> (status: Int, after: String, screen: String) {
        // stty -a ends with its local-mode line ("... echoctl echoke ...").
        let screen = try await waitUntil("EXIT= and the stty output", history: true, timeout: timeout,
                                         sourceLocation: sourceLocation) { screen in
            guard let range = screen.range(of: "EXIT=", options: .backwards) else { return false }
            return screen[range.upperBound...].contains("echoke")
        }
        let range = try #require(screen.range(of: "EXIT=", options: .backwards))
        let after = screen[range.upperBound...]
        let status = Int(after.prefix { $0.isNumber }) ?? -1
        return (status, String(after), screen)
    }

    /// Whether `stty -a` shows canonical mode and echo on (no leading `-`).
    static func isSane(_ stty: String) -> Bool {
        let words = Set(stty.split { $0 == " " || $0 == "\n" || $0 == ";" }.map(String.init))
        return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
    }
}
