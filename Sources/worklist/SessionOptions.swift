import ArgumentParser
import Foundation
import WorklistCore
import WorklistCases
import WorklistStore
import WorklistApp
import WorklistUI

/// Options of the commands that run a session.
struct SessionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Your name in the journal (else trainee: in the config file, else the login name).", valueName: "NAME"))
    var trainee: String?

    @Option(help: ArgumentHelp("The config file (else WORKLIST_CONFIG, $XDG_CONFIG_HOME/worklist/config.yaml).", valueName: "FILE"))
    var config: String?

    @Flag(name: .customLong("no-color"), help: "No colour: bold, reverse and underline only (also NO_COLOR=1).")
    var noColor = false

    @Flag(help: "ASCII only: borders, glyphs and text (automatic when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "Mouse clicks on worklist rows, checklist steps and call answers (turns off the terminal's own text selection).")
    var mouse = false

    /// The trainee's name, from the option, the config file or the login; config errors stop here.
    func traineeName(environment: [String: String]) throws -> String {
        DataLocations.trainee(option: trainee, config: try loadConfig(environment: environment).trainee, environment: environment)
    }

    /// The config file, or a clear error with its file:line:column.
    func loadConfig(environment: [String: String]) throws -> Config {
        let file = DataLocations.configFile(option: config, environment: environment)
        let (loaded, diagnostics) = ConfigLoader.load(path: file.path, explicit: file.explicit)
        for d in diagnostics { Output.line(d.description, to: .standardError) }
        if diagnostics.contains(where: \.isError) {
            Output.error("fix the config file \(file.path), or name another with --config.")
            throw Exit.input
        }
        return loaded
    }

    /// Everything a session takes from the config and the options, the config read once;
    /// a bad key binding stops here with its file:line:column.
    func settings(_ options: CommonOptions) throws -> SessionSettings {
        let environment = options.environment
        let (settings, problems) = SessionSettings.make(config: try loadConfig(environment: environment), traineeOption: trainee,
                                                        environment: environment, dataDirectory: options.dataDirectory)
        for problem in problems { Output.line(problem.description, to: .standardError) }
        if !problems.isEmpty {
            Output.error("fix the keys in the config file, or remove them to use the standard keys.")
            throw Exit.input
        }
        return settings
    }

    /// NO_COLOR counts when present and non-empty (no-color.org).
    func useColor(environment: [String: String]) -> Bool {
        !noColor && (environment["NO_COLOR"] ?? "").isEmpty
    }
}

extension Library {
    /// The scenario asked for, or the default of `mode`; a clear error otherwise. With
    /// `strict`, a named scenario of another mode is refused with the command that runs it.
    func scenario(named id: String?, mode: Mode, strict: Bool = true) throws -> Scenario {
        if let id {
            guard let found = scenario(id) else {
                let ids = scenarios.filter { $0.mode == mode }.map(\.id)
                Output.error("no scenario \"\(id)\" in the library; \(mode.rawValue) scenarios: \(ids.joined(separator: ", ")) (see 'worklist list scenarios').")
                throw Exit.input
            }
            guard !strict || found.mode == mode else {
                let article = found.mode == .exam ? "an" : "a"
                Output.error("\"\(found.id)\" is \(article) \(found.mode.rawValue) scenario; run it with 'worklist \(found.mode.rawValue) \(found.id)'.")
                throw Exit.input
            }
            return found
        }
        guard let found = defaultScenario(for: mode) else {
            Output.error("the library has no default \(mode.rawValue) scenario; name one (see 'worklist list scenarios').")
            throw Exit.input
        }
        return found
    }
}
