/// Where the cases come from (DESIGN.md §6).
public enum LibrarySource: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// `--cases DIR`
        case option
        /// `WORKLIST_CASES`
        case environment
        /// `./Cases`
        case currentDirectory
        /// `<dir of executable>/../share/worklist/Cases`
        case installed
    }

    case directory(path: String, reason: Reason)
    /// The library compiled into the binary.
    case builtIn

    /// The header line of `validate` and `list`, e.g. "cases: ./Cases (from the current directory)".
    public var description: String {
        switch self {
        case .builtIn:
            return "cases: built-in library (no Cases/ folder found)"
        case .directory(let path, let reason):
            switch reason {
            case .option: return "cases: \(Wording.oneLine(path)) (from --cases)"
            case .environment: return "cases: \(Wording.oneLine(path)) (from WORKLIST_CASES)"
            case .currentDirectory: return "cases: ./Cases (from the current directory)"
            case .installed: return "cases: \(Wording.oneLine(path)) (installed with worklist)"
            }
        }
    }
}

/// A folder named explicitly that is not there: never fall back silently to another library.
public struct LibraryLocatorError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: LibrarySource.Reason

    public var description: String {
        let path = Wording.quote(path, limit: 200)
        switch reason {
        case .environment:
            return "WORKLIST_CASES names \(path), which is not a folder; fix the variable or unset it"
        default:
            return "--cases names \(path), which is not a folder; check the path"
        }
    }
}

/// Resolves the library in order: `--cases DIR`, `WORKLIST_CASES`, `./Cases`,
/// `<dir of executable>/../share/worklist/Cases`, and last the built-in library. Pure: the
/// caller passes the process's facts in.
public enum LibraryLocator {
    public static let environmentKey = "WORKLIST_CASES"

    /// - Parameters:
    ///   - option: the `--cases` value, if given.
    ///   - currentDirectory: an absolute path.
    ///   - executablePath: the running binary (resolved, e.g. from /proc/self/exe), if known.
    ///   - directoryExists: whether a folder exists at an absolute or relative path.
    public static func locate(option: String?, environment: [String: String], currentDirectory: String,
                              executablePath: String?, directoryExists: (String) -> Bool)
        throws(LibraryLocatorError) -> LibrarySource {
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : join(currentDirectory, path)
        }
        if let option, !option.isEmpty {
            guard directoryExists(absolute(option)) else { throw LibraryLocatorError(path: option, reason: .option) }
            return .directory(path: option, reason: .option)
        }
        if let env = environment[environmentKey], !env.isEmpty {
            guard directoryExists(absolute(env)) else { throw LibraryLocatorError(path: env, reason: .environment) }
            return .directory(path: env, reason: .environment)
        }
        let local = join(currentDirectory, "Cases")
        if directoryExists(local) { return .directory(path: local, reason: .currentDirectory) }
        if let executablePath, !executablePath.isEmpty {
            // <prefix>/bin/worklist → <prefix>/share/worklist/Cases
            let binDir = parent(absolute(executablePath))
            let installed = join(parent(binDir), "share/worklist/Cases")
            if directoryExists(installed) { return .directory(path: installed, reason: .installed) }
        }
        return .builtIn
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder holding `path` ("/" for a top-level entry).
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let head = trimmed[..<slash]
        return head.isEmpty ? "/" : String(head)
    }
}
