import ArgumentParser
import Foundation
import WorklistApp
import WorklistCore
import WorklistStore
import WorklistUI

struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam",
        abstract: "A timed self-test (default: the library's default exam); feedback only at the end.",
        discussion: """
            A pool scenario draws its cases with the seed (SplitMix64 over the sorted case ids: the same \
            seed and library give the same set). The exam clock is wall time: suspending, a small \
            terminal or quitting do not stop it, and a resumed exam past its limit ends at once.
            """
    )

    @Argument(help: "An exam scenario id.")
    var scenario: String?

    @Option(help: "Seed that draws and orders the cases (default: a new one each time, shown in the journal).")
    var seed: UInt64?

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let (loaded, _) = try options.loadLibrary()
        let chosen = try loaded.library.scenario(named: scenario, mode: .exam)
        let settings = try session.settings(options)
        let seed = self.seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        try TerminalSession.run(session: session, options: options) { theme in
            let app = try SessionLauncher.start(library: loaded.library, scenario: chosen, seed: seed, client: .tty,
                                                settings: settings, theme: theme)
            return (app, LiveClock(stoppable: false))
        }
    }
}
