import WorklistCore

/// The trainee's config file (`config.yaml`): for now `trainee:`; keys and macros come
/// later. Problems are diagnostics with file, line and column, like case files.
public struct Config: Sendable, Equatable {
    public var trainee: String?
    /// Drill reminders: "out of protocol order" and "keep searching".
    public var drillOrderNotice = true
    public var drillKeepSearching = true

    public init(trainee: String? = nil) { self.trainee = trainee }
}

public enum ConfigLoader {
    static let keys = ["trainee", "drill"]
    static let drillKeys = ["order_notice", "keep_searching"]

    /// A missing file is an empty config unless the user named it (`explicit`).
    public static func load(path: String, explicit: Bool) -> (config: Config, diagnostics: [Diagnostic]) {
        switch CaseFiles.read(path) {
        case .success(let text):
            return load(SourceFile(path: path, text: text))
        case .failure:
            let exists = CaseFiles.isDirectory(path) != nil
            guard explicit || exists else { return (Config(), []) }
            let message = exists ? "cannot read the config file; check its permissions"
                : "no such config file; check the path given with --config or WORKLIST_CONFIG"
            return (Config(), [Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message)])
        }
    }

    public static func load(_ file: SourceFile) -> (config: Config, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        guard !file.text.allSatisfy(\.isWhitespace) else { return (Config(), []) }
        guard let root = YAMLTree.parse(file, log: log),
              let view = NodeReader(log: log).mapping(root, key: "config", noun: "the config", keys: keys)
        else { return (Config(), log.sorted()) }
        var config = Config(trainee: view.optionalText("trainee")?.value)
        if let node = view.optional("drill"),
           let drill = NodeReader(log: log).mapping(node, key: "drill", noun: "drill", keys: drillKeys) {
            config.drillOrderNotice = drill.optionalBool("order_notice")?.value ?? true
            config.drillKeepSearching = drill.optionalBool("keep_searching")?.value ?? true
        }
        return (config, log.sorted())
    }
}
