import Foundation
import Testing
import WorklistCore
@testable import WorklistCases

/// A folder library decoded once is read back from the cache while its files are unchanged,
/// and parsed again the moment one changes (issue 13).
@Suite struct LibraryCacheTests {
    let root = NSTemporaryDirectory() + "worklist-cache-\(UUID().uuidString)"
    var lib: String { root + "/Cases" }
    var cacheFolder: String { root + "/cache" }

    init() throws {
        for file in Fixture.files {   // paths start with "Cases/"
            let path = root + "/" + file.path
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    func cache(stamp: String = "build-1") -> LibraryCache { LibraryCache(folder: cacheFolder, programStamp: stamp) }
    func entries() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? [] }
    /// Whether the next load was answered from the cache: a hit carries no source locations.
    func isHit(_ loaded: LoadedLibrary) -> Bool { loaded.location(ofCase: "ptx-1") == nil }

    @Test func theSecondLoadIsTheCachedLibrary() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = cache().load(folder: lib)
        #expect(first.diagnostics == [] && !isHit(first))
        #expect(entries().count == 1 && entries()[0].hasPrefix("library-") && entries()[0].hasSuffix(".json"))
        let second = cache().load(folder: lib)
        #expect(isHit(second))
        #expect(second.library == first.library)
        // A hit decodes a case when asked for it, and knows every case's routine without.
        #expect(second.library.caseEntries.map(\.id) == first.library.cases.map(\.id))
        #expect(second.library.caseEntries.filter(\.examOnly).map(\.id) == first.library.cases.filter(\.examOnly).map(\.id))
        #expect(second.library.case("ptx-1") == first.library.case("ptx-1"))
        #expect(second.library.case("nothing") == nil)
        #expect(second.files == first.files)
        #expect(second.diagnostics == [])
    }

    @Test func aChangedAddedOrRemovedFileOrAnotherBuildIsAMiss() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = cache().load(folder: lib)
        let casePath = root + "/" + Fixture.casePath
        // Same size, other text: the modification time tells.
        let text = try String(contentsOfFile: casePath, encoding: .utf8)
        try text.replacingOccurrences(of: "target_seconds: 60", with: "target_seconds: 70")
            .write(toFile: casePath, atomically: true, encoding: .utf8)
        var info = stat()
        stat(casePath, &info)
        var times = [timespec(tv_sec: info.st_mtim.tv_sec + 5, tv_nsec: 0), timespec(tv_sec: info.st_mtim.tv_sec + 5, tv_nsec: 0)]
        utimensat(AT_FDCWD, casePath, &times, 0)
        let changed = cache().load(folder: lib)
        #expect(!isHit(changed))
        #expect(changed.library.case("ptx-1")?.targetSeconds == 70)
        #expect(isHit(cache().load(folder: lib)))

        try Fixture.normalCase("normal-9", priority: "routine").write(toFile: lib + "/cases/normal-9.yaml", atomically: true, encoding: .utf8)
        let added = cache().load(folder: lib)
        #expect(!isHit(added) && added.library.case("normal-9") != nil)
        try FileManager.default.removeItem(atPath: lib + "/cases/normal-9.yaml")
        let removed = cache().load(folder: lib)
        #expect(!isHit(removed) && removed.library.case("normal-9") == nil)

        #expect(!isHit(cache(stamp: "build-2").load(folder: lib)), "another build of the program")
        #expect(entries().count == 1, "one entry per library folder, replaced")
    }

    @Test func aLibraryWithAProblemIsNeverCached() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "kind: case\nid: broken\n".write(toFile: lib + "/cases/broken.yaml", atomically: true, encoding: .utf8)
        let first = cache().load(folder: lib)
        #expect(first.hasErrors)
        #expect(entries().isEmpty)
        #expect(cache().load(folder: lib).hasErrors, "parsed again, the error shown again")
    }

    @Test func aTornOrForeignCacheFileIsAMissAndReplaced() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = cache().load(folder: lib)
        let entry = cacheFolder + "/" + entries()[0]
        let whole = try Data(contentsOf: URL(fileURLWithPath: entry))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: entry))
        let torn = cache().load(folder: lib)
        #expect(!isHit(torn) && torn.diagnostics == [] && torn.library.cases.count == 5)
        #expect(isHit(cache().load(folder: lib)), "rewritten whole")
    }

    @Test func theFolderFollowsXDG() {
        #expect(LibraryCache.folder(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]) == "/x/cache/worklist")
        #expect(LibraryCache.folder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.cache/worklist")
        #expect(LibraryCache.folder(environment: [:]) == nil)
    }
}
