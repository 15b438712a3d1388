import Testing
import WorklistCore
@testable import WorklistCases

/// A small valid library the error tests change one file of. Positions in the tests refer
/// to the inline YAML of the file under test, so line 1 is the line after the opening `"""`.
enum Fixture {
    static let routine = """
        kind: routine
        id: cxr
        title: Chest radiograph
        modality: XR
        steps:
          - id: technical
            label: Technical quality
          - id: lungs
            label: Lungs
            hint: Compare both sides zone by zone.
            terms:
              - id: pneumothorax
                label: Pneumothorax
                aliases: [ptx]
                critical: true
                lateral: true
              - id: consolidation
                label: Consolidation
                lateral: true
          - id: heart
            label: Heart and mediastinum
            terms:
              - id: cardiomegaly
                label: Cardiomegaly
          - id: bones
            label: Bones
            terms:
              - id: fracture
                label: Fracture
                lateral: true
              - id: pneumothorax
                label: Pneumothorax
                lateral: true
        """

    static let ptxCase = """
        kind: case
        id: ptx-1
        title: Chest pain after a fall
        modality: XR
        exam: Chest PA
        priority: stat
        patient: {age: 34, sex: M}
        indication: Sudden pleuritic chest pain.
        routine: cxr
        target_seconds: 60
        views:
          technical: Adequate inspiration, not rotated.
          lungs: >
            A thin visceral pleural line at the right apex
            with no lung markings beyond it.
          heart:
            text: Normal heart size.
            available_after: 30
          bones: No fracture.
        findings:
          - id: right-ptx
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look for the pleural line.
            evidence: visceral pleural line
            accept_at: [bones]
        distractors:
          - step: heart
            note: Prominent fat pad, a normal variant.
        impression: Right pneumothorax.
        references: [Radiopaedia - pneumothorax]
        """

    static func normalCase(_ id: String, priority: String, examOnly: Bool = false) -> String {
        """
        kind: case
        id: \(id)
        title: Routine chest
        modality: XR
        exam: Chest PA
        priority: \(priority)
        patient: {age: 50, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 1m
        views: {technical: Adequate., lungs: Clear., heart: Normal., bones: Intact.}
        impression: Normal chest.
        exam_only: \(examOnly)
        status: reviewed
        """
    }

    static let shift = """
        kind: scenario
        id: evening
        title: Evening shift
        mode: shift
        default: true
        cases:
          - case: ptx-1
          - case: normal-1
          - case: normal-2
          - case: normal-3
            arrives: 5m
        interruptions:
          - id: call-1
            at: 90
            caller: ED registrar
            question: Is there a pneumothorax?
            case: ptx-1
            steps: [lungs]
            answers:
              - id: "yes"
                text: Yes, on the right.
                correct: true
              - id: "no"
                text: No.
                correct: false
            explanation: The right apex shows a visceral pleural line with no lung markings beyond it.
        """

    static let exam = """
        kind: scenario
        id: rapids
        title: Rapids
        mode: exam
        default: true
        time_limit: 35m
        pool: [exam-1, normal-1]
        count: 2
        """

    static var files: [SourceFile] {
        [
            SourceFile(path: "Cases/routines/cxr.yaml", text: routine),
            SourceFile(path: "Cases/cases/ptx-1.yaml", text: ptxCase),
            SourceFile(path: "Cases/cases/normal-1.yaml", text: normalCase("normal-1", priority: "urgent")),
            SourceFile(path: "Cases/cases/normal-2.yaml", text: normalCase("normal-2", priority: "routine")),
            SourceFile(path: "Cases/cases/normal-3.yaml", text: normalCase("normal-3", priority: "routine")),
            SourceFile(path: "Cases/cases/exam-1.yaml", text: normalCase("exam-1", priority: "routine", examOnly: true)),
            SourceFile(path: "Cases/scenarios/evening.yaml", text: shift),
            SourceFile(path: "Cases/scenarios/rapids.yaml", text: exam),
        ]
    }

    /// The fixture library with `path` replaced (or added) by `text`.
    static func files(replacing path: String, with text: String) -> [SourceFile] {
        var files = files
        if let i = files.firstIndex(where: { $0.path == path }) {
            files[i].text = text
        } else {
            files.append(SourceFile(path: path, text: text))
        }
        return files
    }

    /// The diagnostics of the library with one file changed, as printed lines.
    static func diagnostics(_ path: String, _ text: String, wholeLibrary: Bool = false) -> [String] {
        LibraryLoader.load(files: files(replacing: path, with: text), wholeLibrary: wholeLibrary, lint: true)
            .diagnostics.map(\.description)
    }

    static let routinePath = "Cases/routines/cxr.yaml"
    static let casePath = "Cases/cases/ptx-1.yaml"
    static let shiftPath = "Cases/scenarios/evening.yaml"
    static let examPath = "Cases/scenarios/rapids.yaml"
}
