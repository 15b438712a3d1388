import Foundation
import Testing
@testable import WorklistCore

/// The streaming reader and the fast event reading give exactly what the whole-file reader
/// and JSONDecoder give (issue 13): the same events, warnings, errors and report.
@Suite struct JournalStreamTests {
    static func text(_ journal: Journal) -> String {
        ([JournalCoding.line(journal.header)] + journal.events.map(JournalCoding.line)).joined(separator: "\n") + "\n"
    }

    /// Feeds `text` in chunks of `size` bytes.
    static func stream(_ text: String, chunk size: Int) throws(JournalError)
        -> (events: [Event], warnings: [String], report: SessionReport?) {
        let bytes = Array(text.utf8)
        var parser = JournalParser()
        struct Both: JournalSink {
            var collector = JournalCollector()
            var scoring = Scoring.Stream()
            mutating func header(_ h: JournalHeader) { collector.header(h); scoring.header(h) }
            mutating func event(_ e: Event) { collector.event(e); scoring.event(e) }
        }
        var sink = Both()
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            try JournalParser.withBytes(Array(bytes[start..<end])) { chunk throws(JournalError) in
                try parser.feed(chunk, into: &sink)
            }
            start = end
        }
        let (_, warnings) = try parser.finish(into: &sink)
        return (sink.collector.events, warnings, sink.scoring.report())
    }

    @Test(arguments: 0..<60)
    func chunkedReadingScoresAsTheWholeJournal(seed: UInt64) throws {
        let journal = PropertyTests.randomSession(seed: seed).1
        let text = Self.text(journal)
        let whole = Scoring.report(journal)
        for size in [1, 7, 64, 4096, 1 << 20] {
            let read = try Self.stream(text, chunk: size)
            #expect(read.events == journal.events, "chunk \(size)")
            #expect(read.warnings == [])
            #expect(read.report == whole, "chunk \(size)")
        }
    }

    /// Every event line the fast reading accepts decodes the same with JSONDecoder; the
    /// lines it refuses go to the decoder (and are still read right).
    @Test func theFastReadingAgreesWithJSONDecoder() throws {
        var lines: [String] = []
        for seed in 0..<40 { lines += PropertyTests.randomSession(seed: UInt64(seed)).1.events.map(JournalCoding.line) }
        lines += [
            #"{"seq":1,"t":0,"type":"heartbeat"}"#,
            #" { "seq" : 2 , "t" : 1.5e1 , "type" : "opened" , "case" : "x" } "#,
            #"{"seq":3,"t":16.25,"type":"signed","case":"x","impression":"Left pneumothorax — 2 cm; call made."}"#,
            #"{"seq":3,"t":16.25,"type":"signed","case":"x","impression":"a \"quoted\" word\nand a line"}"#,
            #"{"seq":4,"t":17,"type":"marked","case":"x","step":"b","term":"ptx","side":"left","extra":null}"#,
            #"{"seq":4,"t":17,"type":"marked","case":"x","step":"b","term":"ptx","extra":{"a":[1,true]}}"#,
            #"{"seq":5,"t":18,"type":"keys","case":"x","count":3}"#,
            #"{"seq":5,"t":18,"type":"keys","case":"x","count":3.0}"#,
            #"{"seq":5.0,"t":18,"type":"heartbeat"}"#,
            #"{"seq":6,"t":1e999,"type":"heartbeat"}"#,
            #"{"seq":6,"t":-0,"type":"heartbeat"}"#,
            #"{"seq":6,"t":01,"type":"heartbeat"}"#,
            #"{"seq":7,"t":19,"type":"heartbeat","type":"opened","case":"x"}"#,
            #"{"seq":99999999999999999999,"t":19,"type":"heartbeat"}"#,
            #"{"seq":8,"t":20,"type":"resumed","reason":"sleep","wall_seconds":12.5}"#,
            #"{"seq":8,"t":20,"type":"resumed","reason":"nap","wall_seconds":12.5}"#,
            #"{"seq":9,"t":21,"type":"ended","reason":"time_limit"}"#,
            #"{"seq":9,"t":21,"type":"interruption_answered","id":"i1","answer":"yes"}"#,
            #"{"seq":9,"t":21,"type":"communicated","case":"x","step":"b","term":"ptx","side":"bilateral"}"#,
            #"{"seq":9,"t":21,"type":"marked","case":"x","step":"b","term":"ptx","side":"up"}"#,
            #"{"seq":9,"t":21,"type":"signed"}"#,
            #"{"seq":9,"t":21}"#, #"{}"#, #"[]"#, #"{"seq":9,"t":21,"type":"heartbeat"} x"#, #"{"seq":9,"t":21,"type":"heartbeat","#,
        ]
        let decoder = JSONDecoder()
        var fast = 0
        for line in lines {
            let slow = try? decoder.decode(Event.self, from: Data(line.utf8))
            let quick = Array(line.utf8).withUnsafeBytes { EventLine.decode($0) }
            if let quick {
                fast += 1
                #expect(quick == slow, "\(line)")
            }
        }
        #expect(fast > lines.count * 9 / 10, "the journal's own lines take the fast path")
        // Invalid UTF-8 inside a string is left to the decoder (which reads it repaired).
        let invalid: [UInt8] = Array(#"{"seq":1,"t":0,"type":"signed","case":"x","impression":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(invalid.withUnsafeBytes { EventLine.decode($0) } == nil)
    }

    /// The rules of reading a journal hold chunk by chunk: a torn last line is a warning, a
    /// bad line in the middle an error naming its line, CRLF ends are fine.
    @Test func theReadingRulesHoldInChunks() throws {
        let journal = PropertyTests.randomSession(seed: 3).1
        let lines = Self.text(journal).split(separator: "\n").map(String.init)
        let torn = lines.joined(separator: "\n") + "\n" + #"{"seq":999,"t":"#
        let crlf = lines.joined(separator: "\r\n") + "\r\n"
        var middle = lines
        middle.insert(#"{"seq":"#, at: 2)
        for size in [1, 5, 300, 1 << 16] {
            let tornRead = try Self.stream(torn, chunk: size)
            #expect(tornRead.events == journal.events)
            #expect(tornRead.warnings == ["line \(lines.count + 1): ignored an incomplete last line (the program stopped while writing it)"])
            #expect(try Self.stream(crlf, chunk: size).events == journal.events)
            let whole = Result { try JournalCoding.parse(middle.joined(separator: "\n")) }
            #expect(throws: JournalError.self) { try Self.stream(middle.joined(separator: "\n"), chunk: size) }
            do { _ = try Self.stream(middle.joined(separator: "\n"), chunk: size) } catch {
                if case .failure(let expected as JournalError) = whole { #expect(error == expected) }
                if case .badLine(let line, _) = error { #expect(line == 3) } else { Issue.record("\(error)") }
            }
            #expect(throws: JournalError.empty) { try Self.stream("", chunk: size) }
            #expect(throws: JournalError.empty) { try Self.stream("\n" + lines[0], chunk: size) }
        }
    }
}
