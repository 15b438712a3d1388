import ArgumentParser

@main
struct Worklist: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worklist", abstract: "A radiology reading-worklist trainer.")
}
