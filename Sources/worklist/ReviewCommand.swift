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
        let missing = journal.header.snapshot.cases.map(\.id).filter { loaded.library.case($0) == nil }
        guard missing.isEmpty else {
            Output.error("the case library (\(source.description)) lacks \(missing.joined(separator: ", ")), so their texts cannot be shown; point --cases at the library the session used.")
            throw Exit.input
        }
        let title = loaded.library.scenario(journal.header.scenario)?.title ?? journal.header.scenario
        let content = SessionContent(title: title, library: loaded.library, snapshot: journal.header.snapshot)

        Signals.install()
        let environment = options.environment
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend.start(.init(color: display.useColor(environment: environment), mouse: false))
        } catch {
            Output.error(error.description)
            throw Exit.environment
        }
        let theme = Theme(color: backend.usesColor, ascii: display.ascii || !backend.isUTF8)
        let signal = ReviewRunner(journal: journal, content: content, theme: theme, backend: backend).run()
        backend.restore()
        if let signal { throw ExitCode(128 + signal) }
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
