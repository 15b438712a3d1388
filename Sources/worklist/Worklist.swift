import ArgumentParser
import WorklistStore
import Foundation

@main
struct Worklist: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "worklist",
        abstract: "A radiology reading-worklist trainer for the terminal.",
        discussion: """
            Practise search patterns, call shifts and timed self-tests on synthetic text cases.
            Scores are formative practice figures, not a certified assessment.
            """,
        version: version,
        subcommands: [ShiftCommand.self, DrillCommand.self, ExamCommand.self, TutorialCommand.self, PlayCommand.self, ReviewCommand.self, ResumeCommand.self, SessionsCommand.self, SyncCommand.self, ProgramCommand.self,
                      HistoryCommand.self, ExportCommand.self, ScoreCommand.self, ValidateCommand.self, ListCommand.self],
        defaultSubcommand: ShiftCommand.self
    )

    /// Catches an unknown first word that looks like a subcommand ("scroe") before the
    /// parser does, and suggests the nearest one.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-"), first != "help" {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName }
            if !names.contains(first) {
                let nearest = names.min { editDistance($0, first) < editDistance($1, first) } ?? ""
                let hint = editDistance(nearest, first) <= 3 ? " Did you mean '\(nearest)'?" : ""
                Output.error("unknown command '\(first)'.\(hint) See 'worklist --help'.")
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            if let keeper = command as? DataFolderCommand { _ = try keeper.options.requireDataDirectory() }
            try command.run()
        } catch let error as StoreError {
            // A journal or data-folder failure (a full disk, a session open elsewhere): it
            // says what happened and what is kept; exit 2 when the environment is to blame.
            Output.error(error.description)
            exit(withError: error.isEnvironment ? Exit.environment : Exit.input)
        } catch {
            exit(withError: error)
        }
    }
}

/// Levenshtein distance, for "did you mean".
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
        var previous = row[0]
        row[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = current
        }
    }
    return a.isEmpty ? b.count : row[b.count]
}

/// Exit codes of PRODUCT.md §8.
enum Exit {
    /// A problem with the input: invalid cases, an unreadable journal.
    static let input = ExitCode(1)
    /// The environment: no terminal, unknown TERM, no cases found.
    static let environment = ExitCode(2)
}
