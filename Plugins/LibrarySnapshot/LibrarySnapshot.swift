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
        let inputs = yamlFiles(under: cases)
        // The file count rides on the command line: a deleted case changes the command, so
        // the tool runs again (a vanished input alone did not make it rerun).
        return [.buildCommand(
            displayName: "Validating Cases/ into the built-in library",
            executable: try context.tool(named: "LibrarySnapshotTool").url,
            arguments: [cases.path(percentEncoded: false), output.path(percentEncoded: false), "\(inputs.count)"],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }

    /// Every .yaml / .yml below the folder (none when it is missing), and every folder:
    /// the input list is made when the build is planned, so a file added later is noticed
    /// by its folder's changed modification time, which reruns the tool (it reads them all).
    private func yamlFiles(under folder: URL) -> [URL] {
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        let entries = walk.compactMap { $0 as? URL }
        let folders = entries.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        return [folder] + folders + entries.filter { ["yaml", "yml"].contains($0.pathExtension) }
    }
}
