import Foundation
import WorklistCore

/// A folder library decoded once and kept, so the next start reads one file instead of
/// parsing every case (issue 13). Keyed by each case file's path, size and modification
/// time and by the program itself: a changed, added or removed file, or another build of
/// worklist, is a miss and the folder is parsed and checked again. Only a library without
/// any diagnostic is kept, so a cached start never hides a problem `validate` would show.
public struct LibraryCache: Sendable {
    /// `$XDG_CACHE_HOME/worklist`, else `~/.cache/worklist`.
    public var folder: String
    /// What identifies this build of the program (its size and modification time): the
    /// model a cache was written with must be the one that reads it.
    public var programStamp: String

    static let formatVersion = 2

    public init(folder: String, programStamp: String) {
        self.folder = folder
        self.programStamp = programStamp
    }

    /// The cache folder from the environment, as the XDG base-directory spec says; nil
    /// without XDG_CACHE_HOME or HOME (then nothing is cached).
    public static func folder(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/worklist" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/worklist" }
        return nil
    }

    /// The size and modification time of a file, e.g. the running program; nil if missing.
    public static func stamp(ofFile path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return CaseFiles.stamp(info)
    }

    /// The library in `path`, from the cache when every file is as it was, else parsed (and
    /// then kept for next time).
    public func load(folder path: String) -> LoadedLibrary {
        guard let files = try? CaseFiles.yamlFilesWithStamps(under: path), !files.isEmpty else {
            return LibraryLoader.load(paths: [path])
        }
        let key = key(for: files)
        let entry = entryPath(for: path)
        if let hit = read(entry, key: key) {
            return LoadedLibrary(library: hit, files: files.map { CaseFiles.join(path, $0.path) })
        }
        let loaded = LibraryLoader.load(paths: [path])
        if loaded.diagnostics.isEmpty { write(loaded.library, key: key, to: entry) }
        return loaded
    }

    /// One line naming the program and every file with its size and time: equal lines,
    /// equal library.
    func key(for files: [(path: String, stamp: String)]) -> String {
        var manifest = "worklist-library-cache \(Self.formatVersion) \(programStamp)\n"
        for file in files { manifest += file.path + "\t" + file.stamp + "\n" }
        return Self.hex(Self.fnv1a(manifest.utf8)) + "-" + String(files.count)
    }

    /// `<folder>/library-<hash of the library's absolute path>.json`.
    func entryPath(for path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return folder + "/library-" + Self.hex(Self.fnv1a(absolute.utf8)) + ".json"
    }

    /// The layout, line by line: the key; the routines and scenarios as one JSON object;
    /// the number of cases; one line per case (`offset length examOnly routine id`, tab
    /// separated); then every case's JSON, back to back. Only the lines are read to start:
    /// a case's JSON is decoded when the session asks for it (the file is mapped, not read).
    /// Anything unexpected (another key, a torn or foreign file) is a miss.
    func read(_ entry: String, key: String) -> Library? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: entry), options: .alwaysMapped) else { return nil }
        var lines = LineReader(data: data)
        guard lines.next().map({ String(decoding: data[$0], as: UTF8.self) }) == key,
              let head = lines.next(), let stored = try? JSONDecoder().decode(Stored.self, from: data[head]),
              let countLine = lines.next(), let count = Int(String(decoding: data[countLine], as: UTF8.self)) else { return nil }
        // The index lines, parsed on the raw bytes (10,000 of them on a large library).
        let parsed: (entries: [CaseShelf.Entry], ranges: [Range<Int>])? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var entries: [CaseShelf.Entry] = [], ranges: [Range<Int>] = []
            entries.reserveCapacity(count)
            ranges.reserveCapacity(count)
            var routines: [String: String] = [:]   // one String per routine, shared
            for _ in 0..<count {
                guard let line = lines.next() else { return nil }
                var fields: [Range<Int>] = []
                var start = line.lowerBound
                for i in line where raw[i] == 0x09 && fields.count < 4 {
                    fields.append(start..<i)
                    start = i + 1
                }
                fields.append(start..<line.upperBound)
                func text(_ r: Range<Int>) -> String { String(decoding: UnsafeRawBufferPointer(rebasing: raw[r]), as: UTF8.self) }
                func number(_ r: Range<Int>) -> Int? {
                    guard !r.isEmpty else { return nil }
                    var n = 0
                    for i in r {
                        guard raw[i] >= 0x30, raw[i] <= 0x39 else { return nil }
                        n = n * 10 + Int(raw[i] - 0x30)
                    }
                    return n
                }
                guard fields.count == 5, let offset = number(fields[0]), let length = number(fields[1]) else { return nil }
                let routineName = text(fields[3])
                let routine = routines[routineName] ?? routineName
                routines[routine] = routine
                entries.append(CaseShelf.Entry(id: text(fields[4]), routine: routine, examOnly: fields[2].first.map { raw[$0] } == 0x31))
                ranges.append(offset..<(offset + length))
            }
            return (entries, ranges)
        }
        guard let (entries, ranges) = parsed else { return nil }
        let body = lines.position
        guard let last = ranges.last, body + last.upperBound <= data.count else { return nil }
        let caseRanges = ranges
        let shelf = CaseShelf(entries: entries) { i in
            let range = caseRanges[i]
            return try? JSONDecoder().decode(Case.self, from: data[(body + range.lowerBound)..<(body + range.upperBound)])
        }
        return Library(routines: stored.routines, shelf: shelf, scenarios: stored.scenarios)
    }

    /// Written to a temporary file and renamed, so a reader never sees half of one. A
    /// failure (read-only home, full disk) only means no cache: it is not an error.
    func write(_ library: Library, key: String, to entry: String) {
        let encoder = JSONEncoder()
        let cases = library.cases
        // A tab or newline in an id would break the index lines: such a library is not kept.
        guard cases.allSatisfy({ !($0.id + $0.routine).utf8.contains { $0 == 0x09 || $0 == 0x0A } }),
              let head = try? encoder.encode(Stored(routines: library.routines, scenarios: library.scenarios)) else { return }
        var index = ""
        var body = Data()
        for c in cases {
            guard let json = try? encoder.encode(c) else { return }
            index += "\(body.count)\t\(json.count)\t\(c.examOnly ? 1 : 0)\t\(c.routine)\t\(c.id)\n"
            body.append(json)
        }
        var file = Data((key + "\n").utf8)
        file.append(head)
        file.append(Data("\n\(cases.count)\n".utf8))
        file.append(Data(index.utf8))
        file.append(body)
        let fm = FileManager.default
        try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = entry + ".\(getpid()).tmp"
        guard fm.createFile(atPath: temporary, contents: file) else { return }
        if rename(temporary, entry) != 0 { try? fm.removeItem(atPath: temporary) }
    }

    private struct Stored: Codable {
        var routines: [Routine]
        var scenarios: [Scenario]
    }

    /// Lines of a byte buffer, as index ranges, and where the next one starts.
    private struct LineReader {
        let data: Data
        var position: Int

        init(data: Data) {
            self.data = data
            position = data.startIndex
        }

        mutating func next() -> Range<Int>? {
            let start = position
            let found: Int? = data.withUnsafeBytes { raw in
                guard start < raw.count, let base = raw.baseAddress,
                      let hit = memchr(base + start, 0x0A, raw.count - start) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            guard let newline = found else { return nil }
            position = newline + 1
            return start..<newline
        }
    }

    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 { FNV1a.hash(bytes) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
