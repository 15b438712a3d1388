import ArgumentParser
import Foundation
import WorklistApp
import WorklistCore
import WorklistStore
import WorklistUI

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Run a session from a key file, headless, with a virtual clock (for scripts and tests).",
        discussion: """
            The key file has one command a line: 'wait SECONDS', 'key NAME', 'type TEXT', 'resize COLSxROWS';
            lines starting with # are comments (README: Scripted sessions). When the file ends, the session
            ends as if the trainee ended it. Ctrl-C acts as SIGINT: the session stays unfinished, exit 130.
            """
    )

    @Argument(help: "A scenario id, or drill:ROUTINE.")
    var scenario: String

    @Option(help: ArgumentHelp("The key file.", valueName: "FILE"))
    var keys: String

    @Option(help: "Seed that draws and orders a pool's cases.")
    var seed: UInt64 = 0

    @Option(name: .customLong("count"), help: "With drill:ROUTINE, how many cases.")
    var drillCount = 8

    @Flag(help: "Print the score report as JSON on stdout.")
    var json = false

    @Flag(help: "Print the last frame on stderr.")
    var screen = false

    @Option(help: ArgumentHelp("Terminal size.", valueName: "COLSxROWS"))
    var size = "80x24"

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func validate() throws {
        guard parsedSize != nil else { throw ValidationError("--size needs COLSxROWS, e.g. 100x30") }
    }

    var parsedSize: (columns: Int, rows: Int)? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let c = Int(parts[0]), let r = Int(parts[1]), c > 0, r > 0, c <= 1000, r <= 1000 else { return nil }
        return (c, r)
    }

    func run() throws {
        guard let text = FileManager.default.contents(atPath: keys).map({ String(decoding: $0, as: UTF8.self) }) else {
            Output.error("cannot read the key file \(keys); check the path.")
            throw Exit.input
        }
        let script: [KeyScript.Line]
        do {
            script = try KeyScript.parse(text)
        } catch {
            Output.line("\(keys):\(error.line): error: \(error.message)", to: .standardError)
            throw Exit.input
        }
        let (loaded, _) = try options.loadLibrary()
        let settings = try session.settings(options)
        let chosen: Scenario
        if let routine = DrillPlan.routine(ofScenario: scenario) {
            chosen = try Drill.scenario(loaded.library, routine: routine, count: drillCount, settings: settings, seed: seed)
        } else {
            chosen = try loaded.library.scenario(named: scenario, mode: .shift, strict: false)
        }
        let theme = Theme(color: false, ascii: session.ascii || !Output.isUTF8)
        let app = try SessionLauncher.start(library: loaded.library, scenario: chosen, seed: seed, client: .play,
                                            settings: settings, theme: theme)
        let size = parsedSize ?? (80, 24)
        let outcome = try PlayRun.run(app, script: script, scriptPath: keys, columns: size.columns, rows: size.rows)
        for warning in outcome.warnings { Output.line(warning, to: .standardError) }

        let report = Scoring.report(try JournalReader.read(app.journalPath ?? "").journal)
        if json {
            try Output.json(report)
        } else {
            Output.write(ReportText.render(report, snapshot: app.state.snapshot))
        }
        if screen, let frame = outcome.lastFrame {
            Output.write(frame.lines.joined(separator: "\n") + "\n", to: .standardError)
        }
        if outcome.interrupted { throw ExitCode(130) }
    }
}
