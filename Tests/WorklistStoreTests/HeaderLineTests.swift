import Foundation
import Testing
@testable import WorklistCore
import WorklistCases
import WorklistStore

/// The header line is spliced from the snapshot JSON the fingerprint made (issue 13); it must
/// be byte for byte the line encoding the whole header gives.
@Suite struct HeaderLineTests {
    private func wholeEncoding(_ header: JournalHeader) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(header), as: UTF8.self)
    }

    private func cases() -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Cases").path
    }

    @Test func everyShippedScenarioGivesTheWholeEncoding() throws {
        let library = LibraryLoader.load(paths: [cases()]).library
        #expect(library.scenarios.count >= 10)
        for (index, scenario) in library.scenarios.enumerated() {
            let header = try JournalHeader.start(library: library, scenario: scenario, seed: UInt64(index), trainee: "ana",
                                                 client: .tty, at: Date(timeIntervalSince1970: 1_795_966_930), suffix: 7)
            #expect(header.encodedSnapshot != nil)
            let line = JournalCoding.line(header)
            #expect(line == (try wholeEncoding(header)), "\(scenario.id)")
            #expect(line.contains(#""snapshot":{"#) && !line.contains(#"\/"#))
            let decoded = try JSONDecoder().decode(JournalHeader.self, from: Data(line.utf8))
            #expect(decoded == header)
            #expect(decoded.contentHash == decoded.snapshot.contentHash)
        }
    }

    /// Slashes, backslashes before slashes, quotes and text outside ASCII in both the fields
    /// and the snapshot.
    @Test func awkwardTextGivesTheWholeEncoding() throws {
        let library = LibraryLoader.load(paths: [cases()]).library
        let scenario = try #require(library.defaultScenario(for: .shift))
        let base = try JournalHeader.start(library: library, scenario: scenario, seed: 1, trainee: "ana", client: .tty,
                                           at: Date(timeIntervalSince1970: 1_795_966_930), suffix: 1)
        var snapshot = base.snapshot
        snapshot.routines[0].title = #"a/b \/ c\\/d "q" ,"started_at": é — \"#
        let header = JournalHeader(session: #"s/1","started_at":"x"#, seed: 2, trainee: #"O'Brien \ / "x""#, client: .play,
                                   startedAt: "2026-12-01T20:00:00Z", snapshot: snapshot)
        #expect(JournalCoding.line(header) == (try wholeEncoding(header)))
        #expect(try JSONDecoder().decode(JournalHeader.self, from: Data(JournalCoding.line(header).utf8)) == header)
    }

    /// A snapshot changed after the header was made is encoded afresh, not from the kept JSON.
    @Test func aChangedSnapshotDropsTheKeptEncoding() throws {
        let library = LibraryLoader.load(paths: [cases()]).library
        let scenario = try #require(library.defaultScenario(for: .shift))
        var header = try JournalHeader.start(library: library, scenario: scenario, seed: 1, trainee: "ana", client: .tty,
                                             at: Date(timeIntervalSince1970: 1_795_966_930), suffix: 1)
        header.snapshot.routines[0].title = "changed"
        #expect(header.encodedSnapshot == nil)
        #expect(JournalCoding.line(header).contains(#""title":"changed""#))
        #expect(JournalCoding.line(header) == (try wholeEncoding(header)))
    }

    @Test func slashesAreUnescapedOutsideOtherEscapes() {
        var out: [UInt8] = []
        HeaderLine.appendUnescapingSlashes(Data(#"{"a":"x\/y\\\/z\\n\"\/"}"#.utf8), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"{"a":"x/y\\/z\\n\"/"}"#)
    }
}
