import Foundation
import Testing

/// Issue 17 in a real terminal: a shift whose case offers an extra view and a senior, and a
/// protocoling request beside it. The trainee asks for both, sees each arrive, signs (the
/// feedback card judges them), then answers the request and reads its verdict.
@Suite(.serialized) struct HelpFromColleaguesE2ETests {
    @Test("a shift with an extra view, a senior and a protocoling request")
    func extraViewAndSenior() async throws {
        let pane = try TmuxPane(columns: 120, rows: 50, subcommand: ["shift", "e2e-extra-shift"])
        defer { pane.kill() }
        try await pane.waitFor("Fall from a ladder")
        try pane.send("Enter")
        try await pane.waitFor("Lungs  (1/3)")
        try pane.send("j")
        try await pane.waitFor("Pleura  (2/3)")
        try await pane.waitFor("The technologist can add: Erect film (t asks for it).")
        try pane.send("t")
        try await pane.waitFor("Erect film: requested")
        // Two seconds later the film is there and its text joins the step.
        try await pane.waitFor("A thin line runs parallel to the left apex", timeout: 10)
        try pane.send("a")
        try await pane.waitFor("Senior colleague: on the way")
        try await pane.waitFor("Senior colleague: Look at the pleura again", timeout: 10)
        try pane.send("s")
        try await pane.waitFor("Sign this report?")
        try pane.send("y")
        let card = try await pane.waitFor("HELP FROM COLLEAGUES")
        #expect(card.contains("Erect film") && card.contains("indicated"), "\(card)")
        #expect(card.contains("Senior colleague (asked at"), "\(card)")
        // Back on the worklist, the request waits: open it, read, choose, Enter (final).
        try pane.send("Enter")
        try await pane.waitFor("Request: CT head")
        try pane.send("g")
        try pane.send("Enter")
        try await pane.waitFor("WHAT WILL YOU DO?")
        try pane.send("j")
        try pane.send("j")
        try await Task.sleep(for: .seconds(6))   // the read rule on the request's text (about 5 s)
        try pane.send("Enter")
        let verdict = try await pane.waitFor("Without a NICE risk factor")
        #expect(verdict.contains("Best"), "\(verdict)")
        try pane.send("Escape")
        try await pane.waitFor("PROTOCOLING")     // every item done: the summary
        let events = try E2E.events(try E2E.journal(in: pane.dataDir))
        #expect(events.contains { $0["type"] as? String == "asked_extra" && $0["step"] as? String == "pleura" })
        #expect(events.contains { $0["type"] as? String == "consulted" })
        #expect(events.contains { $0["type"] as? String == "protocoled" && $0["option"] as? String == "decline" })
    }
}
