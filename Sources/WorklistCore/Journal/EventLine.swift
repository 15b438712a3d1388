/// The fast reading of one event line: the journal writes each event as one flat JSON
/// object of strings and numbers, and this reads exactly that shape straight from the
/// bytes (issue 13: a JSONDecoder call per line capped `score` near 100 k events a second).
/// Anything else — an escape, a nested value, a duplicate key, a number Swift would read
/// differently — returns nil and the caller decodes the line with JSONDecoder, so every
/// answer and every error message is the decoder's.
enum EventLine {
    static func decode(_ line: UnsafeRawBufferPointer) -> Event? {
        var fields = Fields()
        var reader = Reader(bytes: line)
        guard reader.object(into: &fields) else { return nil }
        return fields.event()
    }

    /// The keys an event can have; any other key is ignored, as JSONDecoder ignores it.
    struct Fields {
        var seq: Int?, t: Double?, type: String?, caseID: String?, step: String?, term: String?
        var side: String?, id: String?, answer: String?, impression: String?, count: Int?
        var reason: String?, wallSeconds: Double?
        var seen: UInt16 = 0

        /// Sets a field once; a second value for the same key is left to the decoder.
        mutating func set(_ key: UnsafeRawBufferPointer, _ value: Value) -> Bool {
            func once(_ bit: UInt16) -> Bool {
                guard seen & bit == 0 else { return false }
                seen |= bit
                return true
            }
            switch key.count {
            case 1 where key[0] == UInt8(ascii: "t"):
                guard once(1 << 0), case .number(let x) = value, let v = x.double else { return false }
                t = v
            case 3 where matches(key, "seq"):
                guard once(1 << 1), case .number(let x) = value, let v = x.int else { return false }
                seq = v
            case 4 where matches(key, "type"):
                guard once(1 << 2), case .string(let s) = value else { return false }
                type = s
            case 4 where matches(key, "case"):
                guard once(1 << 3), case .string(let s) = value else { return false }
                caseID = s
            case 4 where matches(key, "step"):
                guard once(1 << 4), case .string(let s) = value else { return false }
                step = s
            case 4 where matches(key, "term"):
                guard once(1 << 5), case .string(let s) = value else { return false }
                term = s
            case 4 where matches(key, "side"):
                guard once(1 << 6), case .string(let s) = value else { return false }
                side = s
            case 2 where matches(key, "id"):
                guard once(1 << 7), case .string(let s) = value else { return false }
                id = s
            case 6 where matches(key, "answer"):
                guard once(1 << 8), case .string(let s) = value else { return false }
                answer = s
            case 10 where matches(key, "impression"):
                guard once(1 << 9), case .string(let s) = value else { return false }
                impression = s
            case 5 where matches(key, "count"):
                guard once(1 << 10), case .number(let x) = value, let v = x.int else { return false }
                count = v
            case 6 where matches(key, "reason"):
                guard once(1 << 11), case .string(let s) = value else { return false }
                reason = s
            case 12 where matches(key, "wall_seconds"):
                guard once(1 << 12), case .number(let x) = value, let v = x.double else { return false }
                wallSeconds = v
            default:
                // An unknown key: ignored by the decoder too, whatever its value. A key
                // spelt with an escape never reaches here (strings with a backslash fall back).
                break
            }
            return true
        }

        /// The event, when every field its type needs is here; else nil (the decoder says why).
        func event() -> Event? {
            guard let seq, let t, let type else { return nil }
            let kind: EventKind
            func mark() -> Mark? {
                guard let term else { return nil }
                guard let side else { return Mark(term: term) }
                guard let known = Side(rawValue: side) else { return nil }
                return Mark(term: term, side: known)
            }
            switch type {
            case "shown":
                guard let caseID, let step else { return nil }
                kind = .shown(case: caseID, step: step)
            case "heartbeat": kind = .heartbeat
            case "keys":
                guard let caseID, let count else { return nil }
                kind = .keys(case: caseID, count: count)
            case "opened":
                guard let caseID else { return nil }
                kind = .opened(case: caseID)
            case "left":
                guard let caseID else { return nil }
                kind = .left(case: caseID)
            case "decided_normal":
                guard let caseID, let step else { return nil }
                kind = .decidedNormal(case: caseID, step: step)
            case "marked", "unmarked", "communicated":
                guard let caseID, let step, let mark = mark() else { return nil }
                kind = type == "marked" ? .marked(case: caseID, step: step, mark: mark)
                    : type == "unmarked" ? .unmarked(case: caseID, step: step, mark: mark)
                    : .communicated(case: caseID, step: step, mark: mark)
            case "interruption_shown", "interruption_deferred", "interruption_skipped", "call_back_opened":
                guard let id else { return nil }
                kind = switch type {
                case "interruption_shown": .interruptionShown(id: id)
                case "interruption_deferred": .interruptionDeferred(id: id)
                case "interruption_skipped": .interruptionSkipped(id: id)
                default: .callBackOpened(id: id)
                }
            case "interruption_answered":
                guard let id, let answer else { return nil }
                kind = .interruptionAnswered(id: id, answer: answer)
            case "signed":
                guard let caseID else { return nil }
                kind = .signed(case: caseID, impression: impression ?? "")
            case "paused":
                guard let reason = reason.flatMap(PauseReason.init(rawValue:)) else { return nil }
                kind = .paused(reason: reason)
            case "resumed":
                guard let reason = reason.flatMap(PauseReason.init(rawValue:)), let wallSeconds else { return nil }
                kind = .resumed(reason: reason, wallSeconds: wallSeconds)
            case "ended":
                guard let reason = reason.flatMap(EndReason.init(rawValue:)) else { return nil }
                kind = .ended(reason: reason)
            default:
                return nil
            }
            return Event(seq: seq, t: t, kind)
        }
    }

    enum Value {
        case string(String)
        case number(Number)
    }

    /// A JSON number's text, read as Int or Double only where that is unambiguous.
    struct Number {
        var text: String
        var isInteger: Bool

        /// Digits only (an optional minus), within Int's range.
        var int: Int? { isInteger ? Int(text) : nil }
        /// Swift's correctly rounded reading; finite only.
        var double: Double? { Double(text).flatMap { $0.isFinite ? $0 : nil } }
    }

    static func matches(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<bytes.count where bytes[i] != w[i] { return false }
        return true
    }

    /// A cursor over the line's bytes.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
        }

        mutating func expect(_ c: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { return false }
            i += 1
            return true
        }

        /// `{ "key": value, … }` and nothing after it but white space.
        mutating func object(into fields: inout Fields) -> Bool {
            guard expect(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    guard let key = rawString(), expect(UInt8(ascii: ":")), let value = value(),
                          fields.set(key, value) else { return false }
                    if expect(UInt8(ascii: ",")) { continue }
                    guard expect(UInt8(ascii: "}")) else { return false }
                    break
                }
            }
            skipSpace()
            return i == bytes.count
        }

        mutating func value() -> Value? {
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                guard let raw = rawString() else { return nil }
                // ASCII (ids, steps, most impressions) needs no validation; otherwise
                // invalid UTF-8 is left to JSONDecoder, which reads it differently.
                if !raw.contains(where: { $0 >= 0x80 }) { return .string(String(decoding: raw, as: UTF8.self)) }
                guard let text = String(validating: raw, as: UTF8.self) else { return nil }
                return .string(text)
            }
            return number().map(Value.number)
        }

        /// The bytes between quotes, when there is no escape or control character in them.
        mutating func rawString() -> UnsafeRawBufferPointer? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            var j = start
            while j < bytes.count {
                let c = bytes[j]
                if c == UInt8(ascii: "\"") {
                    i = j + 1
                    return UnsafeRawBufferPointer(rebasing: bytes[start..<j])
                }
                if c == UInt8(ascii: "\\") || c < 0x20 { return nil }
                j += 1
            }
            return nil
        }

        /// JSON number grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        mutating func number() -> Number? {
            let start = i
            func digits() -> Int {
                let from = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                return i - from
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            let whole = i
            let count = digits()
            guard count > 0, !(count > 1 && bytes[whole] == 0x30) else { return nil }
            var isInteger = true
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                isInteger = false
                guard digits() > 0 else { return nil }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                isInteger = false
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { return nil }
            }
            // An integer too long for Int is the decoder's to judge.
            if isInteger && i - start > 18 { return nil }
            return Number(text: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self),
                          isInteger: isInteger)
        }
    }
}
