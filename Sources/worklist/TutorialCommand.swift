import ArgumentParser
import Foundation
import WorklistApp
import WorklistCore

/// Two short studies read with a guide that names each key as it is needed (issue 14).
/// Scored like a shift, but kept out of history: its journals go to `<data>/tutorial/`,
/// which history never reads.
struct TutorialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutorial",
        abstract: "Two studies with a guide: the keys, the read-time rule, calling a result, signing.",
        discussion: "Scored, but not counted in history or export. Needs a terminal of at least 80x24."
    )

    static let scenarioID = "tutorial"

    @OptionGroup var options: CommonOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        let (loaded, _) = try options.loadLibrary()
        guard let scenario = loaded.library.scenario(Self.scenarioID) else {
            Output.error("this case library has no \"tutorial\" scenario; run the tutorial with the shipped or built-in library.")
            throw Exit.input
        }
        var settings = try session.settings(options)
        settings.dataDirectory = Self.folder(dataDirectory: settings.dataDirectory)
        settings.recordsHistory = false
        settings.tutorial = true
        try TerminalSession.run(session: session, options: options) { theme in
            let app = try SessionLauncher.start(library: loaded.library, scenario: scenario, seed: 0, client: .tty,
                                                settings: settings, theme: theme)
            return (app, LiveClock(stoppable: true))
        }
    }

    static func folder(dataDirectory: String) -> String { dataDirectory + "/tutorial" }

    /// Nothing practised here yet: no session and no tutorial. The first shift then says so.
    static func isFirstStart(dataDirectory: String) -> Bool {
        let fm = FileManager.default
        let sessions = (try? fm.contentsOfDirectory(atPath: dataDirectory + "/sessions")) ?? []
        return !sessions.contains { $0.hasSuffix(".jsonl") } && !fm.fileExists(atPath: folder(dataDirectory: dataDirectory))
    }
}
