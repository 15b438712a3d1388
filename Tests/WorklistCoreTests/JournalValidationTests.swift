import Foundation
import Testing
@testable import WorklistCore

/// Issue 10, "Bad input": a journal is checked line by line before it is scored or resumed.
@Suite struct JournalValidationTests {
    static let header = JournalHeader(session: "x", seed: 0, trainee: "t", client: .tty, startedAt: "",
                                      snapshot: ContentSnapshot(routines: [], cases: [],
                                                                scenario: ScenarioSnapshot(id: "s", mode: .shift)))

    /// The header line, then `lines`, each ending in a newline.
    static func journal(_ lines: [String]) -> String {
        ([JournalCoding.line(header)] + lines).map { $0 + "\n" }.joined()
    }

    static func beat(_ seq: Int, _ t: Double) -> String { JournalCoding.line(Event(seq: seq, t: t, .heartbeat)) }

    static func message(_ text: String) -> String? {
        do {
            _ = try JournalCoding.parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aWellFormedJournalReads() throws {
        let parsed = try JournalCoding.parse(Self.journal([Self.beat(1, 0), Self.beat(2, 5), Self.beat(3, 5)]))
        #expect(parsed.journal.events.map(\.seq) == [1, 2, 3])
        #expect(parsed.warnings.isEmpty)
    }

    @Test(arguments: [
        ([beat(-1, 0)], "line 2: seq -1 is not allowed: events are numbered from 1"),
        ([beat(1, -3)], "line 2: t -3 is not allowed: session-clock seconds are 0 or more"),
        ([beat(1, 0), beat(2, -0.5)], "line 3: t -0.5 is not allowed: session-clock seconds are 0 or more"),
        ([beat(1, 0), beat(1, 0)], "line 3: duplicated event: seq 1 is also on line 2"),
        ([beat(1, 0), beat(2, 1), beat(2, 1)], "line 4: duplicated event: seq 2 is also on line 3"),
        ([beat(2, 0), beat(1, 0)], "line 2: the first event has seq 2; events are numbered from 1"),
        ([beat(1, 0), beat(3, 1), beat(2, 1)], "line 3: seq 3 follows seq 1 (line 2): event 2 is missing"),
        ([beat(1, 0), beat(2, 1), beat(5, 1)], "line 4: seq 5 follows seq 2 (line 3): events 3–4 are missing"),
        ([beat(1, 0), beat(2, 1), beat(1, 2)], "line 4: events out of order: seq 1 comes after seq 2 (line 3)"),
        ([beat(1, 10), beat(2, 4)], "line 3: events out of order: t 4 is before t 10 of seq 1 (line 2)"),
    ])
    func badNumberingOrTimeIsRefusedWithItsLine(lines: [String], expected: String) {
        #expect(Self.message(Self.journal(lines)) == expected)
    }

    @Test func aDuplicatedOpenedIsRefusedNotScored() {
        // The fuzzing find: a second `opened` re-timed a case and moved the score.
        var j = JournalBuilder(Fixture.snapshot([Fixture.caseSnapshot("c1")]))
        j.at(1, .opened(case: "c1"))
        j.at(10, .shown(case: "c1", step: "a"))
        let lines = [JournalCoding.line(j.journal.header)] + j.journal.events.map(JournalCoding.line)
        let duplicated = [lines[0], lines[1], lines[1], lines[2]].map { $0 + "\n" }.joined()
        #expect(Self.message(duplicated) == "line 3: duplicated event: seq 1 is also on line 2")
    }

    @Test(arguments: [(0, "line 1: unknown journal_version 0 (this program reads version 1)"),
                      (-1, "line 1: unknown journal_version -1 (this program reads version 1)"),
                      (2, "line 1: journal_version 2 is newer than this program understands (1); update worklist")])
    func anUnknownJournalVersionIsRefused(version: Int, expected: String) {
        var header = Self.header
        header.journalVersion = version
        #expect(Self.message(JournalCoding.line(header) + "\n") == expected)
    }

    @Test func crlfLineEndsAreAccepted() throws {
        let text = Self.journal([Self.beat(1, 0), Self.beat(2, 3)]).replacingOccurrences(of: "\n", with: "\r\n")
        let parsed = try JournalCoding.parse(text)
        #expect(parsed.journal.events.map(\.seq) == [1, 2])
        #expect(parsed.warnings.isEmpty)
    }

    @Test(arguments: [
        ("[1,2,3]", "line 3: expected a JSON object (an event), found an array"),
        ("\"heartbeat\"", "line 3: expected a JSON object (an event), found a string"),
        ("42", "line 3: expected a JSON object (an event), found a number"),
        ("null", "line 3: expected a JSON object (an event), found null"),
        ("{\"seq\":2,\"t\":1,\"type\":\"ended\",\"reason\":\"bored\"}",
         "line 3: field \"reason\": unknown end reason \"bored\" (one of: trainee, time_limit, all_signed, keys_ended, discarded)"),
        ("{\"seq\":2,\"t\":1,\"type\":\"paused\",\"reason\":\"lunch\"}",
         "line 3: field \"reason\": unknown pause reason \"lunch\" (one of: suspended, too_small, sleep, exited)"),
        ("{\"seq\":2,\"t\":1,\"type\":\"nap\"}",
         "line 3: field \"type\": unknown event type \"nap\" (one of: opened, left, shown, decided_normal, marked, unmarked, communicated, interruption_shown, interruption_deferred, interruption_answered, interruption_skipped, call_back_opened, signed, keys, paused, resumed, heartbeat, ended, asked_extra, consulted, request_opened, request_left, protocoled)"),
        ("{\"seq\":\"2\",\"t\":1,\"type\":\"heartbeat\"}", "line 3: field \"seq\" should be a whole number"),
    ])
    func malformedLinesSayWhatIsWrong(line: String, expected: String) {
        #expect(Self.message(Self.journal([Self.beat(1, 0), line])) == expected)
    }

    @Test func aHeaderThatIsNotAnObjectSaysSo() {
        #expect(Self.message("[1,2,3]\n") == "line 1: not a journal header (expected a JSON object, found an array)")
        #expect(Self.message("not json\n")?.hasPrefix("line 1: not a journal header (") == true)
    }

    @Test func aCompleteLastLineWithoutItsNewlineIsAnEventNotATornTail() throws {
        var text = Self.journal([Self.beat(1, 0), Self.beat(2, 1)])
        text.removeLast()
        let parsed = try JournalCoding.parse(text)
        #expect(parsed.journal.events.count == 2)
        #expect(parsed.warnings.isEmpty)
        #expect(JournalCoding.isComplete(Array(Self.beat(2, 1).utf8), header: false))
        #expect(!JournalCoding.isComplete(Array(Self.beat(2, 1).utf8.dropLast()), header: false))
        #expect(JournalCoding.isComplete(Array(JournalCoding.line(Self.header).utf8), header: true))
    }
}
