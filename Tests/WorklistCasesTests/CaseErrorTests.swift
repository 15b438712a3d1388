import Testing
import WorklistCore
@testable import WorklistCases

private let path = "Cases/cases/c.yaml"

private func aCase(_ name: String, _ yaml: String, _ expected: [String]) -> Example {
    Example(name, path: path, yaml, expected)
}

// Each case uses the fixture routine `cxr`: steps technical, lungs (pneumothorax and
// consolidation, both lateral), heart (cardiomegaly), bones (fracture, pneumothorax).
private let headerExamples: [Example] = [
    aCase("unknown routine", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxrr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:9:10: error: unknown routine \"cxrr\"; did you mean \"cxr\"? (routines: cxr)",
        ]),
    aCase("bad priority", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: stta
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:6:11: error: priority must be stat, urgent or routine, found \"stta\"; did you mean \"stat\"?",
        ]),
    aCase("bad sex and age", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 130, sex: female}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:7:16: error: age must be between 0 and 120, found 130",
            "Cases/cases/c.yaml:7:26: error: sex must be F, M or X, found \"female\"; did you mean \"F\"?",
        ]),
    aCase("non-positive target_seconds", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 0
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:10:17: error: target_seconds must be more than 0 and at most 86400 s (24 h), found 0 s",
        ]),
    aCase("unreadable duration", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 5 minutes
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:10:17: error: target_seconds: expected a duration (seconds such as 90, or \"5m\", \"1h30m\"), found \"5 minutes\"",
        ]),
    aCase("bad status and exam_only", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        status: final
        exam_only: yes
        """, [
            "Cases/cases/c.yaml:13:9: error: status must be draft or reviewed, found \"final\"",
            "Cases/cases/c.yaml:14:12: error: exam_only: expected true or false, found \"yes\"",
        ]),
    aCase("missing field", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        routine: cxr
        target_seconds: 60
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:1:1: error: missing required key \"indication\" in case \"c\"",
            "Cases/cases/c.yaml:1:1: error: missing required key \"impression\" in case \"c\"",
        ]),
    aCase("empty text", """
        kind: case
        id: c
        title: ""
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:3:8: error: title is empty; write the text",
        ]),
    aCase("views missing a step and naming an unknown one", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views:
          technical: A.
          lung: B.
          heart: C.
          bones:
            text: D.
            available_after: -5
        """, [
            "Cases/cases/c.yaml:13:3: error: views has no entry for step \"lungs\" of routine \"cxr\"; add lungs: <what the images show>",
            "Cases/cases/c.yaml:14:3: error: views: unknown step \"lung\" in routine \"cxr\"; did you mean \"lungs\"? (steps: technical, lungs, heart, bones)",
            "Cases/cases/c.yaml:18:22: error: available_after must be 0 or more and at most 86400 s (24 h), found -5 s",
        ]),
    aCase("duplicate case id", """
        kind: case
        id: normal-1
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        """, [
            "Cases/cases/c.yaml:2:5: error: duplicate case id \"normal-1\" (first defined at Cases/cases/normal-1.yaml:2:5); ids must be unique across the library",
        ]),
]

private let findingExamples: [Example] = [
    aCase("finding with unknown step", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lung
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
        """, [
            "Cases/cases/c.yaml:15:11: error: unknown step \"lung\" in routine \"cxr\"; did you mean \"lungs\"? (steps: technical, lungs, heart, bones)",
        ]),
    aCase("finding with unknown term", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: pneumothorx
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
        """, [
            "Cases/cases/c.yaml:16:11: error: unknown term \"pneumothorx\" in step \"lungs\" of routine \"cxr\"; did you mean \"pneumothorax\"? (terms: pneumothorax, consolidation)",
        ]),
    aCase("side missing on a lateral term", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: consolidation
            severity: major
            conspicuity: obvious
            teaching: Air bronchograms.
        """, [
            "Cases/cases/c.yaml:14:5: error: finding \"f\" needs a side: term \"consolidation\" is lateral; add side: left, right or bilateral",
        ]),
    aCase("side on a non-lateral term", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: heart
            term: cardiomegaly
            side: left
            severity: minor
            conspicuity: obvious
            teaching: Cardiothoracic ratio above 0.5.
        """, [
            "Cases/cases/c.yaml:17:11: error: side is not allowed on finding \"f\": term \"cardiomegaly\" is not lateral; remove side",
        ]),
    aCase("bad side, severity and conspicuity", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: consolidation
            side: both
            severity: severe
            conspicuity: hidden
            teaching: Air bronchograms.
        """, [
            "Cases/cases/c.yaml:17:11: error: side must be left, right or bilateral, found \"both\"",
            "Cases/cases/c.yaml:18:15: error: severity must be critical, major, minor or incidental, found \"severe\"",
            "Cases/cases/c.yaml:19:18: error: conspicuity must be obvious or subtle, found \"hidden\"",
        ]),
    aCase("duplicate finding id", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - {id: f, step: heart, term: cardiomegaly, severity: minor, conspicuity: obvious, teaching: Big.}
          - {id: f, step: heart, term: cardiomegaly, severity: minor, conspicuity: obvious, teaching: Big.}
        """, [
            "Cases/cases/c.yaml:15:10: error: duplicate finding id \"f\" in this case (first at line 14)",
        ]),
    aCase("accept_at unknown step and step without the term", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
            accept_at: [bones, heart, bone]
        """, [
            "Cases/cases/c.yaml:21:24: error: accept_at step \"heart\" has none of the terms of finding \"f\" (\"pneumothorax\") in its vocabulary; add the term to that step or remove it from accept_at",
            "Cases/cases/c.yaml:21:31: error: unknown step \"bone\" in routine \"cxr\"; did you mean \"bones\"? (steps: technical, lungs, heart, bones)",
        ]),
    aCase("accept_terms unknown", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: consolidation
            side: right
            severity: major
            conspicuity: obvious
            teaching: Air bronchograms.
            accept_terms: [pneumothorax, consolidaton]
            accept_at: [bones]
        """, [
            "Cases/cases/c.yaml:21:34: error: accept_terms: unknown term \"consolidaton\" in steps \"lungs\", \"bones\"; did you mean \"consolidation\"? (terms: pneumothorax, consolidation, fracture)",
        ]),
    aCase("evidence not in the view", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views:
          technical: Adequate.
          lungs: >
            A thin pleural line
            at the right apex.
          heart: Normal.
          bones: Intact.
        findings:
          - id: f
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
            evidence: pleural line AT THE right
          - id: g
            step: heart
            term: cardiomegaly
            severity: minor
            conspicuity: obvious
            teaching: Big heart.
            evidence: enlarged heart
        """, [
            "Cases/cases/c.yaml:20:5: warning: term \"pneumothorax\" of finding \"f\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
            "Cases/cases/c.yaml:34:15: error: evidence \"enlarged heart\" of finding \"g\" does not occur in the view text of step \"heart\"; copy the phrase exactly from the view",
        ]),
    aCase("critical finding without a teaching point", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: ""
          - id: g
            step: heart
            term: cardiomegaly
            severity: minor
            conspicuity: obvious
        """, [
            "Cases/cases/c.yaml:14:5: warning: term \"pneumothorax\" of finding \"f\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
            "Cases/cases/c.yaml:20:15: error: teaching of critical finding \"f\" is empty; write one to three sentences (a critical finding always needs a teaching point)",
            "Cases/cases/c.yaml:21:5: error: missing required key \"teaching\" in finding \"g\"",
        ]),
    aCase("distractor with unknown step, unknown term and missing evidence", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        distractors:
          - {step: hart, note: Fat pad.}
          - {step: heart, term: cardiomegally, note: Fat pad.}
          - {step: heart, note: Fat pad., evidence: fat pad}
        """, [
            "Cases/cases/c.yaml:14:12: error: unknown step \"hart\" in routine \"cxr\"; did you mean \"heart\"? (steps: technical, lungs, heart, bones)",
            "Cases/cases/c.yaml:15:25: error: unknown term \"cardiomegally\" in step \"heart\" of routine \"cxr\"; did you mean \"cardiomegaly\"? (terms: cardiomegaly)",
            "Cases/cases/c.yaml:16:45: error: evidence \"fat pad\" of distractor 3 does not occur in the view text of step \"heart\"; copy the phrase exactly from the view",
        ]),
]

@Test(arguments: headerExamples)
func caseFieldErrors(_ example: Example) {
    example.verify()
}

@Test(arguments: findingExamples)
func findingErrors(_ example: Example) {
    example.verify()
}

/// Issue 17: an extra view, a finding seen only there, a senior's note.
private let helpExamples: [Example] = [
    aCase("a finding that needs an extra view its step does not offer", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views: {technical: A., lungs: B., heart: C., bones: D.}
        findings:
          - id: f
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
            needs_extra: true
        """, [
            "Cases/cases/c.yaml:14:5: warning: term \"pneumothorax\" of finding \"f\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
            "Cases/cases/c.yaml:21:18: error: finding \"f\" has needs_extra: true, but step \"lungs\" offers no extra view; add extra: {label, text, indicated} to its view, or drop needs_extra",
        ]),
    aCase("evidence of a finding that needs the extra view is looked for there", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        senior: Follow the pleural line round the apex.
        views:
          technical: A.
          lungs:
            text: Both lungs expanded to the chest wall.
            extra:
              label: Expiratory film
              text: A thin line 1 cm from the right apical wall, no markings beyond it.
              delay: 40
              indicated: true
              reason: A small apical pneumothorax shows best on expiration.
          heart: C.
          bones: D.
        findings:
          - id: f
            step: lungs
            term: pneumothorax
            side: right
            severity: critical
            conspicuity: subtle
            teaching: Look at the apex.
            evidence: Both lungs expanded
            needs_extra: true
        """, [
            "Cases/cases/c.yaml:26:5: warning: term \"pneumothorax\" of finding \"f\" is also in the vocabulary of step \"bones\", where marking it would not count; if it should, add accept_at: [bones]",
            "Cases/cases/c.yaml:33:15: error: evidence \"Both lungs expanded\" of finding \"f\" does not occur in the extra view text of step \"lungs\"; copy the phrase exactly from the extra view",
        ]),
    aCase("an extra view without indicated", """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        views:
          technical: A.
          lungs:
            text: B.
            extra: {label: Lateral, text: More., colour: red}
          heart: C.
          bones: D.
        """, [
            "Cases/cases/c.yaml:16:12: error: missing required key \"indicated\" in extra of view \"lungs\"",
            "Cases/cases/c.yaml:16:42: error: unknown key \"colour\" in extra of view \"lungs\" (keys: label, text, delay, indicated, reason)",
        ]),
]

@Test(arguments: helpExamples)
func helpFromColleaguesErrors(_ example: Example) {
    example.verify()
}

@Test func anExtraViewASeniorNoteAndTheConsultDelayDecode() throws {
    let yaml = """
        kind: case
        id: c
        title: T
        modality: XR
        exam: Chest PA
        priority: urgent
        patient: {age: 40, sex: F}
        indication: Cough.
        routine: cxr
        target_seconds: 60
        impression: Normal.
        senior: Follow the pleural line round the apex.
        views:
          technical: A.
          lungs:
            text: Both lungs expanded to the chest wall.
            extra: {label: Expiratory film, text: A thin line at the apex., indicated: false, reason: Not needed.}
          heart: C.
          bones: D.
        """
    let loaded = LibraryLoader.load(files: Fixture.files(replacing: "Cases/cases/c.yaml", with: yaml), wholeLibrary: false, lint: true)
    let c = try #require(loaded.library.case("c"))
    #expect(c.senior == "Follow the pleural line round the apex.")
    #expect(c.views["lungs"]?.extra == ExtraView(label: "Expiratory film", text: "A thin line at the apex.", delay: 60,
                                                 indicated: false, reason: "Not needed."))
}
