import Foundation
import Testing

/// The first-run tutorial in a real terminal (issue 14): the guide names each key as it is
/// needed and the read-time rule; the session is scored but kept out of history; the very
/// first shift offers it.
@Suite(.serialized) struct TutorialTests {
    static let shippedCases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Cases").path

    @Test("the tutorial guides each key, is scored, and stays out of history")
    func tutorial() async throws {
        let data = try E2E.temporaryDirectory("tutorial-data")
        let pane = try TmuxPane(arguments: ["tutorial", "--cases", Self.shippedCases, "--data-dir", data.path, "--trainee", "t"])
        defer { pane.kill() }
        try await pane.waitFor("This is the worklist")
        try pane.send("Enter")
        try await pane.waitFor("Read the view on the right")
        try await pane.waitFor("Looks normal?", timeout: 20)         // once the step counts as read
        try pane.send("n")
        try await pane.waitFor("(2/5)")
        try pane.send("q")
        try pane.send("e")
        try await pane.waitFor("The session's summary")
        try pane.send("Enter")
        _ = try await pane.waitForExit()
        // The journal is kept apart, under tutorial/, and history has nothing of it.
        let journals = try FileManager.default.contentsOfDirectory(atPath: data.path + "/tutorial/sessions")
        #expect(journals.contains { $0.hasSuffix(".jsonl") })
        let history = try E2E.run(try E2E.requireBinary(), ["history", "--json", "--data-dir", data.path, "--trainee", "t"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("\"sessions\" : 0") || history.stdout.contains("\"sessions\":0"), "\(history.stdout)")
    }

    @Test("the very first shift offers the tutorial")
    func firstShiftOffersIt() async throws {
        let data = try E2E.temporaryDirectory("first-data")
        let pane = try TmuxPane(arguments: ["shift", "--cases", Self.shippedCases, "--data-dir", data.path, "--trainee", "t"])
        defer { pane.kill() }
        try await pane.waitFor("New here? `worklist tutorial`")
        try pane.send("j")                                         // any key: the offer goes
        try await pane.waitUntil("the offer to go") { !$0.contains("New here?") }
        try pane.send("q")
        try pane.send("s")
        _ = try await pane.waitForExit()
    }
}
