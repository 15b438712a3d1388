import WorklistCore
import Yams

/// A value read from a file together with where it was written.
struct Located<T> {
    var value: T
    var at: SourceLocation
}

extension Located: Equatable where T: Equatable {}

/// A YAML node reduced to what case files use, each with where it starts. Built once, by
/// `SubsetYAMLReader` or from `Yams.compose` (the same tree), so the decoders never lose a
/// position.
struct YNode: Equatable {
    enum Kind: Equatable {
        /// `plain`: written without quotes or a block indicator, so it may be a number or bool.
        case scalar(String, plain: Bool)
        case sequence([YNode])
        case mapping([YEntry])
    }

    var kind: Kind
    var at: SourceLocation

    var isNull: Bool {
        if case .scalar(let s, plain: true) = kind { return ["", "~", "null", "Null", "NULL"].contains(s) }
        return false
    }

    /// For "expected …, found …" messages.
    var found: String {
        if isNull { return "nothing" }
        switch kind {
        case .scalar(let s, _): return Wording.quote(s, limit: 40)
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }
}

struct YEntry: Equatable {
    var key: String
    var keyAt: SourceLocation
    var value: YNode
}

/// Parses one file into a `YNode` tree; a syntax error becomes one diagnostic at its place.
enum YAMLTree {
    /// The largest file read (the largest shipped routine is about 13 KB); parsing a huge
    /// file would take long and hold it all in memory.
    static let maxBytes = 1 << 20

    /// `emptyIsNull`: a file of only comments reads as a null value (the config) instead
    /// of the error a case file gets.
    ///
    /// Files in the subset `SubsetYAMLReader` knows are read by it (the same tree, several
    /// times faster); everything else, errors included, goes through Yams. `fast: false`
    /// forces Yams (the tests compare the two).
    static func parse(_ file: SourceFile, log: DiagnosticLog, emptyIsNull: Bool = false, fast: Bool = true) -> YNode? {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let bytes = file.text.utf8.count
        guard bytes <= maxBytes else {
            log.error("the file is \(Wording.megabytes(bytes)), more than the \(Wording.megabytes(maxBytes)) a Worklist "
                      + "file may be; split it (one routine, case or scenario per file)", at: start)
            return nil
        }
        if fast, let tree = SubsetYAMLReader.read(file) { return tree }
        do {
            guard let root = try Yams.compose(yaml: file.text) else {
                if emptyIsNull { return YNode(kind: .scalar("", plain: true), at: start) }
                log.error("the file is empty; start it with kind: routine, case or scenario", at: start)
                return nil
            }
            var budget = maxNodes
            let tree = convert(root, file: file.path, log: log, budget: &budget)
            guard budget >= 0 else {
                log.error("the file holds more than \(maxNodes) values (counting each use of an alias), the most "
                          + "a file may hold; split it, or write out aliases (*name) that repeat large parts", at: start)
                return nil
            }
            return tree
        } catch let error as YamlError {
            let (location, message) = describe(error, file: file)
            log.error(message, at: location)
            return nil
        } catch {
            log.error("cannot read YAML: \(Wording.oneLine(String(describing: error)))", at: start)
            return nil
        }
    }

    private static func location(_ mark: Yams.Mark?, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1))
    }

    /// Aliases share nodes, so a tiny file can expand exponentially ("billion laughs");
    /// conversion stops when this many values have been made.
    static let maxNodes = 200_000

    private static func convert(_ node: Node, file: String, log: DiagnosticLog, budget: inout Int) -> YNode {
        let at = location(node.mark, file)
        budget -= 1
        if budget < 0 { return YNode(kind: .scalar("", plain: true), at: at) }
        if let tag = explicitTag(node) {
            log.error("\(Wording.quote(tag)) is a YAML tag, and Worklist files use none; remove it and write the "
                      + "value alone (quote it to make it text)", at: at)
        }
        switch node {
        case .scalar(let s):
            return YNode(kind: .scalar(s.string, plain: s.style == .plain), at: at)
        case .sequence(let seq):
            return YNode(kind: .sequence(seq.map { convert($0, file: file, log: log, budget: &budget) }), at: at)
        case .mapping(let map):
            var entries: [YEntry] = []
            for (key, value) in map {
                let keyAt = location(key.mark, file)
                guard case .scalar(let k) = key else {
                    log.error("a key must be a word, found a \(key.mapping != nil ? "mapping" : "list")", at: keyAt)
                    continue
                }
                entries.append(YEntry(key: k.string, keyAt: keyAt,
                                      value: convert(value, file: file, log: log, budget: &budget)))
            }
            return YNode(kind: .mapping(entries), at: at)
        case .alias(let alias):
            // compose resolves aliases; an unresolved one is a YAML error.
            return YNode(kind: .scalar(alias.anchor.rawValue, plain: false), at: at)
        }
    }

    /// A tag written in the file (`!!float 1e308`, `!custom x`), as written; nil when there
    /// is none. Tags change what a value means behind the reader's back, so all are refused.
    /// A quoted scalar carries an implied `!!str` that nobody wrote.
    private static func explicitTag(_ node: Node) -> String? {
        let name: String
        switch node {
        case .scalar(let s):
            if s.style != .plain && s.tag.description == Tag.Name.str.rawValue { return nil }
            name = s.tag.description
        case .sequence(let s): name = s.tag.description
        case .mapping(let m): name = m.tag.description
        case .alias: return nil
        }
        guard name != Tag.Name.implicit.rawValue else { return nil }
        let standard = "tag:yaml.org,2002:"
        return name.hasPrefix(standard) ? "!!" + name.dropFirst(standard.count) : name
    }

    private static func describe(_ error: YamlError, file: SourceFile) -> (SourceLocation, String) {
        let path = file.path
        func withContext(_ problem: String, _ context: YamlError.Context?) -> String {
            var text = "invalid YAML: \(Wording.oneLine(problem))"
            if let context {
                text += " (\(Wording.oneLine(context.text)) at line \(context.mark.line), column \(context.mark.column))"
            }
            return text
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return (location(mark, path), "a file holds one object, but this starts a second document; "
                        + "move it to its own file")
            }
            var message = withContext(problem, context)
            if character(at: mark, in: file.text) == "\t" { message += "; indent with spaces, not tabs" }
            return (location(mark, path), message)
        case .reader(let problem, let offset, let value, _):
            let at = offset.map { position(ofByte: $0, in: file) } ?? location(nil, path)
            let hex = String(value, radix: 16, uppercase: true)
            let character = value >= 0 ? " (character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))" : ""
            return (at, "invalid YAML: \(Wording.oneLine(problem))\(character); remove it or write it as an escape in a double-quoted string")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let at = secondOccurrence(of: key, after: context.mark, in: file) ?? location(context.mark, path)
            return (at, "duplicate key \(Wording.quote(key)); a key may appear only once in a mapping")
        default:
            return (location(nil, path), "invalid YAML: \(Wording.oneLine(String(describing: error)))")
        }
    }

    private static func character(at mark: Yams.Mark, in text: String) -> Unicode.Scalar? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return mark.column >= 1 && mark.column <= scalars.count ? scalars[mark.column - 1] : nil
    }

    /// libyaml's reader reports a byte offset; turn it into line and column (in scalars, like Mark).
    private static func position(ofByte offset: Int, in file: SourceFile) -> SourceLocation {
        var line = 1, column = 1, bytes = 0
        for scalar in file.text.unicodeScalars {
            if bytes >= offset { break }
            bytes += String(scalar).utf8.count
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file.path, line: line, column: column)
    }

    /// Yams points at the first of two equal keys; the mistake is usually the second, written
    /// at the same column further down.
    private static func secondOccurrence(of key: String, after mark: Yams.Mark, in file: SourceFile) -> SourceLocation? {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line < lines.count else { return nil }
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= mark.column - 1 + key.unicodeScalars.count else { continue }
            let lead = scalars[0..<(mark.column - 1)]
            guard lead.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            var rest = String(String.UnicodeScalarView(scalars[(mark.column - 1)...]))[...]
            guard rest.hasPrefix(key) else { continue }
            rest = rest.dropFirst(key.count).drop { $0 == " " }
            if rest.hasPrefix(":") {
                return SourceLocation(file: file.path, line: index + 1, column: mark.column)
            }
        }
        return nil
    }
}
