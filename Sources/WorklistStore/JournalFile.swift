import Foundation
import WorklistCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// close(2) and read(2) by their C names: inside types that have methods of those names.
func closeFD(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}

func readFD(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

/// A session journal on disk: JSON Lines, one unbuffered `write` per line with O_APPEND,
/// so whatever `write` returned survives Ctrl-C, SIGHUP and kill -9 (docs/journal.md).
///
/// The writer owns its journal: it holds an exclusive `flock` on the descriptor for as long
/// as it is open, so a second process can neither resume nor discard a session that is
/// running. The kernel drops the lock when the process ends, kill -9 included; the PID
/// beside it (`<id>.jsonl.lock`) only says who holds it.
public final class JournalWriter {
    public let path: String
    /// Internal for tests, which swap the file under it (`dup2` of /dev/full).
    var fd: Int32
    /// Complete lines on disk, the header included: what a failed write leaves behind.
    private var linesOnDisk = 0
    private var ownsLock = false
    /// What opening the journal repaired, for the trainee (a torn last line cut and kept aside).
    public private(set) var warnings: [String] = []

    /// Creates `<data-dir>/sessions/<session>.jsonl` (folders 0700, file 0600) and writes the header.
    public convenience init(dataDirectory: String, header: JournalHeader) throws(StoreError) {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        try Self.makeDirectory(folder)
        let path = DataLocations.journalPath(dataDirectory: dataDirectory, session: header.session)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: Self.lastError()) }
        try self.init(path: path, newJournal: fd, header: header)
    }

    /// A new journal on an open descriptor: locked, then its header. A header that did not
    /// fit on the disk is no session at all: its partial file is removed.
    init(path: String, newJournal fd: Int32, header: JournalHeader) throws(StoreError) {
        self.path = path
        self.fd = fd
        try lock()
        do {
            try writeLine(JournalCoding.line(header))
        } catch {
            close()
            throw unlink(path) == 0 ? error.removingPartialHeader : error
        }
    }

    /// Appends to an existing journal (resume, discard): locked first, so a journal another
    /// process owns is left untouched; then its end is made a line boundary (`repairTail`).
    public convenience init(appendingTo path: String) throws(StoreError) {
        let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: Self.lastError()) }
        try self.init(path: path, existing: fd)
    }

    /// Resume: appends to the journal `journal` was read from. Refused (`.changedMeanwhile`)
    /// when the file no longer holds exactly that: `journal` was read before the lock was ours,
    /// and another process may have written in between.
    public convenience init(resuming journal: Journal, path: String) throws(StoreError) {
        try self.init(appendingTo: path)
        guard try JournalReader.read(path).journal == journal else { throw .changedMeanwhile(path: path) }
    }

    init(path: String, existing fd: Int32) throws(StoreError) {
        self.path = path
        self.fd = fd
        try lock()
        try repairTail()
    }

    deinit { close() }

    public func append(_ event: Event) throws(StoreError) { try writeLine(JournalCoding.line(event)) }

    /// Flush to the disk itself: at case boundaries, every few seconds and at exit.
    public func sync() {
        #if os(Linux)
        _ = fdatasync(fd)
        #else
        _ = fsync(fd)
        #endif
    }

    public func close() {
        guard fd >= 0 else { return }
        sync()
        // The PID file goes while the lock is still held: a next owner's is never removed.
        if ownsLock { _ = unlink(JournalLock.pidPath(path)) }
        _ = closeFD(fd)
        fd = -1
    }

    /// `flock`, not `fcntl` locks: it belongs to this descriptor (not to the process, so
    /// another open in the same process cannot drop it) and dies with the process.
    private func lock() throws(StoreError) {
        // A `sessions` listing holds a shared lock for an instant: retry briefly before
        // calling the journal taken.
        for attempt in 0..<5 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                ownsLock = true
                JournalLock.writePID(path)
                return
            }
            // A file system without flock (some FUSE mounts): write unlocked, as before locks.
            guard errno == EWOULDBLOCK || errno == EINTR else { return }
            if attempt < 4 { usleep(20_000) }
        }
        throw .inUse(path: path, pid: JournalLock.holder(path)?.pid)
    }

    /// Before the first append the journal must end on a line boundary. What is torn is
    /// decided by parsing, never by the missing newline alone: a last line that is a whole
    /// header or event only lacks its newline, which is added; anything else is cut, and
    /// saved first, appended to `<id>.jsonl.torn`. Nothing is ever just thrown away.
    private func repairTail() throws(StoreError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotOpen(path: path, reason: "not readable")
        }
        let bytes = [UInt8](data)
        linesOnDisk = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard let last = bytes.last, last != 0x0A else { return }
        let start = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let tail = bytes[start...]
        if JournalCoding.isComplete(tail, header: start == 0) {
            try writeBytes([0x0A])
            linesOnDisk += 1
            return
        }
        guard start > 0 else {
            throw .badJournal(path: path, .badLine(line: 1, reason: "not a journal header (its only line is incomplete)"))
        }
        let torn = path + ".torn"
        let side = open(torn, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard side >= 0 else { throw .cannotCreate(path: torn, reason: Self.lastError()) }
        defer { _ = closeFD(side) }
        guard Self.writeAll(side, Array(tail) + [0x0A]) == 0, fsync(side) == 0 else {
            throw .cannotWrite(path: torn, reason: Self.lastError(), kept: .events(linesOnDisk - 1))
        }
        guard ftruncate(fd, off_t(start)) == 0 else { throw failure(errno) }
        warnings.append("\(Sanitizer.sanitize(path)):\(linesOnDisk + 1): cut off an incomplete last line (the program "
            + "stopped while writing it); its \(tail.count) bytes are kept in \(Sanitizer.sanitize(torn))")
    }

    /// The whole line in one `write` (a short write is finished by the next call).
    private func writeLine(_ line: String) throws(StoreError) {
        try writeBytes(Array((line + "\n").utf8))
        linesOnDisk += 1
    }

    private func writeBytes(_ bytes: [UInt8]) throws(StoreError) {
        let code = Self.writeAll(fd, bytes)
        if code != 0 { throw failure(code) }
    }

    /// 0, or the errno of the write that failed.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }

    /// A failed write, with what it left on disk (the header and the events before it).
    private func failure(_ code: Int32) -> StoreError {
        let kept: StoreError.Kept = linesOnDisk > 0 ? .events(linesOnDisk - 1) : .partialHeader
        if code == ENOSPC || code == EDQUOT { return .diskFull(path: path, kept: kept) }
        return .cannotWrite(path: path, reason: String(cString: strerror(code)), kept: kept)
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o700) != 0 && errno != EEXIST {
                throw .cannotCreate(path: built, reason: lastError())
            }
        }
    }


    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Who holds a journal: the writer's `flock`, probed without taking it away.
public enum JournalLock {
    public struct Holder: Sendable, Equatable {
        /// From `<id>.jsonl.lock`; nil when it is missing or names no live process.
        public var pid: Int32?
    }

    /// nil when no process has the journal open for writing. Probes with a shared lock,
    /// dropped at once: the owner's exclusive lock is never disturbed.
    public static func holder(_ journal: String) -> Holder? {
        let fd = open(journal, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { _ = closeFD(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            _ = flock(fd, LOCK_UN)
            return nil
        }
        guard errno == EWOULDBLOCK else { return nil }
        return Holder(pid: pid(journal))
    }

    static func pidPath(_ journal: String) -> String { journal + ".lock" }

    static func writePID(_ journal: String) {
        let fd = open(pidPath(journal), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return }   // only informative: the flock is what protects
        _ = JournalWriter.writeAll(fd, Array("\(getpid())\n".utf8))
        _ = closeFD(fd)
    }

    private static func pid(_ journal: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: pidPath(journal)),
              let pid = Int32(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
              pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return pid
    }

}

/// Reading journals back.
public enum JournalReader {
    /// A path to a `.jsonl` file, or a session id looked up in `<data-dir>/sessions/`.
    public static func locate(_ argument: String, dataDirectory: String) -> String {
        if argument.contains("/") || argument.hasSuffix(".jsonl") { return argument }
        return DataLocations.journalPath(dataDirectory: dataDirectory, session: argument)
    }

    public static func read(_ path: String) throws(StoreError) -> (journal: Journal, warnings: [String]) {
        var collector = JournalCollector()
        let (header, warnings) = try stream(path, into: &collector)
        return (Journal(header: header, events: collector.events), warnings)
    }

    /// Reads the journal in chunks and hands each checked event to `sink` as it comes, so
    /// memory stays flat however long the journal (`score`, history).
    public static func stream(_ path: String, into sink: inout some JournalSink)
        throws(StoreError) -> (header: JournalHeader, warnings: [String]) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .cannotOpen(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file")
        }
        defer { _ = closeFD(fd) }
        var parser = JournalParser()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        do {
            while true {
                let count = buffer.withUnsafeMutableBytes { readFD(fd, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
                }
                if count == 0 { break }
                try JournalParser.withBytes(buffer) { bytes throws(JournalError) in
                    try parser.feed(UnsafeRawBufferPointer(rebasing: bytes[0..<count]), into: &sink)
                }
            }
            return try parser.finish(into: &sink)
        } catch let error as JournalError {
            throw .badJournal(path: path, error)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

}

public enum StoreError: Error, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    /// A write failed; `kept` says what the journal holds.
    case cannotWrite(path: String, reason: String, kept: Kept)
    /// No space left on the device (or the quota is used up).
    case diskFull(path: String, kept: Kept)
    case badJournal(path: String, JournalError)
    /// Another process's JournalWriter holds the journal.
    case inUse(path: String, pid: Int32?)
    /// The journal grew between reading it and locking it.
    case changedMeanwhile(path: String)

    /// What a failed write left on disk.
    public enum Kept: Sendable, Equatable {
        /// The header and this many events (a line torn by the failure is cut on resume).
        case events(Int)
        /// Not even the header, and the partial file was removed.
        case nothing
        /// Only part of the header line (the partial file could not be removed).
        case partialHeader
    }

    /// Exit 2 (the environment: the disk, permissions, another process), not 1 (the input).
    public var isEnvironment: Bool {
        switch self {
        case .cannotCreate, .cannotWrite, .diskFull, .inUse, .changedMeanwhile: true
        case .cannotOpen, .badJournal: false
        }
    }

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create \(Sanitizer.sanitize(path)): \(reason). Check the folder's permissions, or choose another with --data-dir."
        case .cannotOpen(let path, let reason):
            "cannot open \(Sanitizer.sanitize(path)): \(reason)."
        case .cannotWrite(let path, let reason, let kept):
            "cannot write \(Sanitizer.sanitize(path)): \(reason). " + Self.sentence(kept, path: path, fix: "Check the disk")
        case .diskFull(let path, let kept):
            "cannot write \(Sanitizer.sanitize(path)): the disk is full. " + Self.sentence(kept, path: path, fix: "Free some disk space")
        case .badJournal(let path, let error):
            switch error {
            case .badLine(let line, let reason): "\(Sanitizer.sanitize(path)):\(line): \(reason)"
            case .empty: "\(Sanitizer.sanitize(path)): \(error)"
            }
        case .inUse(let path, let pid):
            "session \(Self.session(path)) is open in another worklist (\(pid.map { "PID \($0)" } ?? "PID unknown")); "
                + "carry on in that one, or quit it there first."
        case .changedMeanwhile(let path):
            "\(Sanitizer.sanitize(path)) changed while it was being opened (another worklist wrote to it); try again."
        }
    }

    /// Exactly what is on disk after a failed write, and what to do.
    private static func sentence(_ kept: Kept, path: String, fix: String) -> String {
        switch kept {
        case .nothing:
            "Nothing of the session was saved (the unfinished journal was removed). \(fix), then start again."
        case .partialHeader:
            "Nothing of the session was saved: the journal holds only part of its first line; delete it. \(fix), then start again."
        case .events(let n):
            "The journal keeps the session up to its last complete event (the header and \(n == 1 ? "1 event" : "\(n) events")). "
                + "\(fix), then carry on with 'worklist resume \(session(path))'."
        }
    }

    /// The session id of a journal path (its file name without `.jsonl`).
    private static func session(_ path: String) -> String {
        let name = Sanitizer.sanitize(String(path.split(separator: "/").last ?? Substring(path)))
        return name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name
    }

    /// A header write that failed, once its partial file is gone.
    var removingPartialHeader: StoreError {
        switch self {
        case .diskFull(let path, .partialHeader): .diskFull(path: path, kept: .nothing)
        case .cannotWrite(let path, let reason, .partialHeader): .cannotWrite(path: path, reason: reason, kept: .nothing)
        default: self
        }
    }
}
