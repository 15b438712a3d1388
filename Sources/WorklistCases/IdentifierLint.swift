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
    /// One byte scan (`Triggers`) first: a pattern runs only when the text holds what every
    /// one of its matches must contain, so most text never reaches a regex. With
    /// `prefilter: false` every pattern runs (tests compare the two).
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
        guard t.digit else { return hits }
        for match in (t.old ? text.matches(of: textAge).map({ ($0.output.0, $0.output.1) }) : [])
            + (t.aged ? text.matches(of: agedAge).map({ ($0.output.0, $0.output.1) }) : [])
            + (t.yo ? text.matches(of: shortAge).map({ ($0.output.0, $0.output.1) }) : []) {
            if let age = Int(match.1), age > Self.oldestAge {
                hits.append(Hit(reason: "gives an age over \(Self.oldestAge)", excerpt: String(match.0)))
                break
            }
        }
        return hits
    }

    /// What one pass over the UTF-8 bytes found; each flag is a necessary condition of some
    /// patterns (a superset: a false flag means those patterns cannot match). Measurements
    /// put a digit in most case text, so the digit patterns have finer triggers of their own.
    struct Triggers: Equatable {
        /// `Mr`, `Ms`, `Mi`(ss), `Mx`, `Dr`, `Pr`(of): the titled name (case-sensitive).
        var title = false
        /// A digit: the ages. Any non-ASCII numeric scalar counts too (`\d` is Unicode-aware),
        /// and then every digit pattern runs.
        var digit = false
        /// A run of digits with two separators between digits ("12/03/61", "2026-1-2").
        var numericDate = false
        /// A digit and a month's first three letters, ignoring ASCII case.
        var namedDate = false
        /// Six digits in a row.
        var longNumber = false
        /// `old`, `age`, `yo` / `y/o` / `y.o`, ignoring ASCII case: the three age patterns.
        var old = false, aged = false, yo = false
        /// `dob`, `d.o.`, `date`, `born`, ignoring ASCII case: the birth pattern.
        var birth = false
        /// `mrn`, `reco`(rd), `numb`(er), `pati`(ent), ignoring ASCII case: the record pattern.
        var record = false

        static var all: Triggers {
            var t = Triggers()
            t.title = true
            t.setDigitPatterns()
            t.birth = true
            t.record = true
            return t
        }

        var isEmpty: Bool { !(title || digit || birth || record) }

        private init() {}

        private mutating func setDigitPatterns() {
            digit = true
            (numericDate, namedDate, longNumber, old, aged, yo) = (true, true, true, true, true, true)
        }

        init(_ text: String) {
            var window: UInt32 = 0      // the last four bytes, ASCII letters lowered
            var previous: UInt8 = 0
            var nonASCII = false
            var month = false
            var digitRun = 0            // consecutive digits
            var separators = 0          // separators between digits in this run of digits and separators
            var afterSeparator = false  // the previous byte was a separator that followed a digit
            for byte in text.utf8 {
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                if isDigit {
                    digit = true
                    digitRun += 1
                    if digitRun >= 6 { longNumber = true }
                    if afterSeparator { separators += 1 }
                    if separators >= 2 { numericDate = true }
                    afterSeparator = false
                } else if (byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")) && digitRun > 0 {
                    digitRun = 0
                    afterSeparator = true
                } else {
                    digitRun = 0
                    separators = 0
                    afterSeparator = false
                }
                switch byte {
                case UInt8(ascii: "r"): if previous == UInt8(ascii: "M") || previous == UInt8(ascii: "D")
                    || previous == UInt8(ascii: "P") { title = true }
                case UInt8(ascii: "s"), UInt8(ascii: "i"), UInt8(ascii: "x"):
                    if previous == UInt8(ascii: "M") { title = true }
                case 0x80...: nonASCII = true
                default: break
                }
                previous = byte
                let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                window = window << 8 | UInt32(lowered)
                switch window & 0xFFFF {
                case 0x796F /* yo */: yo = true
                default: break
                }
                switch window & 0xFF_FFFF {
                case 0x646F62 /* dob */: birth = true
                case 0x6D726E /* mrn */: record = true
                case 0x6F6C64 /* old */: old = true
                case 0x616765 /* age */: aged = true
                case 0x792F6F /* y/o */, 0x792E6F /* y.o */: yo = true
                case 0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E, // jan feb mar apr may jun
                     0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563: // jul aug sep oct nov dec
                    month = true
                default: break
                }
                switch window {
                case 0x642E6F2E /* d.o. */, 0x64617465 /* date */, 0x626F726E /* born */: birth = true
                case 0x7265636F /* reco */, 0x6E756D62 /* numb */, 0x70617469 /* pati */: record = true
                default: break
                }
            }
            namedDate = digit && month
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
        }
    }

    /// Warns once per kind of hit, at the text's location.
    func lint(_ text: Located<String>, field: String, log: DiagnosticLog) {
        for hit in check(text.value) {
            log.warning("\(field) \(hit.reason) (\(Wording.quote(hit.excerpt))); "
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
