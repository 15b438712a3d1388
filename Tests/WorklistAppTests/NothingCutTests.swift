import Foundation
import Testing
import WorklistCases
import WorklistCore
@testable import WorklistUI

/// Nothing is cut without showing it (issue 14): every screen of every shipped scenario, at
/// 80×24, in Unicode and ASCII, with the shipped library's own texts — every case and step
/// read, every overlay opened, every call, card, summary page and review — and no text
/// may be drawn cut short without an ellipsis.
@Suite struct NothingCutTests {

    struct Walk {
        var app: AppState
        let content: SessionContent
        var t: Double = 1
        var cuts: [String: Set<String>] = [:]

        mutating func send(_ input: AppInput) { _ = AppReducer.reduce(&app, input, at: t, content: content) }
        mutating func press(_ keys: Key...) {
            for key in keys {
                t += 0.5
                send(.key(key))
                answerCall()
            }
        }

        /// Renders what is showing in both themes and keeps what each cuts, by screen.
        mutating func look(_ label: String) {
            for theme in [Theme(), Theme(color: false, ascii: true)] {
                let found = Frame.cuts(state: app.engine, ui: app.ui, content: content, now: t, columns: 80, rows: 24, theme: theme)
                if !found.isEmpty { cuts[label, default: []].formUnion(found) }
            }
        }

        /// A call that rang is looked at, then answered with its first answer.
        mutating func answerCall() {
            guard app.ui.screen.isCall else { return }
            look("call")
            t += 1
            send(.key(.down))
            send(.key(.enter))
        }
    }

    @Test(arguments: ShippedSession.library.scenarios.map(\.id))
    func noScreenCutsATextWithoutAnEllipsis(scenarioID: String) throws {
        let (app, content, snapshot) = try ShippedSession.start(scenarioID)
        var walk = Walk(app: app, content: content)
        walk.send(.tick)
        var opened = 0
        while walk.app.engine.ended == nil, opened < snapshot.cases.count + 2 {
            // Let every study arrive, then read the one the queue offers.
            walk.t = max(walk.t, snapshot.cases.map(\.arrives).max() ?? 0) + 1
            walk.send(.tick)
            walk.answerCall()
            walk.look("worklist")
            walk.press(.char("i"))
            walk.look("request over the worklist")
            walk.press(.escape)
            walk.press(.enter)
            opened += 1
            guard walk.app.ui.screen == .reading, let id = walk.app.engine.openCase,
                  let item = snapshot.case(id) else { continue }
            walk.press(.char("g"))
            for _ in item.steps {
                walk.look("reading \(id)")
                walk.press(.char("j"))
            }
            walk.press(.char("f"))
            walk.look("pick list \(id)")
            walk.press(.escape, .char("/"))
            walk.look("pick list everywhere \(id)")
            walk.press(.escape, .char("i"))
            walk.look("request \(id)")
            walk.press(.escape, .char("?"))
            walk.look("help, reading")
            walk.press(.escape, .char("r"))
            walk.look("report \(id)")
            walk.press(.escape, .char("s"))
            walk.look("confirm sign")
            walk.press(.char("y"))
            for page in 0..<8 {
                walk.look("feedback \(id) page \(page)")
                walk.press(.pageDown)
            }
            walk.press(.enter)
        }
        if walk.app.engine.ended == nil { walk.press(.char("q")); walk.look("confirm quit"); walk.press(.char("e")) }
        for page in 0..<12 {
            walk.look("summary page \(page)")
            walk.press(.pageDown)
        }
        walk.press(.char("v"))
        for row in 0..<snapshot.cases.count {
            walk.look("review list")
            walk.press(.enter)
            for page in 0..<4 {
                walk.look("review case \(row) page \(page)")
                walk.press(.pageDown)
            }
            walk.press(.escape, .down)
        }
        #expect(opened >= snapshot.cases.count, "every case read")
        // Each text cut, once, with the first screen that cut it.
        var firstScreen: [String: String] = [:]
        for (screen, texts) in walk.cuts.sorted(by: { $0.key < $1.key }) {
            for text in texts where firstScreen[text] == nil { firstScreen[text] = screen }
        }
        let report = firstScreen.sorted { $0.key < $1.key }.map { "\($0.value): \($0.key)" }
        #expect(report.isEmpty, "\(report.count) texts cut without an ellipsis:\n\(report.joined(separator: "\n"))")
    }
}
