#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The header line from the snapshot JSON the fingerprint already made: the line is the
/// header's other fields with `"snapshot":…` in its sorted place, slashes unescaped, byte
/// for byte what encoding the whole header would give (a test holds it to that).
enum HeaderLine {
    /// Every header field but the snapshot, under the header's own keys.
    struct Fields: Encodable {
        var header: JournalHeader

        init(_ header: JournalHeader) { self.header = header }

        func encode(to encoder: Encoder) throws {
            typealias Key = JournalHeader.CodingKeys
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(header.journalVersion, forKey: .journalVersion)
            try c.encode(header.scoringVersion, forKey: .scoringVersion)
            try c.encode(header.session, forKey: .session)
            try c.encode(header.mode, forKey: .mode)
            try c.encode(header.scenario, forKey: .scenario)
            try c.encode(header.seed, forKey: .seed)
            try c.encode(header.trainee, forKey: .trainee)
            try c.encode(header.client, forKey: .client)
            try c.encode(header.startedAt, forKey: .startedAt)
            try c.encode(header.contentHash, forKey: .contentHash)
        }
    }

    /// `fields` with the snapshot put before `"started_at"`, the key that sorts after
    /// `"snapshot"`. A `,"` cannot occur inside a JSON string (a quote there is escaped), so
    /// the first `,"started_at":` is the key. Nil if it is missing.
    static func splice(fields: String, snapshot canonical: Data) -> String? {
        var bytes = Array(fields.utf8)
        let marker = Array(#","started_at":"#.utf8)
        guard let at = firstIndex(of: marker, in: bytes) else { return nil }
        var inserted = Array(#","snapshot":"#.utf8)
        inserted.reserveCapacity(inserted.count + canonical.count)
        appendUnescapingSlashes(canonical, to: &inserted)
        bytes.insert(contentsOf: inserted, at: at)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// JSON with `\/` written as `/` (what `.withoutEscapingSlashes` gives); other escapes
    /// are kept whole, so the `\/` of an escaped backslash before a slash (`\\\/`) is read right.
    static func appendUnescapingSlashes(_ json: Data, to out: inout [UInt8]) {
        json.withUnsafeBytes { appendUnescapingSlashes($0, to: &out) }
    }

    private static func appendUnescapingSlashes(_ json: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var escaped = false
        for byte in json {
            if escaped {
                if byte != UInt8(ascii: "/") { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}
