import Foundation
import Testing
import WorklistCore
@testable import WorklistCases

// Issue 10, bad input: the config file's edge cases, each an empty config or a clear
// FILE:LINE:COLUMN error.
@Suite struct ConfigTests {
    static func load(_ yaml: String) -> (Config, [String]) {
        let (config, diagnostics) = ConfigLoader.load(SourceFile(path: "config.yaml", text: yaml))
        return (config, diagnostics.map(\.description))
    }

    @Test(arguments: ["# only a comment\n", "# one\n\n   # two\n", "---\n# nothing yet\n", "~\n", ""])
    func aConfigOfOnlyCommentsIsEmpty(yaml: String) {
        let (config, diagnostics) = Self.load(yaml)
        #expect(diagnostics.isEmpty)
        #expect(config == Config())
    }

    @Test(arguments: [
        ("macros:\n  nad: No acute abnormality.\n  NAD: Nothing at all.\n",
         "config.yaml:3:3: error: macros: code \"NAD\" is the same as the one on line 2 (codes ignore case); keep one of them"),
        ("keys:\n  reading.normal: [[x, y]]\n",
         "config.yaml:2:20: error: keys: reading.normal: each key is a name such as x or Enter, found a list (a list of keys is one flat list: [Enter, o])"),
        ("keys:\n  reading.normal: \"\\x01\"\n",
         "config.yaml:2:19: error: keys: reading.normal: key name \"\\u{1}\" contains control or invisible characters; write the key by name, e.g. Tab, Esc or Ctrl-A"),
        ("keys:\n  reading.normal: \"\\u200B\"\n",
         "config.yaml:2:19: error: keys: reading.normal: key name \"\\u{200B}\" contains control or invisible characters; write the key by name, e.g. Tab, Esc or Ctrl-A"),
        ("keys:\n  reading.normal: \"\"\n",
         "config.yaml:2:19: error: keys: reading.normal has an empty key name; write a key such as x, Space or Enter, or remove the line for the standard key"),
        ("keys:\n  reading.normal:\n",
         "config.yaml:2:18: error: keys: reading.normal has an empty key name; write a key such as x, Space or Enter, or remove the line for the standard key"),
        ("keys:\n  reading.normal: [x, \" \"]\n",
         "config.yaml:2:23: error: keys: reading.normal has an empty key name; write a key such as x, Space or Enter, or remove the line for the standard key"),
    ])
    func aBadConfigLineIsAnErrorWhereItIsWritten(yaml: String, message: String) {
        let (config, diagnostics) = Self.load(yaml)
        #expect(diagnostics == [message])
        #expect(config.keys.isEmpty)
    }

    /// `n` moving on is the default; the reading switch keeps the old stay-put (issue 14).
    @Test func theReadingSwitch() {
        #expect(Self.load("trainee: a\n").0.normalMovesOn)
        let (off, problems) = Self.load("reading:\n  normal_moves_on: false\n")
        #expect(problems.isEmpty && !off.normalMovesOn)
        let (_, unknown) = Self.load("reading:\n  normal_moves: false\n")
        #expect(unknown.count == 1 && unknown[0].hasPrefix("config.yaml:2:3: error:"), "\(unknown)")
    }

    @Test func invalidUTF8SaysSoNotPermissions() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-config-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data([0x74, 0x72, 0x61, 0xFF, 0xFE, 0x3A, 0x0A])))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, diagnostics) = ConfigLoader.load(path: path, explicit: false)
        #expect(diagnostics.map(\.message) == ["the config file is not UTF-8 text; save it as UTF-8"])
        #expect(diagnostics.first?.line == 1 && diagnostics.first?.column == 1)
    }
}
