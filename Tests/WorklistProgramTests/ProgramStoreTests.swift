#if PostgreSQL
import Foundation
import Testing
import WorklistCore
import WorklistProgram
@testable import WorklistStore

/// Against a real PostgreSQL server (issue 16): `.ci/run` starts a throwaway one and sets
/// WORKLIST_TEST_DATABASE (scripts/throwaway-postgres.sh does it by hand). Each test gets a
/// database of its own.
@Suite(.serialized) struct ProgramStoreTests {
    /// A fresh database on the test server; fails the test (not skips it) without a server.
    static func freshDatabase() throws -> ProgramURL {
        guard let base = ProcessInfo.processInfo.environment["WORKLIST_TEST_DATABASE"], !base.isEmpty else {
            Issue.record("the PostgreSQL build's tests need a server: source scripts/throwaway-postgres.sh (it sets WORKLIST_TEST_DATABASE)")
            throw CancellationError()
        }
        let name = "worklist_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try psql(base, "CREATE DATABASE \(name)")
        var url = try ProgramURL(base)
        url.database = name
        return url
    }

    /// psql, for what the tests check behind the program's back.
    @discardableResult
    static func psql(_ url: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func text(_ url: ProgramURL) -> String { "postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)" }

    @Test func twoTraineesSyncedTwiceAndTheReportIsTheHandComputedOne() throws {
        let url = try Self.freshDatabase()
        let (ana, ben) = (ProgramFixture.temporaryDirectory(), ProgramFixture.temporaryDirectory())
        let ids = try ProgramFixture.cohort(ana: ana, ben: ben)
        let first = try ProgramSync.sync(dataDirectory: ana, url: url)
        #expect(first.sent == ids.ana && first.alreadyThere == 0 && first.refused.isEmpty)
        #expect(try ProgramSync.sync(dataDirectory: ben, url: url).sent == ids.ben)
        // The second time nothing new goes.
        let again = try ProgramSync.sync(dataDirectory: ana, url: url)
        #expect(again.sent.isEmpty && again.alreadyThere == 2)
        #expect(try ProgramSync.sync(dataDirectory: ben, url: url).sent.isEmpty)
        #expect(try Self.psql(Self.text(url), "SELECT count(*) FROM program_session") == "3")
        #expect(try Self.psql(Self.text(url), "SELECT count(*) FROM program_case") == "6")

        // The server's report is the pure one over the same journals, and the hand figures.
        let report = try ProgramSync.report(url: url, since: nil, routine: nil)
        let records = try ProgramFixture.records(ana) + ProgramFixture.records(ben)
        let local = ProgramReport(sessions: records.map(\.session), cases: records.flatMap(\.cases), misses: records.flatMap(\.misses))
        #expect(report == local)
        #expect(report.trainees.map(\.percentile) == [25, 75])
        #expect(report.trainees.map(\.firstReads) == [2, 1])
        #expect(report.mostMissed.map(\.weight) == [2])

        // Each resident's standing, cached for offline use: ben's session (47.2) against
        // ana's median (35.4) is above it, so the 75th percentile of 2 residents.
        let standing = try #require(ProgramStandingCache.read(dataDirectory: ben))
        let place = standing.place(50 * 85 / 90, scenario: "s", trainee: "ben")
        #expect(place?.percentile == 75 && place?.residents == 2)
        #expect(!standing.server.contains("password"))
    }

    /// A server that is not there: a clear error well within 5 s, nothing here changed
    /// (not even the local history database made).
    @Test func anUnreachableServerFailsFastAndChangesNothing() throws {
        let data = ProgramFixture.temporaryDirectory()
        try ProgramFixture.session(data, trainee: "ana", minute: 0, findsX: true, opensY: true)
        func listing() throws -> [String] {
            let files = FileManager.default.enumerator(atPath: data)?.compactMap { $0 as? String } ?? []
            return try files.sorted().map { name in
                let attributes = try FileManager.default.attributesOfItem(atPath: data + "/" + name)
                return "\(name) \(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "")"
            }
        }
        let before = try listing()
        let closed = try { () throws -> Int in   // a port nothing listens on
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
            return Int(UInt16(bigEndian: address.sin_port))
        }()
        for target in ["postgres://u@127.0.0.1:\(closed)/d", "postgres://u@10.255.255.1:5432/d"] {
            let started = Date()
            do {
                _ = try ProgramSync.sync(dataDirectory: data, url: try ProgramURL(target))
                Issue.record("\(target): synced to nothing")
            } catch let error as ProgramStoreError {
                #expect(error.isEnvironment)
                #expect("\(error)".contains("cannot reach the program database") && "\(error)".contains("nothing here changed"))
            }
            #expect(Date().timeIntervalSince(started) < 5, "\(target)")
        }
        #expect(try listing() == before)
        #expect(!FileManager.default.fileExists(atPath: HistoryDatabase.path(dataDirectory: data)))
    }

    /// A journal changed after it was synced is refused: the store keeps the first one.
    @Test func aJournalEditedAfterSyncIsRefusedAndNothingOverwritten() throws {
        let url = try Self.freshDatabase()
        let data = ProgramFixture.temporaryDirectory()
        let id = try ProgramFixture.session(data, trainee: "ana", minute: 0, findsX: true, opensY: true)
        #expect(try ProgramSync.sync(dataDirectory: data, url: url).sent == [id])
        let stored = try Self.psql(Self.text(url), "SELECT journal_hash || ' ' || session_score FROM program_session")
        let path = DataLocations.journalPath(dataDirectory: data, session: id)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: #""term":"u","type":"marked""#, with: #""term":"t","type":"marked""#)
            .write(toFile: path, atomically: false, encoding: .utf8)
        let outcome = try ProgramSync.sync(dataDirectory: data, url: url)
        #expect(outcome.sent.isEmpty && outcome.refused.map(\.id) == [id])
        #expect(outcome.refused.first?.stored == stored.split(separator: " ").first.map(String.init))
        #expect(try Self.psql(Self.text(url), "SELECT journal_hash || ' ' || session_score FROM program_session") == stored)
    }
}
#endif
