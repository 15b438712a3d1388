import Foundation
import Testing

/// Issue 10 in a real terminal: a raw tty left by kill -9 is made sane by the next run, and
/// a session running in one terminal cannot be resumed or discarded from another.
@Suite(.serialized, .enabled(if: E2E.hasTmux, "tmux is not installed; the real-terminal tests need it"))
struct SessionLockTests {
    @Test("a tty left raw (-icanon -echo) is sane after the next run quits normally",
          .enabled(if: E2E.which("bash") != nil, "bash is not installed"))
    func aRawTerminalIsSaneAfterANormalRun() async throws {
        let pane = try TmuxPane(interactiveShell: true)
        defer { pane.kill() }
        try await pane.waitUntil("the shell prompt") { $0.hasPrefix("$") }
        // As a run killed with kill -9 leaves it; the app starts in that terminal.
        try pane.typeLine("stty raw -echo; " + pane.commandLine(pane.shiftArguments) + "; echo EXIT=$?; stty -a")
        try await pane.waitFor("3 waiting (1 STAT)")
        try await TerminalTests.endShift(pane)
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "stty after a normal exit: \(exit.after)")
    }

    @Test("a shift running in one terminal: another offers only a new session, and resume names the PID")
    func aRunningSessionIsNotOfferedElsewhere() async throws {
        let owner = try TmuxPane()
        defer { owner.kill() }
        try await owner.waitFor("3 waiting (1 STAT)")
        let pid = try owner.appProcess()
        let journal = try E2E.journal(in: owner.dataDir)
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))

        // Same data folder, another terminal: no resume or discard question.
        let other = try TmuxPane(arguments: ["--cases", E2E.fixtureCases, "--data-dir", owner.dataDir.path,
                                             "--trainee", "e2e-tester"])
        defer { other.kill() }
        try await other.waitFor("3 waiting (1 STAT)")
        try await TerminalTests.endShift(other)
        // What was said before the shift is on the normal screen, back after the exit.
        let ended = try await other.waitForExit()
        #expect(ended.status == 0, "\(ended.screen)")
        #expect(ended.screen.contains("is open in another worklist (PID \(pid)); starting a new session."), "\(ended.screen)")
        #expect(!ended.screen.contains("Resume it [r]"), "\(ended.screen)")

        // `worklist resume ID` of it: a clear error with the PID, exit 2 (the environment).
        let id = URL(fileURLWithPath: journal).deletingPathExtension().lastPathComponent
        let resume = try TmuxPane(arguments: ["resume", id, "--cases", E2E.fixtureCases, "--data-dir", owner.dataDir.path])
        defer { resume.kill() }
        let refused = try await resume.waitForExit()
        #expect(refused.status == 2, "\(refused.screen)")
        #expect(refused.screen.contains("session \(id) is open in another worklist (PID \(pid))"), "\(refused.screen)")

        // The owner's journal was not touched by either, and the owner carries on.
        let after = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(after.starts(with: before))
        #expect(!(try E2E.events(journal)).contains { $0["type"] as? String == "ended" })
        try await TerminalTests.endShift(owner)
        #expect(try await owner.waitForExit().status == 0)
        #expect(try E2E.events(journal).last?["type"] as? String == "ended")
    }
}
