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
        try yamlFilesWithStamps(under: folder).map(\.path)
    }

    /// The same, each with its size and modification time ("size-seconds.nanoseconds"): one
    /// `stat` per entry tells a folder from a file and stamps the file (the library cache's
    /// key), so a 10,000-file library is listed in one pass (issue 13).
    static func yamlFilesWithStamps(under folder: String) throws -> [(path: String, stamp: String)] {
        var out: [(path: String, stamp: String)] = []
        try walk(folder, relative: "", depth: 0, into: &out)
        return out.sorted { $0.path < $1.path }
    }

    private static func walk(_ folder: String, relative: String, depth: Int,
                             into out: inout [(path: String, stamp: String)]) throws {
        guard depth < maxDepth else { return }
        guard let directory = opendir(folder) else { throw CocoaError(.fileReadNoPermission) }
        defer { closedir(directory) }
        let fd = dirfd(directory)
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names.sorted() {
            var info = stat()
            // Follows symbolic links, as a path lookup would; a dangling one is skipped.
            guard fstatat(fd, name, &info, 0) == 0 else { continue }
            let rel = relative.isEmpty ? name : relative + "/" + name
            if info.st_mode & S_IFMT == S_IFDIR {
                try walk(join(folder, name), relative: rel, depth: depth + 1, into: &out)
            } else if isYAML(name) {
                out.append((rel, stamp(info)))
            }
        }
    }

    /// A file's size and modification time, as the cache keys it.
    static func stamp(_ info: stat) -> String {
        "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
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
