import ArgumentParser
import WorklistCases

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check case, routine and scenario files; print FILE:LINE:COLUMN for each problem.",
        discussion: "Without PATH, checks the library in use. Exits 1 on an error (with --strict, on a warning too)."
    )

    @Argument(help: "Files or folders to check (a folder is checked as a whole library).")
    var paths: [String] = []

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @OptionGroup var options: CommonOptions

    func run() throws {
        let loaded: LoadedLibrary
        if paths.isEmpty {
            let source = try options.librarySource()
            Output.line(source.description)
            loaded = options.load(source, lint: true)
        } else {
            Output.line("checking: " + paths.joined(separator: " "))
            loaded = LibraryLoader.load(paths: paths, lint: true)
        }
        for diagnostic in loaded.diagnostics { Output.line(diagnostic.description) }
        let library = loaded.library
        let drafts = library.cases.filter { $0.status == .draft }.count
        Output.line("\(library.routines.count) routines, \(library.cases.count) cases (\(drafts) draft), "
                    + "\(library.scenarios.count) scenarios: \(loaded.errors.count) errors, \(loaded.warnings.count) warnings")
        if loaded.hasErrors || (strict && !loaded.warnings.isEmpty) { throw Exit.input }
    }
}
