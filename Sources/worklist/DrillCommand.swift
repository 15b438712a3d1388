import ArgumentParser
import Foundation
import WorklistApp
import WorklistCases
import WorklistCore
import WorklistStore
import WorklistUI

struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Drill one search pattern: its cases one after another, hints shown, feedback after each.",
        discussion: "Unseen cases come first, then the ones you miss most. Without ROUTINE: cxr (see 'worklist list routines')."
    )

    @Argument(help: "A routine id.")
    var routine: String?

    @Option(help: "How many cases.")
    var count = 8

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let (loaded, _) = try options.loadLibrary()
        let settings = try session.settings(options)
        let routineID = routine ?? (loaded.library.routine("cxr") != nil ? "cxr" : loaded.library.routines.first?.id ?? "")
        let scenario = try Drill.scenario(loaded.library, routine: routineID, count: count, settings: settings)
        try TerminalSession.run(session: session, options: options) { theme in
            let app = try SessionLauncher.start(library: loaded.library, scenario: scenario, seed: 0, client: .tty,
                                                settings: settings, theme: theme)
            return (app, LiveClock(stoppable: true))
        }
    }
}

enum Drill {
    /// The drill of a routine for this trainee, ordered from the history.
    static func scenario(_ library: Library, routine id: String, count: Int, settings: SessionSettings,
                         seed: UInt64 = UInt64.random(in: 0...UInt64(UInt32.max))) throws -> Scenario {
        do {
            return try SessionLauncher.drillScenario(library, routine: id, count: count, settings: settings, seed: seed)
        } catch {
            Output.error(error.description)
            throw Exit.input
        }
    }
}
