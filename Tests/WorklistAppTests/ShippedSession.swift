import Foundation
import WorklistCases
import WorklistCore
@testable import WorklistUI

/// A new session of a shipped scenario, for tests that walk the whole app over the real
/// library: its app state, its texts and its snapshot.
enum ShippedSession {
    static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Cases").path
    static let library = LibraryLoader.load(paths: [casesFolder]).library

    struct NoScenario: Error { var id: String }

    static func start(_ scenarioID: String? = nil, normalMovesOn: Bool = true) throws
        -> (app: AppState, content: SessionContent, snapshot: ContentSnapshot) {
        let found = if let scenarioID { library.scenario(scenarioID) } else { library.defaultScenario(for: .shift) }
        guard let scenario = found else {
            throw NoScenario(id: scenarioID ?? "the default shift")
        }
        let snapshot = try ContentSnapshot.make(library: library, scenario: scenario.snapshot, schedule: scenario.schedule(seed: 0))
        let header = JournalHeader(session: "20261201T000000Z-0001", seed: 0, trainee: "t", client: .play, startedAt: "",
                                   snapshot: snapshot)
        return (AppState(journal: Journal(header: header, events: []), normalMovesOn: normalMovesOn),
                SessionContent(title: scenario.title, library: library, snapshot: snapshot), snapshot)
    }
}
