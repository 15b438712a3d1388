import Foundation
import WorklistCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A session journal on disk: JSON Lines, one unbuffered `write` per line with O_APPEND,
/// so whatever `write` returned survives Ctrl-C, SIGHUP and kill -9 (docs/journal.md).
public final class JournalWriter {
    public let path: String
    private var fd: Int32

    /// Creates `<data-dir>/sessions/<session>.jsonl` (folders 0700, file 0600) and writes the header.
    public init(dataDirectory: String, header: JournalHeader) throws(StoreError) {
        let folder = DataLocations.sessionsDirectory(dataDirectory: dataDirectory)
        try Self.makeDirectory(folder)
        path = DataLocations.journalPath(dataDirectory: dataDirectory, session: header.session)
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: path, reason: Self.lastError()) }
        try writeLine(JournalCoding.line(header))
    }

    /// Appends to an existing journal (resume). A torn last line (a crash mid-write) is cut
    /// off first, so the next event starts on a line of its own.
    public init(appendingTo path: String) throws(StoreError) {
        self.path = path
        fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: Self.lastError()) }
        guard let data = FileManager.default.contents(atPath: path), let last = data.last, last != 0x0A else { return }
        let keep = (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        guard ftruncate(fd, off_t(keep)) == 0 else { throw .cannotWrite(path: path, reason: Self.lastError()) }
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
        _ = closeDescriptor(fd)
        fd = -1
    }

    /// The whole line in one `write` (a short write is finished by the next call).
    private func writeLine(_ line: String) throws(StoreError) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: Self.lastError())
            }
            offset += n
        }
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

    private func closeDescriptor(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        return Glibc.close(fd)
        #else
        return Darwin.close(fd)
        #endif
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}

/// Reading journals back.
public enum JournalReader {
    /// A path to a `.jsonl` file, or a session id looked up in `<data-dir>/sessions/`.
    public static func locate(_ argument: String, dataDirectory: String) -> String {
        if argument.contains("/") || argument.hasSuffix(".jsonl") { return argument }
        return DataLocations.journalPath(dataDirectory: dataDirectory, session: argument)
    }

    public static func read(_ path: String) throws(StoreError) -> (journal: Journal, warnings: [String]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotOpen(path: path, reason: FileManager.default.fileExists(atPath: path) ? "not readable" : "no such file")
        }
        do {
            return try JournalCoding.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw .badJournal(path: path, error)
        }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case badJournal(path: String, JournalError)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create \(Sanitizer.sanitize(path)): \(reason). Check the folder's permissions, or choose another with --data-dir."
        case .cannotOpen(let path, let reason):
            "cannot open \(Sanitizer.sanitize(path)): \(reason)."
        case .cannotWrite(let path, let reason):
            "cannot write \(Sanitizer.sanitize(path)): \(reason). Free some disk space; the session so far is kept."
        case .badJournal(let path, let error):
            switch error {
            case .badLine(let line, let reason): "\(Sanitizer.sanitize(path)):\(line): \(reason)"
            default: "\(Sanitizer.sanitize(path)): \(error)"
            }
        }
    }
}
