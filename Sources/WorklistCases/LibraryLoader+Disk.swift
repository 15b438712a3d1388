import WorklistCore

extension LibraryLoader {
    /// Disk entry: files as given, folders expanded recursively (`*.yaml`, `*.yml`, sorted,
    /// hidden entries skipped). A missing or unreadable path is a diagnostic at PATH:1:1.
    /// The library-wide rules apply when at least one path is a folder (a whole library).
    public static func load(paths: [String], lint: Bool = false) -> LoadedLibrary {
        let log = DiagnosticLog()
        var files: [SourceFile] = []
        var seen: Set<String> = []
        var libraryPath: String?
        for given in paths {
            let path = given.count > 1 && given.hasSuffix("/") ? String(given.dropLast()) : given
            let start = SourceLocation(file: path, line: 1, column: 1)
            switch CaseFiles.isDirectory(path) {
            case nil:
                log.error("no such file or folder; check the path", at: start)
            case true?:
                libraryPath = libraryPath ?? path
                do {
                    let found = try CaseFiles.yamlFiles(under: path)
                    if found.isEmpty { log.warning("no .yaml or .yml files in this folder", at: start) }
                    for rel in found { read(CaseFiles.join(path, rel), into: &files, seen: &seen, log: log) }
                } catch {
                    log.error("cannot list this folder; check its permissions", at: start)
                }
            case false?:
                read(path, into: &files, seen: &seen, log: log)
            }
        }
        var loaded = load(files: files, wholeLibrary: libraryPath != nil, libraryPath: libraryPath ?? "Cases",
                          lint: lint)
        loaded.diagnostics = (log.diagnostics + loaded.diagnostics).enumerated().sorted { x, y in
            if Diagnostic.precedes(x.element, y.element) { return true }
            if Diagnostic.precedes(y.element, x.element) { return false }
            return x.offset < y.offset
        }.map(\.element)
        return loaded
    }

    private static func read(_ path: String, into files: inout [SourceFile], seen: inout Set<String>,
                             log: DiagnosticLog) {
        guard seen.insert(path).inserted else { return }
        switch CaseFiles.read(path) {
        case .success(let text):
            files.append(SourceFile(path: path, text: text))
        case .failure(.unreadable):
            log.error("cannot read this file; check its permissions", at: SourceLocation(file: path, line: 1, column: 1))
        case .failure(.notUTF8):
            log.error("this file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: path, line: 1, column: 1))
        }
    }
}
