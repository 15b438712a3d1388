import WorklistCore

/// How messages quote file text, list choices and suggest the nearest id.
enum Wording {
    /// Sanitised, on one line (a message is one line), cut to a readable length.
    static func oneLine(_ text: String) -> String {
        String(Sanitizer.sanitize(text).map { $0 == "\n" ? " " : $0 })
    }

    /// `"text"` — one line, at most `limit` characters, with control and bidi characters
    /// shown as `\u{1B}` so the author sees what is wrong (and the terminal gets none of them).
    static func quote(_ text: String, limit: Int = 60) -> String {
        // Printable ASCII (ids and keys, quoted on every load) needs no spelling out (issue 13).
        if Sanitizer.isPrintableASCII(text) && text.utf8.count <= limit { return "\"\(text)\"" }
        var clean = oneLine(visible(text))
        if clean.count > limit { clean = String(clean.prefix(limit - 3)) + "..." }
        return "\"\(clean)\""
    }

    /// Control, C1, bidi and zero-width characters spelled out; newlines become spaces.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let invisible = Sanitizer.isBidiOverride(scalar) || Sanitizer.isZeroWidth(scalar)
            switch scalar.value {
            case 0x0A: out += " "
            case _ where invisible, 0x00...0x1F, 0x7F...0x9F:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "a, b or c"
    static func alternatives(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// "(steps: a, b, c)" — at most `limit` names, then how many more.
    static func listing(_ label: String, _ items: [String], limit: Int = 10) -> String {
        if items.isEmpty { return "(no \(label))" }
        let shown = items.prefix(limit).map(oneLine).joined(separator: ", ")
        let more = items.count > limit ? ", and \(items.count - limit) more" : ""
        return "(\(label): \(shown)\(more))"
    }

    /// "; did you mean "lungs"?" when one candidate is close, else "".
    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        guard let near = nearest(word, in: candidates) else { return "" }
        return "; did you mean \(quote(near))?"
    }

    /// `unknown step "lung" in routine "cxr"; did you mean "lungs"? (steps: …)`
    static func unknown(_ noun: String, _ word: String, scope: String = "", candidates: [String],
                        listLabel: String) -> String {
        "unknown \(noun) \(quote(word))\(scope)\(suggestion(word, candidates)) \(listing(listLabel, candidates))"
    }

    /// The closest candidate by edit distance (a transposition counts 1), when close enough
    /// to be a slip: about one edit per three characters, or a prefix of at least three.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        let w = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let c = candidate.lowercased()
            if c == w { continue }
            let d = editDistance(w, c)
            let limit = max(1, min(3, (max(w.count, c.count) + 1) / 3))
            let prefix = w.count >= 3 && (c.hasPrefix(w) || w.hasPrefix(c))
            guard d <= limit || prefix else { continue }
            if best == nil || d < best?.1 ?? .max { best = (candidate, d) }
        }
        return best?.0
    }

    /// Optimal string alignment distance.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let s = Array(a), t = Array(b)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var d = Array(repeating: Array(repeating: 0, count: t.count + 1), count: s.count + 1)
        for i in 0...s.count { d[i][0] = i }
        for j in 0...t.count { d[0][j] = j }
        for i in 1...s.count {
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[s.count][t.count]
    }

    /// "1 MB", "50.2 MB" (MiB, as file managers count).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (Double(bytes) / Double(1 << 20) * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(Int(tenths / 10)) MB" : "\(tenths / 10) MB"
    }

    /// "90 s", "1.5 s" — seconds as authors wrote them.
    static func seconds(_ value: Double) -> String { "\(number(value)) s" }

    /// "60", "2.5": whole numbers without ".0".
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value))" : "\(value)"
    }
}
