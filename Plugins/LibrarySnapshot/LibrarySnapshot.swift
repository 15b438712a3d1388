import Foundation
import PackagePlugin

/// Builds the library the binary carries from Cases/ (issue 13): validated and written as
/// Swift values at build time, so start-up parses no YAML. Every case file is an input, so
/// changing, adding or removing one regenerates it on the next build.
@main
struct LibrarySnapshot: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let cases = context.package.directoryURL.appending(path: "Cases")
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedLibrary.swift")
        return [.buildCommand(
            displayName: "Validating Cases/ into the built-in library",
            executable: try context.tool(named: "LibrarySnapshotTool").url,
            arguments: [cases.path(percentEncoded: false), output.path(percentEncoded: false)],
            inputFiles: yamlFiles(under: cases),
            outputFiles: [output]
        )]
    }

    /// Every .yaml / .yml below the folder (none when it is missing).
    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { ["yaml", "yml"].contains($0.pathExtension) }
    }
}
