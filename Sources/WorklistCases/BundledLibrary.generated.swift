// Generated from Cases/ by BundledLibrarySource.generate(files:). Do not edit.
// To refresh it after changing Cases/: RECORD_BUNDLE=1 swift test --filter BundledLibrary

/// The case library built into the binary, used when no Cases/ folder is found.
enum BundledLibrary {
    static let files: [SourceFile] = [
        SourceFile(
            path: "Cases/cases/ct-head/cth-anticoagulated-fall-right-sdh.yaml",
            text: #"""
kind: case
id: cth-anticoagulated-fall-right-sdh
title: Fall on apixaban, CT head
modality: CT
exam: CT head non-contrast
priority: stat
patient: {age: 81, sex: M}
indication: >
  Fell backwards at home and struck the back of his head. Takes apixaban. GCS 15, headache.
routine: ct-head
target_seconds: 60   # 150 words / 4 + 4 s x 6 steps = 62 s, rounded to 5
views:
  blood: >
    A crescent-shaped hyperdense collection, 7 mm at its thickest, lines the inner table
    over the right frontal and parietal lobes and crosses the coronal suture without
    crossing the midline. No other extra-axial blood. No intraparenchymal,
    intraventricular or subarachnoid blood.
  cisterns: >
    Basal cisterns patent: suprasellar, ambient, quadrigeminal and perimesencephalic
    cisterns normal and symmetric. Both Sylvian fissures visible. Foramen magnum normal.
  brain: >
    Mild effacement of the right frontal and parietal sulci beneath the collection.
    Grey-white differentiation preserved. No parenchymal contusion or mass. Septum
    pellucidum in the midline, with no midline shift.
  ventricles: >
    Lateral ventricles symmetric, without effacement, and normal in size for age. Third
    and fourth ventricles normal. No periventricular low density.
  bone: >
    Bone window: no fracture of the calvarium or skull base, including the occipital bone.
    Soft-tissue swelling over the left occiput, 12 mm thick, without gas.
  sinuses: >
    Paranasal sinuses and mastoid air cells clear, with no fluid levels. Orbits, globes and
    facial soft tissues normal.
findings:
  - id: right-acute-subdural
    step: blood
    term: subdural-haematoma
    side: right
    severity: critical
    conspicuity: obvious
    teaching: >
      A crescentic hyperdense collection that crosses sutures but not the midline is an
      acute subdural haematoma. In an anticoagulated patient it is a critical result even
      without midline shift, because it may enlarge: call now so anticoagulation can be
      reversed and neurosurgery consulted, and report its thickness and any shift.
    evidence: A crescent-shaped hyperdense collection, 7 mm at its thickest
  - id: left-occipital-scalp-haematoma
    step: bone
    term: scalp-haematoma
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      Scalp swelling marks the impact site. Look beneath it for a fracture and opposite it
      for the contrecoup injury - here the right frontal subdural.
    evidence: Soft-tissue swelling over the left occiput
impression: >
  Acute right frontoparietal subdural haematoma, 7 mm maximum thickness, with local sulcal
  effacement and no midline shift. Left occipital scalp haematoma at the impact site, with
  no skull fracture. Critical result telephoned; the patient takes apixaban.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (intracranial haemorrhage: category 1)"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-code-stroke-normal.yaml",
            text: #"""
kind: case
id: cth-code-stroke-normal
title: Code stroke, CT head
modality: CT
exam: CT head non-contrast
priority: stat
patient: {age: 72, sex: M}
indication: >
  Code stroke: sudden weakness of the left arm and face, onset 50 minutes ago.
  Thrombolysis candidate; exclude haemorrhage.
routine: ct-head
target_seconds: 65   # 156 words / 4 + 4 s x 6 steps = 63 s, rounded to 5
views:
  blood: >
    No extra-axial collection over either convexity, along the falx or on the tentorium.
    No intraparenchymal hyperdensity. Ventricles and basal cisterns contain CSF density
    only. Sulci free of blood.
  cisterns: >
    Suprasellar, interpeduncular, ambient, quadrigeminal and perimesencephalic cisterns
    patent, symmetric and dark with CSF. Sylvian fissures open on both sides. Foramen
    magnum normal.
  brain: >
    Grey-white differentiation preserved in both hemispheres, including the insular
    ribbons and lentiform nuclei. Sulci appropriate for age, none effaced. Both middle
    cerebral arteries are the same density as the other vessels; coarse, symmetric
    calcification lines the walls of both cavernous carotid arteries. No mass. Midline
    structures central.
  ventricles: >
    Ventricles normal in size for age and symmetric. Temporal horns not dilated. No
    periventricular low density. Septum pellucidum midline.
  bone: >
    Bone window: calvarium, skull base and visualised facial bones intact. Sutures normal
    for age. No scalp swelling or soft-tissue gas.
  sinuses: >
    Paranasal sinuses clear and well aerated, without fluid or mucosal thickening. Mastoid
    air cells and middle ears clear. Orbits unremarkable.
distractors:
  - step: brain
    term: hyperdense-artery
    side: right
    note: >
      Calcified atheroma of both cavernous carotid siphons: symmetric, chalky and in the
      vessel wall. A hyperdense artery sign is a tubular clot denser than the opposite,
      matching artery (compare both MCAs, which are equal here).
    evidence: coarse, symmetric calcification lines the walls of both cavernous carotid arteries
impression: >
  No intracranial haemorrhage. No early ischaemic change (ASPECTS 10) and no hyperdense
  artery; the symmetric carotid siphon calcification is atheroma. No CT contraindication to
  thrombolysis. A normal early CT does not exclude an acute infarct.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Barber PA et al. Validity and reliability of a quantitative computed tomography score in predicting outcome of hyperacute stroke before thrombolytic therapy (ASPECTS). Lancet 2000;355:1670-1674"
  - "Stroke: door to CT interpretation within 45 minutes (REFERENCES.md, turnaround)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-sinusitis-physiological-calcification.yaml",
            text: #"""
kind: case
id: cth-sinusitis-physiological-calcification
title: Headache and facial pain, CT head
modality: CT
exam: CT head non-contrast
priority: routine
patient: {age: 33, sex: F}
indication: >
  Ten days of frontal headache and right cheek pain, worse on bending forward, with nasal
  discharge. Neurological examination normal.
routine: ct-head
target_seconds: 65   # 163 words / 4 + 4 s x 6 steps = 65 s, rounded to 5
views:
  blood: >
    No extradural or subdural collection. No subarachnoid blood. A 5 mm focus of bone
    density lies in the midline behind the third ventricle, above the quadrigeminal
    cistern; paired, symmetric foci of the same density sit in the atria of both lateral
    ventricles. No other hyperdensity.
  cisterns: >
    Basal cisterns patent and symmetric: suprasellar, ambient, quadrigeminal and
    perimesencephalic cisterns contain CSF density. Sylvian fissures open.
  brain: >
    Grey-white differentiation preserved. Hemispheres symmetric; sulci normal for age,
    none effaced. No mass or oedema. Midline structures central. Posterior fossa normal.
  ventricles: >
    Ventricles normal in size and symmetric; temporal horns not dilated. No dependent
    layering in the occipital horns. Third and fourth ventricles normal.
  bone: >
    Bone window: calvarium and skull base intact. Walls of both maxillary sinuses intact,
    without erosion or expansion. No scalp swelling.
  sinuses: >
    The right maxillary sinus holds a horizontal gas-fluid interface across its lower
    half; the fluid is of low density, not blood. Left maxillary, frontal, ethmoid and
    sphenoid sinuses clear. Mastoid air cells and middle ears clear. Orbits normal.
findings:
  - id: right-maxillary-fluid-level
    step: sinuses
    term: air-fluid-level
    side: right
    severity: minor
    conspicuity: obvious
    teaching: >
      An air-fluid level in a maxillary sinus with this history supports acute sinusitis;
      after trauma, think instead of blood from a fracture. The intracranial search was
      normal here and the answer lay in the last step, so finish the pattern on every scan.
    evidence: horizontal gas-fluid interface across its lower
distractors:
  - step: blood
    term: intraparenchymal-haemorrhage
    note: >
      Pineal calcification: midline, behind the third ventricle, bone density (far denser
      than acute blood), seen in most adults. A normal finding, not haemorrhage.
    evidence: A 5 mm focus of bone density lies in the midline behind the third ventricle
  - step: blood
    term: intraventricular-haemorrhage
    note: >
      Choroid plexus calcification in the glomus of both atria: paired, symmetric and bone
      density. Intraventricular blood is less dense and layers dependently in the occipital
      horns.
    evidence: paired, symmetric foci of the same density sit in the atria of both lateral
impression: >
  No acute intracranial abnormality. Air-fluid level in the right maxillary sinus, in
  keeping with acute sinusitis in this clinical context. Physiological pineal and choroid
  plexus calcification.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron); sinuses and mastoids last"
  - "Radiopaedia: Normal intracranial calcifications"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-thunderclap-subtle-sah.yaml",
            text: #"""
kind: case
id: cth-thunderclap-subtle-sah
title: Thunderclap headache, CT head
modality: CT
exam: CT head non-contrast
priority: urgent
patient: {age: 46, sex: F}
indication: >
  Sudden severe occipital headache while lifting weights 4 hours ago, the worst ever.
  Neck stiffness. GCS 15, no focal deficit. Query subarachnoid haemorrhage.
routine: ct-head
target_seconds: 60   # 141 words / 4 + 4 s x 6 steps = 59 s, rounded to 5
views:
  blood: >
    No extradural or subdural collection. No intraparenchymal or intraventricular
    hyperdensity. The interpeduncular fossa, normally dark with CSF, is filled by faintly
    hyperdense material slightly denser than the adjacent midbrain. The convexity sulci
    contain CSF density only.
  cisterns: >
    Suprasellar and ambient cisterns open, not effaced. The interpeduncular cistern is
    greyer than the suprasellar cistern in front of it. Quadrigeminal cistern and both
    Sylvian fissures contain dark CSF.
  brain: >
    Grey-white differentiation preserved. No focal lesion or sulcal effacement. Midline
    structures central. Brainstem, cerebellum and posterior fossa normal.
  ventricles: >
    Lateral and third ventricles normal in size and symmetric; the temporal horns are
    slit-like. Fourth ventricle normal. No dependent layering in the occipital horns.
  bone: >
    Bone window: calvarium and skull base intact, with no lytic or sclerotic lesion. No
    scalp swelling.
  sinuses: >
    Paranasal sinuses clear, without fluid or mucosal thickening. Mastoid air cells and
    middle ears well aerated. Orbits normal.
findings:
  - id: interpeduncular-sah
    step: blood
    term: subarachnoid-haemorrhage
    severity: critical
    conspicuity: subtle
    accept_at: [cisterns]
    teaching: >
      A small subarachnoid haemorrhage may sit only in the interpeduncular cistern: compare
      the density of every cistern with CSF elsewhere. CT within 6 hours of onset is highly
      sensitive (Perry 2011) only when read this carefully. Call now and recommend CT
      angiography; a perimesencephalic pattern can be non-aneurysmal, but that is decided
      after angiography.
    evidence: filled by faintly hyperdense material slightly denser than the adjacent midbrain
impression: >
  Small-volume acute subarachnoid haemorrhage in the interpeduncular cistern. No
  hydrocephalus and no parenchymal haematoma. Recommend CT angiography to look for an
  aneurysm. Critical result telephoned to the emergency team.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Perry JJ et al. Sensitivity of computed tomography performed within six hours of onset of headache for diagnosis of subarachnoid haemorrhage: prospective cohort study. BMJ 2011;343:d4277"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (intracranial haemorrhage: category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-ett-right-main-bronchus.yaml",
            text: #"""
kind: case
id: cxr-ett-right-main-bronchus
title: Post-intubation check, AP chest
modality: XR
exam: Chest AP (supine, portable)
priority: stat
patient: {age: 36, sex: F}
indication: >
  Intubated in the emergency department for reduced consciousness after an overdose.
  Check endotracheal and nasogastric tube positions.
routine: cxr
target_seconds: 85   # 202 words / 4 + 4 s x 9 steps = 86 s, rounded to 5
views:
  technical: >
    AP supine portable film. Not rotated. Seven anterior ribs above the right
    hemidiaphragm on ventilation. Exposure adequate. Apices and costophrenic angles
    included; the mandible projects over C5, so the neck is neutral.
  airway: >
    Trachea central and of normal calibre. Carina at the level of T5 with a normal angle.
    Both main bronchi outlined by air.
  lungs: >
    Both lungs well expanded and clear. No consolidation, collapse, nodule or mass. Apices
    and retrocardiac region clear.
  pleura: >
    No pneumothorax on this supine film: no deep sulcus and no anterior basal lucency on
    either side. Costophrenic angles sharp. No effusion.
  circulation: >
    Heart normal in size for an AP supine film. Mediastinum not widened; contour normal.
    Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, scapulae and visualised
    spine intact.
  lines: >
    Endotracheal tube: its tip lies 1.5 cm below the carina, projected over the right main
    bronchus and following its line. Nasogastric tube runs down the midline, crosses the
    left hemidiaphragm and ends in the gastric fundus. External ECG leads.
  diaphragm: >
    Hemidiaphragms normal in position and outline. Gastric bubble beneath the left dome.
    No free gas seen, though a supine film is insensitive for it.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas. Breast shadows
    symmetric.
findings:
  - id: ett-in-right-main-bronchus
    step: lines
    term: ett-endobronchial
    side: right
    severity: critical
    conspicuity: obvious
    teaching: >
      With the neck neutral the tube tip should lie about 5 cm (3 to 7 cm) above the
      carina. A tip beyond the carina usually enters the straighter right main bronchus,
      ventilating one lung and risking left lung collapse and right pneumothorax, so call
      the team now to pull it back.
    evidence: its tip lies 1.5 cm below the carina, projected over the right main bronchus
impression: >
  Endotracheal tube tip in the right main bronchus, 1.5 cm beyond the carina: withdraw so
  the tip lies about 5 cm above the carina. Nasogastric tube tip in the stomach. Lungs
  clear; no pneumothorax. Critical result telephoned to the emergency team.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE; Evaluation of endotracheal tube position"
  - "Goodman LR, Conrardy PA, Laing F, Singer MM. Radiographic evaluation of endotracheal tube position. AJR 1976;127:433-434"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-free-air-epigastric-pain.yaml",
            text: #"""
kind: case
id: cxr-free-air-epigastric-pain
title: Epigastric pain and vomiting, erect chest
modality: XR
exam: Chest PA (erect)
priority: routine
patient: {age: 61, sex: M}
indication: >
  Epigastric pain since this afternoon with vomiting; takes ibuprofen for back pain.
  Query aspiration.
routine: cxr
target_seconds: 85   # 197 words / 4 + 4 s x 9 steps = 85 s, rounded to 5
views:
  technical: >
    PA erect; the patient sat upright for several minutes before the exposure. Not
    rotated. Six anterior ribs visible. Exposure adequate. Apices, costophrenic angles and
    both upper quadrants included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Lungs clear. No consolidation in either lower zone, including behind the heart and
    behind the domes. No nodule or mass. Vascular markings normal.
  pleura: >
    No pneumothorax at either apex. Costophrenic angles sharp on both sides, with no
    effusion. No pleural thickening or plaques.
  circulation: >
    Heart normal in size with crisp borders. Mediastinum normal in width and contour;
    aortic knuckle normal. Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, scapulae, shoulders and
    thoracic spine intact. Bone density normal.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the lungs.
  diaphragm: >
    Both hemidiaphragms smooth and in normal position. Under the right dome a thin crescent
    of lucency separates the diaphragm from the liver, so the diaphragm shows as a fine
    line with gas on both sides. Gastric bubble normal on the left.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall are normal. No gas in the soft
    tissues.
findings:
  - id: free-subdiaphragmatic-gas
    step: diaphragm
    term: free-air
    severity: critical
    conspicuity: subtle
    teaching: >
      A lucent crescent between the right hemidiaphragm and the liver on an erect film is
      free intraperitoneal gas until proven otherwise; with NSAIDs and epigastric pain think
      of a perforated peptic ulcer. It is often the only abnormality on a film requested
      for the chest, so look below the diaphragm every time and call the team at once.
    evidence: a thin crescent of lucency separates the diaphragm from the liver
impression: >
  Free gas under the right hemidiaphragm, in keeping with a perforated viscus (probably a
  perforated peptic ulcer in this setting). Lungs clear; no sign of aspiration. Critical
  result telephoned to the emergency team for urgent surgical review.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Miller RE, Nelson SW. The roentgenological demonstration of tiny amounts of free intraperitoneal gas. AJR 1971;112:574-585"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-left-pneumothorax.yaml",
            text: #"""
kind: case
id: cxr-left-pneumothorax
title: Sudden left chest pain, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 23, sex: M}
indication: >
  Sudden left-sided chest pain and mild breathlessness at rest since this morning. Tall,
  smoker. Oxygen saturation 96% on air.
routine: cxr
target_seconds: 90   # 219 words / 4 + 4 s x 9 steps = 91 s, rounded to 5
views:
  technical: >
    PA erect, taken in inspiration. Not rotated. Six and a half anterior ribs above the
    right hemidiaphragm. Exposure adequate. Apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre, not deviated. Carina at a normal angle; both
    main bronchi patent. Right paratracheal stripe thin.
  lungs: >
    No consolidation, nodule or mass in either lung. On the left, lung markings stop short
    of the lateral chest wall. Right apex and both hila clear; retrocardiac region clear.
  pleura: >
    A thin white visceral pleural line runs parallel to the left lateral chest wall from
    the apex to the lower zone, about 3 cm from the wall at the level of the hilum, with
    no lung markings beyond it. Left costophrenic angle sharp, no fluid level. Right
    pleura normal.
  circulation: >
    Heart normal in size and shape; borders crisp. Mediastinum central and not shifted
    towards the right. Hila normal in size and density. No mediastinal air.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, scapulae and thoracic
    spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the lungs.
  diaphragm: >
    Hemidiaphragms in normal position with sharp outlines; the left is not flattened or
    depressed. Gastric bubble normal. No free gas under either dome.
  soft-tissues: >
    No gas in the soft tissues of the chest wall, axillae or neck. Soft tissues otherwise
    unremarkable.
findings:
  - id: left-pneumothorax
    step: pleura
    term: pneumothorax
    side: left
    severity: critical
    conspicuity: obvious
    teaching: >
      A thin visceral pleural line with no lung markings beyond it is a pneumothorax; on an
      erect film look along the apex and the lateral wall. A rim of 2 cm or more at the
      level of the hilum is large (BTS 2010); no mediastinal shift or flattened
      hemidiaphragm means no radiographic tension, but it is still a critical result.
    evidence: thin white visceral pleural line runs parallel to the left lateral chest wall
impression: >
  Large left pneumothorax, rim about 3 cm at the level of the hilum, without mediastinal
  shift or other sign of tension. Lungs otherwise clear. Critical result telephoned to the
  emergency team.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "MacDuff A, Arnold A, Harvey J. Management of spontaneous pneumothorax: BTS pleural disease guideline 2010. Thorax 2010;65(Suppl 2):ii18-ii31"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-normal-nipple-shadows.yaml",
            text: #"""
kind: case
id: cxr-normal-nipple-shadows
title: Fever and cough, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 44, sex: F}
indication: >
  Fever and cough for five days, crackles at the left base. Exclude pneumonia.
routine: cxr
target_seconds: 90   # 214 words / 4 + 4 s x 9 steps = 90 s, rounded to 5
views:
  technical: >
    PA erect. Not rotated. Six anterior ribs above the right hemidiaphragm. Exposure
    adequate, with the spine just visible behind the heart. Apices and costophrenic angles
    included.
  airway: >
    Trachea central and of normal calibre. Carina and main bronchi normal. Right
    paratracheal stripe thin and not widened.
  lungs: >
    Both lungs clear, zones symmetric. In the left lower zone, at the level of the fifth
    anterior rib, lies a round 1 cm opacity with a sharp lateral edge and a fading medial
    edge; a similar, fainter opacity sits at the same level on the right. No
    consolidation. Retrocardiac region clear.
  pleura: >
    No pneumothorax at either apex or along the chest walls. Costophrenic angles sharp on
    both sides. No pleural effusion or thickening.
  circulation: >
    Heart normal in size with crisp borders, including the left heart border. Mediastinum
    normal in width and contour. Aortic knuckle normal. Hila normal in size and density.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, scapulae and thoracic
    spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the lungs.
  diaphragm: >
    Both hemidiaphragms sharp and domed, the right slightly higher. Gastric bubble under
    the left dome. No free gas under either dome.
  soft-tissues: >
    Both breast shadows present and symmetric. Soft tissues of the neck, axillae and chest
    wall normal. No subcutaneous gas.
distractors:
  - step: lungs
    term: nodule
    side: left
    note: >
      Nipple shadows: paired, at the same level (fifth anterior ribs), sharp laterally and
      fading medially. A repeat film with nipple markers settles any doubt; not a nodule.
    evidence: a similar, fainter opacity sits at the same level on the right
impression: >
  Normal chest radiograph: no consolidation, effusion or pneumothorax. The small round
  opacities at the level of the fifth anterior ribs are nipple shadows.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Nipple markers (nipple shadow versus nodule)"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-pneumonia-rib-fracture.yaml",
            text: #"""
kind: case
id: cxr-pneumonia-rib-fracture
title: Fever and cough after a fall, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 78, sex: F}
indication: >
  Three days of fever and productive cough, crackles at the right base. Fell at home last
  week.
routine: cxr
target_seconds: 90   # 221 words / 4 + 4 s x 9 steps = 91 s, rounded to 5
views:
  technical: >
    PA erect. Not rotated. Six anterior ribs above the right hemidiaphragm. Exposure
    adequate, with the spine just visible behind the heart. Apices and costophrenic angles
    included.
  airway: >
    Trachea central and of normal calibre. Carina normal; both main bronchi patent. Right
    paratracheal stripe not widened.
  lungs: >
    Dense airspace opacity in the right lower zone with air bronchograms, obscuring the
    medial right hemidiaphragm but sparing the right heart border. Right upper and middle
    zones clear. Left lung clear, including behind the heart. No nodule or mass.
  pleura: >
    Costophrenic angles sharp on both sides. No pneumothorax at either apex or along the
    lateral chest walls. No pleural thickening.
  circulation: >
    Heart normal in size. Right and left heart borders crisp. Mediastinal contours normal;
    aortic knuckle normal. Hila normal in size and density.
  bones: >
    Ribs traced on both sides. On the left, the lateral arc of the seventh rib shows a
    small step in its outer cortex with a thin lucent line crossing the rib; no
    displacement. Other ribs, clavicles, scapulae and thoracic spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the lungs.
  diaphragm: >
    Medial right hemidiaphragm outline lost behind the basal opacity; left hemidiaphragm
    sharp, with the gastric bubble beneath it. No free gas under either dome.
  soft-tissues: >
    Soft tissues of the chest wall, axillae and neck unremarkable. No subcutaneous gas.
    Breast shadows symmetric.
findings:
  - id: right-lower-lobe-consolidation
    step: lungs
    term: consolidation
    side: right
    severity: major
    conspicuity: obvious
    teaching: >
      Airspace opacity with air bronchograms that effaces the right hemidiaphragm but spares
      the right heart border lies in the right lower lobe (silhouette sign). With fever and
      crackles it is pneumonia; in an older patient a follow-up film after treatment
      confirms resolution.
    evidence: Dense airspace opacity in the right lower zone with air bronchograms
  - id: left-seventh-rib-fracture
    step: bones
    term: rib-fracture
    side: left
    severity: minor
    conspicuity: subtle
    teaching: >
      Satisfaction of search: once the obvious pneumonia is found, finish the pattern.
      A cortical step with a lucent line across a rib is a fracture, and the recent fall is
      the clue to trace every rib on both sides.
    evidence: small step in its outer cortex with a thin lucent line crossing the rib
impression: >
  Right lower lobe consolidation in keeping with pneumonia. Undisplaced fracture of the
  lateral left seventh rib, probably from the recent fall; no pneumothorax. Follow-up
  radiograph after treatment to confirm resolution of the consolidation.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-stat-query-ptx-skin-fold.yaml",
            text: #"""
kind: case
id: cxr-stat-query-ptx-skin-fold
title: Query pneumothorax, AP chest in resus
modality: XR
exam: Chest AP (semi-erect, portable)
priority: stat
patient: {age: 67, sex: F}
indication: >
  Sudden breathlessness and left pleuritic chest pain; in resus and unable to stand.
  Query pneumothorax.
routine: cxr
target_seconds: 100   # 250 words / 4 + 4 s x 9 steps = 98 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film. Not rotated: the medial clavicle ends are equidistant
    from the spinous processes. Seven anterior ribs above the right hemidiaphragm.
    Exposure adequate. Both apices and both costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina normal in position and angle; both main
    bronchi patent. Right paratracheal stripe thin.
  lungs: >
    Both lungs clear and symmetric in all zones. Vessel markings run out to the periphery
    on both sides. Apices, hila, retrocardiac region and the lung behind the domes clear.
    No consolidation, nodule or mass.
  pleura: >
    Over the left mid and lower zones a long, gently curved vertical edge runs from above
    the hilum to below the costophrenic angle, continuing beyond the rib margin. It is a
    broad step from paler to darker grey, not a thin white line, and vessel markings
    continue lateral to it. Costophrenic angles sharp. Right pleura normal.
  circulation: >
    Heart not enlarged for an AP projection; cardiac borders crisp. Mediastinum not
    widened, contour normal; aortic knuckle normal. Hila normal in size and density.
  bones: >
    Ribs traced from posterior to anterior on both sides without a cortical break.
    Clavicles, scapulae and humeral heads normal. Thoracic spine alignment normal.
  lines: >
    No endotracheal tube, nasogastric tube, central line or drain. External ECG monitoring
    leads project over the upper chest.
  diaphragm: >
    Both hemidiaphragms smooth and domed, the right slightly higher than the left. Gastric
    bubble under the left dome. No gas beneath either hemidiaphragm.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present.
    No gas in the soft tissues.
distractors:
  - step: pleura
    term: pneumothorax
    side: left
    note: >
      Skin fold, not a pneumothorax: a broad density edge (Mach band) rather than a thin
      white visceral pleural line, lung markings continue beyond it, and it runs outside
      the rib cage. Common on AP films in older patients.
    evidence: vessel markings continue lateral to it
impression: >
  No pneumothorax: the curved edge over the left lower chest is a skin fold, with lung
  markings beyond it. Lungs, pleura, heart and mediastinum normal. A normal radiograph does
  not exclude pulmonary embolism; CT pulmonary angiography if clinically indicated.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Skinfold artifact (pneumothorax mimic)"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/routines/ct-head.yaml",
            text: #"""
# Emergency head CT search pattern "Blood Can Be Very Bad" (Perron):
# Blood, Cisterns, Brain, Ventricles, Bone; sinuses and mastoids last.
# Written without a radiologist's review.
kind: routine
id: ct-head
title: CT head non-contrast (Blood Can Be Very Bad)
modality: CT
order: strict
steps:
  - id: blood
    label: "Blood"
    hint: "Hyperdensity anywhere: EDH, SDH (falx, tentorium), brain, ventricles, SAH."
    terms:
      - id: extradural-haematoma
        label: Extradural haematoma
        aliases: [EDH, epidural haematoma, epidural hematoma]
        critical: true
        lateral: true
      - id: subdural-haematoma
        label: Acute subdural haematoma
        aliases: [SDH, ASDH, subdural, acute subdural]
        critical: true
        lateral: true
      - id: chronic-subdural-haematoma
        label: Chronic or subacute subdural haematoma
        aliases: [CSDH, chronic subdural, isodense subdural]
        critical: true
        lateral: true
      - id: subarachnoid-haemorrhage
        label: Subarachnoid haemorrhage
        aliases: [SAH, subarachnoid blood]
        critical: true
      - id: intraparenchymal-haemorrhage
        label: Intraparenchymal haemorrhage
        aliases: [ICH, IPH, intracerebral haemorrhage, haematoma]
        critical: true
        lateral: true
      - id: intraventricular-haemorrhage
        label: Intraventricular haemorrhage
        aliases: [IVH, ventricular blood]
        critical: true
      - id: haemorrhagic-contusion
        label: Haemorrhagic contusion
        aliases: [contusion, coup, contrecoup]
        critical: true
        lateral: true
  - id: cisterns
    label: "Cisterns"
    hint: "Suprasellar, interpeduncular, ambient, quadrigeminal, Sylvian: dark, open?"
    terms:
      - id: effaced-basal-cisterns
        label: Effaced basal cisterns
        aliases: [effaced cisterns, cisternal effacement, tight cisterns]
        critical: true
      - id: uncal-herniation
        label: Uncal (transtentorial) herniation
        aliases: [transtentorial herniation, descending herniation]
        critical: true
        lateral: true
      - id: tonsillar-herniation
        label: Tonsillar herniation
        aliases: [coning, foramen magnum herniation]
        critical: true
      - id: subarachnoid-haemorrhage
        label: Subarachnoid haemorrhage
        aliases: [SAH, cisternal blood]
        critical: true
      - id: sylvian-fissure-effacement
        label: Effaced Sylvian fissure
        aliases: [sylvian effacement]
        lateral: true
      - id: arachnoid-cyst
        label: Arachnoid cyst
        aliases: [CSF cyst]
        lateral: true
  - id: brain
    label: "Brain"
    hint: Symmetry, grey-white (insula, lentiform), sulci, masses, midline shift.
    terms:
      - id: midline-shift
        label: Midline shift (subfalcine herniation)
        aliases: [MLS, subfalcine herniation, shift]
        critical: true
      - id: acute-infarct
        label: Acute infarct (loss of grey-white differentiation)
        aliases: [stroke, ischaemia, early ischaemic change, insular ribbon sign]
        critical: true
        lateral: true
      - id: hyperdense-artery
        label: Hyperdense artery sign
        aliases: [hyperdense MCA, dense MCA, dense vessel, dot sign]
        critical: true
        lateral: true
      - id: diffuse-cerebral-oedema
        label: Diffuse cerebral oedema
        aliases: [cerebral edema, global oedema, reversal sign]
        critical: true
      - id: mass
        label: Intracranial mass
        aliases: [tumour, SOL, space-occupying lesion]
        lateral: true
      - id: vasogenic-oedema
        label: Vasogenic oedema
        aliases: [oedema, edema, white matter oedema]
        lateral: true
      - id: old-infarct
        label: Established infarct (encephalomalacia)
        aliases: [encephalomalacia, old stroke, gliosis]
        lateral: true
      - id: small-vessel-disease
        label: Small vessel ischaemic change
        aliases: [SVD, leukoaraiosis, white matter hypodensity]
      - id: atrophy
        label: Generalised volume loss beyond age
        aliases: [atrophy, volume loss]
  - id: ventricles
    label: "Ventricles"
    hint: Size for age (temporal horns), symmetry, effacement, periventricular oedema.
    terms:
      - id: hydrocephalus
        label: Hydrocephalus
        aliases: [HCP, ventriculomegaly, dilated ventricles]
        critical: true
      - id: transependymal-oedema
        label: Periventricular transependymal oedema
        aliases: [transependymal flow, periventricular lucency]
      - id: effaced-ventricle
        label: Effaced lateral ventricle
        aliases: [compressed ventricle, ventricular effacement]
        lateral: true
      - id: entrapped-temporal-horn
        label: Entrapped temporal horn
        aliases: [trapped ventricle, trapped temporal horn]
        lateral: true
      - id: ex-vacuo-dilatation
        label: Ex vacuo ventricular dilatation
        aliases: [ex vacuo]
        lateral: true
      - id: colloid-cyst
        label: Third ventricle mass (colloid cyst)
        aliases: [colloid cyst, third ventricular mass]
      - id: ventricular-catheter
        label: Ventricular catheter or shunt
        aliases: [shunt, VP shunt, EVD]
        lateral: true
  - id: bone
    label: "Bone"
    hint: "Bone window: vault, skull base, face; fracture vs suture; scalp swelling."
    terms:
      - id: skull-fracture
        label: Skull vault fracture (non-depressed)
        aliases: [fracture, linear fracture, calvarial fracture]
        lateral: true
      - id: depressed-skull-fracture
        label: Depressed skull fracture
        aliases: [depressed fracture]
        critical: true
        lateral: true
      - id: skull-base-fracture
        label: Skull base fracture
        aliases: [basal skull fracture, temporal bone fracture]
        lateral: true
      - id: facial-fracture
        label: Facial bone fracture
        aliases: [orbital fracture, zygoma fracture, maxillary fracture]
        lateral: true
      - id: scalp-haematoma
        label: Scalp haematoma
        aliases: [scalp swelling, soft-tissue swelling, subgaleal haematoma]
        lateral: true
      - id: pneumocephalus
        label: Pneumocephalus
        aliases: [intracranial air, intracranial gas]
      - id: lytic-lesion
        label: Lytic skull lesion
        aliases: [lytic, metastasis, myeloma]
        lateral: true
  - id: sinuses
    label: "Sinuses and mastoids"
    hint: "Sinuses, mastoids, middle ears: fluid or opacification; orbits."
    terms:
      - id: air-fluid-level
        label: Air-fluid level in a paranasal sinus
        aliases: [fluid level, sinusitis, haemosinus]
        lateral: true
      - id: sinus-opacification
        label: Opacified paranasal sinus
        aliases: [opacified sinus, sinus opacification]
        lateral: true
      - id: mucosal-thickening
        label: Sinus mucosal thickening
        aliases: [mucosal disease]
      - id: retention-cyst
        label: Mucous retention cyst
        aliases: [retention cyst, polyp]
      - id: mastoid-opacification
        label: Mastoid or middle ear opacification
        aliases: [mastoiditis, mastoid fluid, middle ear fluid]
        lateral: true
      - id: orbital-emphysema
        label: Orbital emphysema
        aliases: [orbital air, orbital gas]
        lateral: true

"""#
        ),
        SourceFile(
            path: "Cases/routines/cxr.yaml",
            text: ##"""
# Chest radiograph search pattern: technical quality, then ABCDE
# (Radiopaedia "chest x-ray review: ABCDE"). Written without a radiologist's review.
kind: routine
id: cxr
title: Chest radiograph (ABCDE)
modality: XR
order: strict
steps:
  - id: technical
    label: Technical quality
    hint: PA or AP, rotation, inspiration (about 6 anterior ribs), exposure, coverage.
    terms:
      - id: rotated
        label: Rotated film
        aliases: [rotation]
      - id: poor-inspiration
        label: Poor inspiration
        aliases: [underinspired, shallow inspiration, low volumes]
      - id: underexposed
        label: Underexposed (underpenetrated)
        aliases: [underpenetrated]
      - id: overexposed
        label: Overexposed (overpenetrated)
        aliases: [overpenetrated]
      - id: anatomy-excluded
        label: Anatomy cut off (apex or costophrenic angle)
        aliases: [cut off, coverage]
        lateral: true
      - id: motion-artefact
        label: Motion artefact
        aliases: [motion blur, movement]
      - id: overlying-artefact
        label: Overlying artefact (clothing, jewellery, hair)
        aliases: [artefact, artifact]
  - id: airway
    label: "A: Airway"
    hint: Trachea central? Calibre, carina, main bronchi, paratracheal stripe.
    terms:
      - id: tracheal-deviation
        label: Tracheal deviation (side = direction)
        aliases: [tracheal shift, deviated trachea]
        lateral: true
      - id: tracheal-narrowing
        label: Tracheal narrowing
        aliases: [tracheal stenosis, tracheal compression]
      - id: widened-carina
        label: Widened carinal angle
        aliases: [carinal splaying, splayed carina]
      - id: paratracheal-widening
        label: Widened right paratracheal stripe
        aliases: [paratracheal stripe, paratracheal mass]
      - id: bronchial-cutoff
        label: Bronchial cut-off
        aliases: [bronchial obstruction]
        lateral: true
      - id: airway-foreign-body
        label: Airway foreign body
        aliases: [inhaled foreign body, aspirated foreign body, FB]
        lateral: true
  - id: lungs
    label: "B: Breathing (lungs)"
    hint: Compare zones side by side; check apices, hila, behind heart and domes.
    terms:
      - id: consolidation
        label: Consolidation
        aliases: [airspace opacity, pneumonia, air bronchogram]
        lateral: true
      - id: collapse
        label: Lobar collapse
        aliases: [atelectasis, volume loss, sail sign]
        lateral: true
      - id: nodule
        label: Pulmonary nodule
        aliases: [lung nodule, coin lesion, SPN]
        lateral: true
      - id: mass
        label: Lung mass
        aliases: [tumour, lung cancer]
        lateral: true
      - id: cavity
        label: Cavitating lesion
        aliases: [cavity, abscess]
        lateral: true
      - id: pulmonary-oedema
        label: Pulmonary oedema
        aliases: [oedema, edema, CHF, heart failure, Kerley lines, bat wing]
      - id: interstitial-opacity
        label: Reticular (interstitial) opacity
        aliases: [fibrosis, reticulation, ILD]
      - id: miliary-nodules
        label: Miliary nodules
        aliases: [miliary]
      - id: hyperinflation
        label: Hyperinflation (emphysema)
        aliases: [emphysema, COPD, hyperexpansion]
      - id: plate-atelectasis
        label: Plate (linear) atelectasis
        aliases: [linear atelectasis, discoid atelectasis]
        lateral: true
      - id: calcified-granuloma
        label: Calcified granuloma
        aliases: [granuloma]
        lateral: true
  - id: pleura
    label: "B: Breathing (pleura)"
    hint: Trace each pleural edge (apex if erect, base if supine); CP angles.
    terms:
      - id: pneumothorax
        label: Pneumothorax
        aliases: [ptx, PTX, pneumo]
        critical: true
        lateral: true
      - id: tension-pneumothorax
        label: Tension pneumothorax
        aliases: [tension, tension ptx]
        critical: true
        lateral: true
      - id: hydropneumothorax
        label: Hydropneumothorax
        aliases: [pleural air-fluid level, hydropneumo]
        critical: true
        lateral: true
      - id: pleural-effusion
        label: Pleural effusion
        aliases: [effusion, fluid, blunted costophrenic angle, meniscus]
        lateral: true
      - id: pleural-thickening
        label: Pleural thickening
        aliases: [thickened pleura]
        lateral: true
      - id: pleural-plaques
        label: Calcified pleural plaques
        aliases: [plaques, asbestos]
        lateral: true
      - id: pleural-mass
        label: Pleural mass
        aliases: [pleural nodule, mesothelioma]
        lateral: true
  - id: circulation
    label: "C: Circulation (heart and mediastinum)"
    hint: Heart size (CTR under 0.5 on PA), borders, mediastinum, knuckle, hila.
    terms:
      - id: cardiomegaly
        label: Cardiomegaly
        aliases: [CTR, enlarged heart, cardiac enlargement]
      - id: widened-mediastinum
        label: Widened mediastinum
        aliases: [wide mediastinum, mediastinal widening, aortic injury]
        critical: true
      - id: pneumomediastinum
        label: Pneumomediastinum
        aliases: [mediastinal air, mediastinal emphysema]
        critical: true
      - id: pneumopericardium
        label: Pneumopericardium
        aliases: [pericardial air]
        critical: true
      - id: hilar-enlargement
        label: Hilar enlargement
        aliases: [hilar mass, bulky hilum, hilar lymphadenopathy]
        lateral: true
      - id: mediastinal-mass
        label: Mediastinal mass
        aliases: [anterior mediastinal mass, lymphadenopathy]
      - id: hiatus-hernia
        label: Hiatus hernia
        aliases: [HH, retrocardiac air-fluid level]
      - id: unfolded-aorta
        label: Unfolded aorta
        aliases: [aortic unfolding, tortuous aorta]
  - id: bones
    label: "D: Disability (bones)"
    hint: Trace every rib cortex, then clavicles, scapulae, shoulders, spine.
    terms:
      - id: rib-fracture
        label: Rib fracture
        aliases: [fractured rib, "#rib"]
        lateral: true
      - id: clavicle-fracture
        label: Clavicle fracture
        aliases: [fractured clavicle]
        lateral: true
      - id: vertebral-fracture
        label: Vertebral compression fracture
        aliases: [wedge fracture, vertebral collapse, crush fracture]
      - id: shoulder-dislocation
        label: Shoulder dislocation
        aliases: [dislocated shoulder]
        lateral: true
      - id: lytic-lesion
        label: Lytic bone lesion
        aliases: [lytic, metastasis, bone destruction]
        lateral: true
      - id: sclerotic-lesion
        label: Sclerotic bone lesion
        aliases: [sclerotic, blastic]
        lateral: true
      - id: healed-rib-fracture
        label: Healed rib fracture
        aliases: [old rib fracture, callus]
        lateral: true
      - id: degenerative-spine
        label: Degenerative change of the spine
        aliases: [spondylosis, osteophytes]
  - id: lines
    label: "E: Lines and tubes"
    hint: "Each tip: ETT about 5 cm above carina, NGT in stomach, CVC at SVC/RA."
    terms:
      - id: ett-endobronchial
        label: ETT tip in a main bronchus
        aliases: [ETT, ETT too low, endobronchial intubation, main bronchus intubation]
        critical: true
        lateral: true
      - id: ett-oesophageal
        label: ETT in the oesophagus
        aliases: [ETT, oesophageal intubation, esophageal intubation]
        critical: true
      - id: ett-high
        label: ETT tip too high
        aliases: [ETT, ETT too high]
      - id: ngt-airway
        label: NG tube in the airway
        aliases: [NGT, NG tube in bronchus, nasogastric tube misplaced]
        critical: true
        lateral: true
      - id: ngt-not-in-stomach
        label: NG tube tip above the diaphragm
        aliases: [NGT, NGT too short, NGT in oesophagus]
      - id: cvc-malposition
        label: Central venous catheter malpositioned
        aliases: [CVC, CVL, PICC, central line]
        lateral: true
      - id: chest-drain-malposition
        label: Chest drain malpositioned
        aliases: [chest tube, ICD, intercostal drain]
        lateral: true
      - id: cardiac-device
        label: Cardiac device (pacemaker or ICD)
        aliases: [pacemaker, PPM, AICD]
  - id: diaphragm
    label: "E: Below the diaphragm"
    hint: Both domes; gas under a dome on an erect film; gastric bubble, bowel.
    terms:
      - id: free-air
        label: Free subdiaphragmatic air
        aliases: [pneumoperitoneum, free gas, free intraperitoneal gas, air under diaphragm]
        critical: true
      - id: raised-hemidiaphragm
        label: Raised hemidiaphragm
        aliases: [elevated hemidiaphragm, eventration, phrenic palsy]
        lateral: true
      - id: dilated-bowel
        label: Dilated bowel loops
        aliases: [bowel obstruction, distended bowel]
      - id: subphrenic-collection
        label: Subphrenic gas-fluid collection
        aliases: [subphrenic abscess]
        lateral: true
      - id: interposed-colon
        label: Colon interposed under the diaphragm (Chilaiditi)
        aliases: [Chilaiditi, colonic interposition, pseudopneumoperitoneum]
      - id: gallstones
        label: Calcified gallstones
        aliases: [cholelithiasis]
  - id: soft-tissues
    label: "E: Soft tissues"
    hint: "Neck, axillae, breasts, chest wall: gas, masses, missing breast."
    terms:
      - id: subcutaneous-emphysema
        label: Subcutaneous emphysema
        aliases: [surgical emphysema, soft-tissue gas]
        lateral: true
      - id: mastectomy
        label: Mastectomy
        aliases: [absent breast shadow]
        lateral: true
      - id: soft-tissue-mass
        label: Soft-tissue mass
        aliases: [chest wall mass]
        lateral: true
      - id: soft-tissue-calcification
        label: Soft-tissue calcification
        aliases: [calcified nodes]
        lateral: true
      - id: axillary-lymphadenopathy
        label: Axillary lymphadenopathy
        aliases: [axillary nodes, enlarged axillary nodes]
        lateral: true
      - id: external-foreign-body
        label: Foreign body in the soft tissues
        aliases: [FB, shrapnel, metallic foreign body]

"""##
        ),
        SourceFile(
            path: "Cases/scenarios/ed-evening-short.yaml",
            text: #"""
# The default shift: a short emergency-department evening with one phone call.
# Turnaround uses the defaults (stat 600 s, urgent 1800 s, routine before the end);
# the communication window is the default 120 s. Draft content, not reviewed.
kind: scenario
id: ed-evening-short
title: ED evening — short shift
description: >
  Thirty minutes of emergency department work: chest radiographs and head CTs arrive
  through the shift, mixed priorities, normals among the STATs. Triage the queue, read
  each study in full, telephone critical results, and answer the registrar who calls.
mode: shift
default: true
time_limit: 30m
cases:
  # Waiting at the start: one STAT, one urgent, one routine.
  - case: cxr-stat-query-ptx-skin-fold
    arrives: 0
  - case: cxr-pneumonia-rib-fracture
    arrives: 0
  - case: cth-sinusitis-physiological-calcification
    arrives: 0
  # Then the shift fills up.
  - case: cth-thunderclap-subtle-sah
    arrives: 120
  - case: cxr-free-air-epigastric-pain
    arrives: 240
  - case: cth-code-stroke-normal
    arrives: 360
  - case: cxr-left-pneumothorax
    arrives: 480
  - case: cxr-normal-nipple-shadows
    arrives: 660
  - case: cth-anticoagulated-fall-right-sdh
    arrives: 840
  - case: cxr-ett-right-main-bronchus
    arrives: 1020
interruptions:
  - id: registrar-thunderclap-ct
    at: 600
    caller: ED registrar
    question: >
      It's the ED registrar about the woman with the thunderclap headache. Is her CT head
      clear? I'd like to plan a lumbar puncture.
    case: cth-thunderclap-subtle-sah
    steps: [blood, cisterns]
    answers:
      - id: sah-present
        text: "Not clear: a small subarachnoid haemorrhage in the interpeduncular cistern. No LP; she needs CT angiography and a neurosurgical referral."
        correct: true
      - id: normal-do-lp
        text: "The CT is normal: no blood, no hydrocephalus. Go ahead with the LP."
        correct: false
      - id: frontal-haematoma
        text: "A left frontal intracerebral haematoma with mass effect; call neurosurgery now."
        correct: false

"""#
        ),
    ]
}
