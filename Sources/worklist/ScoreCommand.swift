import ArgumentParser
import WorklistCore
import WorklistCases
import WorklistStore

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a session journal (from its own content snapshot).",
        discussion: "JOURNAL is a .jsonl path or a session id in <data-dir>/sessions. Exits 1 when it cannot be read."
    )

    @Argument(help: ArgumentHelp("A journal file or session id.", valueName: "JOURNAL"))
    var journal: String

    @Flag(help: "Print the score report as JSON (PRODUCT.md §5; docs/scoring.md).")
    var json = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        // A journal path needs no data folder (HOME may be unset); a session id does.
        let isPath = journal.contains("/") || journal.hasSuffix(".jsonl")
        let path = isPath ? journal : JournalReader.locate(journal, dataDirectory: try options.requireDataDirectory())
        // Scored as it is read: a journal of a million events is never held whole.
        var scoring = Scoring.Stream()
        let read: (header: JournalHeader, warnings: [String])
        do {
            read = try JournalReader.stream(path, into: &scoring)
        } catch {
            Output.error(error.description + " Is this a Worklist journal?")
            throw Exit.input
        }
        for warning in read.warnings { Output.warning("\(path): \(warning)") }
        let header = read.header
        if header.scoringVersion != Scoring.version {
            Output.warning("recorded with scoring version \(header.scoringVersion); scored now with version \(Scoring.version)")
        }
        warnIfLibraryChanged(header)
        guard let report = scoring.report() else { throw Exit.input }   // a header was read
        if json {
            try Output.json(report)
        } else {
            Output.write(ReportText.render(report, snapshot: header.snapshot))
        }
    }

    /// Scoring uses the journal's snapshot; say so when the live library has moved on.
    private func warnIfLibraryChanged(_ header: JournalHeader) {
        guard let source = try? options.librarySource() else { return }
        let loaded = options.load(source)
        let schedule = header.snapshot.cases.map { ScheduledCase(caseID: $0.id, arrives: $0.arrives) }
        let scenario = loaded.library.scenario(header.scenario)?.snapshot ?? header.snapshot.scenario
        do {
            let live = try ContentSnapshot.make(library: loaded.library, scenario: scenario, schedule: schedule)
            if live.contentHash != header.contentHash {
                Output.warning("the case library (\(source.description)) differs from this session's snapshot; "
                               + "the score uses the snapshot, as recorded")
            }
        } catch {
            Output.warning("\(error) any more (\(source.description)); the score uses the session's snapshot")
        }
    }
}
