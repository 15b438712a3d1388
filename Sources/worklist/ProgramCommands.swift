import ArgumentParser
import Foundation
import WorklistCore
import WorklistProgram
import WorklistStore

/// Where the program store is: --database, then WORKLIST_DATABASE, then `database:` in the config.
struct DatabaseOption: ParsableArguments {
    @Option(help: ArgumentHelp("The program store: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE "
                               + "(else WORKLIST_DATABASE, else database: in the config).", valueName: "URL"))
    var database: String?

    func url(_ options: CommonOptions, _ session: SessionOptions) throws -> ProgramURL {
        let environment = options.environment
        let configured = database ?? environment["WORKLIST_DATABASE"].flatMap { $0.isEmpty ? nil : $0 }
        guard let text = try configured ?? session.loadConfig(environment: environment).database else {
            Output.error("no program database named: give --database URL, set WORKLIST_DATABASE, or add "
                         + "'database: postgres://…' to the config (your program director has the URL).")
            throw Exit.input
        }
        do {
            return try ProgramURL(text)
        } catch {
            Output.error("\(error)")
            throw Exit.input
        }
    }
}

func reportProgramError(_ error: any Error) -> ExitCode {
    Output.error("\(error)")
    return (error as? ProgramStoreError)?.isEnvironment == false ? Exit.input : Exit.environment
}

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send your finished sessions to your program's store (PostgreSQL), and fetch where you stand.",
        discussion: """
            Sends every finished session not left out (worklist sessions --exclude), each once: a session \
            the store already holds is not sent again, and one whose journal changed since is refused. \
            An unreachable server is an error within seconds and changes nothing here.
            """
    )

    @OptionGroup var database: DatabaseOption
    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let url = try database.url(options, session)
        let folder = try options.requireDataDirectory()
        let outcome: SyncOutcome
        do {
            outcome = try ProgramSync.sync(dataDirectory: folder, url: url)
        } catch {
            throw reportProgramError(error)
        }
        for problem in outcome.unreadable { Output.warning(problem) }
        Output.line("Synced with \(url): \(outcome.sent.count) session(s) sent, \(outcome.alreadyThere) already there.")
        for refused in outcome.refused {
            Output.error("session \(refused.id) is in the store with another journal (\(refused.stored); here "
                         + "\(refused.local)): it changed after it was synced, so it was not sent and nothing was "
                         + "overwritten. Restore the journal, or leave it out with 'worklist sessions --exclude \(refused.id)'.")
        }
        if let standing = outcome.standing {
            let residents = Set(standing.scenarios.values.flatMap(\.keys)).count
            Output.line("Program standing saved for offline comparison: \(residents) resident(s) across "
                        + "\(standing.scenarios.count) scenario(s) ('worklist history' shows where you stand).")
        }
        if !outcome.refused.isEmpty { throw Exit.input }
    }
}

struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "The cohort report from the program store: per resident and routine, medians, misses, percentiles."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Print JSON (the same as --format json).")
    var json = false

    @Option(help: "text, json or csv (one row per resident and routine).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Only sessions started on or after DATE (YYYY-MM-DD, UTC).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Only this routine's cases.", valueName: "ROUTINE"))
    var routine: String?

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func validate() throws {
        if let since, since.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--since needs a date like 2026-11-01")
        }
    }

    func run() throws {
        let url = try database.url(options, session)
        let report: ProgramReport
        do {
            report = try ProgramSync.report(url: url, since: since, routine: routine)
        } catch {
            throw reportProgramError(error)
        }
        switch json ? .json : format {
        case .json:
            try Output.json(report)
        case .csv:
            Output.write(report.csv)
        case .text:
            Output.write(ProgramText.text(report, server: url.description))
        }
    }
}

/// The cohort report as plain text: residents with their medians and percentile, then each
/// resident's routines, then what the cohort misses most.
enum ProgramText {
    static func text(_ r: ProgramReport, server: String) -> String {
        func n(_ x: Double?) -> String { x.map(ReportText.number) ?? "-" }
        func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
        var scope = "\(r.residents) resident(s), \(r.sessions) finished session(s)"
        if let since = r.since { scope += " since \(since)" }
        if let routine = r.routine { scope += ", routine \(routine)" }
        var lines = ["Program report: \(server)", scope, ""]
        lines.append("RESIDENTS (medians; percentile of the median session score within the program)")
        lines.append(pad("resident", 16) + pad("sessions", 10) + pad("score", 8) + pad("pct", 6) + pad("first reads", 18)
                     + pad("cover", 7) + pad("detect", 8) + pad("comm", 7) + pad("time", 7) + pad("order", 7) + "sens/spec")
        for t in r.trainees {
            lines.append(pad(Sanitizer.sanitize(t.trainee), 16) + pad(String(t.sessions), 10)
                         + pad(n(t.medians["session_score"] ?? nil), 8) + pad(t.percentile.map { Percentile.ordinal($0) } ?? "-", 6)
                         + pad("\(t.firstReads) (mean \(n(t.firstReadMean)))", 18)
                         + pad(n(t.medians["coverage"] ?? nil), 7) + pad(n(t.medians["detection"] ?? nil), 8)
                         + pad(n(t.medians["communication"] ?? nil), 7) + pad(n(t.medians["time"] ?? nil), 7)
                         + pad(n(t.medians["order"] ?? nil), 7) + "\(n(t.sensitivity))/\(n(t.specificity))")
        }
        lines += ["", "BY RESIDENT AND ROUTINE (cases read, first reads and their mean; medians of score, coverage, detection)"]
        for p in r.routines {
            lines.append("  " + pad(Sanitizer.sanitize(p.trainee), 16) + pad(p.routine, 20) + pad("\(p.casesRead) read", 10)
                         + pad("\(p.firstReads) first, mean \(n(p.firstReadMean))", 24)
                         + "score \(n(p.medianScore)) · coverage \(n(p.medianCoverage)) · detection \(n(p.medianDetection))")
        }
        lines += ["", "MISSED MOST BY THE COHORT (severity weight × times missed)"]
        if r.mostMissed.isEmpty { lines.append("  none") }
        for m in r.mostMissed {
            lines.append("  " + pad(n(m.weight), 6) + "\(m.term) (\(m.finding)) in \(m.caseId), \(m.routine): missed "
                         + "\(m.missed) time(s) by \(m.residents) resident(s)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
