import Foundation

/// Sessions left out of history, export and comparisons (`worklist sessions --exclude ID`),
/// kept on disk: a plain file of ids, one a line, `#` comments allowed, so it survives a
/// history rebuild and can be read or edited by hand.
public struct SessionExclusions: Equatable, Sendable {
    public private(set) var ids: Set<String>
    public let path: String

    public init(dataDirectory: String) {
        path = DataLocations.exclusionsFile(dataDirectory: dataDirectory)
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        ids = Set(text.split(whereSeparator: \.isNewline).compactMap { line in
            let id = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return id.isEmpty ? nil : id
        })
    }

    public func contains(_ id: String) -> Bool { ids.contains(id) }

    /// Adds or removes an id and writes the file (sorted, with a header saying what it is).
    public mutating func set(_ id: String, excluded: Bool) throws {
        if excluded { ids.insert(id) } else { ids.remove(id) }
        let text = "# Sessions left out of history, export and comparisons (worklist sessions --include ID to restore).\n"
            + ids.sorted().map { $0 + "\n" }.joined()
        try JournalWriter.makeDirectory((path as NSString).deletingLastPathComponent)
        guard FileManager.default.createFile(atPath: path + ".tmp", contents: Data(text.utf8),
                                             attributes: [.posixPermissions: 0o600]),
              rename(path + ".tmp", path) == 0 else {
            throw ExclusionError(path: path)
        }
    }

    public struct ExclusionError: Error, CustomStringConvertible {
        public var path: String
        public var description: String {
            "cannot write \(path): check that the data folder is writable (or choose another with --data-dir)."
        }
    }
}
