import WorklistCases
import WorklistCore
import WorklistUI

/// The trainee's own keys and macros from the config, checked against the keymap; a bad
/// line is a diagnostic at its file:line:column.
public enum Personalization {
    public static func keyMap(_ config: Config) -> (KeyMap, [Diagnostic]) {
        var map = KeyMap.standard
        var problems: [Diagnostic] = []
        for setting in config.keys {
            func fail(_ message: String) { problems.append(Diagnostic(.error, at: setting.location, "keys: " + message)) }
            guard let context = Context(rawValue: setting.context), context != .tooSmall else {
                fail("no screen \"\(setting.context)\"; screens: "
                     + Context.allCases.filter { $0 != .tooSmall }.map(\.rawValue).joined(separator: ", "))
                continue
            }
            guard let intent = Intent.names[setting.action] else {
                fail("no action \"\(setting.action)\"; actions: " + Intent.names.keys.sorted().joined(separator: ", "))
                continue
            }
            var keys: [Key] = []
            for name in setting.keys {
                guard let key = Key(name: name) else {
                    fail("unknown key \"\(name)\" (Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q never reach the program)")
                    continue
                }
                keys.append(key)
            }
            guard keys.count == setting.keys.count else { continue }
            do {
                try map.rebind(intent, in: context, to: keys)
            } catch {
                fail(error.message)
            }
        }
        return (map, problems)
    }
}
