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
    func check(_ text: String) -> [Hit] {
        var hits: [Hit] = []
        if let m = text.firstMatch(of: titledName) {
            hits.append(Hit(reason: "looks like a patient name", excerpt: String(m.output)))
        }
        if let m = text.firstMatch(of: numericDate) ?? text.firstMatch(of: namedDate) {
            hits.append(Hit(reason: "looks like a date of birth", excerpt: String(m.output)))
        }
        if let m = text.firstMatch(of: birth) {
            hits.append(Hit(reason: "mentions a date of birth", excerpt: String(m.output)))
        }
        if let m = text.firstMatch(of: longNumber) {
            hits.append(Hit(reason: "has a run of 6 or more digits, like a record number", excerpt: String(m.output)))
        }
        if let m = text.firstMatch(of: record) {
            hits.append(Hit(reason: "mentions a record number", excerpt: String(m.output)))
        }
        for match in text.matches(of: textAge).map({ ($0.output.0, $0.output.1) })
            + text.matches(of: agedAge).map({ ($0.output.0, $0.output.1) })
            + text.matches(of: shortAge).map({ ($0.output.0, $0.output.1) }) {
            if let age = Int(match.1), age > Self.oldestAge {
                hits.append(Hit(reason: "gives an age over \(Self.oldestAge)", excerpt: String(match.0)))
                break
            }
        }
        return hits
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
