import ArgumentParser
import Foundation
import WorklistCases
import WorklistBuiltIn
import WorklistStore

/// Commands that keep or read sessions: `Worklist.main` checks their data folder before
/// they run, so a missing HOME is one clear error (exit 2) before any terminal is set up,
/// never a `./.local/share` made in the current folder.
protocol DataFolderCommand {
    var options: CommonOptions { get }
}

extension ShiftCommand: DataFolderCommand {}
extension DrillCommand: DataFolderCommand {}
extension ExamCommand: DataFolderCommand {}
extension PlayCommand: DataFolderCommand {}
extension ReviewCommand: DataFolderCommand {}
extension ResumeCommand: DataFolderCommand {}
extension SessionsCommand: DataFolderCommand {}
extension HistoryCommand: DataFolderCommand {}
extension ExportCommand: DataFolderCommand {}

/// The options every subcommand takes after its name (PRODUCT.md §8).
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The case library folder (else WORKLIST_CASES, ./Cases, the installed or built-in library).", valueName: "DIR"))
    var cases: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where sessions are kept (else WORKLIST_DATA_DIR, $XDG_DATA_HOME/worklist).", valueName: "DIR"))
    var dataDir: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The data folder, or exit 2 with what sets one. Every `DataFolderCommand` is checked
    /// before it runs (`requireDataDirectory`), so this never stops a session half-way.
    var dataDirectory: String {
        do {
            return try requireDataDirectory()
        } catch {
            Foundation.exit(Exit.environment.rawValue)
        }
    }

    /// The data folder; with no location at all (no HOME) says so and throws exit 2.
    func requireDataDirectory() throws -> String {
        do {
            return try DataLocations.dataDirectory(option: dataDir, environment: environment)
        } catch {
            Output.error(error.description)
            throw Exit.environment
        }
    }

    /// Where the library comes from; an explicit folder that is missing is an error.
    func librarySource() throws -> LibrarySource {
        do {
            return try LibraryLocator.locate(
                option: cases, environment: environment,
                currentDirectory: FileManager.default.currentDirectoryPath,
                executablePath: Bundle.main.executablePath,
                directoryExists: { path in
                    var isDirectory: ObjCBool = false
                    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                })
        } catch {
            Output.error(error.description)
            throw Exit.environment
        }
    }

    /// The library in use, refusing one with errors.
    func loadLibrary() throws -> (LoadedLibrary, LibrarySource) {
        let source = try librarySource()
        let loaded = load(source)
        if loaded.hasErrors {
            for diagnostic in loaded.errors { Output.line(diagnostic.description, to: .standardError) }
            Output.error("the case library has \(loaded.errors.count) error(s); fix them (see 'worklist validate').")
            throw Exit.input
        }
        return (loaded, source)
    }

    /// Only `validate` asks for the identifier lint (its warnings are printed nowhere else).
    func load(_ source: LibrarySource, lint: Bool = false) -> LoadedLibrary {
        LibraryLoader.load(source, lint: lint, cache: libraryCache)
    }

    /// A folder library is kept decoded in $XDG_CACHE_HOME/worklist for this build of the
    /// program; none without a cache folder or when the program cannot be found.
    var libraryCache: LibraryCache? {
        guard let folder = LibraryCache.folder(environment: ProcessInfo.processInfo.environment),
              let program = Bundle.main.executablePath, let stamp = LibraryCache.stamp(ofFile: program) else { return nil }
        return LibraryCache(folder: folder, programStamp: stamp)
    }
}
