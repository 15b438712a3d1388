import Foundation

/// Finding and reading case files on disk.
enum CaseFiles {
    /// Deep enough for any sensible layout; stops a symlink loop.
    static let maxDepth = 32

    static func isYAML(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// The YAML files under `folder`, as paths relative to it, sorted; hidden entries skipped.
    static func yamlFiles(under folder: String) throws -> [String] {
        var out: [String] = []
        try walk(folder, relative: "", depth: 0, into: &out)
        return out.sorted()
    }

    private static func walk(_ folder: String, relative: String, depth: Int, into out: inout [String]) throws {
        guard depth < maxDepth else { return }
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: folder).sorted() where !name.hasPrefix(".") {
            let path = join(folder, name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try walk(path, relative: rel, depth: depth + 1, into: &out)
            } else if isYAML(name) {
                out.append(rel)
            }
        }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func isDirectory(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    enum ReadError: Error {
        case unreadable, notUTF8
    }

    static func read(_ path: String) -> Result<String, ReadError> {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.notUTF8) }
        return .success(text)
    }
}
