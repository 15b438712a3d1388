import Foundation
import Testing
import WorklistCore
import WorklistCases
@testable import WorklistStore

@Suite struct DataLocationTests {
    @Test func dataDirectoryLookupOrder() throws {
        let env = ["WORKLIST_DATA_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana"]
        #expect(try DataLocations.dataDirectory(option: "/opt", environment: env) == "/opt")
        #expect(try DataLocations.dataDirectory(option: nil, environment: env) == "/env")
        #expect(try DataLocations.dataDirectory(option: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"]) == "/xdg/worklist")
        #expect(try DataLocations.dataDirectory(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/worklist")
    }

    /// Issue 10: without HOME the data went to ./.local/share/worklist without a word.
    @Test func withoutHomeThereIsNoDataFolderAndNoConfigFile() throws {
        for env in [[:], ["HOME": ""], ["XDG_DATA_HOME": "relative"]] {
            #expect(throws: DataLocations.NoDataDirectory.self) { try DataLocations.dataDirectory(option: nil, environment: env) }
            #expect(DataLocations.configFile(option: nil, environment: env) == ("", false))
        }
        #expect(try DataLocations.dataDirectory(option: "/d", environment: [:]) == "/d")
        #expect(try DataLocations.dataDirectory(option: nil, environment: ["WORKLIST_DATA_DIR": "/w"]) == "/w")
        #expect(DataLocations.NoDataDirectory().description.contains("--data-dir"))
        let (config, diagnostics) = ConfigLoader.load(path: "", explicit: false)
        #expect(config == Config() && diagnostics.isEmpty)
    }

    @Test func configFileLookupOrder() {
        #expect(DataLocations.configFile(option: "c.yaml", environment: [:]) == ("c.yaml", true))
        #expect(DataLocations.configFile(option: nil, environment: ["WORKLIST_CONFIG": "/e.yaml"]) == ("/e.yaml", true))
        #expect(DataLocations.configFile(option: nil, environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == ("/x/worklist/config.yaml", false))
        #expect(DataLocations.configFile(option: nil, environment: ["HOME": "/h"]) == ("/h/.config/worklist/config.yaml", false))
    }

    @Test func traineeComesFromTheOptionThenTheConfigThenTheLogin() {
        #expect(DataLocations.trainee(option: " Ana ", config: "Ben", environment: ["USER": "cy"]) == "Ana")
        #expect(DataLocations.trainee(option: nil, config: "Ben", environment: ["USER": "cy"]) == "Ben")
        #expect(DataLocations.trainee(option: nil, config: nil, environment: ["USER": "cy"]) == "cy")
        #expect(DataLocations.trainee(option: nil, config: nil, environment: [:]) == "trainee")
    }

    @Test func sessionIDsSortByTime() {
        let date = Date(timeIntervalSince1970: 1_795_966_930)   // 2026-11-29T15:42:10Z
        #expect(SessionID.make(startedAt: date, suffix: 0x3f2a) == "20261129T154210Z-3f2a")
        #expect(SessionID.make(startedAt: date, suffix: 7) == "20261129T154210Z-0007")
        #expect(SessionID.timestamp(date) == "2026-11-29T15:42:10Z")
    }

    /// The arithmetic that replaced the date formatter (issue 13: it loaded ICU at start-up)
    /// agrees with Foundation's ISO 8601 formatter and Gregorian calendar, both ways.
    @Test func timestampsAgreeWithFoundation() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var seconds: [Double] = [0, -1, 59, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400, 1_795_966_930.75,
                                 -2_208_988_800, 253_402_300_799, 1_709_164_800, 1_709_251_199]
        var x: UInt64 = 7
        for _ in 0..<3000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            seconds.append(Double(Int64(x >> 34) % 9_000_000_000 - 2_000_000_000))
        }
        for s in seconds {
            let date = Date(timeIntervalSince1970: s)
            let stamp = SessionID.timestamp(date)
            #expect(stamp == formatter.string(from: date), "\(s)")
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let t = UTCTime(date)
            #expect([t.year, t.month, t.day, t.hour, t.minute, t.second] == [c.year, c.month, c.day, c.hour, c.minute, c.second],
                    "\(s)")
            #expect(SessionID.date(fromTimestamp: stamp) == formatter.date(from: stamp), "\(stamp)")
        }
        for bad in ["", "2026-11-29T15:42:10", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-29 15:42:10Z",
                    "2026-11-29T24:00:00Z", "20x6-11-29T15:42:10Z"] {
            #expect(SessionID.date(fromTimestamp: bad) == nil, "\(bad)")
        }
        #expect(SessionID.date(fromTimestamp: "2024-02-29T23:59:59Z") == Date(timeIntervalSince1970: 1_709_251_199))
    }
}

@Suite(.serialized) struct JournalFileTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "worklist-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func repoCases() -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases").path
    }

    @Test func aRecordedSessionReadsBackAndScoresTheSame() throws {
        let loaded = LibraryLoader.load(paths: [repoCases()])
        #expect(!loaded.hasErrors)
        let scenario = try #require(loaded.library.defaultScenario(for: .shift))
        let header = try JournalHeader.start(library: loaded.library, scenario: scenario, seed: 1, trainee: "ana",
                                             client: .play, at: Date(timeIntervalSince1970: 1_795_966_930), suffix: 1)
        let data = try temporaryDirectory() + "/data"
        let recorder = try SessionRecorder(header: header, dataDirectory: data)
        let first = try #require(recorder.state.arrivedCases.first)
        try recorder.send(.open(first.id), at: 2)
        try recorder.send(.key, at: 3)
        try recorder.send(.decideNormal(step: first.steps[0].id), at: 30)
        try recorder.send(.sign(impression: "Normal."), at: 40)
        try recorder.send(.end(.trainee), at: 50)
        recorder.close()

        #expect(recorder.journalPath == data + "/sessions/20261129T154210Z-0001.jsonl")
        let attributes = try FileManager.default.attributesOfItem(atPath: recorder.journalPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: data + "/sessions")
        #expect((folder[.posixPermissions] as? Int) == 0o700)

        let read = try JournalReader.read(JournalReader.locate("20261129T154210Z-0001", dataDirectory: data))
        #expect(read.warnings.isEmpty)
        #expect(read.journal.header == header)
        #expect(read.journal.events.map(\.kind.name) == ["opened", "shown", "decided_normal", "keys", "signed", "ended"])
        let report = Scoring.report(read.journal)
        #expect(report.finished)
        #expect(report.trainee == "ana")
        #expect(report.cases.first { $0.id == first.id }?.status == .signed)
        #expect(report.cases.first { $0.id == first.id }?.keystrokes == 1)
    }

    @Test func aTornLastLineIsIgnoredWithAWarning() throws {
        let snapshot = ContentSnapshot(routines: [], cases: [], scenario: ScenarioSnapshot(id: "s", mode: .shift))
        let header = JournalHeader(session: "x", seed: 0, trainee: "t", client: .tty, startedAt: "", snapshot: snapshot)
        let text = JournalCoding.line(header) + "\n" + JournalCoding.line(Event(seq: 1, t: 0, .heartbeat)) + "\n{\"seq\":2,\"t\":1,\"ty"
        let parsed = try JournalCoding.parse(text)
        #expect(parsed.journal.events.count == 1)
        #expect(parsed.warnings == ["line 3: ignored an incomplete last line (the program stopped while writing it)"])
    }

    @Test(arguments: [
        ("", "the journal is empty: no header line"),
        ("{}\n", "line 1: not a journal header (missing field \"session\")"),
        ("{\"seq\":1}\n", "line 1: not a journal header (missing field \"session\")"),
    ])
    func malformedJournals(text: String, message: String) {
        #expect(throws: JournalError.self) { try JournalCoding.parse(text) }
        do { _ = try JournalCoding.parse(text) } catch { #expect(error.description == message) }
    }

    @Test func aJournalNamingAnUnknownCaseIsAnErrorWithItsLine() {
        let snapshot = ContentSnapshot(routines: [], cases: [], scenario: ScenarioSnapshot(id: "s", mode: .shift))
        let header = JournalHeader(session: "x", seed: 0, trainee: "t", client: .tty, startedAt: "", snapshot: snapshot)
        let text = JournalCoding.line(header) + "\n" + JournalCoding.line(Event(seq: 1, t: 0, .opened(case: "ghost"))) + "\n"
        do {
            _ = try JournalCoding.parse(text)
            Issue.record("expected an error")
        } catch {
            #expect(error == .badLine(line: 2, reason: "opened names unknown case \"ghost\""))
        }
    }
}
