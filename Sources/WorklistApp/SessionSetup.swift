import Foundation
import WorklistCore
import WorklistStore
import WorklistUI

/// Starts a session of a scenario: its journal, its recorder and what the screens show.
public enum SessionSetup {
    public static func start(library: Library, scenario: Scenario, seed: UInt64, trainee: String, client: Client,
                             dataDirectory: String, theme: Theme, at date: Date = Date()) throws -> AppSession {
        let header = try JournalHeader.start(library: library, scenario: scenario, seed: seed, trainee: trainee,
                                             client: client, at: date)
        let recorder = try SessionRecorder(header: header, dataDirectory: dataDirectory)
        let content = SessionContent(title: scenario.title, library: library, snapshot: header.snapshot)
        return AppSession(recorder: recorder, content: content, theme: theme)
    }
}
