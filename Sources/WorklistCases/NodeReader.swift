import WorklistCore

/// Typed reading of `YNode`s: every value keeps its location, and every mismatch becomes a
/// diagnostic at the offending value ("expected a number, found a list").
struct NodeReader {
    let log: DiagnosticLog

    /// A mapping with a fixed set of keys; unknown keys are errors (a misspelt `acept_at`
    /// must not be silently ignored). `noun` and `index` name it in messages.
    func mapping(_ node: YNode, key: String, noun: String, index: Int? = nil, keys: [String]) -> MappingView? {
        guard case .mapping(let entries) = node.kind else {
            log.error("\(key): expected a mapping (key: value lines), found \(node.found)", at: node.at)
            return nil
        }
        let view = MappingView(reader: self, at: node.at, entries: entries, noun: noun, index: index)
        for entry in entries where !keys.contains(entry.key) {
            log.error("unknown key \(Wording.quote(entry.key)) in \(view.label)"
                      + "\(Wording.suggestion(entry.key, keys)) \(Wording.listing("keys", keys))", at: entry.keyAt)
        }
        return view
    }

    func sequence(_ node: YNode, key: String) -> [YNode]? {
        guard case .sequence(let items) = node.kind else {
            log.error("\(key): expected a list, found \(node.found)", at: node.at)
            return nil
        }
        return items
    }

    /// Any scalar as text: trimmed and sanitised, with a warning when the sanitiser removed
    /// something (the stored text is the clean one).
    func text(_ node: YNode, key: String, allowEmpty: Bool = false) -> Located<String>? {
        guard let raw = node.scalar, !node.isNull else {
            log.error("\(key): expected text, found \(node.found)", at: node.at)
            return nil
        }
        let (clean, removed) = Sanitizer.clean(raw)
        if !removed.isEmpty {
            log.warning("\(key): the text contains \(Self.describe(removed)), which will not be shown; "
                        + "delete them from the file", at: node.at)
        }
        let value = clean.trimmingWhitespace()
        if value.isEmpty && !allowEmpty {
            log.error("\(key) is empty; write the text", at: node.at)
            return nil
        }
        return Located(value: value, at: node.at)
    }

    static func describe(_ removed: Sanitizer.Removed) -> String {
        var parts: [String] = []
        if removed.contains(.escapeSequences) { parts.append("terminal escape sequences") }
        if removed.contains(.controlCharacters) { parts.append("control characters") }
        if removed.contains(.bidiOverrides) { parts.append("bidi override characters") }
        if removed.contains(.zeroWidthCharacters) { parts.append("zero-width characters") }
        return parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : parts.joined()
    }

    /// A reference to an id (a step, a case …): a scalar, checked later against what exists.
    func word(_ node: YNode, key: String) -> Located<String>? {
        guard let raw = node.scalar, !node.isNull else {
            log.error("\(key): expected an id, found \(node.found)", at: node.at)
            return nil
        }
        return Located(value: raw.trimmingWhitespace(), at: node.at)
    }

    /// A new id: lowercase letters, digits and "-".
    func id(_ node: YNode, key: String) -> Located<String>? {
        guard let word = word(node, key: key) else { return nil }
        guard Self.isValidID(word.value) else {
            log.error("\(key): \(Wording.quote(word.value)) is not a valid id; use lowercase letters, digits "
                      + "and \"-\", starting with a letter or digit", at: node.at)
            return nil
        }
        return word
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // Every number has bounds: an unbounded one (1e308, 2^64) overflows the sums made of it.

    /// The longest duration anywhere in the format (a target, a limit, an arrival): a day.
    static let maxSeconds = 86_400.0
    /// The most of anything counted, e.g. cases drawn from a pool.
    static let maxCount = 10_000

    func number(_ node: YNode, key: String, in range: ClosedRange<Double>) -> Located<Double>? {
        let bounds = "between \(Wording.number(range.lowerBound)) and \(Wording.number(range.upperBound))"
        guard case .scalar(let s, plain: true) = node.kind, !node.isNull, let value = Self.decimal(s) else {
            log.error("\(key): expected a number \(bounds), found \(node.found)", at: node.at)
            return nil
        }
        guard range.contains(value) else {
            log.error("\(key) must be \(bounds), found \(Wording.number(value))", at: node.at)
            return nil
        }
        return Located(value: value, at: node.at)
    }

    func integer(_ node: YNode, key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        let bounds = "between \(range.lowerBound) and \(range.upperBound)"
        guard case .scalar(let s, plain: true) = node.kind, !node.isNull, Self.isWholeNumber(s) else {
            log.error("\(key): expected a whole number \(bounds), found \(node.found)", at: node.at)
            return nil
        }
        // Digits too many for Int are out of range too, not "not a number".
        guard let value = Int(s.hasPrefix("+") ? String(s.dropFirst()) : s), range.contains(value) else {
            log.error("\(key) must be \(bounds), found \(s.count > 40 ? s.prefix(37) + "..." : s)", at: node.at)
            return nil
        }
        return Located(value: value, at: node.at)
    }

    func bool(_ node: YNode, key: String) -> Located<Bool>? {
        if case .scalar(let s, plain: true) = node.kind {
            if ["true", "True", "TRUE"].contains(s) { return Located(value: true, at: node.at) }
            if ["false", "False", "FALSE"].contains(s) { return Located(value: false, at: node.at) }
        }
        log.error("\(key): expected true or false, found \(node.found)", at: node.at)
        return nil
    }

    /// Seconds as a number (`90`, `2.5`) or h/m/s parts (`"90s"`, `"1h30m"`).
    func duration(_ node: YNode, key: String, positive: Bool) -> Located<Double>? {
        let parsed: Double?
        switch node.kind {
        case .scalar(let s, let plain) where !node.isNull:
            parsed = (plain ? Self.decimal(s) : nil) ?? Self.parseDuration(s)
        default:
            parsed = nil
        }
        guard let seconds = parsed else {
            log.error("\(key): expected a duration (seconds such as 90, or \"5m\", \"1h30m\"), found \(node.found)",
                      at: node.at)
            return nil
        }
        if (positive ? seconds <= 0 : seconds < 0) || seconds > Self.maxSeconds {
            let lower = positive ? "more than 0" : "0 or more"
            log.error("\(key) must be \(lower) and at most \(Wording.number(Self.maxSeconds)) s (24 h), "
                      + "found \(Wording.seconds(seconds))", at: node.at)
            return nil
        }
        return Located(value: seconds, at: node.at)
    }

    /// An ACR actionable-finding category: the number 1, 2 or 3 (PRODUCT.md §2).
    func category(_ node: YNode, key: String) -> Located<ActionCategory>? {
        if case .scalar(let s, plain: true) = node.kind, !node.isNull, let n = Int(s),
           let value = ActionCategory(rawValue: n) {
            return Located(value: value, at: node.at)
        }
        log.error("\(key) must be 1, 2 or 3 (ACR actionable finding: 1 call within minutes, 2 within hours, "
                  + "3 within days), found \(node.found)", at: node.at)
        return nil
    }

    /// One value of a closed set, e.g. a priority.
    func choice<E: RawRepresentable & CaseIterable>(_ node: YNode, key: String, _ type: E.Type,
                                                    allowed: [E]? = nil) -> Located<E>? where E.RawValue == String {
        let options = (allowed ?? Array(E.allCases)).map(\.rawValue)
        if let s = node.scalar, !node.isNull, options.contains(s), let value = E(rawValue: s) {
            return Located(value: value, at: node.at)
        }
        let hint = node.scalar.map { Wording.suggestion($0, options) } ?? ""
        log.error("\(key) must be \(Wording.alternatives(options)), found \(node.found)\(hint)", at: node.at)
        return nil
    }

    // MARK: scalars

    /// Digits, sign, point and exponent only (no `.inf`, `.nan`, hex); `1e999` reads as
    /// infinity, which every caller's bounds then refuse.
    static func decimal(_ s: String) -> Double? {
        guard !s.isEmpty, s.allSatisfy({ "0123456789+-.eE".contains($0) }), s.contains(where: \.isNumber),
              let value = Double(s), !value.isNaN else { return nil }
        return value
    }

    static func isWholeNumber(_ s: String) -> Bool {
        let digits = s.hasPrefix("-") || s.hasPrefix("+") ? s.dropFirst() : s[...]
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "90", "90s", "5m", "1h30m", "1h 30m 10s", "2.5s": parts in h, m, s order, each once.
    static func parseDuration(_ text: String) -> Double? {
        let s = text.trimmingWhitespace()
        if let plain = decimal(s) { return plain }
        var total = 0.0, number = "", units: [Character] = [], sawPart = false
        for c in s {
            if c.isASCII && (c.isNumber || c == ".") {
                number.append(c)
            } else if c == " " {
                guard number.isEmpty else { return nil }
            } else if let unit = c.lowercased().first, "hms".contains(unit) {
                // Parts come in h, m, s order, each at most once.
                let rank: [Character: Int] = ["h": 0, "m": 1, "s": 2]
                guard let value = Double(number),
                      units.allSatisfy({ rank[$0, default: 0] < rank[unit, default: 0] }) else { return nil }
                units.append(unit)
                total += value * (unit == "h" ? 3600 : unit == "m" ? 60 : 1)
                number = ""
                sawPart = true
            } else {
                return nil
            }
        }
        guard sawPart, number.isEmpty, !total.isNaN else { return nil }
        return total
    }
}

/// The entries of one mapping, read by key. `required` reports a missing key at the mapping
/// itself, naming the key.
struct MappingView {
    let reader: NodeReader
    let at: SourceLocation
    let entries: [YEntry]
    let noun: String
    let index: Int?

    var log: DiagnosticLog { reader.log }

    /// `finding "f1"` when the id reads, else `finding 2`.
    var label: String {
        if let id = entries.first(where: { $0.key == "id" })?.value, let s = id.scalar, !id.isNull {
            return "\(noun) \(Wording.quote(s))"
        }
        return index.map { "\(noun) \($0 + 1)" } ?? noun
    }

    func entry(_ key: String) -> YEntry? { entries.first { $0.key == key } }
    func has(_ key: String) -> Bool { optional(key) != nil }
    func keyAt(_ key: String) -> SourceLocation? { entry(key)?.keyAt }

    /// Absent or written with no value: nil, no message.
    func optional(_ key: String) -> YNode? {
        guard let value = entry(key)?.value, !value.isNull else { return nil }
        return value
    }

    func required(_ key: String) -> YNode? {
        guard let entry = entry(key) else {
            log.error("missing required key \(Wording.quote(key)) in \(label)", at: at)
            return nil
        }
        guard !entry.value.isNull else {
            log.error("\(key) has no value in \(label)", at: entry.keyAt)
            return nil
        }
        return entry.value
    }

    // Required values.
    func text(_ key: String, allowEmpty: Bool = false) -> Located<String>? {
        required(key).flatMap { reader.text($0, key: key, allowEmpty: allowEmpty) }
    }
    func id(_ key: String) -> Located<String>? { required(key).flatMap { reader.id($0, key: key) } }
    func word(_ key: String) -> Located<String>? { required(key).flatMap { reader.word($0, key: key) } }
    func duration(_ key: String, positive: Bool) -> Located<Double>? {
        required(key).flatMap { reader.duration($0, key: key, positive: positive) }
    }
    func integer(_ key: String, in range: ClosedRange<Int>) -> Located<Int>? {
        required(key).flatMap { reader.integer($0, key: key, in: range) }
    }
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, allowed: [E]? = nil) -> Located<E>?
    where E.RawValue == String {
        required(key).flatMap { reader.choice($0, key: key, type, allowed: allowed) }
    }
    func list(_ key: String) -> [YNode]? { required(key).flatMap { reader.sequence($0, key: key) } }
    func bool(_ key: String) -> Located<Bool>? { required(key).flatMap { reader.bool($0, key: key) } }

    // Optional values: nil when absent; an error (and nil) when present but wrong.
    func optionalText(_ key: String) -> Located<String>? {
        optional(key).flatMap { reader.text($0, key: key) }
    }
    func optionalWord(_ key: String) -> Located<String>? { optional(key).flatMap { reader.word($0, key: key) } }
    func optionalBool(_ key: String) -> Located<Bool>? { optional(key).flatMap { reader.bool($0, key: key) } }
    func optionalNumber(_ key: String, in range: ClosedRange<Double>) -> Located<Double>? {
        optional(key).flatMap { reader.number($0, key: key, in: range) }
    }
    func optionalDuration(_ key: String, positive: Bool) -> Located<Double>? {
        optional(key).flatMap { reader.duration($0, key: key, positive: positive) }
    }
    func optionalCategory(_ key: String) -> Located<ActionCategory>? {
        optional(key).flatMap { reader.category($0, key: key) }
    }
    func optionalChoice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> Located<E>?
    where E.RawValue == String {
        optional(key).flatMap { reader.choice($0, key: key, type) }
    }
    /// An absent list reads as empty.
    func optionalList(_ key: String) -> [YNode] { optional(key).flatMap { reader.sequence($0, key: key) } ?? [] }

    /// A list of references, e.g. `accept_at: [pleura]`.
    func words(_ key: String) -> [Located<String>] {
        optionalList(key).compactMap { reader.word($0, key: key) }
    }
    /// A list of text, e.g. `references`.
    func texts(_ key: String) -> [Located<String>] {
        optionalList(key).compactMap { reader.text($0, key: key) }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
