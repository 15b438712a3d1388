import WorklistCore
@testable import WorklistUI

/// A small session for screen tests: three cases (one with CJK text), one call.
enum UIFixture {
    static let routine = Routine(
        id: "cxr", title: "Chest radiograph", modality: "XR",
        steps: [
            Step(id: "technical", label: "Technical quality", hint: "Rotation, inspiration",
                 terms: [Term(id: "rotated", label: "Rotated")]),
            Step(id: "lungs", label: "Lungs", terms: [
                Term(id: "consolidation", label: "Consolidation", lateral: true),
                Term(id: "nodule", label: "Nodule", lateral: true, category: .two),
            ]),
            Step(id: "pleura", label: "Pleura", terms: [
                Term(id: "pneumothorax", label: "Pneumothorax", aliases: ["ptx"], critical: true, lateral: true),
                Term(id: "effusion", label: "Pleural effusion", lateral: true, category: .three),
            ]),
            Step(id: "bones", label: "Bones", terms: [Term(id: "rib-fracture", label: "Rib fracture", lateral: true)]),
        ])

    static func views(_ texts: [String]) -> [String: StepView] {
        Dictionary(uniqueKeysWithValues: zip(routine.steps.map(\.id), texts.map { StepView(text: $0) }))
    }

    static let cases = [
        Case(id: "ptx", title: "Chest pain", modality: "XR", exam: "Chest PA", priority: .stat,
             patient: Patient(age: 24, sex: "M"), indication: "Sudden left chest pain while running.",
             routine: "cxr", targetSeconds: 60,
             views: views(["PA projection, not rotated, good inspiration.", "Lungs clear. No focal opacity.",
                           "A thin white line parallels the left chest wall with no lung markings beyond it at the apex.",
                           "No rib fracture seen."]),
             findings: [Finding(id: "ptx", step: "pleura", term: "pneumothorax", side: .left, severity: .critical,
                                conspicuity: .obvious, teaching: "Look for the visceral pleural line.")]),
        Case(id: "cough", title: "Cough", modality: "XR", exam: "Chest PA", priority: .routine,
             patient: Patient(age: 61, sex: "F"), indication: "三週間の咳。Three weeks of cough in a smoker.",
             routine: "cxr", targetSeconds: 50,
             views: views(["Good film.", "右上葉に結節。A 9 mm nodule in the right upper zone.", "Clear.", "Intact."])),
        Case(id: "fever", title: "Fever", modality: "XR", exam: "Chest AP", priority: .urgent,
             patient: Patient(age: 45, sex: "F"), indication: "Fever and productive cough.",
             routine: "cxr", targetSeconds: 50,
             views: views(["AP, slightly rotated.", "Dense right lower zone airspace opacity.", "No effusion.", "Normal."])),
    ]

    static let call = Interruption(
        id: "call", at: 100, caller: "ED registrar", question: "Is there a pneumothorax on the chest film in bay 3?",
        caseID: "ptx", steps: ["pleura"],
        answers: [Answer(id: "yes", text: "Yes, left pneumothorax: treat it", correct: true),
                  Answer(id: "no", text: "No, the lungs are clear", correct: false)])

    static var library: Library {
        Library(routines: [routine], cases: cases,
                scenarios: [Scenario(id: "test", title: "Test evening", mode: .shift,
                                     cases: .fixed([ScheduledCase(caseID: "cough", arrives: 0),
                                                    ScheduledCase(caseID: "ptx", arrives: 0),
                                                    ScheduledCase(caseID: "fever", arrives: 0)]),
                                     interruptions: [call], timeLimit: 1800, isDefault: true)])
    }

    static func session(_ scenario: Scenario = library.scenarios[0], library: Library = library) throws -> (SessionState, SessionContent) {
        let snapshot = try ContentSnapshot.make(library: library, scenario: scenario.snapshot, schedule: scenario.schedule(seed: 0))
        return (SessionState(snapshot: snapshot), SessionContent(title: scenario.title, library: library, snapshot: snapshot))
    }
}

/// Drives the pure app like the loop does: keys and ticks through `AppReducer`.
struct UIDriver {
    var app: AppState
    let content: SessionContent
    var now: Double = 0
    /// Every effect the reducer asked for, in order.
    var effects: [AppEffect] = []

    init(_ scenario: Scenario = UIFixture.library.scenarios[0], keyMap: KeyMap = .standard,
         reminders: AppState.DrillReminders = .init(), normalMovesOn: Bool = true,
         library: Library = UIFixture.library) throws {
        let (state, content) = try UIFixture.session(scenario, library: library)
        self.content = content
        let header = JournalHeader(session: "20261129T160000Z-0001", seed: 0, trainee: "t", client: .play, startedAt: "",
                                   snapshot: state.snapshot)
        app = AppState(journal: Journal(header: header, events: []), keyMap: keyMap, reminders: reminders,
                       normalMovesOn: normalMovesOn)
        send(.tick)
    }

    var state: SessionState { app.engine }
    var ui: UIState {
        get { app.ui }
        set { app.ui = newValue }
    }
    var events: [Event] { app.events }

    mutating func press(_ keys: Key..., at t: Double? = nil) {
        if let t { now = t }
        for key in keys { send(.key(key)) }
    }

    mutating func send(_ input: AppInput) {
        effects += AppReducer.reduce(&app, input, at: now, content: content)
    }

    mutating func type(_ text: String) { for c in text { press(.char(c)) } }

    func frame(_ columns: Int = 80, _ rows: Int = 24, theme: Theme = Theme()) -> Buffer {
        Frame.render(state: state, ui: ui, content: content, now: now, columns: columns, rows: rows, theme: theme)
    }
}
