import ArgumentParser
import Foundation
import WorklistCore
import WorklistStore
import WorklistUI

/// Storing finished sessions in the history database; failures warn, never lose the session.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Progress over sessions: trends per axis, per routine, weak areas.",
        discussion: "The history database is derived from the session journals; --rebuild recreates it from them."
    )

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Recreate the history database from the journals.")
    var rebuild = false

    @Flag(name: .customLong("include-play"), help: "Count scripted (play) sessions too.")
    var includePlay = false

    @Option(help: "How many recent sessions.")
    var last = 30

    @Option(help: ArgumentHelp("Only sessions of this mode: shift, drill or exam.", valueName: "MODE"))
    var mode: Mode?

    @Flag(name: .customLong("include-unfinished"), help: "Count sessions saved and left unfinished too.")
    var includeUnfinished = false

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let history = try openHistory(options)
        let problems = rebuild ? try history.rebuild(dataDirectory: options.dataDirectory)
            : try history.sync(dataDirectory: options.dataDirectory)
        for problem in problems { Output.warning(problem) }
        let trainee = try session.traineeName(environment: options.environment)
        var progress = try history.progress(trainee: trainee, includePlay: includePlay, limit: max(1, last), mode: mode,
                                            includeUnfinished: includeUnfinished)
        progress.program = ProgramStandingCache.read(dataDirectory: options.dataDirectory)
        if json {
            try Output.json(progress)
        } else {
            Output.write(HistoryText.text(progress, theme: Theme(color: false, ascii: !Output.isUTF8)))
            if progress.sessions == 0, let others = try? history.trainees(), !others.isEmpty {
                Output.line("Trainees with sessions here: \(others.joined(separator: ", ")) (choose with --trainee).")
            }
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export case results (a row per case per session) as CSV or JSON; columns in docs/export.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Option(help: "csv or json")
    var format: Format

    @Option(help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Only sessions started on or after DATE (YYYY-MM-DD, UTC).", valueName: "DATE"))
    var since: String?

    @Flag(name: .customLong("include-play"), help: "Include scripted (play) sessions.")
    var includePlay = false

    @Flag(name: .customLong("include-unfinished"), help: "Include sessions saved and left unfinished.")
    var includeUnfinished = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if let since, since.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--since needs a date like 2026-11-01")
        }
    }

    func run() throws {
        let history = try openHistory(options)
        for problem in try history.sync(dataDirectory: options.dataDirectory) { Output.warning(problem) }
        let rows = try history.exportRows(since: since, includePlay: includePlay, includeUnfinished: includeUnfinished)
        let data: Data
        switch format {
        case .csv:
            data = Data(HistoryDatabase.csv(rows).utf8)
        case .json:
            data = try HistoryDatabase.json(rows)
        }
        guard let output else {
            Output.raw(data, to: .standardOutput)
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: data, attributes: [.posixPermissions: 0o600]) else {
            Output.error("cannot write \(output); check the folder exists and is writable.")
            throw Exit.input
        }
        Output.line("\(rows.count) case result(s) written to \(output) (\(data.count) bytes).", to: .standardError)
    }
}

func openHistory(_ options: CommonOptions) throws -> HistoryDatabase {
    let folder = try options.requireDataDirectory()
    do {
        return try HistoryDatabase(dataDirectory: folder)
    } catch {
        // A folder (or database) we may not write is the usual cause, and deleting the
        // database would not help; only a damaged file is worth deleting.
        let database = HistoryDatabase.path(dataDirectory: folder)
        if access(folder, W_OK) != 0 || (access(database, F_OK) == 0 && access(database, W_OK) != 0) {
            Output.error("cannot open the history database in \(folder): the folder or \(database) is not writable "
                         + "(read-only, or another user's). Make it writable (chmod u+w), or keep your data in "
                         + "another folder with --data-dir DIR or WORKLIST_DATA_DIR.")
        } else {
            Output.error("cannot open the history database \(database): \(error). It is derived data: "
                         + "delete history.sqlite and run 'worklist history --rebuild' to make it again from the journals.")
        }
        throw Exit.environment
    }
}

extension Mode: ExpressibleByArgument {}
