import WorklistCore
import WorklistCases

/// The library compiled into the binary: Cases/ as it was at build time, validated then,
/// held as values (no YAML is parsed to start).
public enum BuiltInLibrary {
    /// Ready to use: the build refused a library with errors.
    public static var loaded: LoadedLibrary {
        LoadedLibrary(library: library, files: GeneratedLibrary.files.map(\.path))
    }

    public static var library: Library {
        Library(routines: GeneratedLibrary.routines, cases: GeneratedLibrary.cases, scenarios: GeneratedLibrary.scenarios)
    }

    /// The case files it was built from, for `validate` and the identifier lint.
    public static var files: [SourceFile] { GeneratedLibrary.files }
}

extension LibraryLoader {
    /// Loads what the locator chose. The built-in library is the snapshot, unless the lint is
    /// asked for (`validate`): then its files are checked again, as a folder would be. A
    /// folder comes from `cache` when its files are unchanged (never for the lint).
    public static func load(_ source: LibrarySource, lint: Bool = false, cache: LibraryCache? = nil) -> LoadedLibrary {
        switch source {
        case .directory(let path, _):
            if let cache, !lint { cache.load(folder: path) } else { load(paths: [path], lint: lint) }
        case .builtIn where lint: load(files: BuiltInLibrary.files, wholeLibrary: true, libraryPath: "Cases", lint: true)
        case .builtIn: BuiltInLibrary.loaded
        }
    }
}
