import Foundation
import Testing
import WorklistCore
@testable import WorklistStore

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10: one process per session, resume never destroys a journal, a full disk says
/// exactly what is kept.
@Suite(.serialized) struct JournalSafetyTests {
    static let header = JournalHeader(session: "20261129T154210Z-0001", seed: 0, trainee: "t", client: .tty, startedAt: "",
                                      snapshot: ContentSnapshot(routines: [], cases: [],
                                                                scenario: ScenarioSnapshot(id: "s", mode: .shift)))

    static func dataDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "worklist-safety-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A journal of the header and `events` heartbeats, written as a crash may leave it.
    static func journal(events: Int, data: String, tail: String = "\n") throws -> String {
        let path = DataLocations.journalPath(dataDirectory: data, session: header.session)
        try FileManager.default.createDirectory(atPath: DataLocations.sessionsDirectory(dataDirectory: data),
                                                withIntermediateDirectories: true)
        let lines = [JournalCoding.line(header)] + (0..<events).map { JournalCoding.line(Event(seq: $0 + 1, t: Double($0), .heartbeat)) }
        try (lines.joined(separator: "\n") + tail).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    // MARK: - Two processes, one session

    @Test func aSecondWriterIsRefusedWithTheOwnersPID() throws {
        let data = try Self.dataDirectory()
        let first = try SessionRecorder(header: Self.header, dataDirectory: data)
        let path = first.journalPath
        #expect(Self.text(path + ".lock") == "\(getpid())\n")
        let read = try JournalReader.read(path).journal
        do {
            _ = try SessionRecorder(resuming: read, path: path)
            Issue.record("a second recorder got the journal")
        } catch {
            guard case .inUse(_, let pid) = error else { Issue.record("\(error)"); return }
            #expect(pid == getpid())
            #expect(error.description == "session 20261129T154210Z-0001 is open in another worklist (PID \(getpid())); "
                + "carry on in that one, or quit it there first.")
            #expect(error.isEnvironment)
        }
        #expect(Self.text(path) == JournalCoding.line(Self.header) + "\n", "the refused writer changed nothing")
        first.close()
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        let second = try SessionRecorder(resuming: read, path: path)
        second.close()
    }

    @Test func theIndexReportsALockedSessionWithoutTakingTheLock() throws {
        let data = try Self.dataDirectory()
        let owner = try SessionRecorder(header: Self.header, dataDirectory: data)
        let listed = try #require(SessionIndex.unfinished(dataDirectory: data).first)
        #expect(listed.inUse)
        #expect(listed.pid == getpid())
        #expect(SessionIndex.list(dataDirectory: data).sessions.first?.inUse == true)
        // The probe gave nothing away: the owner still writes, and others are still refused.
        try owner.send(.tick, at: 1)
        #expect(throws: StoreError.self) { try JournalWriter(appendingTo: owner.journalPath) }
        owner.close()
        let free = try #require(SessionIndex.unfinished(dataDirectory: data).first)
        #expect(!free.inUse && free.pid == nil)
    }

    /// A lock held by another process (util-linux `flock`, no PID file) is seen, and the
    /// kernel releases it when that process is killed with SIGKILL.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/flock")))
    func anotherProcessesLockIsSeenAndKillNineReleasesIt() throws {
        let data = try Self.dataDirectory()
        let path = try Self.journal(events: 1, data: data)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // --no-fork: flock becomes `sleep` with the lock, so the SIGKILL below ends its only holder.
        holder.arguments = ["--exclusive", "--no-fork", path, "/bin/sleep", "30"]
        try holder.run()
        let deadline = Date().addingTimeInterval(10)
        while JournalLock.holder(path) == nil && Date() < deadline { usleep(20_000) }
        #expect(JournalLock.holder(path) == JournalLock.Holder(pid: nil))
        #expect(throws: StoreError.self) { try JournalWriter(appendingTo: path) }
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(JournalLock.holder(path) == nil)
        let writer = try JournalWriter(appendingTo: path)
        writer.close()
    }

    // MARK: - Resume never destroys a journal

    @Test func aHeaderWithoutItsNewlineIsKept() throws {
        let data = try Self.dataDirectory()
        let path = try Self.journal(events: 0, data: data, tail: "")
        let read = try JournalReader.read(path).journal
        let recorder = try SessionRecorder(resuming: read, path: path)
        #expect(recorder.warnings.isEmpty)
        try recorder.send(.end(.discarded), at: 0)
        recorder.close()
        let back = try JournalReader.read(path)
        #expect(back.journal.header == Self.header)
        #expect(back.journal.events.map(\.kind) == [.ended(reason: .discarded)])
        #expect(!FileManager.default.fileExists(atPath: path + ".torn"))
    }

    @Test func aCompleteLastEventWithoutItsNewlineIsKept() throws {
        let data = try Self.dataDirectory()
        let path = try Self.journal(events: 3, data: data, tail: "")
        let read = try JournalReader.read(path).journal
        #expect(read.events.count == 3)
        let recorder = try SessionRecorder(resuming: read, path: path)
        try recorder.send(.end(.discarded), at: 5)
        recorder.close()
        let back = try JournalReader.read(path)
        #expect(back.warnings.isEmpty)
        #expect(back.journal.events.map(\.seq) == [1, 2, 3, 4])
        #expect(back.journal.events.last?.kind == .ended(reason: .discarded))
    }

    @Test func aTornTailIsCutIntoASideFileAndSaidSo() throws {
        let data = try Self.dataDirectory()
        let torn = "{\"seq\":3,\"t\":2,\"ty"
        let path = try Self.journal(events: 2, data: data, tail: "\n" + torn)
        let read = try JournalReader.read(path)
        #expect(read.journal.events.count == 2)
        let recorder = try SessionRecorder(resuming: read.journal, path: path)
        #expect(recorder.warnings == ["\(path):4: cut off an incomplete last line (the program stopped while writing it); "
            + "its \(torn.utf8.count) bytes are kept in \(path).torn"])
        try recorder.send(.end(.discarded), at: 5)
        recorder.close()
        #expect(Self.text(path + ".torn") == torn + "\n")
        let back = try JournalReader.read(path)
        #expect(back.warnings.isEmpty)
        #expect(back.journal.events.map(\.seq) == [1, 2, 3])
        #expect((try FileManager.default.attributesOfItem(atPath: path + ".torn")[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aJournalThatChangedAfterItWasReadIsNotResumed() throws {
        let data = try Self.dataDirectory()
        let path = try Self.journal(events: 1, data: data)
        let stale = try JournalReader.read(path).journal
        _ = try Self.journal(events: 2, data: data)   // another process appended and quit
        #expect(throws: StoreError.self) { try SessionRecorder(resuming: stale, path: path) }
        #expect(try JournalReader.read(path).journal.events.count == 2)
    }

    // MARK: - A full disk

    @Test func aFullDiskDuringTheSessionSaysWhatIsKept() throws {
        let data = try Self.dataDirectory()
        let writer = try JournalWriter(dataDirectory: data, header: Self.header)
        try writer.append(Event(seq: 1, t: 0, .heartbeat))
        try writer.append(Event(seq: 2, t: 1, .heartbeat))
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        #expect(dup2(full, writer.fd) == writer.fd)   // the disk fills up under the writer
        close(full)
        do {
            try writer.append(Event(seq: 3, t: 2, .heartbeat))
            Issue.record("the write to a full disk succeeded")
        } catch {
            guard case .diskFull(_, .events(2)) = error else { Issue.record("\(error)"); return }
            #expect(error.isEnvironment)
            #expect(error.description == "cannot write \(writer.path): the disk is full. The journal keeps the session up to "
                + "its last complete event (the header and 2 events). Free some disk space, then carry on with "
                + "'worklist resume 20261129T154210Z-0001'.")
            #expect(!error.description.contains("so far is kept"))
            #expect(!error.description.hasPrefix("Error"))
        }
    }

    @Test func aFullDiskAtTheHeaderKeepsNothingAndSaysSo() throws {
        let data = try Self.dataDirectory()
        let path = data + "/new.jsonl"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))   // as O_EXCL left it
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        do {
            _ = try JournalWriter(path: path, newJournal: full, header: Self.header)
            Issue.record("the header was written to a full disk")
        } catch {
            guard case .diskFull(_, .nothing) = error else { Issue.record("\(error)"); return }
            #expect(error.description == "cannot write \(path): the disk is full. Nothing of the session was saved "
                + "(the unfinished journal was removed). Free some disk space, then start again.")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }
}
