// Build-time step of the LibrarySnapshot plugin: validates Cases/ as `worklist validate`
// does and writes the built-in library as Swift source. A library with an error fails the
// build, so the binary only ever carries a library that loads.
//
//   LibrarySnapshotTool CASES_DIR OUTPUT.swift [INPUT_COUNT]
//
// INPUT_COUNT (the plugin's, ignored here) only makes a deleted file change the command.
import Foundation
import WorklistCases

let arguments = CommandLine.arguments
guard arguments.count == 3 || arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: LibrarySnapshotTool CASES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let (casesDir, output) = (arguments[1], arguments[2])

var files: [SourceFile] = []
var library = LoadedLibrary()
if FileManager.default.fileExists(atPath: casesDir) {
    do {
        files = try LibrarySnapshotSource.sourceFiles(casesFolder: casesDir)
    } catch {
        FileHandle.standardError.write(Data("\(casesDir): cannot read the case files (\(error)); check their permissions\n".utf8))
        exit(1)
    }
    // Paths as Cases/…, the way messages about the built-in library name them.
    library = LibraryLoader.load(files: files, wholeLibrary: true, libraryPath: "Cases", lint: true)
    for diagnostic in library.diagnostics {
        // file:line:column: severity: message, which the build log links to the file.
        FileHandle.standardError.write(Data("\(diagnostic.description)\n".utf8))
    }
    if library.hasErrors {
        FileHandle.standardError.write(Data("the built-in library has \(library.errors.count) error(s); fix them (worklist validate Cases) and build again\n".utf8))
        exit(1)
    }
}
let source = LibrarySnapshotSource.generate(library: library.library, files: files)
do {
    // Unchanged output keeps its timestamp, so nothing downstream recompiles.
    if (try? String(contentsOfFile: output, encoding: .utf8)) != source {
        try source.write(toFile: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("\(output): cannot write the generated library (\(error))\n".utf8))
    exit(1)
}
