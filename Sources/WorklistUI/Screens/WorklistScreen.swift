import WorklistCore

/// The queue, like a PACS worklist (PRODUCT.md §3).
enum WorklistScreen {
    /// The screen row of the first worklist row, and how many rows fit.
    static let firstRow = 3
    static func capacity(height: Int) -> Int { max(0, height - 2 - firstRow) }

    /// The first row shown: scrolled just enough to keep the selection on screen.
    static func firstVisible(selected: Int, count: Int, capacity: Int) -> Int {
        max(0, min(selected - capacity + 1, count - capacity))
    }

    static func draw(_ c: inout Canvas, state: SessionState, ui: UIState, content: SessionContent, now: Double) {
        let width = c.buffer.width
        let rows = Lists.worklistRows(state)
        Header.draw(&c, state: state, content: content, now: now)
        if state.snapshot.scenario.mode == .exam {
            drawExam(&c, state: state, ui: ui, content: content, rows: rows)
            return
        }

        let studies = rows.compactMap(\.study)
        let waiting = studies.filter { state.progress($0.id)?.status != .signed }
        let stat = waiting.filter { $0.priority == .stat }.count
        let signed = studies.count - waiting.count
        let coming = state.snapshot.cases.count - studies.count
        var counts = "\(waiting.count) waiting (\(stat) STAT) \(c.theme.dot) \(signed) signed"
        let callBacks = rows.filter { if case .callBack = $0 { true } else { false } }.count
        if callBacks > 0 { counts += " \(c.theme.dot) \(callBacks) to call back" }
        let toProtocol = state.arrivedRequests.filter { state.protocoled[$0.id] == nil }.count
        if toProtocol > 0 { counts += " \(c.theme.dot) \(toProtocol) to protocol" }
        if coming > 0 { counts += " \(c.theme.dot) \(coming) to come" }
        c.text(counts, x: 1, y: 1, .title)

        // Columns: marker 2, priority 6, wait 5, study, indication, status 12, turnaround 9.
        let studyWidth = width >= 100 ? 30 : 22
        let fixed = 2 + 6 + 5 + studyWidth + 1 + 12 + 9
        let indicationWidth = max(8, width - fixed - 1)
        let xPriority = 2, xWait = 8, xStudy = 13, xIndication = 13 + studyWidth + 1
        let xStatus = xIndication + indicationWidth + 1, xTAT = xStatus + 12
        c.text("PRI", x: xPriority, y: 2, .dim)
        c.text("WAIT", x: xWait, y: 2, .dim)
        c.text("STUDY", x: xStudy, y: 2, .dim)
        c.text("INDICATION", x: xIndication, y: 2, .dim)
        c.text("STATUS", x: xStatus, y: 2, .dim)
        c.text("TAT", x: xTAT, y: 2, .dim)

        let top = firstRow, capacity = capacity(height: c.buffer.height)
        let selected = rows.firstIndex { $0.id == ui.selectedRow } ?? 0
        let first = firstVisible(selected: selected, count: rows.count, capacity: capacity)
        for (offset, row) in rows.dropFirst(first).prefix(capacity).enumerated() {
            let y = top + offset
            let index = first + offset
            if index == selected { c.text(c.theme.pointer, x: 0, y: y, .marker) }
            guard case .study(let item) = row else {
                if case .request(let request) = row, let text = content.requests[request.id] {
                    // "URG  4m  Request: CT abdomen and pelvis ...  <details>  to protocol"
                    let answered = state.protocoled[request.id] != nil
                    let role: Theme.Role = answered ? .dim : .text
                    let (word, priorityRole) = priorityCell(request.priority)
                    c.text(word, x: xPriority, y: y, answered ? .dim : priorityRole)
                    c.text(answered ? "" : ClockText.minutes(now - request.arrives), x: xWait, y: y, role)
                    c.text("Request: " + text.exam, x: xStudy, y: y, role, fitting: studyWidth)
                    c.text(text.details, x: xIndication, y: y, role, fitting: indicationWidth)
                    c.text(answered ? "protocoled" : state.requestsOpened.contains(request.id) ? "opened" : "to protocol",
                           x: xStatus, y: y, answered ? .dim : .notice)
                }
                if case .callBack(let call, let since) = row {
                    // "CALL  3m  call back: ED registrar re CT Head · <question>      to do"
                    c.text("CALL", x: xPriority, y: y, .notice)
                    c.text(ClockText.minutes(now - since), x: xWait, y: y)
                    let study = content.study(call.caseID) ?? call.caseID
                    let task = "call back: \(call.caller) re \(study) \(c.theme.dot) \(call.question)"
                    c.text(task, x: xStudy, y: y, fitting: xStatus - xStudy - 1)
                    c.text("to do", x: xStatus, y: y)
                }
                continue
            }
            let progress = state.progress(item.id)
            let isSigned = progress?.status == .signed
            let (word, role) = priorityCell(item.priority)
            c.text(word, x: xPriority, y: y, isSigned ? .dim : role)
            let rowRole: Theme.Role = isSigned ? .dim : .text
            let arrived = now - item.arrives
            c.text(isSigned ? "" : ClockText.minutes(arrived), x: xWait, y: y, rowRole)
            let study = content.study(item.id) ?? item.id
            c.text(study, x: xStudy, y: y, rowRole, fitting: studyWidth)
            let indication = content.cases[item.id]?.indication ?? ""
            c.text(indication, x: xIndication, y: y, rowRole, fitting: indicationWidth)
            let status = switch progress?.status {
            case .inProgress?: "in progress"
            case .signed?: "signed"
            default: "new"
            }
            c.text(status, x: xStatus, y: y, rowRole)
            if !isSigned, let target = state.snapshot.scenario.turnaround.target(for: item.priority) {
                let left = target - arrived
                if left >= 0 {
                    c.text(ClockText.minutes(left) + " left", x: xTAT, y: y, rowRole)
                } else {
                    c.text("late " + ClockText.minutes(-left), x: xTAT, y: y, .late)
                }
            }
        }
        if rows.isEmpty {
            c.text("No studies yet. The first arrive shortly.", x: 2, y: top, .dim)
        }
    }
}

extension WorklistScreen {
    /// The PRI column: STAT unmistakable without colour too.
    static func priorityCell(_ priority: Priority) -> (String, Theme.Role) {
        switch priority {
        case .stat: ("STAT", .stat)
        case .urgent: ("URG", .urgent)
        case .routine: ("RTN", .routine)
        }
    }

    /// An exam's list: films by number only, no priority, waiting time or turnaround (the
    /// exam sets the order and the clock), and the films flagged to come back to.
    static func drawExam(_ c: inout Canvas, state: SessionState, ui: UIState, content: SessionContent,
                         rows: [WorklistRow]) {
        let width = c.buffer.width
        let films = rows.compactMap(\.study)
        let reported = films.filter { state.progress($0.id)?.status == .signed }.count
        var counts = "\(films.count - reported) to report \(c.theme.dot) \(reported) reported"
        if !ui.flagged.isEmpty { counts += " \(c.theme.dot) \(ui.flagged.count) flagged" }
        c.text(counts, x: 1, y: 1, .title)
        let studyWidth = width >= 100 ? 30 : 22
        let xFilm = 2, xStudy = 17, xIndication = xStudy + studyWidth + 1
        let xStatus = width - 13
        let indicationWidth = max(8, xStatus - xIndication - 1)
        c.text("FILM", x: xFilm, y: 2, .dim)
        c.text("STUDY", x: xStudy, y: 2, .dim)
        c.text("INDICATION", x: xIndication, y: 2, .dim)
        c.text("STATUS", x: xStatus, y: 2, .dim)
        let capacity = capacity(height: c.buffer.height)
        let selected = rows.firstIndex { $0.id == ui.selectedRow } ?? 0
        let first = firstVisible(selected: selected, count: rows.count, capacity: capacity)
        for (offset, row) in rows.dropFirst(first).prefix(capacity).enumerated() {
            guard case .study(let item) = row else { continue }
            let y = firstRow + offset
            if first + offset == selected { c.text(c.theme.pointer, x: 0, y: y, .marker) }
            let status = state.progress(item.id)?.status
            let role: Theme.Role = status == .signed ? .dim : .text
            c.text(Lists.filmLabel(state, item.id) ?? "", x: xFilm, y: y, role)
            c.text(content.study(item.id) ?? "", x: xStudy, y: y, role, fitting: studyWidth)
            c.text(content.cases[item.id]?.indication ?? "", x: xIndication, y: y, role, fitting: indicationWidth)
            let word = switch status {
            case .signed?: "reported"
            case .inProgress?: ui.flagged.contains(item.id) ? "flagged" : "in progress"
            default: ui.flagged.contains(item.id) ? "flagged" : "new"
            }
            c.text(word, x: xStatus, y: y, ui.flagged.contains(item.id) && status != .signed ? .notice : role)
        }
    }
}

/// The top row: where you are and the clocks (seconds tick only here).
enum Header {
    static func draw(_ c: inout Canvas, state: SessionState, content: SessionContent, now: Double) {
        var right = "\(state.snapshot.scenario.mode.rawValue) \(ClockText.clock(now))"
        if let limit = state.snapshot.scenario.timeLimit { right += " \(c.theme.dot) left \(ClockText.clock(limit - now))" }
        c.bar(y: 0, left: " Worklist \(c.theme.dot) " + content.title, right: right + " ", .header)
    }
}
