import Foundation
import Testing
import WorklistCore
import WorklistBuiltIn
@testable import WorklistCases

// The fast reader must give Yams' tree exactly (kinds, text, plain flags, every position) or
// nil; never a different tree.

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// Yams' tree, or nil when the Yams path reports anything (then the fast reader must refuse).
private func yamsTree(_ file: SourceFile) -> YNode? {
    let log = DiagnosticLog()
    let tree = YAMLTree.parse(file, log: log, fast: false)
    return log.diagnostics.isEmpty ? tree : nil
}

/// One line per node, positions included, so a failed comparison shows where.
private func render(_ node: YNode?) -> String {
    guard let node else { return "nil" }
    var out = ""
    func walk(_ n: YNode, _ indent: String) {
        let at = "@\(n.at.line):\(n.at.column)"
        switch n.kind {
        case .scalar(let s, let plain):
            out += "\(indent)\(plain ? "plain" : "styled") \(s.debugDescription) \(at)\n"
        case .sequence(let items):
            out += "\(indent)seq \(at)\n"
            for item in items { walk(item, indent + "  ") }
        case .mapping(let entries):
            out += "\(indent)map \(at)\n"
            for e in entries {
                out += "\(indent) key \(e.key.debugDescription) @\(e.keyAt.line):\(e.keyAt.column)\n"
                walk(e.value, indent + "    ")
            }
        }
    }
    walk(node, "")
    return out
}

/// Checks "equal to Yams, or nil"; true when the fast reader accepted the text.
@discardableResult
private func agrees(_ text: String, path: String = "Cases/t.yaml",
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
    let file = SourceFile(path: path, text: text)
    guard let fast = SubsetYAMLReader.read(file) else { return false }
    let slow = yamsTree(file)
    #expect(slow != nil, "accepted a file Yams' path reports: \(text.debugDescription)", sourceLocation: sourceLocation)
    #expect(render(fast) == render(slow), "\(text.debugDescription)", sourceLocation: sourceLocation)
    #expect(fast == slow, sourceLocation: sourceLocation)
    return true
}

// MARK: 1. The shipped library takes the fast path, with Yams' tree

@Test func everyShippedFileIsReadFastWithYamsTree() {
    let files = BuiltInLibrary.files
    #expect(files.count > 250)
    // No shipped file needs Yams; list one here, with the reason, if that ever changes.
    let needsYams: Set<String> = []
    for file in files where !needsYams.contains(file.path) {
        let fast = SubsetYAMLReader.read(file)
        #expect(fast != nil, "\(file.path) is not read by the fast reader")
        guard let fast else { continue }
        let slow = yamsTree(file)
        #expect(render(fast) == render(slow), "\(file.path)")
        #expect(fast == slow, "\(file.path)")
    }
}

/// The test fixtures and the end-to-end library are other real files; where accepted, equal.
@Test func fixtureFilesAgreeWithYams() throws {
    for file in Fixture.files { agrees(file.text, path: file.path) }
    let e2e = packageRoot + "/Tests/WorklistE2ETests/Fixtures/Cases"
    guard FileManager.default.fileExists(atPath: e2e) else { return }
    for file in try LibrarySnapshotSource.sourceFiles(casesFolder: e2e) {
        #expect(agrees(file.text, path: file.path), "\(file.path)")
    }
}

/// `YAMLTree.parse` (fast by default) gives the same tree as the Yams path, with no log.
@Test func parseTakesTheFastPathWithTheSameResult() throws {
    let file = try #require(BuiltInLibrary.files.first)
    let log = DiagnosticLog()
    let tree = YAMLTree.parse(file, log: log)
    #expect(log.diagnostics.isEmpty)
    #expect(tree == yamsTree(file))
}

// MARK: 2. Edge cases: Yams' tree or nil

private let edgeCases: [String] = [
    // folded scalars: more-indented lines, blank lines inside and after, chomping, literal
    "a: >\n  one\n  two\n\n  three\n    indented\n  back\nb: 1\n",
    "a: >\n  one\n\n\n  two\n\n\nb: 1\n",
    "a: >\n  one\n    more\n    more2\n  two\n",
    "a: >\n\n  after blank\n",
    "a: >\n  x\n   \n  y\n",
    "a: >\n  x\n      \n  y\n",
    "a: >-\n  one\n  two\n\nb: >-\n  x\n",
    "a: |\n  one\n  two\n\n  three\n",
    "a: |-\n  one\n   two\n",
    "- >-\n  text\n- |\n  lit\n",
    "a: > # comment\n  text\n",
    "a: >\n  text # not a comment\n  # nor this\n# this is\nb: 2\n",
    "a: >\n  text",
    "a: >\n  text\n\n",
    "a:\n  b: >\n    deep\n    text\n  c: d\n",
    "a: >+\n  keep\n\n",
    "a: >2\n   x\n",
    "a: >\n\n\n",
    "a: >\n    x\n  y\n",
    "a: >\n     \n  x\n",
    // comments, nulls
    "a: b # comment\nc: d#not\n",
    "# only\n# comments\n",
    "",
    "a:\nb: 1\n",
    "a:   # c\nb:\n",
    "a: ~\nb: null\nc:\n",
    "a:\n\n\n# c\nb: 2",
    // quoted
    "a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: \"line\\nnext\\ttab \\\\ \\/ \\x41 \\u00e9 \\U0001F600\"\n",
    "a: \"# not a comment\"\nb: 'x: y'\nc: \"k: v\" # c\n",
    "a: 'two\n  lines'\nb: 'para\n\n  graph'\nc: \"x  \n   y\"\n",
    "a: 'one\n\n    '\nb: c\n",
    "a: \"bad \\q escape\"\n",
    "a: \"line \\\n  joined\"\n",
    "a: 'unterminated\n",
    "a: \"\"\nb: ''\n",
    "a: ' lead and trail  '\n",
    // plain scalars
    "url: http://x.org/a:b\ntime: 12:30\nn: 1.5\nneg: -3\ndash: -x\nlist: a, b [c] {d}\n",
    "a: x  y   z\nb: trailing   \n",
    "a: 10 x 5 cm\nb: 3-6-9 rule\nc: what?\nd: a & b * c ! d\n",
    "a: @x\n", "a: `x\n", "a: %x\n", "a: &anchor x\n", "a: *alias\n", "a: !tag x\n", "a: ?x\n",
    "a: b: c\n",
    "a: multi\n  line plain\n",
    "- multi\n  line\n",
    "a: x\n  # indented comment\nb: y\n",
    // sequences
    "- a\n- b\n-\n- - c\n  - d\n- - - e\n",
    "a:\n- x\n- y\nb:\n  - z\n  -   w\n",
    "- a: 1\n  b: 2\n- c: 3\n-   d: 4\n    e: 5\n",
    "a:\n  - b:\n    - c\n    d: e\n",
    "-\n  a: 1\n-\n  - x\n",
    "a: [x, y]\nb: - c\n",
    // flow
    "a: [x, \"y\", 'z', 1]\nb: []\nc: {}\nd: [ spaced , items ]\n",
    "a: [\n  x,\n  y,\n]\nb: [one,\n    two]\n",
    "a: {age: 93, sex: M}\nb: [{k: v}, [n, m]]\n",
    "a: {age: 93,\n    sex: M,\n}\n",
    "a: [x, y] # comment\n",
    "a: [x,,y]\n", "a: [x y\n", "a: [x: y]\n", "a: {x}\n", "a: {x:1}\n", "a: [a:b]\n", "a: {k: }\n",
    "a: [x\n  y]\n",
    "a: [x # c\n  , y]\n",
    "a: [x]: b\n",
    "a: [-1, -x]\n",
    // Unicode, keys with spaces, nesting, no final newline
    "title: Café — the ’quoted’ word\nlist: [é, “x”, 'à']\nmap: {ö: ü}\n",
    "é: x\nkey with spaces: y\n'quoted key': z\n",
    "a:\n  b:\n    c:\n      d:\n        e: deep\n      f: g\n  h: i\n",
    "a: 1\nb: 2",
    "a: 'x'",
    "a: [x]",
    "  a: 1\n  b: 2\n",
    "a:\n  value\nb:\n  'q'\nc:\n  [x]\nd:\n  >\n   t\ne:\n  - x\n",
    "a: 'multi\n  line' # c\nb: [x,\n  'y\n  z']\n",
    "a:b: c\n-k: v\n<<: m\nk#x: y\n",
    "a: [http://x:1, a:b, x:]\n",
    // many keys (past the point where a set takes over the duplicate check)
    (0..<40).map { "k\($0): v\n" }.joined(),
    (0..<40).map { "k\($0): v\n" }.joined() + "k7: again\n",
    // structure errors and odd indentation
    "a: 1\n b: 2\n",
    "a:\n    b: 1\n  c: 2\n",
    "- a\nb: 1\n",
    "a: 1\n- b\n",
    "a:\n  - x\n   - y\n",
    "scalar root\n",
    "key: value\nkey: again\n",
    "a: {k: 1, k: 2}\n",
    "a: 1\n\tb: 2\n",
    "a: 1\r\nb: 2\r\n",
    "\u{FEFF}a: 1\n",
    "---\na: 1\n",
    "a: 1\n---\nb: 2\n",
    "a: 1\n...\n",
    "%YAML 1.1\n---\na: 1\n",
    "? complex\n: key\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
]

@Test func edgeCasesEqualYamsOrRefused() {
    var accepted = 0
    for text in edgeCases where agrees(text) { accepted += 1 }
    #expect(accepted > edgeCases.count / 2)
}

/// The forms the shipped library relies on are accepted, not just tolerated.
@Test func commonFormsAreAccepted() {
    let mustAccept = [
        "a: >\n  one\n  two\n\n  three\n    indented\n  back\nb: 1\n",
        "a: >-\n  one\n  two\n\nb: >-\n  x\n",
        "a: |\n  one\n  two\n\n  three\n",
        "a: 'it''s'\nb: \"say \\\"hi\\\"\"\nc: \"line\\nnext\"\n",
        "a: 'one\n\n    '\nb: c\n",
        "a: \"# not a comment\"\nb: 'x: y'\nc: \"k: v\" # c\n",
        "url: http://x.org/a:b\ntime: 12:30\nn: 1.5\nneg: -3\n",
        "a:\nb: 1\n",
        "a: ~\n",
        "- a: 1\n  b: 2\n- c: 3\n",
        "a:\n- x\n- y\nb:\n  - z\n",
        "- - c\n  - d\n",
        "a: [\n  x,\n  y,\n]\n",
        "a: {age: 93, sex: M}\n",
        "title: Café — the ’quoted’ word\nlist: [é, “x”, 'à']\n",
        "key with spaces: y\n",
        "a:\n  b:\n    c:\n      d: deep\n",
        "a: 1\nb: 2",
        "# lead\na: 1 # trail\n\n# end\n",
        "a:\n  value\nb:\n  'q'\nc:\n  [x]\nd:\n  >\n   t\ne:\n  - x\n",
        "a: 'multi\n  line' # c\nb: [x,\n  'y\n  z']\n",
        "a:b: c\n-k: v\n<<: m\nk#x: y\n",
        "a: [http://x:1, a:b]\n",
        (0..<40).map { "k\($0): v\n" }.joined(),
    ]
    for text in mustAccept { #expect(agrees(text), "\(text.debugDescription)") }
}

// MARK: 3. Files that must go to Yams, whose messages stay as they were

@Test func outsideTheSubsetFallsBackWithYamsMessages() {
    let path = "Cases/routines/r.yaml"
    let refused: [(String, String)] = [
        ("duplicate key", "kind: routine\nid: r\ntitle: R\ntitle: Again\n"),
        ("tab", "kind: routine\nid: r\nsteps:\n\t- id: a\n"),
        ("anchor and alias", "kind: routine\nid: &x r\ntitle: *x\n"),
        ("tag", "kind: routine\nid: !!str r\n"),
        ("two documents", "kind: routine\n---\nkind: case\n"),
        ("bad indentation", "kind: routine\nid: r\n  title: R\n"),
        ("unclosed flow", "kind: routine\ntitle: [Chest\nsteps: []\n"),
        ("only comments", "# nothing here\n"),
    ]
    for (name, text) in refused {
        let file = SourceFile(path: path, text: text)
        #expect(SubsetYAMLReader.read(file) == nil, "\(name)")
        // The default path and the Yams path report the same, message and position.
        let fast = DiagnosticLog(), slow = DiagnosticLog()
        let a = YAMLTree.parse(file, log: fast)
        let b = YAMLTree.parse(file, log: slow, fast: false)
        #expect(a == b, "\(name)")
        #expect(fast.diagnostics.map(\.description) == slow.diagnostics.map(\.description), "\(name)")
    }
    // Two of them pinned, as SyntaxTests does for the whole load.
    let log = DiagnosticLog()
    _ = YAMLTree.parse(SourceFile(path: path, text: "kind: routine\nid: r\ntitle: R\ntitle: Again\n"), log: log)
    #expect(log.diagnostics.map(\.description)
            == ["Cases/routines/r.yaml:4:1: error: duplicate key \"title\"; a key may appear only once in a mapping"])
}

/// Too many values: the fast reader refuses, so Yams' path reports the limit.
@Test func nodeLimitGoesToYams() {
    let text = "a: [" + Array(repeating: "x", count: 50).joined(separator: ", ") + "]\n"
    let file = SourceFile(path: "c.yaml", text: text)
    #expect(SubsetYAMLReader.read(file, maxNodes: 60) != nil)
    #expect(SubsetYAMLReader.read(file, maxNodes: 40) == nil)
}

// MARK: 4. Random documents in and around the subset

/// The shared seeded generator (`SplitMix64.swift`) with the picks the documents need.
private struct SeededGenerator {
    var random: SplitMix64
    init(state: UInt64) { random = SplitMix64(seed: state) }
    mutating func next() -> UInt64 { random.next() }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
}

private struct DocumentMaker {
    var rng: SeededGenerator
    /// Mostly words the library uses; some (`odd`) that Yams reads another way or refuses.
    let words = ["a", "id", "x y", "10 x 5 cm", "http://x:1", "-3", "1.5", "~", "null", "true", "é", "Café —",
                 "’s", "a#b", "q?", "a,b", "50%", "k-v", "x:y", "a  b", "a & b", "3-6-9", "(paren)", "x ", ""]
    let odd = ["[x]", "!x", "&a", "*b", "@at", "#c", "- d", "'", ": z", "a: b", "{x}", "tab\there", "?q", "%p", "`b"]
    let keys = ["id", "label", "key with space", "é", "a1", "-k", "x", "title", "id", "note", "k:v"]
    let oddKeys = ["'q'", "?k", "\"d\"", "[f]", "a #b", "&k"]

    mutating func word() -> String { rng.chance(97) ? rng.pick(words) : rng.pick(odd) }
    mutating func key() -> String { rng.chance(98) ? rng.pick(keys) : rng.pick(oddKeys) }

    mutating func scalar(indent: Int) -> String {
        let pad = String(repeating: " ", count: indent + 2)
        switch rng.below(12) {
        case 0: return "'" + word().replacingOccurrences(of: "'", with: "''") + (rng.chance(30) ? "\n\(pad)\(word())'" : "'")
        case 1:
            let esc = rng.pick(["\\n", "\\\"", "\\\\", "\\t", "\\x41", "\\u00e9", "\\q", "\\/", "\\ ", ""])
            return "\"" + word() + esc + (rng.chance(30) ? "\n\n\(pad)\(word())\"" : "\"")
        case 2, 3:
            var s = (rng.chance(95) ? rng.pick([">", ">-", "|", "|-"]) : rng.pick([">+", ">2", "|+"])) + (rng.chance(20) ? " # c" : "") + "\n"
            for _ in 0..<(1 + rng.below(4)) {
                if rng.chance(20) { s += rng.chance(50) ? "\n" : pad + "   \n"; continue }
                s += pad + (rng.chance(20) ? "  " : "") + word() + " " + word() + "\n"
            }
            return String(s.dropLast())
        case 4:
            let items = (0..<rng.below(4)).map { _ in rng.chance(80) ? word() : "\"\(word())\"" }
            let sep = rng.chance(20) ? ",\n\(pad)" : ", "
            return "[" + items.joined(separator: sep) + (rng.chance(20) ? "," : "") + "]"
        case 5:
            let n = rng.below(3)
            let items = (0..<n).map { i in "\(["age", "sex", "k"][i]): \(word())" }
            return "{" + items.joined(separator: ", ") + "}"
        default:
            return word() + (rng.chance(15) ? " # comment" : "")
        }
    }

    mutating func mapping(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for i in 0..<(1 + rng.below(4)) {
            if rng.chance(10) { out += rng.chance(50) ? "\n" : pad + "# note\n" }
            // Mostly distinct keys; sometimes a repeat, which Yams reports.
            let key = rng.chance(95) ? key() + (i == 0 ? "" : "\(i)") : rng.pick(keys)
            out += (i == 0 ? "" : pad) + key + ":"
            out += value(indent: indent, depth: depth) + "\n"
        }
        return String(out.dropLast())
    }

    mutating func sequence(indent: Int, depth: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for i in 0..<(1 + rng.below(3)) {
            out += (i == 0 ? "" : pad) + "-"
            if depth < 3 && rng.chance(30) {
                out += " " + mapping(indent: indent + 2, depth: depth + 1)
            } else if depth < 3 && rng.chance(10) {
                out += " " + sequence(indent: indent + 2, depth: depth + 1)
            } else if rng.chance(5) {
                out += ""
            } else {
                out += " " + scalar(indent: indent)
            }
            out += "\n"
        }
        return String(out.dropLast())
    }

    /// What follows `key:`, starting with the space or line break.
    mutating func value(indent: Int, depth: Int) -> String {
        let step = rng.chance(90) ? 2 : rng.pick([1, 3, 4])
        switch depth < 3 ? rng.below(10) : 9 {
        case 0, 1: return "\n" + String(repeating: " ", count: indent + step) + mapping(indent: indent + step, depth: depth + 1)
        case 2: return "\n" + String(repeating: " ", count: indent + step) + sequence(indent: indent + step, depth: depth + 1)
        case 3: return "\n" + String(repeating: " ", count: indent) + sequence(indent: indent, depth: depth + 1)
        case 4 where rng.chance(30): return rng.chance(50) ? "" : "   # empty"
        default: return " " + scalar(indent: indent)
        }
    }

    /// A document, sometimes damaged by one random edit.
    mutating func document() -> String {
        var text = rng.chance(85) ? mapping(indent: 0, depth: 0) : sequence(indent: 0, depth: 0)
        if rng.chance(80) { text += "\n" }
        if rng.chance(10) {
            var scalars = Array(text.unicodeScalars)
            let i = rng.below(max(1, scalars.count))
            let edit = rng.pick(["\t", " ", "\n", ":", "- ", "&x ", "*x", "!t ", "---\n", "'", "\"", "#", "[", "}"])
            if rng.chance(30), !scalars.isEmpty { scalars.remove(at: min(i, scalars.count - 1)) } else {
                scalars.insert(contentsOf: edit.unicodeScalars, at: min(i, scalars.count))
            }
            text = String(String.UnicodeScalarView(scalars))
        }
        return text
    }
}

@Test func randomDocumentsEqualYamsOrRefused() {
    var maker = DocumentMaker(rng: SeededGenerator(state: 20_261_201))
    let count = 800
    var accepted = 0, yamsAccepted = 0
    for _ in 0..<count {
        let text = maker.document()
        if agrees(text) { accepted += 1 }
        if yamsTree(SourceFile(path: "Cases/t.yaml", text: text)) != nil { yamsAccepted += 1 }
    }
    // Most documents Yams reads without complaint, the fast reader reads too.
    #expect(accepted * 10 >= yamsAccepted * 7, "accepted \(accepted) of the \(yamsAccepted) Yams reads")
    #expect(accepted * 2 >= count, "accepted \(accepted) of \(count)")
}


/// Shipped files with one or two random edits (spaces, breaks, indicators, quotes): the
/// closest neighbours of the subset, where a wrong tree would be most likely.
@Test func editedShippedFilesEqualYamsOrRefused() {
    var rng = SeededGenerator(state: 42)
    let files = BuiltInLibrary.files
    let edits = [" ", "  ", "\n", ":", ": ", "- ", "-", "#", " #", "'", "\"", "''", "[", "]", "{", "}", ",", ">", "|",
                 "\\", "é", "\n\n", "\n  ", "\n    x", "\\n", "~"]
    let count = 400
    var accepted = 0
    for _ in 0..<count {
        let file = rng.pick(files)
        var bytes = Array(file.text.utf8)
        for _ in 0..<(1 + rng.below(2)) {
            let i = rng.below(bytes.count)
            if rng.chance(30) { bytes.remove(at: i) } else { bytes.insert(contentsOf: Array(rng.pick(edits).utf8), at: i) }
        }
        if agrees(String(decoding: bytes, as: UTF8.self), path: file.path) { accepted += 1 }
    }
    #expect(accepted * 2 >= count, "accepted \(accepted) of \(count)")
}
