/// Writes the built-in library as Swift source: one raw string literal per case file, so a
/// copied binary carries its cases without SwiftPM resources (DESIGN.md §6).
public enum BundledLibrarySource {
    /// Where the generated file lives, relative to the package root.
    public static let outputPath = "Sources/WorklistCases/BundledLibrary.generated.swift"

    /// The whole generated file for `files` (sorted by path, so the output is stable).
    public static func generate(files: [SourceFile]) -> String {
        var out = """
        // Generated from Cases/ by BundledLibrarySource.generate(files:). Do not edit.
        // To refresh it after changing Cases/: RECORD_BUNDLE=1 swift test --filter BundledLibrary

        /// The case library built into the binary, used when no Cases/ folder is found.
        enum BundledLibrary {
            static let files: [SourceFile] = [
        """
        out += "\n"
        for file in files.sorted(by: { $0.path < $1.path }) {
            out += "        SourceFile(\n"
            out += "            path: \(escapedLiteral(file.path)),\n"
            out += "            text: \(literal(file.text))\n"
            out += "        ),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// A multi-line raw literal when the text allows (readable diffs), else an escaped one.
    static func literal(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !isControl($0) }
        guard plain else { return escapedLiteral(text) }
        let hashes = String(repeating: "#", count: hashCount(for: text))
        // The newline before the closing delimiter is not part of the string; the content
        // starts at column 0, so no indentation is stripped.
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    /// One more `#` than any run that follows a `"` or `\` in the text, so neither a closing
    /// delimiter nor an escape can occur inside it.
    static func hashCount(for text: String) -> Int {
        var longest = 0, run = 0, counting = false
        for c in text.unicodeScalars {
            if c == "#", counting {
                run += 1
                longest = max(longest, run)
            } else {
                counting = c == "\"" || c == "\\"
                run = 0
            }
        }
        return longest + 1
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }

    /// "…" with every character that could end or bend the literal escaped.
    static func escapedLiteral(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isControl(s) {
                    out += "\\u{\(String(s.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }

    /// The YAML files of a Cases folder on disk, with paths as `prefix/…` (default "Cases/…").
    public static func sourceFiles(casesFolder: String, prefix: String = "Cases") throws -> [SourceFile] {
        try CaseFiles.yamlFiles(under: casesFolder).map { rel in
            switch CaseFiles.read(CaseFiles.join(casesFolder, rel)) {
            case .success(let text): return SourceFile(path: prefix + "/" + rel, text: text)
            case .failure(let error): throw error
            }
        }
    }
}
