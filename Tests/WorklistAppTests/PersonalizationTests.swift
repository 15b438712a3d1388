import Foundation
import Testing
import WorklistCases
import WorklistCore
import WorklistUI
@testable import WorklistApp

@Suite struct PersonalizationTests {
    static func config(_ yaml: String) -> (Config, [Diagnostic]) {
        ConfigLoader.load(SourceFile(path: "config.yaml", text: yaml))
    }

    @Test func aReboundKeyWorksAndShowsInHelp() throws {
        let (config, diagnostics) = Self.config("trainee: ana\nkeys:\n  reading.normal: x\n  worklist.open: [Enter, o]\nmacros:\n  nad: No acute abnormality.\n")
        #expect(diagnostics.isEmpty)
        let (map, problems) = Personalization.keyMap(config)
        #expect(problems.isEmpty)
        #expect(map.intent(for: .char("x"), in: .reading) == .normal)
        #expect(map.intent(for: .char("n"), in: .reading) == nil)
        #expect(map.intent(for: .char("o"), in: .worklist) == .open)
        #expect(map.bottomLine(for: .reading).contains("x normal"))

        let data = FileManager.default.temporaryDirectory.appendingPathComponent("worklist-keys-" + UUID().uuidString).path
        let app = try SessionLauncher.start(library: AppFixture.library, scenario: AppFixture.library.scenarios[0], seed: 0, client: .play,
            settings: SessionSettings(trainee: "t", keyMap: map, macros: config.macros, dataDirectory: data), theme: Theme(color: false))
        try app.press(.char("o"), at: 1)
        try app.press(.char("x"), at: 3)
        #expect(app.state.progress("a")?.decisions["technical"] == .normal)
        try app.press(.char("?"), at: 3)
        #expect(app.frame(now: 3, columns: 80, rows: 24).text.contains("x" + String(repeating: " ", count: 19) + "normal"))
        try app.press(.escape, at: 3)
        // A macro: its code, then Tab, in the impression.
        try app.press(.char("r"), at: 4)
        for c in "nad" { try app.press(.char(c), at: 4) }
        try app.press(.tab, at: 4)
        #expect(app.ui.impressions["a"] == "No acute abnormality.")
    }

    @Test(arguments: [
        ("keys:\n  reading.nromal: x\n", 2, 19, "keys: no action \"nromal\""),
        ("keys:\n  reading.normal: Ctrl-S\n", 2, 19, "keys: unknown key \"Ctrl-S\""),
        ("keys:\n  reading.normal: f\n", 2, 19, "keys: f already does \"find\" in reading"),
        ("keys:\n  picker.choose: x\n", 2, 18, "keys: x is text in picker"),
        ("keys:\n  lobby.open: x\n", 2, 15, "keys: no screen \"lobby\""),
    ])
    func aBadKeyLineGivesFileLineColumn(yaml: String, line: Int, column: Int, message: String) throws {
        let (config, diagnostics) = Self.config(yaml)
        #expect(diagnostics.isEmpty)
        let problem = try #require(Personalization.keyMap(config).1.first)
        #expect(problem.file == "config.yaml" && problem.line == line && problem.column == column)
        #expect(problem.message.hasPrefix(message), "\(problem.message)")
    }

    @Test func badConfigShapesAreDiagnosedWhereWritten() throws {
        let (_, diagnostics) = Self.config("trainee: ana\nmacros:\n  x: too short\ncolour: blue\n")
        #expect(diagnostics.map(\.description) == [
            "config.yaml:3:3: error: macros: code \"x\" must be two or more letters or digits",
            diagnostics.last?.description ?? "",
        ])
        #expect(diagnostics.last?.description.hasPrefix("config.yaml:4:1: error: unknown key \"colour\"") == true)
    }
}
