/// Spots text that looks like a real patient's identifier (PRODUCT.md §6: no names, dates of
/// birth, record numbers, ages over 89). It only warns: the patterns are heuristics, and
/// eponyms ("Colles fracture", "Kerley B lines") carry no title, date or number, so they pass.
struct IdentifierLint {
    struct Hit: Equatable {
        var reason: String
        var excerpt: String
    }

    /// Ages above this identify patients (HIPAA safe harbour).
    static let oldestAge = 89

    // Built once per load: regex construction is not free.
    private let titledName = #/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z][A-Za-z'’-]+/#
    private let numericDate = #/\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})\b/#
    private let namedDate = #/(?i)\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?[ \t]+\d{4}\b/#
    private let birth = #/(?i)\b(?:DOB|D\.O\.B|date of birth|born on|born in)\b/#
    private let longNumber = #/\d{6,}/#
    private let record = #/(?i)\b(?:MRN|medical record|record number|hospital number|NHS number|patient ID)\b/#
    private let textAge = #/(?i)\b(\d{2,3})[ \t]*-?[ \t]*(?:years?|yrs?|y)[ \t]*-?[ \t]*old\b/#
    private let agedAge = #/(?i)\baged?[ \t]+(\d{2,3})\b/#
    private let shortAge = #/(?i)\b(\d{2,3})[ \t]*(?:yo|y/o|y\.o\.)(?:\W|$)/#

    /// Everything in `text` that looks like an identifier, in a fixed order.
    ///
    /// One byte scan (`Triggers`) first: a pattern runs only when the text holds the start of
    /// one of its matches, so most text never reaches a regex. With `prefilter: false` every
    /// pattern runs (tests compare the two).
    func check(_ text: String, prefilter: Bool = true) -> [Hit] {
        let t = prefilter ? Triggers(text) : .all
        if t.isEmpty { return [] }
        var hits: [Hit] = []
        if t.title, let m = text.firstMatch(of: titledName) {
            hits.append(Hit(reason: "looks like a patient name", excerpt: String(m.output)))
        }
        if let m = (t.numericDate ? text.firstMatch(of: numericDate)?.output : nil)
            ?? (t.namedDate ? text.firstMatch(of: namedDate)?.output : nil) {
            hits.append(Hit(reason: "looks like a date of birth", excerpt: String(m)))
        }
        if t.birth, let m = text.firstMatch(of: birth) {
            hits.append(Hit(reason: "mentions a date of birth", excerpt: String(m.output)))
        }
        if t.longNumber, let m = text.firstMatch(of: longNumber) {
            hits.append(Hit(reason: "has a run of 6 or more digits, like a record number", excerpt: String(m.output)))
        }
        if t.record, let m = text.firstMatch(of: record) {
            hits.append(Hit(reason: "mentions a record number", excerpt: String(m.output)))
        }
        for match in (t.textAge ? text.matches(of: textAge).map({ ($0.output.0, $0.output.1) }) : [])
            + (t.agedAge ? text.matches(of: agedAge).map({ ($0.output.0, $0.output.1) }) : [])
            + (t.shortAge ? text.matches(of: shortAge).map({ ($0.output.0, $0.output.1) }) : []) {
            if let age = Int(match.1), age > Self.oldestAge {
                hits.append(Hit(reason: "gives an age over \(Self.oldestAge)", excerpt: String(match.0)))
                break
            }
        }
        return hits
    }

    /// Which patterns may match, from one pass over the UTF-8 bytes. Each flag is a necessary
    /// condition of its pattern (a false flag means no match, or for an age no match over 89),
    /// checked where a match could start, so a flag is rarely set without a hit.
    ///
    /// On ASCII the scan reads the patterns' own terms: ASCII case ignored where the pattern
    /// ignores case, and a word start where the pattern begins with `\b` (no boundary follows
    /// an ASCII letter, digit or `_`). Other text may reach the patterns in ways bytes do not
    /// show, so then the scan falls back to broad flags (see the end of `init`).
    struct Triggers: Equatable {
        /// `Mr`, `Mrs`, `Ms`, `Miss`, `Mx`, `Dr` or `Prof` (case as written), an optional `.`,
        /// spaces or tabs, then a capital `A`-`Z` (or any non-ASCII character: the class may
        /// take one).
        var title = false
        /// Digit runs split by single `/`, `.` or `-`: 1-2, 1-2, then 2 or more digits; or 4,
        /// `-`, 1-2, `-`, then a digit.
        var numericDate = false
        /// 1-2 digits, an optional `st`/`nd`/`rd`/`th`, spaces or tabs, a month's first three
        /// letters and any letters, an optional `.` and `,`, spaces or tabs, then 4 digits.
        var namedDate = false
        /// `dob`, `d.o.b`, `date of birth`, `born on` or `born in`, as a whole word.
        var birth = false
        /// Six digits in a row.
        var longNumber = false
        /// `mrn`, `medical record`, `record number`, `hospital number`, `nhs number` or
        /// `patient id`, as a whole word (one space between the words, as in the pattern).
        var record = false
        /// The ages: only a number over 89 makes a hit, and a run of digits is at least as
        /// large as any digits inside it, so each needs a run over 89: then `-`, spaces or tabs,
        /// `y`, `yr`, `yrs`, `year` or `years`, `-`, spaces or tabs, and `old` (`textAge`);
        /// `age` or `aged`, spaces or tabs before it (`agedAge`); spaces or tabs, then `yo`,
        /// `y/o` or `y.o.` (`shortAge`).
        var textAge = false, agedAge = false, shortAge = false

        static var all: Triggers {
            var t = Triggers()
            t.title = true
            t.setDigitPatterns()
            t.birth = true
            t.record = true
            return t
        }

        /// No pattern can match.
        var isEmpty: Bool { self == Triggers() }

        private init() {}

        private mutating func setDigitPatterns() {
            (numericDate, namedDate, longNumber, textAge, agedAge, shortAge) = (true, true, true, true, true, true)
        }

        init(_ text: String) {
            var text = text
            let (digit, nonASCII) = text.withUTF8 { scan(Bytes(bytes: $0)) }
            guard nonASCII else { return }
            // Unicode digits match `\d`, and case-insensitive matching may fold a non-ASCII
            // letter (K KELVIN SIGN, LONG S, ...) to an ASCII one: then run those patterns.
            for scalar in text.unicodeScalars where !scalar.isASCII {
                let p = scalar.properties
                if p.numericType != nil { setDigitPatterns() }
                let folds = p.lowercaseMapping + p.uppercaseMapping + p.titlecaseMapping
                if folds.unicodeScalars.contains(where: \.isASCII) {
                    birth = true
                    record = true
                    // A folded letter may spell a month or an age word beside an ASCII digit.
                    if digit { setDigitPatterns() }
                }
            }
            // The patterns match characters, not bytes: a mark joined to an ASCII digit or
            // letter ("3\u{301}") still matches `\d` or a letter class, yet splits the bytes
            // the scan reads. Then every pattern runs.
            if text.contains(where: { $0 != "\r\n" && $0.unicodeScalars.count > 1
                                        && $0.unicodeScalars.contains(where: \.isASCII) }) {
                self = .all
            }
        }

        /// Sets the flags from ASCII bytes; returns whether there was any ASCII digit and any
        /// non-ASCII byte.
        private mutating func scan(_ b: Bytes) -> (digit: Bool, nonASCII: Bool) {
            var digit = false, nonASCII = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 {
                    nonASCII = true
                } else if Bytes.isDigit(c) {
                    digit = true
                    let (end, value) = b.digits(from: i)
                    number(b, from: i, to: end, value: value)
                    i = end
                    continue
                } else if b.startsWord(i) {
                    word(b, at: i)
                }
                i += 1
            }
            return (digit, nonASCII)
        }

        /// The patterns that begin with the run of digits `b[start..<end]`, worth `value`.
        private mutating func number(_ b: Bytes, from start: Int, to end: Int, value: Int) {
            if end - start >= 6 { longNumber = true }
            guard b.startsWord(start) else { return }
            let length = end - start
            // Dates: the run, a separator, 1-2 digits, a separator, a run.
            if Bytes.isDateSeparator(b[end]) {
                let second = b.digits(from: end + 1).end
                if (1...2).contains(second - end - 1), Bytes.isDateSeparator(b[second]) {
                    let third = b.digits(from: second + 1).end - second - 1
                    let dashes = b[end] == UInt8(ascii: "-") && b[second] == UInt8(ascii: "-")
                    if (length <= 2 && third >= 2) || (length == 4 && dashes && third >= 1) {
                        numericDate = true
                    }
                }
            }
            if length <= 2, b.isNamedDate(after: end) { namedDate = true }
            guard value > IdentifierLint.oldestAge else { return }
            if b.isAgeInYears(after: end) { textAge = true }
            let y = b.skip(end, over: " \t")
            if b.has("yo", at: y) || b.has("y/o", at: y) || b.has("y.o.", at: y) { shortAge = true }
        }

        /// The patterns that begin with the word at `b[i]`, a letter at a word start.
        private mutating func word(_ b: Bytes, at i: Int) {
            switch b[i] {
            case UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "P"):
                if !title { title = b.isTitledName(at: i) }
            default: break
            }
            switch Bytes.lowered(b[i]) {
            case UInt8(ascii: "a"):
                if b.has("age", at: i) {
                    let d = b.has("d", at: i + 3) ? i + 4 : i + 3
                    let n = b.skip(d, over: " \t")
                    if n > d, b.digits(from: n).value > IdentifierLint.oldestAge { agedAge = true }
                }
            case UInt8(ascii: "b"):
                if b.hasWord("born on", at: i) || b.hasWord("born in", at: i) { birth = true }
            case UInt8(ascii: "d"):
                if b.hasWord("dob", at: i) || b.hasWord("d.o.b", at: i) || b.hasWord("date of birth", at: i) {
                    birth = true
                }
            case UInt8(ascii: "h"):
                if b.hasWord("hospital number", at: i) { record = true }
            case UInt8(ascii: "m"):
                if b.hasWord("mrn", at: i) || b.hasWord("medical record", at: i) { record = true }
            case UInt8(ascii: "n"):
                if b.hasWord("nhs number", at: i) { record = true }
            case UInt8(ascii: "p"):
                if b.hasWord("patient id", at: i) { record = true }
            case UInt8(ascii: "r"):
                if b.hasWord("record number", at: i) { record = true }
            default: break
            }
        }
    }

    /// UTF-8 bytes read as ASCII; reading past the end gives 0, which matches nothing.
    private struct Bytes {
        var bytes: UnsafeBufferPointer<UInt8>
        var count: Int { bytes.count }
        subscript(i: Int) -> UInt8 { i < bytes.count ? bytes[i] : 0 }

        static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        static func isDateSeparator(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "/") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
        }
        static func isLetter(_ c: UInt8) -> Bool { lowered(c) >= UInt8(ascii: "a") && lowered(c) <= UInt8(ascii: "z") }
        static func lowered(_ c: UInt8) -> UInt8 { c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c }

        /// `\b` cannot hold between an ASCII letter, digit or `_` and another.
        static func isWord(_ c: UInt8) -> Bool { isLetter(c) || isDigit(c) || c == UInt8(ascii: "_") }
        func startsWord(_ i: Int) -> Bool { i == 0 || !Self.isWord(self[i - 1]) }

        /// `has`, where the pattern ends in `\b`.
        func hasWord(_ word: StaticString, at i: Int) -> Bool {
            has(word, at: i) && !Self.isWord(self[i + word.utf8CodeUnitCount])
        }

        /// Whether `word` (lowercase) is at `i`, ignoring ASCII case.
        func has(_ word: StaticString, at i: Int) -> Bool {
            word.withUTF8Buffer { w in
                guard i + w.count <= count else { return false }
                for k in 0..<w.count where Self.lowered(bytes[i + k]) != w[k] { return false }
                return true
            }
        }

        /// Where the bytes in `set` that start at `i` end.
        func skip(_ i: Int, over set: StaticString) -> Int {
            set.withUTF8Buffer { s in
                var j = i
                while j < count, s.contains(bytes[j]) { j += 1 }
                return j
            }
        }

        /// Where the digits that start at `i` end, and their value (capped, to stay small).
        func digits(from i: Int) -> (end: Int, value: Int) {
            var j = i, value = 0
            while j < count, Self.isDigit(bytes[j]) {
                value = min(value * 10 + Int(bytes[j] - UInt8(ascii: "0")), 1000)
                j += 1
            }
            return (j, value)
        }

        /// A title word at `i`, an optional `.`, spaces or tabs, then a capital. A non-ASCII
        /// byte counts as a capital, in case `[A-Z]` accepts it.
        func isTitledName(at i: Int) -> Bool {
            for title: StaticString in ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof"] where hasExactly(title, at: i) {
                var j = i + title.utf8CodeUnitCount
                if self[j] == UInt8(ascii: ".") { j += 1 }
                let k = skip(j, over: " \t")
                let capital = self[k] >= UInt8(ascii: "A") && self[k] <= UInt8(ascii: "Z")
                if k > j, capital || self[k] >= 0x80 { return true }
            }
            return false
        }

        private func hasExactly(_ word: StaticString, at i: Int) -> Bool {
            word.withUTF8Buffer { w in
                i + w.count <= count && (0..<w.count).allSatisfy { bytes[i + $0] == w[$0] }
            }
        }

        /// After a day's digits at `end`: `st`/`nd`/`rd`/`th`?, spaces, a month and letters,
        /// `.`?, `,`?, spaces, 4 digits.
        func isNamedDate(after end: Int) -> Bool {
            var j = end
            if has("st", at: j) || has("nd", at: j) || has("rd", at: j) || has("th", at: j) { j += 2 }
            var k = skip(j, over: " \t")
            guard k > j, isMonth(at: k) else { return false }
            k += 3
            while Self.isLetter(self[k]) { k += 1 }
            if self[k] == UInt8(ascii: ".") { k += 1 }
            if self[k] == UInt8(ascii: ",") { k += 1 }
            let n = skip(k, over: " \t")
            return n > k && digits(from: n).end - n >= 4
        }

        private func isMonth(at i: Int) -> Bool {
            let three = UInt32(Self.lowered(self[i])) << 16 | UInt32(Self.lowered(self[i + 1])) << 8
                | UInt32(Self.lowered(self[i + 2]))
            switch three {
            case 0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E, // jan feb mar apr may jun
                 0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563: // jul aug sep oct nov dec
                return true
            default: return false
            }
        }

        /// After an age's digits at `end`: `-`/spaces, `y`, `yr`, `yrs`, `year` or `years`,
        /// `-`/spaces, `old`.
        func isAgeInYears(after end: Int) -> Bool {
            var j = skip(end, over: " \t-")
            guard has("y", at: j) else { return false }
            j += 1
            if has("ear", at: j) { j += 3 } else if has("r", at: j) { j += 1 }
            if has("s", at: j) { j += 1 }
            return has("old", at: skip(j, over: " \t-"))
        }
    }

    /// Warns once per kind of hit, at the text's location. The field's name is made only
    /// for a warning: most texts have none.
    func lint(_ text: Located<String>, field: @autoclosure () -> String, log: DiagnosticLog) {
        for hit in check(text.value) {
            log.warning("\(field()) \(hit.reason) (\(Wording.quote(hit.excerpt))); "
                        + "case text must be synthetic and must not identify a patient", at: text.at)
        }
    }

    func lintAge(_ age: Located<Int>, log: DiagnosticLog) {
        if age.value > Self.oldestAge {
            log.warning("age \(age.value) is over \(Self.oldestAge), which can identify a patient; "
                        + "use \(Self.oldestAge) or less", at: age.at)
        }
    }
}
