import Foundation
import Testing
import WorklistCore
@testable import WorklistStore

// Issue 10, bad input: exports carry no formula, no control and no invisible character.
@Suite struct ExportSafetyTests {
    static func row(trainee: String, caseId: String = "x", score: Double = 50) -> ExportRow {
        ExportRow(trainee: trainee, session: "20261201T100000Z-0001", startedAt: "2026-12-01T10:00:00Z", mode: "shift",
                  scenario: "s", client: "tty", scoringVersion: 1, contentHash: "abc", sessionScore: score,
                  caseId: caseId, position: 0, routine: "r", priority: "stat", status: "signed", firstRead: true,
                  readSeconds: 10, time: 100, coverage: 100, order: 100, detection: 100, communication: nil,
                  score: score, grade: "1", keystrokes: 5)
    }

    static func firstCell(_ csv: String) -> String {
        String(csv.split(separator: "\r\n")[1].prefix { $0 != "," })
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'  =1+1"),
        ("\t=1+1", "'    =1+1"),      // the sanitiser expands the tab; the guard still sees the formula
        ("\r=1+1", "'=1+1"),
        ("Ana-Maria", "Ana-Maria"),
        ("Ana", "Ana"),
    ])
    func aCSVTextCellNeverStartsAFormula(trainee: String, cell: String) {
        #expect(Self.firstCell(HistoryDatabase.csv([Self.row(trainee: trainee)])) == cell)
    }

    @Test func numbersWeWriteStayNumbers() {
        let csv = HistoryDatabase.csv([Self.row(trainee: "ana", score: -3.5)])
        let cells = csv.split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells[ExportRow.columns.firstIndex(of: "session_score")!] == "-3.5")
        #expect(cells[ExportRow.columns.firstIndex(of: "score")!] == "-3.5")
    }

    @Test func csvDropsZeroWidthAndControlCharacters() {
        let csv = HistoryDatabase.csv([Self.row(trainee: "An\u{200B}a\u{9B}31m\u{FEFF}\u{202E}", caseId: "x\u{2060}\u{7F}")])
        #expect(Self.firstCell(csv) == "Ana")
        #expect(!csv.unicodeScalars.contains { $0.value == 0x7F || $0.value >= 0x80 })
    }

    @Test func jsonExportEscapesC1BidiDelAndZeroWidth() throws {
        let name = "Ana\u{9B}31m\u{202E}\u{7F}\u{200B}"
        let data = try HistoryDatabase.json([Self.row(trainee: name)])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""trainee" : "Ana\u009b31m\u202e\u007f\u200b""#), "\(text)")
        #expect(!text.unicodeScalars.contains { !$0.isASCII })
        #expect(try JSONDecoder().decode([ExportRow].self, from: data).first?.trainee == name)
    }
}
