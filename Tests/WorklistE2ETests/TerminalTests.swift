import Foundation
import Testing

/// The built binary in a real terminal (tmux): DESIGN.md §5 level 5 and the real-terminal
/// items of issue 3's "Done means". Serial: each test owns a private tmux server, and the
/// reading waits depend on wall time.
@Suite(.serialized, .enabled(if: E2E.hasTmux, "tmux is not installed; the real-terminal tests need it"))
struct TerminalTests {
    /// Longer than the dwell of any fixture step (1 s + words/8 s, at most 2.25 s).
    static let dwell: Duration = .seconds(3)

    /// The STAT case is on the second row; the first row is selected at the start.
    static let statCase = "e2e-stat-left-ptx"

    @Test("a whole shift: open the STAT case, read, mark a lateral finding, call it, sign, end",
          arguments: ["tmux-256color", "screen-256color"])
    func mainFlow(term: String) async throws {
        let pane = try TmuxPane(term: term)
        defer { pane.kill() }

        try await pane.waitFor("3 waiting (1 STAT)")
        try await pane.openStatCase()
        try await pane.waitFor("Indication: Sudden left chest pain")
        try await pane.waitFor("Lungs  (1/3)")

        // Lungs: read, then normal: n moves on to the next undecided step, the pleura.
        try await pane.readThenNormal(then: "Pleura  (2/3)")
        // Pleura: read, then the pick list with an alias, Enter, then the side.
        try await Task.sleep(for: Self.dwell)
        try await pane.findPneumothorax()
        try await pane.waitFor("▸ Pneumothorax")
        try pane.send("Enter")
        try await pane.waitFor("Which side is the pneumothorax?")
        try pane.send("l")
        try await pane.waitFor("Pleura: Pneumothorax, left")
        // Bones: read, then normal.
        try pane.send("j")
        try await pane.waitFor("Bones  (3/3)")
        try await pane.readThenNormal(then: "Decision: normal")   // the last undecided step: n stays
        // Call the critical result through.
        try pane.send("c")
        try await pane.waitFor("Call which result through?")
        try pane.send("Enter")
        try await pane.waitUntil("the call chooser to close") { !$0.contains("Call which result through?") }
        // Sign.
        try pane.send("s")
        try await pane.waitFor("Sign this report?")
        try await pane.waitFor("Every step is decided.")
        try pane.send("y")
        // The feedback card, then back to the worklist.
        let card = try await pane.waitFor("Enter back to the worklist")
        #expect(card.contains("Feedback · XR Chest PA"), "\(card)")
        #expect(card.contains("detection 100 · communication 100"), "\(card)")
        #expect(card.contains("✓ Pneumothorax, left at Pleura"), "\(card)")
        try pane.send("Enter")
        try await pane.waitFor("2 waiting (0 STAT) · 1 signed")
        // End the shift: the summary screen, then the summary printed after the exit.
        let summary = try await Self.endShift(pane)
        #expect(summary.contains("Shift E2E shift: finished"), "\(summary)")

        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "stty after the exit: \(exit.after)")
        // The summary is printed on the normal screen after the terminal is restored.
        #expect(exit.screen.contains("· e2e-tester · finished"), "\(exit.screen)")
        #expect(exit.screen.range(of: #"e2e-stat-left-ptx +signed .* 100 +100 +100 +1\b"#,
                                  options: .regularExpression) != nil, "\(exit.screen)")
        #expect(exit.screen.contains("Journal: \(pane.dataDir.path)/sessions/"), "\(exit.screen)")

        let journal = try E2E.journal(in: pane.dataDir)
        let score = try E2E.score(journal)
        #expect(score.status == 0, "\(score.output)")
        let report = try #require(score.report, "score --json printed no JSON: \(score.output)")
        #expect(report["finished"] as? Bool == true)
        #expect(report["client"] as? String == "tty")
        let cases = try #require(report["cases"] as? [[String: Any]])
        let stat = try #require(cases.first { $0["id"] as? String == Self.statCase }, "\(cases)")
        #expect(stat["status"] as? String == "signed", "\(stat)")
        #expect(stat["detection"] as? Double == 100, "\(stat)")
        #expect(stat["communication"] as? Double == 100, "\(stat)")
        #expect(stat["coverage"] as? Double == 100, "\(stat)")

        let events = try E2E.events(journal)
        #expect(events.contains { $0["type"] as? String == "marked" && $0["term"] as? String == "pneumothorax"
                && $0["side"] as? String == "left" })
        #expect(events.last?["type"] as? String == "ended")
    }

    @Test("below 80x24 the screen asks to be enlarged and the clock stops; back at 80x24 the case is back")
    func resizeTooSmallAndBack() async throws {
        let pane = try TmuxPane()
        defer { pane.kill() }

        try await pane.openStatCase()
        try await pane.waitFor("Lungs  (1/3)")

        try pane.resize(columns: 20, rows: 5)
        let small = try await pane.waitFor("Please enlarge")
        #expect(small.contains("80x24"), "\(small)")
        try await Task.sleep(for: .milliseconds(500))
        try pane.resize(columns: 80, rows: 24)
        let back = try await pane.waitFor("Lungs  (1/3)")
        #expect(back.contains("Indication: Sudden left chest pain"), "\(back)")
        #expect(!back.contains("Please enlarge"), "\(back)")

        // Save and exit: the session stays resumable.
        try pane.send("q")
        try await pane.waitFor("Leave the shift?")
        try pane.send("s")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "stty after the exit: \(exit.after)")
        #expect(exit.screen.contains("Saved, not finished."), "\(exit.screen)")

        let events = try E2E.events(try E2E.journal(in: pane.dataDir))
        let pauses = events.filter { ["paused", "resumed"].contains($0["type"] as? String) }
        #expect(pauses.map { $0["type"] as? String } == ["paused", "resumed"], "\(pauses)")
        #expect(pauses.allSatisfy { $0["reason"] as? String == "too_small" }, "\(pauses)")
        if let wall = pauses.last?["wall_seconds"] as? Double { #expect(wall >= 0.4, "\(pauses)") }
        // The session clock stood still while the notice was up.
        if pauses.count == 2, let t0 = pauses[0]["t"] as? Double, let t1 = pauses[1]["t"] as? Double {
            #expect(t1 - t0 < 0.3, "session time moved while paused: \(pauses)")
        }
    }

    @Test("Ctrl-C mid-case: exit 130, a sane terminal, a journal that scores as unfinished")
    func ctrlCMidCase() async throws {
        let pane = try TmuxPane()
        defer { pane.kill() }

        try await pane.openStatCase()
        try await pane.waitFor("Lungs  (1/3)")
        try pane.send("j")
        try await pane.waitFor("Pleura  (2/3)")
        try pane.send("C-c")

        let exit = try await pane.waitForExit()
        #expect(exit.status == 130, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "stty after Ctrl-C: \(exit.after)")
        #expect(exit.screen.contains("Stopped by signal 2"), "\(exit.screen)")

        let journal = try E2E.journal(in: pane.dataDir)
        let events = try E2E.events(journal)
        #expect(events.contains { $0["type"] as? String == "shown" && $0["step"] as? String == "pleura" }, "\(events)")
        #expect(!events.contains { $0["type"] as? String == "ended" }, "\(events)")
        let score = try E2E.score(journal)
        #expect(score.status == 0, "\(score.output)")
        let report = try #require(score.report, "score --json printed no JSON: \(score.output)")
        #expect(report["finished"] as? Bool == false)
    }

    @Test("^Z in a job-control shell: the terminal comes back sane, paused/resumed are journalled, fg repaints",
          .enabled(if: E2E.which("bash") != nil, "bash is not installed"))
    func suspendAndForeground() async throws {
        let pane = try TmuxPane(interactiveShell: true)
        defer { pane.kill() }

        try await pane.waitUntil("the shell prompt") { $0.hasPrefix("$") }
        try pane.typeLine(pane.commandLine(pane.shiftArguments))
        try await pane.openStatCase()
        try await pane.waitFor("Lungs  (1/3)")

        try pane.send("C-z")
        try await pane.waitFor("Stopped")
        // While stopped, the shell has a normal terminal.
        // (The marker is computed, so the echoed command line does not match it.)
        try pane.typeLine("stty -a; echo STTY-$((40+2))")
        let stopped = try await pane.waitFor("STTY-42", history: true)
        let stty = stopped.components(separatedBy: "echo STTY-$((40+2))").last ?? ""
        #expect(TmuxPane.isSane(stty), "stty while the app is stopped: \(stty)")
        let journal = try E2E.journal(in: pane.dataDir)
        let paused = try E2E.events(journal).filter { $0["type"] as? String == "paused" }
        #expect(paused.count == 1 && paused.first?["reason"] as? String == "suspended", "\(paused)")

        try await Task.sleep(for: .milliseconds(500))
        try pane.typeLine("fg")
        let back = try await pane.waitFor("Lungs  (1/3)")
        #expect(back.contains("Indication: Sudden left chest pain"), "\(back)")
        try await pane.waitUntil("the resumed event in the journal") { _ in
            ((try? E2E.events(journal)) ?? []).contains { $0["type"] as? String == "resumed" }
        }
        let resumed = try E2E.events(journal).filter { $0["type"] as? String == "resumed" }
        #expect(resumed.first?["reason"] as? String == "suspended", "\(resumed)")
        // The session clock stood still; the wall time away is recorded.
        #expect((resumed.first?["wall_seconds"] as? Double ?? 0) >= 0.5, "\(resumed)")
        if let t0 = paused.first?["t"] as? Double, let t1 = resumed.first?["t"] as? Double {
            #expect(t1 - t0 < 0.3, "session time moved while stopped: \(paused) \(resumed)")
        }

        try pane.send("q")
        try await pane.waitFor("Leave the shift?")
        try pane.send("s")
        try await pane.waitFor("Saved, not finished.", history: true)
        try pane.typeLine("echo EXIT=$?; stty -a")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")
    }

    @Test("SIGHUP (the terminal goes away mid-case): the journal is saved and scores as unfinished; exit 129")
    func hangupMidCase() async throws {
        let pane = try TmuxPane()
        defer { pane.kill() }

        try await pane.openStatCase()
        try await pane.waitFor("Lungs  (1/3)")
        try pane.send("j")
        try await pane.waitFor("Pleura  (2/3)")
        // Killing the server closes the terminal: the kernel sends SIGHUP.
        pane.kill()
        let status = try await pane.waitForStatusFile()
        #expect(status == 129)

        let journal = try E2E.journal(in: pane.dataDir)
        let events = try E2E.events(journal)
        #expect(events.contains { $0["type"] as? String == "shown" && $0["step"] as? String == "pleura" }, "\(events)")
        #expect(!events.contains { $0["type"] as? String == "ended" }, "\(events)")
        let score = try E2E.score(journal)
        #expect(score.status == 0, "\(score.output)")
        let report = try #require(score.report, "score --json printed no JSON: \(score.output)")
        #expect(report["finished"] as? Bool == false)
    }

    @Test("kill -9 mid-case, then worklist resume: nothing journalled is lost and the case carries on (level 6)")
    func killNineThenResume() async throws {
        let pane = try TmuxPane()
        defer { pane.kill() }

        try await pane.openStatCase()
        try await pane.waitFor("Lungs  (1/3)")
        try await pane.readThenNormal(then: "Pleura  (2/3)")
        try await Task.sleep(for: Self.dwell)
        try await pane.findPneumothorax()
        try pane.send("Enter")
        try await pane.waitFor("Which side is the pneumothorax?")
        try pane.send("l")
        try await pane.waitFor("Pleura: Pneumothorax, left")

        let journal = try E2E.journal(in: pane.dataDir)
        let shown = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(kill(try pane.appProcess(), SIGKILL) == 0)
        let killed = try await pane.waitForExit()
        #expect(killed.status == 137, "\(killed.screen)")
        // Everything the screen had shown was already in the journal.
        let atKill = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(atKill.starts(with: shown), "the journal lost bytes at kill -9")
        let events = try E2E.events(journal)
        #expect(events.contains { $0["type"] as? String == "decided_normal" && $0["step"] as? String == "lungs" })
        #expect(events.contains { $0["type"] as? String == "marked" && $0["term"] as? String == "pneumothorax" })
        #expect(!events.contains { $0["type"] as? String == "ended" })

        // Resume in a fresh terminal: the open case, its decisions and the mark come back.
        try pane.respawn(["resume", "--cases", E2E.fixtureCases, "--data-dir", pane.dataDir.path])
        let resumed = try await pane.waitFor("Pleura: Pneumothorax, left")
        #expect(resumed.contains("Pleura  (2/3)"), "\(resumed)")
        #expect(resumed.contains("✓ Lungs"), "\(resumed)")
        #expect(try E2E.journal(in: pane.dataDir) == journal, "resume wrote another journal")
        let afterResume = try Data(contentsOf: URL(fileURLWithPath: journal))
        #expect(afterResume.starts(with: atKill), "resume rewrote the journal instead of appending")

        // Finish the case and the shift.
        try pane.send("j")
        try await pane.waitFor("Bones  (3/3)")
        try await pane.readThenNormal(then: "Decision: normal")   // the last undecided step: n stays
        try pane.send("c")
        try await pane.waitFor("Call which result through?")
        try pane.send("Enter")
        try await pane.waitUntil("the call chooser to close") { !$0.contains("Call which result through?") }
        try pane.send("s")
        try await pane.waitFor("Sign this report?")
        try pane.send("y")
        try await pane.waitFor("Enter back to the worklist")
        try pane.send("Enter")
        try await pane.waitFor("1 signed")
        try await Self.endShift(pane)
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")

        let score = try E2E.score(journal)
        #expect(score.status == 0, "\(score.output)")
        let report = try #require(score.report, "score --json printed no JSON: \(score.output)")
        #expect(report["finished"] as? Bool == true)
        let cases = try #require(report["cases"] as? [[String: Any]])
        let stat = try #require(cases.first { $0["id"] as? String == Self.statCase }, "\(cases)")
        #expect(stat["status"] as? String == "signed", "\(stat)")
        #expect(stat["detection"] as? Double == 100, "\(stat)")
        #expect(stat["communication"] as? Double == 100, "\(stat)")
        #expect(stat["coverage"] as? Double == 100, "\(stat)")
    }

    @Test("TERM=dumb inside tmux: one sentence pointing to worklist play, exit 2")
    func dumbTerminalExits2() async throws {
        let pane = try TmuxPane(environment: ["TERM": "dumb"])
        defer { pane.kill() }
        let exit = try await pane.waitForExit()
        #expect(exit.status == 2, "\(exit.screen)")
        #expect(exit.screen.contains("TERM=\"dumb\" cannot move the cursor"), "\(exit.screen)")
        #expect(exit.screen.contains("`worklist play`"), "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")
        #expect(!FileManager.default.fileExists(atPath: pane.dataDir.appendingPathComponent("sessions").path))
    }

    @Test("stdin on /dev/null inside tmux (stdout a terminal): exit 2 with one sentence")
    func redirectedStdinInTmuxExits2() async throws {
        let pane = try TmuxPane(stdin: "</dev/null")
        defer { pane.kill() }
        let exit = try await pane.waitForExit()
        #expect(exit.status == 2, "\(exit.screen)")
        #expect(exit.screen.contains("its standard input is not one"), "\(exit.screen)")
        #expect(exit.screen.contains("`worklist play`"), "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")
    }

    @Test("NO_COLOR=1: no colour on screen, STAT still stands out in reverse video")
    func noColor() async throws {
        let colour = try TmuxPane()
        defer { colour.kill() }
        try await colour.waitFor("▸ RTN")
        let coloured = try colour.capture(escapes: true)
        colour.kill()
        // Without NO_COLOR the STAT word has a red background (the test can tell the difference).
        #expect(Self.sgrBefore("STAT\u{1B}[", in: coloured).contains("41"), "\(coloured.debugDescription)")

        let pane = try TmuxPane(environment: ["NO_COLOR": "1"])
        defer { pane.kill() }
        let plain = try await pane.waitFor("▸ RTN")
        #expect(plain.contains("3 waiting (1 STAT)"))
        let escaped = try pane.capture(escapes: true)
        #expect(Self.colourParameters(in: escaped).isEmpty, "colour in a NO_COLOR screen: \(escaped.debugDescription)")
        #expect(Self.sgrBefore("STAT\u{1B}[", in: escaped).contains("7"), "STAT is not reverse video: \(escaped.debugDescription)")

        try await Self.endShift(pane)
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")
    }

    @Test("LANG=C: ASCII mode, only ASCII on screen")
    func langC() async throws {
        let pane = try TmuxPane(environment: ["LANG": "C"])
        defer { pane.kill() }
        let worklist = try await pane.waitFor("> RTN")
        #expect(worklist.contains("Worklist | E2E shift"), "\(worklist)")
        #expect(worklist.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on a LANG=C screen:\n\(worklist)")

        try pane.send("j", "Enter")
        let reading = try await pane.waitFor("Lungs  (1/3)")
        #expect(reading.contains("> o Lungs"), "\(reading)")
        #expect(reading.contains("-----"), "\(reading)")
        #expect(reading.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on a LANG=C screen:\n\(reading)")
        try pane.send("f")
        let picker = try await pane.waitFor("Finding at Lungs")
        #expect(picker.contains("+-"), "\(picker)")
        #expect(picker.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on a LANG=C screen:\n\(picker)")
        try pane.send("Escape")
        try await pane.waitUntil("the pick list to close") { !$0.contains("Finding at Lungs") }

        let summary = try await Self.endShift(pane, ascii: true)
        #expect(summary.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on a LANG=C screen:\n\(summary)")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after), "\(exit.after)")
    }

    /// q, e (end the shift now), then Enter on the summary screen; returns that screen.
    @discardableResult
    static func endShift(_ pane: TmuxPane, ascii: Bool = false,
                         sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try pane.send("q")
        try await pane.waitFor("Leave the shift?", sourceLocation: sourceLocation)
        try await pane.endNow(sourceLocation: sourceLocation)
        let summary = try await pane.waitFor(ascii ? "Worklist | summary" : "Worklist · summary",
                                             sourceLocation: sourceLocation)
        try await pane.waitFor("Enter finish", sourceLocation: sourceLocation)
        try pane.send("Enter")
        return summary
    }

    // MARK: - SGR parsing (capture-pane -e)

    /// The parameters of the SGR sequence right before the first `word` that has one (the
    /// styled occurrence, e.g. the STAT cell of a row, not "1 STAT" in the header).
    static func sgrBefore(_ word: String, in screen: String) -> [String] {
        var searchFrom = screen.startIndex
        while let at = screen.range(of: word, range: searchFrom..<screen.endIndex) {
            searchFrom = at.upperBound
            let prefix = screen[..<at.lowerBound]
            guard prefix.hasSuffix("m"), let esc = prefix.range(of: "\u{1B}[", options: .backwards) else { continue }
            let body = prefix[esc.upperBound...].dropLast()
            guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { continue }
            return body.split(separator: ";").map(String.init)
        }
        return []
    }

    /// Every SGR parameter that sets a colour (30–37, 40–47, 38;…, 48;…, 90–97, 100–107);
    /// 39 and 49 (default colours) are not colours.
    static func colourParameters(in screen: String) -> [String] {
        var found: [String] = []
        var rest = Substring(screen)
        while let esc = rest.range(of: "\u{1B}[") {
            rest = rest[esc.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            guard rest.dropFirst(body.count).first == "m" else { continue }
            for parameter in body.split(separator: ";").compactMap({ Int($0) }) {
                if (30...38).contains(parameter) || (40...48).contains(parameter) || (90...107).contains(parameter) {
                    found.append(String(body))
                }
            }
        }
        return found
    }
}

/// No terminal at all: no tmux needed.
@Suite(.serialized)
struct NoTerminalTests {
    @Test("stdin from /dev/null: exit 2 at once with one sentence mentioning worklist play")
    func devNullStdin() throws {
        let binary = try E2E.requireBinary()
        let home = try E2E.temporaryDirectory("devnull")
        defer { try? FileManager.default.removeItem(at: home) }
        let data = home.appendingPathComponent("data")
        let r = try E2E.run(binary, ["--cases", E2E.fixtureCases, "--data-dir", data.path, "--trainee", "t"],
                            environment: E2E.appEnvironment(home: home, extra: ["TERM": "xterm-256color"]), timeout: 10)
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        // A hang here would be the 100% CPU loop of wget_wch on /dev/null (DESIGN.md §4).
        #expect(r.seconds < 2, "took \(r.seconds) s")
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("`worklist play`"), "\(r.stderr)")
        #expect(r.stderr.contains("interactive terminal"), "\(r.stderr)")
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("sessions").path))

        // The same with the subcommand spelled out.
        let shift = try E2E.run(binary, ["shift", "--cases", E2E.fixtureCases, "--data-dir", data.path],
                                environment: E2E.appEnvironment(home: home, extra: ["TERM": "xterm-256color"]),
                                timeout: 10)
        #expect(shift.status == 2, "\(shift.stdout)\(shift.stderr)")
        #expect(shift.seconds < 2, "took \(shift.seconds) s")
    }
}

/// Issues 4, 6 and 7 in a real terminal: a call with feedback and summary under each
/// terminal type and display mode; kill -9 and the resume offer; an exam that runs out.
@Suite(.serialized, .enabled(if: E2E.hasTmux, "tmux is not installed; the real-terminal tests need it"))
struct TerminalModesTests {
    @Test("a shift with a call, the feedback card and the summary in scrollback",
          arguments: [("tmux-256color", [String: String]()), ("screen-256color", [:]),
                      ("tmux-256color", ["NO_COLOR": "1"]), ("tmux-256color", ["LANG": "C", "LC_ALL": "C"])])
    func callFeedbackSummary(term: String, environment: [String: String]) async throws {
        let pane = try TmuxPane(term: term, environment: environment, subcommand: ["shift", "e2e-call-shift"])
        defer { pane.kill() }
        let ascii = environment["LANG"] == "C"
        try await pane.waitFor("Call: ED registrar", timeout: 8)
        try await Task.sleep(for: .milliseconds(600))     // the call ignores keys for 400 ms
        try pane.send("Down")
        try pane.send("Enter")
        try await pane.waitUntil("the call to close") { !$0.contains("Call: ED registrar") }
        // Open the selected (first) case, sign it at once: the card shows what was skipped.
        try pane.send("Enter")
        try await pane.waitFor("Indication:")
        try pane.send("s")
        try await pane.waitFor("Sign this report?")
        try pane.send("y")
        let card = try await pane.waitFor("back to the worklist")
        #expect(card.contains("Never decided"), "\(card)")
        #expect(card.contains(ascii ? "Feedback | " : "Feedback · "), "\(card)")
        let allASCII = card.unicodeScalars.allSatisfy { $0.isASCII }
        if ascii { #expect(allASCII, "\(card)") }
        try pane.send("Enter")
        try pane.send("q")
        try await pane.waitFor("Leave the shift?")
        try await pane.endNow()
        let summary = try await pane.waitFor("Session score")
        #expect(summary.contains("Interruptions"), "\(summary)")
        try pane.send("Enter")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        #expect(TmuxPane.isSane(exit.after))
        #expect(exit.screen.contains("Session score"), "the summary stays in scrollback: \(exit.screen)")
        let events = try E2E.events(try E2E.journal(in: pane.dataDir))
        #expect(events.contains { $0["type"] as? String == "interruption_answered" })
    }

    @Test("kill -9 mid-case, start again, accept the resume offer, finish: everything counts")
    func killThenResumeOffer() async throws {
        let pane = try TmuxPane()
        defer { pane.kill() }
        try await pane.waitFor("▸ RTN")
        try pane.send("j")
        try pane.send("Enter")
        try await pane.waitFor("Lungs  (1/3)")
        try await pane.readThenNormal(then: "Pleura  (2/3)")
        let before = try E2E.events(try E2E.journal(in: pane.dataDir)).count
        kill(try pane.appProcess(), SIGKILL)
        _ = try await pane.waitForStatusFile()
        try pane.respawn(pane.shiftArguments)
        try await pane.waitFor("Resume it [r]")
        try pane.type("r")
        try pane.send("Enter")
        try await pane.waitFor("Pleura  (2/3)")             // the open case and the step on screen are back
        try await pane.waitFor("✓ Lungs")                   // with its decision
        try await pane.waitFor("Resumed after")
        try pane.send("q")
        try await pane.waitFor("Leave the shift?")
        try await pane.endNow()
        try await pane.waitFor("Session score")
        try pane.send("Enter")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let journal = try E2E.journal(in: pane.dataDir)
        let events = try E2E.events(journal)
        #expect(events.count > before)
        #expect(events.contains { $0["type"] as? String == "paused" && $0["reason"] as? String == "exited" })
        #expect(events.filter { $0["type"] as? String == "opened" }.count == 1, "restoring is not an opened event")
        let report = try #require(try E2E.score(journal).report)
        let cases = try #require(report["cases"] as? [[String: Any]])
        let stat = try #require(cases.first { $0["id"] as? String == TerminalTests.statCase })
        #expect(stat["skipped_steps"] as? [String] == ["pleura", "bones"], "\(stat)")
        #expect(report["finished"] as? Bool == true)
    }

    @Test("an exam that runs out of time ends at its limit and shows the tally")
    func examRunsOutOfTime() async throws {
        let pane = try TmuxPane(subcommand: ["exam"])
        defer { pane.kill() }
        try await pane.waitFor("left 0:0")                   // the time left, always in the header
        try pane.send("Enter")
        try await pane.waitFor("Indication:")
        let summary = try await pane.waitFor("FRCR-style tally", timeout: 12)
        #expect(summary.contains("Exam E2E exam: finished"), "\(summary)")
        try pane.send("Enter")
        let exit = try await pane.waitForExit()
        #expect(exit.status == 0, "\(exit.screen)")
        let events = try E2E.events(try E2E.journal(in: pane.dataDir))
        #expect(events.last?["type"] as? String == "ended" && events.last?["reason"] as? String == "time_limit")
        #expect(events.last?["t"] as? Double == 6)
    }
}

/// The steps every flow repeats on the fixture library.
extension TmuxPane {
    /// From the start of a shift: select the STAT case on the second row and open it.
    func openStatCase() async throws {
        try await waitFor("▸ RTN")
        try send("j")
        try await waitFor("▸ STAT")
        try send("Enter")
    }

    /// Dwell long enough for the step to count as read, then call it normal and wait for
    /// what `n` leads to (the next undecided step, or the decision where none is left).
    func readThenNormal(then expected: String) async throws {
        try await Task.sleep(for: TerminalTests.dwell)
        try send("n")
        try await waitFor(expected)
    }

    /// Open the pick list at the pleura and find the pneumothorax by its alias.
    func findPneumothorax() async throws {
        try send("f")
        try await waitFor("Finding at Pleura")
        try type("ptx")
        try await waitFor("Find: ptx")
    }
}
