import ArgumentParser
import Foundation
import NCursesTerminal
import WorklistApp
import WorklistCore
import WorklistStore
import WorklistUI

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk a finished session's cases read-only, with the truth and the evidence shown.",
        discussion: "Without SESSION, the latest finished session in the data folder."
    )

    @Argument(help: "A session id or journal file.")
    var session: String?

    @OptionGroup var options: CommonOptions
    @OptionGroup var display: SessionOptions

    func run() throws {
        let path = try journalPath()
        let journal: Journal
        do {
            journal = try JournalReader.read(path).journal
        } catch {
            Output.error("\(error)")
            throw Exit.input
        }
        let (loaded, source) = try options.loadLibrary()
        do {
            try SessionLauncher.checkReviewable(journal, library: loaded.library)
        } catch {
            Output.error("\(error.description) (library: \(source.description))")
            throw Exit.input
        }
        var settings = try display.settings(options)
        settings.recordsHistory = false
        try TerminalSession.run(session: display, options: options, mouse: false) { theme in
            let app = try SessionLauncher.review(journal: journal, library: loaded.library, settings: settings, theme: theme)
            return (app, LiveClock(stoppable: true))
        }
    }

    /// The session named, or the newest finished one.
    private func journalPath() throws -> String {
        let data = options.dataDirectory
        if let session { return JournalReader.locate(session, dataDirectory: data) }
        let folder = DataLocations.sessionsDirectory(dataDirectory: data)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted(by: >)
        for name in names {
            let path = folder + "/" + name
            if let read = try? JournalReader.read(path), read.journal.events.contains(where: { $0.kind.name == "ended" }) {
                return path
            }
        }
        Output.error("no finished session in \(folder); finish a shift first, or name a journal.")
        throw Exit.input
    }
}
