import ArgumentParser
import Foundation
import NCursesTerminal
import WorklistApp
import WorklistCases
import WorklistCore
import WorklistStore
import WorklistUI

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on an unfinished session where it stopped.",
        discussion: "Without SESSION, the newest unfinished one. Time away is not counted, except in an exam, whose clock never stops."
    )

    @Argument(help: "A session id or journal file.")
    var session: String?

    @OptionGroup var options: CommonOptions
    @OptionGroup var display: SessionOptions

    func run() throws {
        let path: String
        if let session {
            path = JournalReader.locate(session, dataDirectory: options.dataDirectory)
        } else {
            guard let newest = ResumeOffer.unfinished(options: options).first(where: { !$0.inUse }) else {
                Output.error("no unfinished session in \(DataLocations.sessionsDirectory(dataDirectory: options.dataDirectory)).")
                throw Exit.input
            }
            path = newest.path
        }
        let (loaded, _) = try options.loadLibrary()
        try ResumeOffer.resume(path: path, library: loaded.library, options: options, session: display,
                               settings: try display.settings(options))
    }
}

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the sessions in the data folder, newest first."
    )

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: ArgumentHelp("Leave session ID out of history, export and comparisons (the journal is kept).",
                               valueName: "ID"))
    var exclude: [String] = []

    @Option(help: ArgumentHelp("Count session ID in history again.", valueName: "ID"))
    var include: [String] = []

    @OptionGroup var options: CommonOptions

    func run() throws {
        if !exclude.isEmpty || !include.isEmpty { return try mark() }
        let (sessions, problems) = SessionIndex.list(dataDirectory: options.dataDirectory)
        for problem in problems { Output.warning(problem) }
        if json {
            try Output.json(sessions)
            return
        }
        if sessions.isEmpty { Output.line("No sessions yet in \(DataLocations.sessionsDirectory(dataDirectory: options.dataDirectory)).") }
        for s in sessions {
            // A session running in another process right now says so (and by whom).
            let state = s.inUse ? "\(s.state.rawValue) (open in PID \(s.pid.map(String.init) ?? "unknown"))" : s.state.rawValue
            Output.line([s.id, s.mode.rawValue, s.scenario, s.trainee, s.client.rawValue, state,
                         ReportText.number(s.score)].joined(separator: "  ") + (s.excluded ? "  excluded" : ""))
        }
    }

    /// `--exclude` / `--include`: each id must name a journal in the sessions folder.
    func mark() throws {
        let folder = try options.requireDataDirectory()
        var exclusions = SessionExclusions(dataDirectory: folder)
        for (id, excluded) in exclude.map({ ($0, true) }) + include.map({ ($0, false) }) {
            guard FileManager.default.fileExists(atPath: DataLocations.journalPath(dataDirectory: folder, session: id)) else {
                Output.error("no session \(Sanitizer.sanitize(id)) in \(DataLocations.sessionsDirectory(dataDirectory: folder)); "
                             + "'worklist sessions' lists them.")
                throw Exit.input
            }
            do {
                try exclusions.set(id, excluded: excluded)
            } catch {
                Output.error("\(error)")
                throw Exit.environment
            }
            Output.line(excluded ? "\(id): left out of history, export and comparisons (the journal is kept)."
                                 : "\(id): counted in history again.")
        }
    }
}

/// "Your shift was interrupted at 14:41 — resume / discard / new": asked on the normal
/// screen before a new shift starts, when an unfinished one exists.
enum ResumeOffer {
    static func unfinished(options: CommonOptions) -> [SessionListing] {
        SessionIndex.unfinished(dataDirectory: options.dataDirectory).filter { $0.client == .tty }
    }

    /// True when the trainee resumed (the session has run); false to start a new one.
    static func ask(options: CommonOptions, library: Library, session: SessionOptions,
                    settings: SessionSettings) throws -> Bool {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
              let last = unfinished(options: options).first(where: { $0.mode == Mode.shift }) else { return false }
        lineMode()
        // Running in another terminal now: resuming would make two writers, discarding
        // would end it under the other one. Only a new session is offered.
        if last.inUse {
            Output.line("Your shift \(last.scenario) is open in another worklist (PID \(last.pid.map(String.init) ?? "unknown")); "
                + "starting a new session.")
            return false
        }
        let time = last.startedAt.count >= 16 ? String(last.startedAt.dropFirst(11).prefix(5)) + " UTC" : last.startedAt
        Output.line("Your shift \(last.scenario) from \(time) was interrupted after \(ClockText.clock(last.lastEventSeconds)).")
        Output.write("Resume it [r], discard it and start a new one [d], or start a new one and keep it for later [n]? ")
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        switch answer {
        case "", "r", "resume":
            try resume(path: last.path, library: library, options: options, session: session, settings: settings)
            return true
        case "d", "discard":
            try discard(path: last.path, dataDirectory: options.dataDirectory)
            return false
        default:
            return false
        }
    }

    /// After kill -9 the terminal may still be in the dead session's raw mode: the question
    /// needs line input with echo (ncurses sets its own modes afterwards).
    static func lineMode() {
        TerminalModes.setSane(STDIN_FILENO)
    }

    static func resume(path: String, library: Library, options: CommonOptions, session: SessionOptions,
                       settings: SessionSettings) throws {
        let read: Journal
        do {
            let (journal, warnings) = try JournalReader.read(path)
            for warning in warnings { Output.warning(warning) }
            read = journal
        } catch {
            Output.error("\(error)")
            throw Exit.input
        }
        guard !read.events.contains(where: { $0.kind.name == "ended" }) else {
            Output.error("session \(read.header.session) has finished; see it with 'worklist review \(read.header.session)'.")
            throw Exit.input
        }
        // Before the screen changes: another worklist that owns the journal is named.
        if let holder = JournalLock.holder(path) {
            let who = holder.pid.map { " (PID \($0))" } ?? ""
            Output.error("session \(read.header.session) is open in another worklist\(who); carry on in that one, or quit it there first.")
            throw Exit.environment
        }
        let away = SessionIndex.secondsSinceLastWrite(path)
        try TerminalSession.run(session: session, options: options) { theme in
            try SessionLauncher.resume(journal: read, path: path, library: library, settings: settings, theme: theme,
                                       wallSecondsAway: away)
        }
    }

    /// Ends an unfinished session without resuming it and moves its journal to
    /// `sessions/discarded/`: kept on disk, never counted in history or export.
    /// Refused for a session another process has open (the recorder's lock says so).
    static func discard(path: String, dataDirectory: String) throws {
        let moved: String
        do {
            let journal = try JournalReader.read(path).journal
            let recorder = try SessionRecorder(resuming: journal, path: path)
            for warning in recorder.warnings { Output.warning(warning) }
            try recorder.send(.end(.discarded), at: journal.events.last?.t ?? 0)
            recorder.close()
            moved = try SessionIndex.moveToDiscarded(path, dataDirectory: dataDirectory)
        } catch {
            Output.error("not discarded: \(error)")
            throw error.isEnvironment ? Exit.environment : Exit.input
        }
        Output.line("Discarded: not counted in history; the journal is kept in \(moved).")
    }
}
