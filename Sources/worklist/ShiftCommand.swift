import ArgumentParser
import Foundation
import NCursesTerminal
import WorklistApp
import WorklistCore
import WorklistStore
import WorklistUI

struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift",
        abstract: "Work a simulated shift: triage the worklist, read, call critical results, sign.",
        discussion: """
            Without SCENARIO, the library's default shift. Needs a terminal of at least 80x24; for scripted \
            use see 'worklist play'. When an unfinished shift exists, it offers to resume it.
            """
    )

    @Argument(help: "A shift scenario id (see 'worklist list scenarios').")
    var scenario: String?

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let (loaded, _) = try options.loadLibrary()
        let chosen = try loaded.library.scenario(named: scenario, mode: .shift)
        var settings = try session.settings(options)
        if try ResumeOffer.ask(options: options, library: loaded.library, session: session, settings: settings) { return }
        if TutorialCommand.isFirstStart(dataDirectory: settings.dataDirectory),
           loaded.library.scenario(TutorialCommand.scenarioID) != nil {
            settings.welcome = "New here? `worklist tutorial` reads two studies with a guide to every key (q, then e, leaves this shift)."
        }
        try TerminalSession.run(session: session, options: options) { theme in
            let app = try SessionLauncher.start(library: loaded.library, scenario: chosen, seed: 0, client: .tty,
                                                settings: settings, theme: theme)
            return (app, LiveClock(stoppable: true))
        }
    }
}

/// Runs a session in the real terminal: signals first, then ncurses, the loop, the
/// terminal restored, and the summary printed on the normal screen (it stays in scrollback).
enum TerminalSession {
    static func run(session: SessionOptions, options: CommonOptions, mouse: Bool? = nil,
                    make: (Theme) throws -> (AppSession, LiveClock)) throws {
        let environment = options.environment
        Signals.install()
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend.start(.init(color: session.useColor(environment: environment),
                                                     mouse: mouse ?? session.mouse))
        } catch {
            Output.error(error.description)
            throw Exit.environment
        }
        let theme = Theme(color: backend.usesColor, ascii: session.ascii || !backend.isUTF8)
        let app: AppSession
        let clock: LiveClock
        do {
            (app, clock) = try make(theme)
        } catch let error as StoreError {
            backend.restore()
            Output.error(error.description)
            throw error.isEnvironment ? Exit.environment : Exit.input
        } catch {
            backend.restore()
            Output.error("\(error)")
            throw Exit.environment
        }
        let outcome: SessionLoop<LiveClock>.Outcome
        do {
            outcome = try SessionLoop(session: app, backend: backend, clock: clock).run()
        } catch {
            backend.restore()
            // The message names the journal and says what of it is on disk.
            Output.error(error.description)
            throw error.isEnvironment ? Exit.environment : Exit.input
        }
        backend.restore()
        for warning in app.warnings { Output.warning(warning) }
        try Summary.print(app, outcome: outcome)
    }
}

/// What is printed on the normal screen after the terminal is restored, so it stays in scrollback.
enum Summary {
    static func print(_ app: AppSession, outcome: SessionLoop<LiveClock>.Outcome) throws {
        // A review has no journal of its own to report on.
        guard let path = app.journalPath else {
            if case .signal(let sig) = outcome { throw ExitCode(128 + sig) }
            return
        }
        let report = Scoring.report(try JournalReader.read(path).journal)
        switch outcome {
        case .ended:
            let draft = app.content.cases.values.contains { $0.status == .draft }
            Output.write(ReportText.render(report, draftContent: draft, snapshot: app.state.snapshot))
            Output.line("Journal: \(path)")
        case .savedAndExited:
            Output.line("Saved, not finished. Resume with: worklist resume \(report.session)")
            Output.line("Journal: \(path)")
        case .signal(let sig):
            Output.line("Stopped by signal \(sig); the session is saved, not finished. Resume with: worklist resume \(report.session)")
            Output.line("Journal: \(path)")
            throw ExitCode(128 + sig)
        }
    }
}
