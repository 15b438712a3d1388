#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a journal is read into: the header first, then each event in order.
public protocol JournalSink {
    mutating func header(_ header: JournalHeader)
    mutating func event(_ event: Event)
}

/// The whole journal in memory (resume and review need every event).
public struct JournalCollector: JournalSink {
    public private(set) var events: [Event] = []
    public init() {}
    public mutating func header(_ header: JournalHeader) {}
    public mutating func event(_ event: Event) { events.append(event) }
}

/// Reads a journal as it arrives, chunk by chunk, and hands each checked event on at once
/// (issue 13): `score` and history fold a million events without holding them, and every
/// rule of docs/journal.md ("Reading a journal") holds exactly as for a whole file.
///
///     var parser = JournalParser()
///     for chunk in file { try parser.feed(chunk, into: &sink) }
///     let (header, warnings) = try parser.finish(into: &sink)
public struct JournalParser {
    public var header: JournalHeader? { read?.header }
    /// The header once read, boxed: each line checks its event against the snapshot, and a
    /// header held by value is copied, snapshot and all, on every line (issue 13).
    private var read: ReadHeader?
    public private(set) var warnings: [String] = []
    /// The part of a line the last chunk ended in.
    private var pending: [UInt8] = []
    private var lineNumber = 0
    private var previous: Event?
    private var previousLine = 1
    private let decoder = JSONDecoder()

    public init() {}

    /// A whole journal in memory.
    public static func parse(_ bytes: UnsafeRawBufferPointer, into sink: inout some JournalSink)
        throws(JournalError) -> (header: JournalHeader, warnings: [String]) {
        var parser = JournalParser()
        try parser.feed(bytes, into: &sink)
        return try parser.finish(into: &sink)
    }

    /// The next bytes of the file; complete lines are checked and their events handed on.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, into sink: inout some JournalSink) throws(JournalError) {
        var start = 0
        while let newline = Self.index(of: 0x0A, in: chunk, from: start) {
            if pending.isEmpty {
                try line(UnsafeRawBufferPointer(rebasing: chunk[start..<newline]), terminated: true, into: &sink)
            } else {
                pending.append(contentsOf: chunk[start..<newline])
                let whole = pending
                pending.removeAll(keepingCapacity: true)
                try Self.withBytes(whole) { bytes throws(JournalError) in try line(bytes, terminated: true, into: &sink) }
            }
            start = newline + 1
        }
        pending.append(contentsOf: chunk[start...])
    }

    /// The end of the file: a last line without its newline is read (or, torn, dropped with
    /// a warning). Returns the header and the warnings.
    public mutating func finish(into sink: inout some JournalSink) throws(JournalError) -> (header: JournalHeader, warnings: [String]) {
        if !pending.isEmpty {
            let last = pending
            pending = []
            try Self.withBytes(last) { bytes throws(JournalError) in try line(bytes, terminated: false, into: &sink) }
        }
        guard let header else { throw .empty }
        return (header, warnings)
    }

    private mutating func line(_ raw: UnsafeRawBufferPointer, terminated: Bool, into sink: inout some JournalSink) throws(JournalError) {
        lineNumber += 1
        // A CR before the LF is dropped: CRLF line ends are accepted.
        let bytes = raw.last == 0x0D ? UnsafeRawBufferPointer(rebasing: raw.dropLast()) : raw
        guard let read else {
            // The first line is the header; a blank one means there is none.
            guard !JournalCoding.isBlank(bytes) else { throw .empty }
            let header: JournalHeader
            do {
                header = try decoder.decode(JournalHeader.self, from: Self.repaired(bytes))
            } catch {
                throw .badLine(line: 1, reason: "not a journal header (\(JournalCoding.describe(error, line: bytes, expected: nil)))")
            }
            if let problem = JournalCoding.versionProblem(header.journalVersion) { throw .badLine(line: 1, reason: problem) }
            self.read = ReadHeader(header)
            sink.header(header)
            return
        }
        guard !JournalCoding.isBlank(bytes) else { return }
        let decoded: Event
        if let fast = EventLine.decode(bytes) {
            decoded = fast
        } else {
            do {
                decoded = try decoder.decode(Event.self, from: Self.repaired(bytes))
            } catch {
                if !terminated {
                    warnings.append("line \(lineNumber): ignored an incomplete last line (the program stopped while writing it)")
                    return
                }
                throw .badLine(line: lineNumber, reason: JournalCoding.describe(error, line: bytes, expected: "an event"))
            }
        }
        if let problem = JournalCoding.orderProblem(decoded, after: previous, previousLine: previousLine)
            ?? read.index.problem(with: decoded) {
            throw .badLine(line: lineNumber, reason: problem)
        }
        previous = decoded
        previousLine = lineNumber
        sink.event(decoded)
    }

    /// The line as the decoder reads it: invalid UTF-8 becomes U+FFFD, as when a journal is
    /// read as text.
    private static func repaired(_ bytes: UnsafeRawBufferPointer) -> Data {
        Data(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// `withUnsafeBytes` keeping the error's type (it only rethrows `any Error`).
    public static func withBytes<R>(_ array: [UInt8], _ body: (UnsafeRawBufferPointer) throws(JournalError) -> R)
        throws(JournalError) -> R {
        var outcome: Result<R, JournalError>?
        array.withUnsafeBytes { raw in outcome = Result { () throws(JournalError) -> R in try body(raw) } }
        return try outcome!.get()
    }

    private static func index(of byte: UInt8, in chunk: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var i = start
        while i < chunk.count {
            if chunk[i] == byte { return i }
            i += 1
        }
        return nil
    }
}

/// A read header behind a reference, so holding it costs a retain, not a copy, with the
/// index its events are checked against.
private final class ReadHeader {
    let header: JournalHeader
    let index: SnapshotIndex

    init(_ header: JournalHeader) {
        self.header = header
        index = SnapshotIndex(header.snapshot)
    }
}
