import WorklistCore

/// The trainee's config file (`config.yaml`): for now `trainee:`; keys and macros come
/// later. Problems are diagnostics with file, line and column, like case files.
public struct Config: Sendable, Equatable {
    public var trainee: String?
    /// Drill reminders: "out of protocol order" and "keep searching".
    public var drillOrderNotice = true
    public var drillKeepSearching = true
    /// `n` calls the step normal and moves to the next undecided step; false keeps it there.
    public var normalMovesOn = true
    /// Own key bindings, `context.action: key` or a list of keys, checked against the keymap
    /// by the app (it knows the keys); each keeps where it was written.
    public var keys: [KeySetting] = []
    /// Report macros: code (two or more letters or digits) → phrase.
    public var macros: [String: String] = [:]

    public struct KeySetting: Sendable, Equatable {
        public var context: String
        public var action: String
        public var keys: [String]
        public var location: SourceLocation
    }

    /// The program store's URL (`database:`), for `worklist sync` and `worklist program`.
    public var database: String?

    public init(trainee: String? = nil) { self.trainee = trainee }
}

public enum ConfigLoader {
    static let keys = ["trainee", "drill", "reading", "keys", "macros", "database"]
    static let drillKeys = ["order_notice", "keep_searching"]
    static let readingKeys = ["normal_moves_on"]

    /// A missing file is an empty config unless the user named it (`explicit`); an empty
    /// implicit path means there is no place for one (no HOME).
    public static func load(path: String, explicit: Bool) -> (config: Config, diagnostics: [Diagnostic]) {
        if path.isEmpty && !explicit { return (Config(), []) }
        switch CaseFiles.read(path) {
        case .success(let text):
            return load(SourceFile(path: path, text: text))
        case .failure(let reason):
            let exists = CaseFiles.isDirectory(path) != nil
            guard explicit || exists else { return (Config(), []) }
            let message = switch (exists, reason) {
            case (true, .notUTF8): "the config file is not UTF-8 text; save it as UTF-8"
            case (true, .unreadable): "cannot read the config file; check its permissions"
            case (false, _): "no such config file; check the path given with --config or WORKLIST_CONFIG"
            }
            return (Config(), [Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message)])
        }
    }

    public static func load(_ file: SourceFile) -> (config: Config, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        // Blank, only comments, or `~`: an empty config, not the "start it with kind:" of case files.
        guard let root = YAMLTree.parse(file, log: log, emptyIsNull: true) else { return (Config(), log.sorted()) }
        if root.isNull { return (Config(), log.sorted()) }
        guard let view = NodeReader(log: log).mapping(root, key: "config", noun: "the config", keys: keys)
        else { return (Config(), log.sorted()) }
        var config = Config(trainee: view.optionalText("trainee")?.value)
        config.database = view.optionalText("database")?.value
        if let node = view.optional("drill"),
           let drill = NodeReader(log: log).mapping(node, key: "drill", noun: "drill", keys: drillKeys) {
            config.drillOrderNotice = drill.optionalBool("order_notice")?.value ?? true
            config.drillKeepSearching = drill.optionalBool("keep_searching")?.value ?? true
        }
        if let node = view.optional("reading"),
           let reading = NodeReader(log: log).mapping(node, key: "reading", noun: "reading", keys: readingKeys) {
            config.normalMovesOn = reading.optionalBool("normal_moves_on")?.value ?? true
        }
        if let node = view.optional("keys") {
            config.keys = keySettings(node, log: log)
        }
        if let node = view.optional("macros") {
            config.macros = macros(node, log: log)
        }
        return (config, log.sorted())
    }

    static func keySettings(_ node: YNode, log: DiagnosticLog) -> [Config.KeySetting] {
        guard case .mapping(let entries) = node.kind else {
            log.error("keys: expected a mapping like 'reading.normal: x', found \(node.found)", at: node.at)
            return []
        }
        return entries.compactMap { entry in
            let parts = entry.key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                log.error("keys: \(Wording.quote(entry.key)) should be screen.action, e.g. reading.normal", at: entry.keyAt)
                return nil
            }
            let items: [YNode]
            switch entry.value.kind {
            case .scalar: items = [entry.value]
            case .sequence(let list): items = list
            case .mapping: items = []
            }
            guard !items.isEmpty else {
                log.error("keys: \(entry.key) needs a key name or a list of them, e.g. x or [Enter, o]", at: entry.value.at)
                return nil
            }
            let names = items.compactMap { keyName($0, action: entry.key, log: log) }
            guard names.count == items.count else { return nil }
            return Config.KeySetting(context: parts[0], action: parts[1], keys: names, location: entry.value.at)
        }
    }

    /// One key name of a binding: a non-empty word without control or invisible characters
    /// (those would bind a key nobody can see or type; the keymap checks the name itself).
    static func keyName(_ node: YNode, action: String, log: DiagnosticLog) -> String? {
        guard case .scalar(let name, _) = node.kind else {
            log.error("keys: \(action): each key is a name such as x or Enter, found \(node.found) "
                      + "(a list of keys is one flat list: [Enter, o])", at: node.at)
            return nil
        }
        if node.isNull || name.trimmingWhitespace().isEmpty {
            log.error("keys: \(action) has an empty key name; write a key such as x, Space or Enter, "
                      + "or remove the line for the standard key", at: node.at)
            return nil
        }
        if Sanitizer.sanitize(name) != name {
            log.error("keys: \(action): key name \(Wording.quote(name)) contains control or invisible characters; "
                      + "write the key by name, e.g. Tab, Esc or Ctrl-A", at: node.at)
            return nil
        }
        return name
    }

    static func macros(_ node: YNode, log: DiagnosticLog) -> [String: String] {
        guard case .mapping(let entries) = node.kind else {
            log.error("macros: expected a mapping like 'nad: No acute abnormality.', found \(node.found)", at: node.at)
            return [:]
        }
        var macros: [String: String] = [:]
        var firstAt: [String: SourceLocation] = [:]
        for entry in entries {
            let code = entry.key
            guard code.count >= 2, code.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                log.error("macros: code \(Wording.quote(code)) must be two or more letters or digits", at: entry.keyAt)
                continue
            }
            // Codes are typed in any case, so NAD and nad are one code: the second would win silently.
            if let first = firstAt[code.lowercased()] {
                log.error("macros: code \(Wording.quote(code)) is the same as the one on line \(first.line) "
                          + "(codes ignore case); keep one of them", at: entry.keyAt)
                continue
            }
            firstAt[code.lowercased()] = entry.keyAt
            guard let phrase = NodeReader(log: log).text(entry.value, key: "macros." + code) else { continue }
            macros[code.lowercased()] = phrase.value
        }
        return macros
    }
}
