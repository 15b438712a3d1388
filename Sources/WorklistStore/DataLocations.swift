/// Where Worklist keeps its data and finds its config (DESIGN.md §6). Pure: the caller
/// passes the options and the environment.
public enum DataLocations {
    /// No data folder can be named: no option, no WORKLIST_DATA_DIR, XDG_DATA_HOME or HOME.
    public struct NoDataDirectory: Error, CustomStringConvertible {
        public var description: String {
            "no data folder: HOME is not set, nor WORKLIST_DATA_DIR or XDG_DATA_HOME, so there is nowhere to keep "
                + "sessions; name a folder with --data-dir DIR, or set WORKLIST_DATA_DIR (or HOME)."
        }
    }

    /// `--data-dir`, then `WORKLIST_DATA_DIR`, then `$XDG_DATA_HOME/worklist`, then `~/.local/share/worklist`.
    /// Without HOME there is no `~`: an error, not a folder made in the current directory.
    public static func dataDirectory(option: String?, environment: [String: String]) throws(NoDataDirectory) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["WORKLIST_DATA_DIR"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/worklist" }
        guard let home = home(environment) else { throw NoDataDirectory() }
        return home + "/.local/share/worklist"
    }

    /// `--config`, then `WORKLIST_CONFIG`, then `$XDG_CONFIG_HOME/worklist/config.yaml`, then `~/.config/worklist/config.yaml`.
    /// `explicit` is true when the user named the file, so a missing one is an error rather than "no config".
    /// Without HOME (and XDG_CONFIG_HOME) the path is empty: there is no config file, and
    /// `ConfigLoader` reads an empty implicit path as none.
    public static func configFile(option: String?, environment: [String: String]) -> (path: String, explicit: Bool) {
        if let option, !option.isEmpty { return (option, true) }
        if let env = environment["WORKLIST_CONFIG"], !env.isEmpty { return (env, true) }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return (xdg + "/worklist/config.yaml", false) }
        guard let home = home(environment) else { return ("", false) }
        return (home + "/.config/worklist/config.yaml", false)
    }

    public static func sessionsDirectory(dataDirectory: String) -> String { dataDirectory + "/sessions" }

    /// Journals discarded at the resume offer: kept on disk, never in history or export.
    public static func discardedDirectory(dataDirectory: String) -> String {
        sessionsDirectory(dataDirectory: dataDirectory) + "/discarded"
    }

    /// The sessions the trainee left out of history (`worklist sessions --exclude`): one id
    /// a line. The journals stay the truth; this file is the trainee's choice beside them.
    public static func exclusionsFile(dataDirectory: String) -> String { dataDirectory + "/excluded-sessions" }

    public static func journalPath(dataDirectory: String, session: String) -> String {
        sessionsDirectory(dataDirectory: dataDirectory) + "/" + session + ".jsonl"
    }

    /// `--trainee`, then `trainee:` in the config, then the login name.
    public static func trainee(option: String?, config: String?, environment: [String: String]) -> String {
        for candidate in [option, config, environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmedWhitespace, !name.isEmpty { return name }
        }
        return "trainee"
    }

    private static func home(_ environment: [String: String]) -> String? {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension String {
    var trimmedWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
