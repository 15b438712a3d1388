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
        let trainee = try session.traineeName(environment: options.environment)
        let routineID = routine ?? (loaded.library.routine("cxr") != nil ? "cxr" : loaded.library.routines.first?.id ?? "")
        let scenario = try Drill.scenario(loaded.library, routine: routineID, count: count, trainee: trainee,
                                          dataDirectory: options.dataDirectory)
        let reminders = try session.drillReminders(environment: options.environment)
        try TerminalSession.run(options: options, session: session) { theme in
            let app = try SessionSetup.start(library: loaded.library, scenario: scenario, seed: 0, trainee: trainee,
                                             client: .tty, dataDirectory: options.dataDirectory, theme: theme)
            app.drillReminders = reminders
            return (app, LiveClock(stoppable: true))
        }
    }
}

enum Drill {
    /// The drill of a routine for this trainee, ordered from the history.
    static func scenario(_ library: Library, routine id: String, count: Int, trainee: String,
                         dataDirectory: String, seed: UInt64 = UInt64.random(in: 0...UInt64(UInt32.max))) throws -> Scenario {
        guard let routine = library.routine(id) else {
            Output.error("no routine \"\(id)\"; routines: \(library.routines.map(\.id).joined(separator: ", ")).")
            throw Exit.input
        }
        let history = (try? HistoryDatabase(dataDirectory: dataDirectory)).flatMap { db -> DrillPlan.History? in
            _ = try? db.sync(dataDirectory: dataDirectory)
            return try? db.drillHistory(trainee: trainee, routine: id)
        } ?? DrillPlan.History()
        let ids = DrillPlan.order(library, routine: id, history: history, count: count, seed: seed)
        guard !ids.isEmpty else {
            Output.error("routine \"\(id)\" has no cases outside the exams to drill.")
            throw Exit.input
        }
        return DrillPlan.scenario(library, routine: routine, caseIDs: ids)
    }
}
