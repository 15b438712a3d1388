// Generated from Cases/ by BundledLibrarySource.generate(files:). Do not edit.
// To refresh it after changing Cases/: RECORD_BUNDLE=1 swift test --filter BundledLibrary

/// The case library built into the binary, used when no Cases/ folder is found.
enum BundledLibrary {
    static let files: [SourceFile] = [
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-appendicitis.yaml",
            text: #"""
kind: case
id: ctap-appendicitis
title: Right iliac fossa pain, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 27, sex: F}
indication: >
  Two days of central pain moving to the right iliac fossa, fever 38.1, CRP 96. Pregnancy
  test negative. Ultrasound inconclusive. Query appendicitis.
routine: ct-abdomen
target_seconds: 180   # 485 words / 4 + 4 s x 15 steps = 181 s, rounded to 5
views:
  scout: >
    Scout: gas in the stomach, transverse colon and rectum, no dilated loops. A small oval
    calcific density projects over the right iliac fossa. No devices.
  lung-bases: >
    Lung windows: both bases aerated to the costophrenic recesses, fissures thin, basal
    pulmonary arteries opacified, no pleural fluid, heart size within limits,
    pericardium thin, and the left dome lower than the right.
  liver: >
    Liver 14 cm in span, smooth surface, enhancing uniformly through all segments
    including the dome; liver larger than spleen. Portal vein 10 mm, hepatic veins
    opacified; the falciform ligament fat crisp.
  biliary: >
    Gallbladder 6 cm with a folded fundus, wall 1 mm, bile of water density and no
    layering stones, intrahepatic ducts not seen, common bile duct 4 mm, tapering into
    the pancreatic head, the gallbladder filled to the fundus.
  spleen: >
    Spleen 9 cm long, smooth and homogeneous in the portal phase, with a 7 mm round
    splenule of the same density at its lower pole, splenic vein opacified to the
    confluence.
  pancreas: >
    Pancreas of full bulk for 27 years, head 26 mm, body 18 mm, tail 20 mm, enhancing
    uniformly, duct under 2 mm. Fat planes around the gland and the SMV clear.
  kidneys-adrenals: >
    Kidneys 11.5 cm right and 12 cm left, with a fetal lobulation on the left lateral
    border, enhancing symmetrically, collecting systems undilated, ureters followed to
    the bladder without calcification. Adrenals slender, and the right kidney lies lower
    than the left.
  pelvis: >
    Bladder wall 2 mm, partly filled, uterus anteverted, endometrium 9 mm. In the left
    ovary a 2 cm cyst with a thick, crenulated, brightly enhancing wall; right ovary 3
    cm with small follicles, pelvic nodes under 8 mm.
  bowel: >
    The appendix is 11 mm wide, fluid-filled and does not contain gas; its wall enhances
    avidly, a 7 mm calcified focus at its base, the fat around it stranded. Terminal
    ileum and caecal pole with thin walls.
  mesentery: >
    Superior mesenteric vein to the right of the artery, both opacified. Several oval
    nodes up to 7 mm short axis in the right iliac fossa mesentery; mesenteric fat
    elsewhere of fat density, and the third part of the duodenum crosses between the
    aorta and the superior mesenteric artery.
  peritoneum: >
    Lung windows show gas only inside bowel. No fluid pocket around the appendix or in
    the paracolic gutters. A thin sliver of simple fluid lies in the pouch of Douglas,
    peritoneum thin.
  retroperitoneum: >
    Abdominal aorta 1.4 cm with a smooth wall, IVC 18 mm across, the left renal vein
    crosses in front of the aorta, para-aortic nodes under 5 mm, retroperitoneal fat
    clear.
  body-wall: >
    Inguinal canals hold the round ligaments, femoral canals and umbilicus contain fat.
    Rectus muscles 1 cm thick and symmetric, subcutaneous fat 2.5 cm deep without
    stranding.
  bones: >
    Bone windows: lumbar vertebrae of full height with well-hydrated discs; iliac crests and
    acetabula with continuous cortex. Sacroiliac joints crisp and symmetric.
  lines-tubes: >
    One peripheral cannula beyond the field, contrast arrived through it, no urinary
    catheter, drain, intrauterine device or other device in the abdomen or pelvis.
findings:
  - id: acute-appendicitis
    step: bowel
    term: appendicitis
    severity: major
    conspicuity: obvious
    teaching: >
      A fluid-filled appendix over 6 mm with an enhancing wall, an appendicolith and
      periappendiceal stranding is acute appendicitis. Report whether there is
      perforation: extraluminal gas, abscess or a defect in the enhancing wall.
    evidence: The appendix is 11 mm wide, fluid-filled and does not contain gas
  - id: appendicolith-on-scout
    step: scout
    term: abnormal-calcification
    severity: minor
    conspicuity: obvious
    teaching: >
      A calcified density over the right iliac fossa on the scout is an appendicolith until
      the axials show otherwise. Look at the scout before the axials: it is the only
      whole-abdomen overview you get.
    evidence: A small oval calcific density projects over the right iliac fossa
distractors:
  - step: pelvis
    term: ovarian-mass
    side: left
    note: >
      Corpus luteum: a small cyst with a thick, crenulated, enhancing wall in a woman of
      reproductive age is a normal ovarian finding, not a mass.
    evidence: a 2 cm cyst with a thick, crenulated, brightly enhancing wall
  - step: peritoneum
    term: free-fluid
    note: >
      A sliver of simple fluid in the pouch of Douglas is physiological in a woman of
      reproductive age; more than a little, or fluid elsewhere, is not.
    evidence: A thin sliver of simple fluid lies in the pouch of Douglas
impression: >
  Acute appendicitis with an obstructing appendicolith; no perforation or abscess. Left
  ovarian corpus luteum and a trace of physiological pelvic fluid.
references:
  - "Pinto Leite N, Pereira JM, Cunha R, Pinto P, Sirlin C. CT evaluation of appendicitis and its complications: imaging techniques and key diagnostic findings. AJR 2005;185:406-417"
  - "Radiopaedia: Corpus luteum"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-back-pain-query-aaa-normal.yaml",
            text: #"""
kind: case
id: ctap-back-pain-query-aaa-normal
title: Sudden back and abdominal pain, CT abdomen
modality: CT
exam: CT abdomen and pelvis (arterial and portal venous phases)
priority: stat
patient: {age: 71, sex: M}
indication: >
  Sudden severe central abdominal and back pain, hypertensive, smoker. Pulsatile mass
  felt by one examiner. Query ruptured aneurysm or dissection.
routine: ct-abdomen
target_seconds: 185   # 507 words / 4 + 4 s x 15 steps = 187 s, rounded to 5
views:
  scout: >
    Scout: gas in the stomach and colon, no loop dilated. Faint curvilinear
    calcification outlines an aorta about 2.4 cm wide at L3, no devices or foreign
    bodies; lung bases clear, psoas margins visible on both sides.
  lung-bases: >
    Lung windows: mild centrilobular lucencies at both bases in a smoker, fissures thin,
    recesses sharp, no pleural fluid, heart size within limits; coronary calcification
    in the left anterior descending artery The left hemidiaphragm a little lower than
    the right, both domes smooth.
  liver: >
    Liver 15 cm, smooth. Next to the falciform ligament a 1 cm wedge of slightly lower
    density, with vessels running straight through it. Elsewhere uniform in both phases,
    portal and hepatic veins opacified.
  biliary: >
    Gallbladder 8 cm, wall 2 mm, bile of water density without layering stones,
    intrahepatic ducts not visible, common bile duct 5 mm, tapering smoothly into the
    pancreatic head, the gallbladder filled to the fundus.
  spleen: >
    Spleen 10.5 cm long, with a zebra pattern of enhancement on the arterial phase that
    becomes homogeneous on the portal phase, splenic artery tortuous and calcified, its
    vein ending at the portal confluence; vein opacified.
  pancreas: >
    Pancreas head 23 mm, body 15 mm, enhancing brightly on the arterial phase and uniformly
    on the portal phase; duct 2 mm from head to tail. Peripancreatic fat of fat density.
  kidneys-adrenals: >
    Kidneys 11 cm each; corticomedullary differentiation on the arterial phase and a
    uniform nephrogram on the portal phase, symmetric, without cortical wedges.
    Collecting systems and ureters undilated, adrenals slender, and the right kidney
    lies lower than the left.
  pelvis: >
    Bladder wall 3 mm, partly filled, prostate 40 mm across, seminal vesicles symmetric.
    Common iliac arteries 11 mm each with calcified plaque. Pelvic nodes under 8 mm; no
    pelvic fluid.
  bowel: >
    Stomach and duodenum with a 3 mm wall, small bowel loops under 2.5 cm, appendix 5 mm
    with gas. A few sigmoid diverticula without wall thickening or fat stranding around
    them.
  mesentery: >
    Superior mesenteric artery opacified from its origin, 1 cm from the coeliac axis,
    with a smooth lumen; vein to its right, mesenteric fat of fat density; nodes under 5
    mm, and the third part of the duodenum crosses between the aorta and the superior
    mesenteric artery.
  peritoneum: >
    Beside the second part of the duodenum a 2 cm rounded pocket of gas and fluid opens into
    the duodenal lumen. Lung windows show no gas under the anterior wall; gutters and pelvis
    dry.
  retroperitoneum: >
    Abdominal aorta 2.4 cm at its widest, with calcified plaque in the wall and one
    smooth lumen on both phases; periaortic fat clear, IVC oval, para-aortic nodes under
    6 mm, and the left renal vein crosses between the aorta and the superior mesenteric
    artery.
  body-wall: >
    Inguinal canals hold spermatic cords, femoral canals and umbilicus contain fat,
    rectus and flank muscles symmetric, subcutaneous fat 2 cm deep without stranding.
  bones: >
    Bone windows: vertebral bodies of full height, anterior osteophytes at L2 to L4,
    facet hypertrophy at L4/5, pelvis and lower ribs with continuous cortex; trabecular
    pattern uniform.
  lines-tubes: >
    One peripheral cannula in the right antecubital fossa, beyond the field, carried the
    dual-phase injection. No urinary catheter, stent, drain or feeding tube.
distractors:
  - step: peritoneum
    term: free-gas
    note: >
      Periampullary duodenal diverticulum: a rounded pocket of gas and fluid that connects
      with the duodenal lumen. Free gas is not contained by a wall and collects under the
      anterior abdominal wall and around the liver.
    evidence: a 2 cm rounded pocket of gas and fluid opens into the duodenal lumen
  - step: bowel
    term: diverticulitis
    note: >
      Diverticulosis is not diverticulitis: diverticula without wall thickening or
      surrounding fat stranding are a common incidental finding at this age.
    evidence: A few sigmoid diverticula without wall thickening or fat stranding
  - step: liver
    term: liver-lesion
    note: >
      Focal fatty infiltration at a typical site beside the falciform ligament: geographic,
      no mass effect, vessels running straight through. A true lesion displaces vessels.
    evidence: with vessels running straight through it
impression: >
  No aneurysm, rupture or dissection of the abdominal aorta, which measures 2.4 cm. The
  thoracic aorta is not imaged, so a thoracic dissection is not excluded: if the suspicion
  persists, recommend CT angiography of the chest. No acute abdominal cause for the pain
  on CT. Incidental periampullary duodenal diverticulum and
  focal fatty infiltration beside the falciform ligament.
references:
  - "Rakita D et al. Spectrum of CT findings in rupture and impending rupture of abdominal aortic aneurysms. Radiographics 2007;27:497-507"
  - "Erbel R et al. 2014 ESC Guidelines on the diagnosis and treatment of aortic diseases. Eur Heart J 2014;35:2873-2926"
  - "Radiopaedia: Duodenal diverticulum; Focal fatty infiltration of the liver"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-diverticulitis-incidental-pe.yaml",
            text: #"""
kind: case
id: ctap-diverticulitis-incidental-pe
title: Left iliac fossa pain and fever, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 58, sex: M}
indication: >
  Three days of left iliac fossa pain and fever 38.4, tender left iliac fossa, CRP 160.
  Recent long-haul flight. Query diverticulitis or abscess.
routine: ct-abdomen
target_seconds: 180   # 486 words / 4 + 4 s x 15 steps = 182 s, rounded to 5
views:
  scout: >
    Scout: gas in the small bowel and throughout the colon, no loop dilated. No
    calcification over the kidneys or ureters, no devices or foreign bodies. Lumbar
    curvature straight.
  lung-bases: >
    Soft-tissue windows: in the right lower lobe a segmental artery holds a central
    low-density defect outlined by a rim of contrast. Other basal arteries opacified;
    right ventricle narrower than the left; no pleural fluid.
  liver: >
    Liver 15 cm in span, smooth, 105 HU in the portal phase, similar to the spleen and
    uniform throughout, portal vein 12 mm and hepatic veins opacified, no branching gas
    under the capsule; liver larger than spleen.
  biliary: >
    Gallbladder 8 cm, wall 2 mm, bile of water density, a Phrygian-cap fold at the
    fundus, intrahepatic ducts not visible, common bile duct 5 mm, tapering into the
    pancreatic head, the gallbladder filled to the fundus.
  spleen: >
    Spleen 11 cm long, smooth and homogeneous in the portal phase, its vein ending at
    the portal confluence. Splenic artery straight, splenic vein 9 mm and opacified. Two
    splenules of 6 and 8 mm at the hilum.
  pancreas: >
    Pancreas head 24 mm, body 16 mm, tail 18 mm, slightly lobulated, enhancing
    uniformly, duct 2 mm. Fat around the gland and the superior mesenteric vessels of
    fat density.
  kidneys-adrenals: >
    Kidneys 11 cm right and 11.5 cm left, enhancing symmetrically, cortex 7 mm,
    collecting systems undilated, ureters followed to the bladder without calcification.
    Adrenals slender, limbs under 5 mm, and the right kidney lies lower than the left.
  pelvis: >
    Bladder wall 3 mm, with a fat plane between its dome and the sigmoid, prostate 40 mm
    across, seminal vesicles symmetric. Pelvic side-wall nodes under 8 mm, rectum empty.
  bowel: >
    A 10 cm segment of sigmoid colon has multiple diverticula, a thickened wall and
    stranding of the fat around one diverticulum. No gas outside the wall; descending
    colon of normal calibre, rectal wall thin.
  mesentery: >
    Superior mesenteric artery and vein opacified, vein to the right, sigmoid mesocolon
    stranded beside the thickened segment; nodes there up to 6 mm, small bowel mesentery
    clear, and the third part of the duodenum crosses between the aorta and the superior
    mesenteric artery.
  peritoneum: >
    Lung windows show gas only inside bowel and diverticula, none beside the sigmoid or
    under the wall. No fluid pocket in the pelvis or paracolic gutters, peritoneum thin.
  retroperitoneum: >
    Abdominal aorta 1.9 cm with scattered calcified plaque, IVC 20 mm and oval, the left
    renal vein crosses in front of the aorta, para-aortic nodes under 6 mm,
    retroperitoneal fat clear.
  body-wall: >
    Inguinal canals hold the spermatic cords, femoral canals contain fat. The umbilicus
    and linea alba closed; rectus muscles intact, subcutaneous fat 3 cm deep, without
    stranding.
  bones: >
    Bone windows: an 8 mm oval dense focus in the right iliac wing, with brush-like margins
    blending into the surrounding trabeculae. Vertebral bodies of full height with small
    osteophytes; lower ribs with continuous cortex.
  lines-tubes: >
    One peripheral cannula in the left forearm, beyond the field, contrast arrived
    through it. No urinary catheter, drain, stent or feeding tube.
findings:
  - id: sigmoid-diverticulitis
    step: bowel
    term: diverticulitis
    severity: major
    conspicuity: obvious
    teaching: >
      Sigmoid wall thickening with pericolic stranding centred on a diverticulum is
      uncomplicated diverticulitis. Report what changes management: abscess, free gas,
      fistula or obstruction, none of which is present here.
    evidence: A 10 cm segment of sigmoid colon has multiple diverticula, a thickened wall
  - id: incidental-right-lower-lobe-pe
    step: lung-bases
    term: pulmonary-embolus
    side: right
    severity: critical
    conspicuity: subtle
    teaching: >
      Clots are the commonest on-call miss on body CT: read the basal pulmonary arteries on
      every abdominal scan, because a portal-phase scan often opacifies them well enough. An
      unsuspected pulmonary embolus is category 1: call now, for anticoagulation, and check
      the ventricles at the top of the scan, since an RV/LV ratio over 1.0 signals strain.
    evidence: a segmental artery holds a central low-density defect outlined by a rim of contrast
distractors:
  - step: bones
    term: sclerotic-lesion
    note: >
      Bone island (enostosis): a small homogeneous dense focus whose brush-like margins blend
      into the surrounding trabeculae. It needs no follow-up; a sclerotic deposit is usually
      less homogeneous, lacks the brush border and may expand or destroy cortex.
    evidence: an 8 mm oval dense focus in the right iliac wing, with brush-like margins
impression: >
  Acute uncomplicated sigmoid diverticulitis; no abscess or perforation. Incidental acute
  pulmonary embolus in a right lower lobe segmental artery, with an RV/LV ratio under 1.0
  in the field: critical result telephoned to the referring team.
references:
  - "On-call misses: clots 13.8% (PubMed 29397268)"
  - "Radiopaedia: Diverticulitis; Incidental pulmonary embolism"
  - "Konstantinides SV et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism. Eur Heart J 2020;41:543-603"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-mesenteric-ischaemia.yaml",
            text: #"""
kind: case
id: ctap-mesenteric-ischaemia
title: Severe abdominal pain in atrial fibrillation, CT abdomen
modality: CT
exam: CT abdomen and pelvis (arterial and portal venous phases)
priority: stat
patient: {age: 81, sex: M}
indication: >
  Sudden severe central abdominal pain for six hours, soft abdomen, pain out of proportion
  to the findings. Atrial fibrillation, not anticoagulated. Lactate 6.2.
routine: ct-abdomen
target_seconds: 180   # 483 words / 4 + 4 s x 15 steps = 181 s, rounded to 5
views:
  scout: >
    Scout: a few small bowel loops with gas up to 3 cm in the central abdomen; gas in the
    transverse and descending colon. Calcified iliac arteries; no devices or radio-opaque
    tablets.
  lung-bases: >
    Lung windows: bases aerated, fissures thin, no septal lines. Left atrium 55 mm
    across. Basal pulmonary arteries opacified on the arterial phase without filling
    gaps. No pleural fluid, and the left dome lower than the right.
  liver: >
    Liver 15 cm in span, smooth surface, uniform in both phases; liver larger than spleen.
    Hepatic veins opacified on the portal phase. Portal vein 13 mm, opacified; no
    branching gas under the liver capsule.
  biliary: >
    Gallbladder 6 cm, wall 2 mm, bile of water density and the surrounding fat clean,
    the gallbladder filled to the fundus; cystic duct seen joining low, intrahepatic ducts not
    visible; common bile duct 6 mm.
  spleen: >
    Spleen 10 cm, with a smooth sharply marginated notch in its medial border containing
    fat, and enhancement of equal density on either side. Splenic artery and vein
    opacified.
  pancreas: >
    Pancreas lobulated with fatty interdigitation, head 22 mm, enhancing uniformly on
    both phases, duct 2 mm. Coarse calcification in the splenic artery behind the body;
    peripancreatic fat clear, and the tail ends at the splenic hilum.
  kidneys-adrenals: >
    Kidneys 10.5 cm each, enhancing symmetrically in the corticomedullary and
    nephrographic phases, cortex 6 mm and even. Collecting systems undilated, ureters
    followed to the bladder, adrenals slender, and the right kidney lies lower than the
    left.
  pelvis: >
    Bladder wall 4 mm, partly filled, prostate 45 mm across with central calcification,
    seminal vesicles symmetric. Pelvic side-wall nodes under 8 mm; no fluid in the
    rectovesical pouch.
  bowel: >
    Mid-jejunal to distal ileal loops
    are 3 cm wide with
    paper-thin walls
    that do not enhance, unlike the bright proximal jejunum. Gas bubbles in two
    loop walls; caecum and ascending colon enhance less than the left colon.
  mesentery: >
    The superior mesenteric artery opacifies for its first 4 cm, then ends abruptly in a
    rounded low-density plug just beyond the middle colic origin; branches beyond it
    fill faintly. Coeliac axis clear, no gas in the veins.
  peritoneum: >
    Lung windows through the abdomen show gas only in bowel and bowel walls, none under
    the anterior wall or around the liver. Paracolic gutters and pelvis dry, peritoneum
    thin.
  retroperitoneum: >
    Abdominal aorta 2.3 cm with calcified and soft plaque, lumen smooth. Coeliac axis
    and inferior mesenteric artery opacified from their origins, IVC oval, para-aortic
    nodes under 10 mm, and the left renal vein crosses between the aorta and the
    superior mesenteric artery.
  body-wall: >
    Inguinal canals hold spermatic cords only, femoral canals and umbilicus contain fat.
    Rectus muscles thin for 81 years, subcutaneous fat without stranding or gas.
  bones: >
    Bone windows: osteopenia with anterior osteophytes bridging L2 to L4 and preserved
    disc heights. Vertebral bodies of full height, pelvis and lower ribs with continuous
    cortex.
  lines-tubes: >
    One peripheral cannula in the right antecubital fossa, out of the field, contrast
    arrived through it. No nasogastric tube, urinary catheter, drain or stent.
findings:
  - id: sma-embolus
    step: mesentery
    term: sma-occlusion
    severity: critical
    conspicuity: subtle
    teaching: >
      An embolus lodges a few centimetres along the SMA, typically just beyond the middle
      colic origin, sparing the proximal jejunum and putting the mid-jejunum to ileum, and
      often the right colon, at risk: follow the artery on the arterial phase in
      every patient with pain out of proportion. Call now: revascularisation within hours
      saves bowel.
    evidence: then ends abruptly in a rounded low-density plug just beyond the middle colic origin
  - id: ischaemic-small-bowel
    step: bowel
    term: bowel-ischaemia
    severity: critical
    conspicuity: obvious
    teaching: >
      Thin, non-enhancing bowel walls with intramural gas are transmural ischaemia. The
      bowel finding is the obvious one; name the vessel as well, because the operation
      depends on it.
    evidence: paper-thin walls that do not enhance
distractors:
  - step: spleen
    term: splenic-infarct
    note: >
      Splenic cleft, a developmental notch: smooth, sharply marginated, containing fat, with
      equal enhancement on both sides. An infarct is a peripheral wedge of low attenuation
      reaching the capsule, which is worth looking for in atrial fibrillation.
    evidence: a smooth sharply marginated notch in its medial border containing
impression: >
  Acute mesenteric ischaemia: embolic occlusion of the superior mesenteric artery beyond
  the middle colic origin, with non-enhancing loops from the mid-jejunum to the ileum,
  poorly enhancing right colon and pneumatosis. No
  portal venous gas or free gas. Critical result telephoned to the surgical and vascular
  teams.
references:
  - "Furukawa A et al. CT diagnosis of acute mesenteric ischemia from various causes. AJR 2009;192:408-416"
  - "On-call misses: clots 13.8% (PubMed 29397268); most-missed sites: mesentery 6% (J Clin Imaging Sci 2020)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-post-hemicolectomy-normal.yaml",
            text: #"""
kind: case
id: ctap-post-hemicolectomy-normal
title: Fever after bowel surgery, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 63, sex: F}
indication: >
  Day 5 after laparoscopic right hemicolectomy for a caecal tumour. Temperature 38.2,
  mild abdominal tenderness, CRP 140. Query anastomotic leak or collection.
routine: ct-abdomen
target_seconds: 180   # 476 words / 4 + 4 s x 15 steps = 179 s, rounded to 5
views:
  scout: >
    Scout: gas in small bowel and the remaining colon, no loop wider than 3 cm. A surgical
    drain projects over the right abdomen; skin clips over four port sites and a urinary
    catheter in the pelvis.
  lung-bases: >
    Lung windows: bases aerated with a thin plate of linear density at the left base,
    vessels passing through it, basal pulmonary arteries opacified without filling gaps,
    no pleural fluid; heart size within limits, and the left dome lower than the right.
  liver: >
    Liver 14 cm in span, smooth, enhancing uniformly through all segments including the
    dome, portal vein 11 mm and hepatic veins opacified, no branching gas under the
    capsule; liver larger than spleen.
  biliary: >
    Gallbladder 7 cm, wall 2 mm, bile of water density without layering stones,
    intrahepatic ducts not visible, common bile duct 5 mm, tapering into the pancreatic
    head, the gallbladder filled to the fundus.
  spleen: >
    Spleen 10 cm long, smooth and homogeneous in the portal phase, a shallow lobulation
    on its anterior border, splenic vein opacified and ending at the portal confluence;
    no fluid around the spleen.
  pancreas: >
    Pancreas head 24 mm, body 16 mm, enhancing uniformly, duct 2 mm. The second part of
    the duodenum curves around the head with clean fat planes between them; the tail
    ends at the splenic hilum, clear of the spleen.
  kidneys-adrenals: >
    Kidneys 11 cm each, enhancing symmetrically, the right ureter followed past the
    operative bed to the bladder undilated. No calyceal dilatation or calcification,
    adrenals slender, and the right kidney lies lower than the left.
  pelvis: >
    Bladder wall 3 mm around the catheter balloon, uterus small, endometrium a thin
    line; ovaries 2 cm each, pelvic side-wall nodes under 6 mm; rectum holds stool.
  bowel: >
    Ileocolic anastomosis in the right upper abdomen, staple line continuous and no gas
    outside it. Small bowel loops under 2.5 cm with feathery folds; transverse and left
    colon holding gas and stool.
  mesentery: >
    Surgical clips at the ileocolic pedicle, mild stranding of the right-sided
    mesenteric fat next to the anastomosis; SMA and SMV opacified, vein to the right;
    nodes under 5 mm.
  peritoneum: >
    Three small bubbles of gas lie under the anterior abdominal wall near the umbilical
    port site, fewer than on day 2. Paracolic gutters and pelvis without fluid,
    peritoneum thin.
  retroperitoneum: >
    Abdominal aorta 1.7 cm with a smooth wall, IVC oval, the left renal vein crosses
    anterior to the aorta, para-aortic nodes under 6 mm, retroperitoneal fat clear.
  body-wall: >
    Port sites with a few millimetres of fat stranding and skin clips; the umbilical
    port fascia closed, without a fluid pocket, inguinal canals hold the round
    ligaments; femoral canals contain fat.
  bones: >
    Bone windows: vertebral bodies of full height, mild L4/5 disc narrowing, facet
    arthropathy at L5/S1. Sacrum, pubic rami and lower ribs with continuous cortex.
  lines-tubes: >
    A surgical drain enters the right flank and its tip lies beside the anastomosis in the
    right paracolic gutter. Urinary catheter balloon in the bladder; peripheral cannula
    beyond the field.
distractors:
  - step: peritoneum
    term: free-gas
    note: >
      Residual post-operative gas: a few bubbles, fewer than on the earlier scan, are
      expected days after laparoscopy. Increasing gas, or gas with fluid at the anastomosis,
      would suggest a leak.
    evidence: fewer than on day 2
  - step: mesentery
    term: mesenteric-stranding
    note: >
      Mild stranding next to a fresh anastomosis is expected. A leak shows as a collection,
      extraluminal gas (or enteric contrast, when given) at the anastomosis.
    evidence: Mild stranding of the right-sided mesenteric
impression: >
  Expected appearances five days after laparoscopic right hemicolectomy: intact
  anastomosis, no collection, a few residual bubbles of post-operative gas fewer than on
  day 2. Drain well placed. No source for the fever on CT.
references:
  - "Radiopaedia: Postoperative pneumoperitoneum"
  - "Most-missed sites of major misses on CT abdomen: peritoneum 10%, mesentery 6% (J Clin Imaging Sci 2020)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-post-resection-collection-drain.yaml",
            text: #"""
kind: case
id: ctap-post-resection-collection-drain
title: Fever after anterior resection, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 70, sex: M}
indication: >
  Day 7 after open anterior resection for rectal cancer. Spiking fevers, pelvic pain, and
  very little fluid from the pelvic drain. Query collection.
routine: ct-abdomen
target_seconds: 180   # 486 words / 4 + 4 s x 15 steps = 182 s, rounded to 5
views:
  scout: >
    Scout: gas in small bowel and colon, no loop dilated. Skin staples along a midline
    laparotomy and a ring of surgical staples low in the pelvis. A drain projects over the
    left lower abdomen; urinary catheter present.
  lung-bases: >
    Lung windows: small bilateral basal bands of linear density, with vessels running
    through them, the diaphragm a little high after surgery, basal pulmonary arteries
    opacified without filling gaps, no pleural fluid.
  liver: >
    Liver 15 cm in span, smooth surface, uniform in the portal phase through all
    segments including the dome, portal vein 12 mm and hepatic veins opacified, no
    branching gas under the capsule; liver larger than spleen.
  biliary: >
    Gallbladder 7 cm, wall 2 mm, bile of water density without layering, intrahepatic
    ducts not visible, common bile duct 5 mm, tapering into the pancreatic head, the
    gallbladder filled to the fundus.
  spleen: >
    Spleen 10 cm long, smooth, homogeneous in the portal phase, its vein ending at the
    portal confluence. Splenic artery straight, splenic vein opacified, no perisplenic
    fluid.
  pancreas: >
    Pancreas lobulated with fat between the lobules, head 22 mm, enhancing uniformly,
    duct 2 mm. Peripancreatic fat of fat density despite the recent surgery, and the
    tail ends at the splenic hilum.
  kidneys-adrenals: >
    Kidneys 11 cm each, enhancing symmetrically, collecting systems undilated, both
    ureters followed past the operative bed to the bladder, undilated, adrenals slender,
    and the right kidney lies lower than the left.
  pelvis: >
    Behind the colorectal anastomosis in the presacral space, a 6 cm fluid-density area
    with an enhancing rim and two bubbles of gas. No gas
    outside it; bladder wall 3 mm.
  bowel: >
    Colorectal anastomosis low in the pelvis, its staple line continuous, with no
    contrast outside it. Small bowel loops under 2.5 cm, colon of normal calibre with
    gas and some stool reaching the anastomosis.
  mesentery: >
    Surgical clips at the inferior mesenteric pedicle beside the aorta, superior
    mesenteric artery and vein opacified, vein to the right; small bowel mesentery of
    fat density, nodes under 5 mm, and the third part of the duodenum crosses between
    the aorta and the superior mesenteric artery.
  peritoneum: >
    Lung windows show gas only inside bowel above the pelvis, none under the midline
    wound or around the liver. Paracolic gutters and Morison's pouch without fluid,
    peritoneum thin.
  retroperitoneum: >
    Abdominal aorta 2.2 cm with calcified plaque, IVC oval, para-aortic nodes under 6
    mm; retroperitoneal fat clear apart from surgical clips at the pedicle, and the left
    renal vein crosses between the aorta and the superior mesenteric artery.
  body-wall: >
    Midline laparotomy closed with skin staples, a 5 mm band of subcutaneous stranding
    along the wound, linea alba sutures intact, inguinal canals hold spermatic cords
    only; no stoma.
  bones: >
    Bone windows: vertebral bodies of full height with endplate osteophytes at L3 to L5;
    sacrum, coccyx and pubic rami with continuous cortex. Facet hypertrophy at L4/5.
  lines-tubes: >
    The pelvic drain enters the left
    lower abdominal wall; its tip and side holes
    lie in the left paracolic gutter at the level of the iliac crest. Catheter balloon in
    the bladder.
findings:
  - id: presacral-collection
    step: pelvis
    term: collection
    severity: major
    conspicuity: obvious
    accept_at: [peritoneum]
    teaching: >
      A rim-enhancing collection with gas beside a fresh colorectal anastomosis is an abscess,
      often from a small anastomotic leak. Measure it and describe a safe route for drainage.
    evidence: a 6 cm fluid-density area with an enhancing rim and two bubbles of gas
  - id: drain-tip-away-from-collection
    step: lines-tubes
    term: drain-malposition
    severity: major
    conspicuity: subtle
    teaching: >
      Follow every drain to its tip: a pelvic drain that has migrated into the paracolic
      gutter cannot drain the pelvis, which explains the low output. Say where the tip is
      and that it does not reach the collection.
    evidence: its tip and side holes lie in the left paracolic gutter at the level of the iliac crest
distractors:
  - step: lung-bases
    term: basal-consolidation
    side: bilateral
    note: >
      Linear basal atelectasis is expected after laparotomy; consolidation is
      lobar or segmental, with air bronchograms.
    evidence: small bilateral basal bands of linear density
impression: >
  6 cm presacral abscess behind the colorectal anastomosis, suggesting a contained
  anastomotic leak. The pelvic drain has migrated: its tip lies in the left paracolic
  gutter, well above the collection. Discussed with the surgical team; the collection is
  suitable for image-guided drainage.
references:
  - "On-call misses: misplaced lines and tubes 6.9% (PubMed 29397268)"
  - "Most-missed sites of major misses on CT abdomen: peritoneum 10% (J Clin Imaging Sci 2020)"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-pyelonephritis.yaml",
            text: #"""
kind: case
id: ctap-pyelonephritis
title: Fever and right flank pain, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 34, sex: F}
indication: >
  Three days of fever, rigors and right-sided abdominal and flank pain; white cells 18.
  Urine dipstick equivocal. Query source of sepsis, query collection.
routine: ct-abdomen
target_seconds: 185   # 498 words / 4 + 4 s x 15 steps = 184 s, rounded to 5
views:
  scout: >
    Scout: gas scattered through small bowel and colon, none dilated. No calcification
    over the renal outlines or along the line of the ureters; psoas margins visible, no
    devices; sacroiliac joints clear.
  lung-bases: >
    Lung windows: both bases aerated to the costophrenic recesses, fissures thin, basal
    pulmonary arteries opacified with contrast, no pleural fluid, heart size within
    limits, pericardium thin, and the left dome lower than the right.
  liver: >
    Liver 14 cm in span with a smooth surface and a small Riedel-type inferior extension
    of segment VI; liver larger than spleen. Enhancement 110 HU and uniform through all
    segments, portal and hepatic veins opacified.
  biliary: >
    Gallbladder 7 cm, wall 1 mm, bile of water density with no layering or calcified
    stones, intrahepatic ducts not visible, common bile duct 4 mm, tapering smoothly
    into the pancreatic head, the gallbladder filled to the fundus.
  spleen: >
    Spleen 11 cm long and 4 cm thick, smooth, homogeneous in the portal phase, its vein
    ending at the portal confluence. Splenic vein 8 mm and opacified, no perisplenic
    fluid.
  pancreas: >
    Pancreas head 25 mm and body 18 mm, enhancing uniformly, duct under 2 mm. Fat planes
    around the head and the superior mesenteric vessels clear, and the tail ends at the
    splenic hilum.
  kidneys-adrenals: >
    Right kidney 13.5 cm, left 11.5 cm; in the right, alternating bands of lower and
    normal enhancement radiate from the papillae to the cortex, with stranded
    perinephric fat. Left kidney uniform; collecting systems undilated, no gas.
  pelvis: >
    Bladder distended, wall 2 mm, uterus anteverted, endometrium 8 mm. Right ovary 3.5
    cm, holding a 2.2 cm cyst with a thick crenulated enhancing rim; left ovary with
    small follicles. Trace fluid in the pouch of Douglas.
  bowel: >
    Stomach and duodenum with a 3 mm wall, small bowel loops under 2.5 cm, appendix 5
    mm, containing gas, arising from the caecal pole medially. Colon of normal calibre
    with stool; no wall thickening.
  mesentery: >
    Superior mesenteric vein to the right of the artery, both opacified along their
    length, mesenteric fat of fat density; several ileocolic nodes up to 6 mm short
    axis, and the third part of the duodenum crosses between the aorta and the superior
    mesenteric artery.
  peritoneum: >
    Lung windows through the abdomen show gas only within bowel. Morison's pouch, the
    paracolic gutters and the perihepatic space dry; omentum thin and of fat density.
  retroperitoneum: >
    Abdominal aorta 1.5 cm with a smooth wall, IVC of oval calibre. A few right
    para-aortic nodes under 1 cm in short axis, oval with fatty hila. Psoas muscles
    symmetric, and the left renal vein crosses between the aorta and the superior
    mesenteric artery.
  body-wall: >
    Inguinal canals hold the round ligaments only, femoral canals and umbilicus contain
    fat. Rectus sheath intact, subcutaneous fat 2 cm deep without stranding. No
    protrusion through the wall.
  bones: >
    Bone windows: lumbar vertebrae of full height with well-hydrated discs, a
    transitional L5 with a broad left transverse process, pelvis and lower ribs with
    continuous cortex.
  lines-tubes: >
    One peripheral cannula beyond the field, contrast arrived through it, no urinary
    catheter, ureteric stent, nephrostomy, drain or intrauterine device in the pelvis.
findings:
  - id: right-pyelonephritis
    step: kidneys-adrenals
    term: pyelonephritis
    side: right
    severity: major
    conspicuity: subtle
    teaching: >
      Alternating bands of reduced enhancement from papilla to cortex (a striated nephrogram)
      with perinephric stranding is acute pyelonephritis, among the commonest on-call misses
      on portal-phase CT. Report whether there is obstruction, gas or an abscess, because
      those change management.
    evidence: alternating bands of lower and normal enhancement radiate from the papillae to the cortex
distractors:
  - step: pelvis
    term: ovarian-mass
    note: >
      Corpus luteum: a cyst under 3 cm with a thick, crenulated, enhancing rim in the ovary of
      a menstruating woman, with a little physiological pelvic fluid. It needs no follow-up.
    evidence: holding a 2.2 cm cyst with a thick crenulated enhancing rim
impression: >
  Right acute pyelonephritis (enlarged kidney, striated nephrogram, perinephric stranding),
  without obstruction, gas or abscess. No other source of sepsis.
references:
  - "Craig WD, Wagner BJ, Travis MD. Pyelonephritis: radiologic-pathologic review. Radiographics 2008;28:255-277"
  - "On-call misses: pyelonephritis 5.5% (PubMed 29397268)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-ruptured-aaa.yaml",
            text: #"""
kind: case
id: ctap-ruptured-aaa
title: Collapse with back pain, CT abdomen
modality: CT
exam: CT aortic angiogram, abdomen and pelvis
priority: stat
patient: {age: 76, sex: M}
indication: >
  Collapsed at home with sudden left back and flank pain. Blood pressure 82/50 on arrival.
  Query ruptured abdominal aortic aneurysm.
routine: ct-abdomen
target_seconds: 185   # 509 words / 4 + 4 s x 15 steps = 187 s, rounded to 5
views:
  scout: >
    Scout: a curvilinear rim of calcification about 8 cm across projects over
    L2 to L4; the left psoas outline is lost and the bowel gas lies to the right
    of it.
  lung-bases: >
    Lung windows: a thin subpleural band of density along the dependent posterior bases,
    with vessels and air bronchi visible through it, no pleural fluid. Coronary
    calcification, heart size within limits.
  liver: >
    Liver 15 cm in craniocaudal span, smooth in contour, attenuation 58 HU in the portal
    phase and uniform through segments I to VIII; liver larger than spleen. Portal vein 12
    mm and hepatic veins opacified to the IVC.
  biliary: >
    Gallbladder 7 cm long, wall 2 mm, contents of fluid density without layering stones,
    intrahepatic ducts not visible, the gallbladder filled to the fundus; common bile duct 6
    mm at the head of the pancreas, tapering smoothly.
  spleen: >
    Spleen 10 cm in length, homogeneous in the portal phase, with a 9 mm round splenule
    of identical density at the hilum, splenic artery tortuous and calcified, its vein
    ending at the portal confluence; splenic vein opacified.
  pancreas: >
    Pancreas atrophic for 76 years, with fatty interdigitation between lobules, duct 2
    mm in the body. Peripancreatic fat planes clear, the splenic vein intact behind the
    body and the tail ending at the splenic hilum.
  kidneys-adrenals: >
    Kidneys enhance symmetrically, right 10.5 and left 10.8 cm, the left displaced
    forwards. Single renal arteries arise 25 mm above the aortic widening; the aorta
    between is angled about 30 degrees. No calyceal dilatation; adrenals slender.
  pelvis: >
    Bladder wall 3 mm, prostate 45 mm across. Common iliac arteries 13 mm and external
    iliac arteries 8 mm on both sides, calcified, without stenosis, no pelvic fluid.
  bowel: >
    Stomach collapsed. Small bowel loops up to 2 cm, wall 2 mm, shifted to the right of
    midline. Colon of normal calibre with a few sigmoid diverticula; no wall thickening
    or pericolic stranding; gas and stool mixed through the colon.
  mesentery: >
    Superior mesenteric artery and vein opacified, both displaced to the right by the
    retroperitoneal soft tissue; the vein lies to the right of the artery. Mesenteric
    fat of fat density, nodes under 5 mm, and the third part of the duodenum crosses
    between the aorta and the superior mesenteric artery.
  peritoneum: >
    Lung windows through the abdomen show no gas outside bowel under the anterior wall
    or around the liver. No fluid in Morison's pouch, the paracolic gutters or the
    rectovesical pouch, peritoneum thin.
  retroperitoneum: >
    Infrarenal aorta 7.8 cm with a
    non-enhancing crescent; its left
    posterolateral wall is discontinuous, and 55 HU soft tissue spreads from it into the left
    perirenal and pararenal spaces. No contrast jet.
  body-wall: >
    Inguinal canals, femoral canals and umbilicus contain only fat, no protrusion
    through the wall. Rectus muscles and flank muscles symmetric, subcutaneous fat
    without stranding or bruising.
  bones: >
    Bone windows: lumbar vertebral bodies of preserved height, with anterior osteophytes
    and L4/5 disc-space narrowing. Vertebral margins beside the aorta smooth and
    corticated, pelvis and lower ribs with continuous cortex.
  lines-tubes: >
    Two peripheral cannulas, in the right and left antecubital fossae, beyond the field.
    No urinary catheter, nasogastric tube, drain or vascular stent in the abdomen or
    pelvis.
findings:
  - id: ruptured-infrarenal-aneurysm
    step: retroperitoneum
    term: ruptured-aaa
    severity: critical
    conspicuity: obvious
    accept_at: [scout]
    accept_terms: [abnormal-calcification]
    teaching: >
      An aneurysm with a discontinuous wall and retroperitoneal haematoma is a rupture:
      the call comes before the report, because minutes decide survival. Give the
      vascular team the size, the neck length and angulation, the iliac access and whether
      the rupture is contained.
    evidence: its left posterolateral wall is discontinuous
distractors:
  - step: lung-bases
    term: basal-consolidation
    note: >
      Dependent atelectasis: a thin subpleural band in the dependent bases of a supine
      patient, with vessels and air bronchi preserved through it. It is not airspace
      disease and needs no report beyond a mention.
    evidence: a thin subpleural band of density along the dependent posterior
impression: >
  Ruptured 7.8 cm infrarenal abdominal aortic aneurysm with a large left retroperitoneal
  haematoma; no free intraperitoneal blood and no active contrast jet. For EVAR planning:
  infrarenal neck 25 mm long, angled about 30 degrees; external iliac arteries 8 mm on both
  sides, without stenosis. Critical result telephoned to the vascular surgeon on call.
references:
  - "Rakita D et al. Spectrum of CT findings in rupture and impending rupture of abdominal aortic aneurysms. Radiographics 2007;27:497-507"
  - "Wanhainen A et al. European Society for Vascular Surgery (ESVS) 2019 Clinical Practice Guidelines on the Management of Abdominal Aorto-iliac Artery Aneurysms. Eur J Vasc Endovasc Surg 2019;57:8-93"
  - "Most-missed sites of major misses on CT abdomen: retroperitoneum 8% (J Clin Imaging Sci 2020)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-sbo-femoral-hernia.yaml",
            text: #"""
kind: case
id: ctap-sbo-femoral-hernia
title: Vomiting and distension, CT abdomen
modality: CT
exam: CT abdomen and pelvis with contrast (portal venous)
priority: urgent
patient: {age: 79, sex: F}
indication: >
  Two days of colicky pain, bilious vomiting and distension; no flatus since yesterday.
  No previous abdominal surgery. Query obstruction.
routine: ct-abdomen
target_seconds: 180   # 476 words / 4 + 4 s x 15 steps = 179 s, rounded to 5
views:
  scout: >
    Scout: gas-filled small bowel loops up to 4 cm across are stacked in the central
    abdomen, with little gas in the colon and none in the rectum, no devices.
  lung-bases: >
    Lung windows: slight dependent crowding of vessels at both bases, clearing towards
    the anterior lung. Fissures thin, no pleural fluid. Heart size within limits, mitral
    annulus calcified; the left dome lower than the right, both smooth.
  liver: >
    Liver 14 cm in span, smooth surface, uniform enhancement through all segments
    including the dome; liver larger than spleen. Portal vein 11 mm and opacified, hepatic
    veins filling; no gas in the peripheral portal branches.
  biliary: >
    Gallbladder 6 cm, wall 2 mm, bile of water density without calcified stones,
    intrahepatic ducts not seen, the gallbladder filled to the fundus; common bile duct 7 mm,
    tapering to the ampulla.
  spleen: >
    Spleen 9 cm long, smooth, uniform in the portal phase. Calcified splenic artery,
    tortuous at the hilum, splenic vein opacified to the confluence, no perisplenic
    fluid.
  pancreas: >
    Pancreas thin and lobulated with fat between the lobules, duct 2 mm in the body.
    Peripancreatic planes clear and the duodenum passes beneath it undilated; the tail
    ends at the splenic hilum beside a tortuous splenic artery.
  kidneys-adrenals: >
    Kidneys 10 cm each, enhancing symmetrically, collecting systems undilated, two 3 mm
    round calcifications with lucent centres lie beside the distal left ureter, which
    passes separate from them to the bladder. Adrenals slender.
  pelvis: >
    Bladder half-filled, wall 3 mm. Uterus small and atrophic, endometrium a thin line;
    ovaries not separately seen. Pelvic side-wall nodes under 8 mm, and the bladder
    holds fluid of water density.
  bowel: >
    Jejunum and ileum dilated to 4 cm with fluid and gas, walls thin at 2 mm. They lead
    into the right pelvis; beyond that point distal ileum and colon are collapsed.
  mesentery: >
    Superior mesenteric vein to the right of the artery, both opacified, with the
    jejunal branches fanning out without rotation, mesenteric fat of fat density; nodes
    up to 5 mm short axis, and the third part of the duodenum crosses between the aorta
    and the superior mesenteric artery.
  peritoneum: >
    Lung windows through the abdomen show gas only inside bowel, none under the anterior
    wall. Morison's pouch and the paracolic gutters dry; peritoneum thin and smooth.
  retroperitoneum: >
    Abdominal aorta 2.1 cm with calcified plaque, IVC of oval cross-section, the left
    renal vein crosses anterior to the aorta, retroperitoneal fat clear; para-aortic
    nodes under 10 mm.
  body-wall: >
    Below the right inguinal ligament, medial to the femoral vein, which it compresses,
    a 2.5 cm knuckle of small bowel with a 4 mm wall sits in fluid. No gas in its wall;
    left groin clear.
  bones: >
    Bone windows: diffuse osteopenia, vertebral bodies of preserved height, facet
    hypertrophy at L4/5 and L5/S1. Pubic rami, sacrum and lower ribs with continuous
    cortex.
  lines-tubes: >
    No nasogastric tube yet, the stomach holding fluid, one peripheral cannula beyond
    the field. No urinary catheter, drain or stent in the abdomen or pelvis.
findings:
  - id: small-bowel-obstruction
    step: bowel
    term: small-bowel-obstruction
    severity: major
    conspicuity: obvious
    accept_at: [scout]
    accept_terms: [dilated-bowel]
    teaching: >
      Dilated small bowel with collapsed bowel beyond is mechanical obstruction; the job is
      to find the transition point and the cause. In a patient with no previous surgery,
      adhesions are unlikely, so look hard at every hernial orifice.
    evidence: Jejunum and ileum dilated to 4 cm with fluid and gas
  - id: right-femoral-hernia
    step: body-wall
    term: femoral-hernia
    category: 2
    side: right
    severity: major
    conspicuity: subtle
    teaching: >
      A sac below the inguinal ligament and medial to the femoral vein, compressing it, is a
      femoral hernia; they are small, easily missed and prone to strangulation. A thickened
      loop with fluid in the sac suggests compromise: call the surgeons today, within hours
      (category 2).
    evidence: Below the right inguinal ligament, medial to the femoral vein, which it compresses
distractors:
  - step: kidneys-adrenals
    term: urolithiasis
    note: >
      Pelvic phleboliths: small round calcifications with lucent centres beside, not in,
      the ureter, which is followed separately to the bladder and is not dilated.
    evidence: round calcifications with lucent centres lie beside the distal left ureter
impression: >
  Small bowel obstruction caused by an incarcerated right femoral hernia; the trapped loop
  has a thickened wall with fluid in the sac, concerning for ischaemia. No free gas or
  pneumatosis. Discussed with the surgical team for urgent repair.
references:
  - "Silva AC, Pimenta M, Guimaraes LS. Small bowel obstruction: what to look for. Radiographics 2009;29:423-439"
  - "Aguirre DA et al. Abdominal wall hernias: imaging features, complications, and diagnostic pitfalls at multi-detector row CT. Radiographics 2005;25:1501-1520"
  - "Most-missed sites of major misses on CT abdomen: body wall 9% (J Clin Imaging Sci 2020)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-surveillance-liver-metastasis.yaml",
            text: #"""
kind: case
id: ctap-surveillance-liver-metastasis
title: Colon cancer surveillance, CT abdomen
modality: CT
exam: CT chest, abdomen and pelvis with contrast (abdomen read here)
priority: routine
patient: {age: 64, sex: F}
indication: >
  Two years after open right hemicolectomy for a stage III caecal cancer. Routine
  surveillance; CEA has risen slightly. The previous surveillance CT a year ago was clear.
routine: ct-abdomen
target_seconds: 190   # 519 words / 4 + 4 s x 15 steps = 190 s, rounded to 5
views:
  scout: >
    Scout: gas in small bowel and the remaining colon, no loop dilated. Surgical clips and a
    staple line in the right abdomen. No other devices; the lower ribs and pelvis
    are in the field.
  lung-bases: >
    Lung windows: bases aerated to the recesses, fissures thin, bronchial walls thin and
    the posterior recesses sharp, no pleural fluid. Chest reported separately, heart
    size within limits, and the left dome lower than the right.
  liver: >
    Just beneath the dome in segment 7 a 14 mm rounded focus
    of low density with a faint brighter rim, not present a year ago. Rest of the liver
    uniform; portal veins opacified.
  biliary: >
    Gallbladder 6 cm, wall 2 mm, bile of water density and no layering stones,
    intrahepatic ducts not visible, the gallbladder filled to the fundus; common bile duct 5
    mm, tapering into the pancreatic head, as a year ago.
  spleen: >
    Spleen 9.5 cm long, smooth and homogeneous in the portal phase, unchanged in size
    from last year, splenic vein opacified to the confluence, no perisplenic fluid.
  pancreas: >
    Pancreas head 23 mm and body 15 mm, lobulated with fat between the lobules,
    enhancing uniformly; duct 2 mm throughout. Peripancreatic fat of fat density, and
    the tail ends at the splenic hilum.
  kidneys-adrenals: >
    Kidneys 11 cm right and 11.5 cm left, enhancing symmetrically, cortex even,
    collecting systems undilated; ureters without calcification. Adrenal limbs slender,
    under 5 mm, as on the previous scan, and the right kidney lies lower than the left.
  pelvis: >
    Bladder wall 2 mm, well filled, uterus small, endometrium a thin line; ovaries 2 cm
    and without cysts. Pelvic side-wall and internal iliac nodes under 6 mm, and the
    bladder holds fluid of water density.
  bowel: >
    Ileocolic anastomosis in the right abdomen, its staple line 3 mm thick with no soft
    tissue growing from it. Transverse and left colon of normal calibre; small bowel
    loops under 2.5 cm, and gas and stool in the colon.
  mesentery: >
    Surgical clips at the ileocolic pedicle, mesenteric fat of fat density around the
    clips; nodes along the superior mesenteric vessels under 5 mm, as a year ago. SMA
    and SMV opacified, and the third part of the duodenum crosses between the aorta and
    the superior mesenteric artery.
  peritoneum: >
    Lung windows show gas only in bowel, greater omentum thin and of fat density; the
    pelvis and paracolic gutters dry. Peritoneal surfaces smooth, without nodules,
    compared with last year.
  retroperitoneum: >
    Abdominal aorta 1.8 cm with a little calcified plaque, IVC oval. Para-aortic and
    aortocaval nodes under 6 mm in short axis, unchanged; retroperitoneal fat clear, and
    the left renal vein crosses between the aorta and the superior mesenteric artery.
  body-wall: >
    Through a 4 cm defect in the midline laparotomy scar above the umbilicus, a loop of
    transverse colon and fat protrude into the subcutaneous tissue; the loop of normal
    calibre, the fat around it clear.
  bones: >
    Bone windows: a 6 mm notch in the superior endplate of L2 with a sclerotic rim,
    continuous with the disc above. Vertebral bodies otherwise of full height, pelvis
    and lower ribs with continuous cortex.
  lines-tubes: >
    One peripheral cannula beyond the field, contrast arrived through it, no port,
    stent, urinary catheter, drain or feeding tube in the abdomen or pelvis.
findings:
  - id: incisional-hernia
    step: body-wall
    term: ventral-hernia
    severity: minor
    conspicuity: obvious
    teaching: >
      An incisional hernia containing colon is common after laparotomy; report the neck
      width and the contents, and any sign of obstruction or ischaemia.
    evidence: a loop of transverse colon and fat protrude into the subcutaneous tissue
  - id: new-segment-7-metastasis
    step: liver
    term: liver-lesion
    severity: major
    conspicuity: subtle
    teaching: >
      The liver is the most-missed site of major misses on abdominal CT, and the dome is its
      blind spot. A new rim-enhancing low-density lesion in colorectal surveillance with a
      rising CEA is a metastasis until proven otherwise. Flag it for follow-up: compare with
      the previous scan and recommend liver MRI and MDT review.
    evidence: a 14 mm rounded focus of low density with a faint brighter rim
distractors:
  - step: bones
    term: lytic-lesion
    note: >
      Schmorl node: a small notch in a vertebral endplate with a sclerotic rim, continuous
      with the adjacent disc. It is disc material herniated into the vertebral body, not a
      lytic deposit, which destroys bone without a sclerotic rim and need not touch the
      endplate.
    evidence: a 6 mm notch in the superior endplate of L2 with a sclerotic rim
impression: >
  New 14 mm rim-enhancing lesion in liver segment 7, suspicious for a metastasis given the
  rising CEA: liver MRI and colorectal MDT discussion recommended. No local recurrence at
  the anastomosis. Incisional hernia containing transverse colon, uncomplicated.
references:
  - "Most-missed sites of major misses on CT abdomen: liver 15%, body wall 9% (J Clin Imaging Sci 2020)"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-abdomen/ctap-weight-loss-normal.yaml",
            text: #"""
kind: case
id: ctap-weight-loss-normal
title: Unintentional weight loss, CT abdomen
modality: CT
exam: CT chest, abdomen and pelvis with contrast (abdomen read here)
priority: routine
patient: {age: 66, sex: M}
indication: >
  Outpatient: 6 kg unintentional weight loss over four months, normal blood tests and
  endoscopy. Query occult malignancy.
routine: ct-abdomen
target_seconds: 185   # 503 words / 4 + 4 s x 15 steps = 186 s, rounded to 5
views:
  scout: >
    Scout: gas in the stomach, small bowel and colon, no loop dilated. No calcification
    over the kidneys, gallbladder or pancreas, no devices. Lung bases and hips in view,
    with degenerative change at both hips.
  lung-bases: >
    Lung windows: bases aerated, bronchial walls thin, fissures thin and the posterior
    recesses sharp, no pleural fluid. The left dome sits lower than the right; heart
    size within limits, chest reported separately.
  liver: >
    Liver 14 cm in span, smooth, enhancing uniformly through all eight segments
    including the dome and the caudate, portal vein 11 mm and hepatic veins opacified;
    liver larger than spleen; fissures not widened.
  biliary: >
    Gallbladder 7 cm, wall 2 mm, bile of water density without layering stones,
    intrahepatic ducts not visible, common bile duct 5 mm, tapering smoothly through the
    pancreatic head to the ampulla, the gallbladder filled to the fundus.
  spleen: >
    Spleen 10 cm long. At the splenic hilum a 12 mm round, smooth nodule that matches
    the spleen exactly in density in the portal phase. Splenic parenchyma homogeneous,
    splenic vein opacified.
  pancreas: >
    Pancreas head 22 mm, body 14 mm, tail 16 mm, lobulated with fat between the lobules and
    enhancing uniformly; duct 2 mm, tapering to the tail. Fat around the superior
    mesenteric artery clear.
  kidneys-adrenals: >
    The lateral border of the left kidney has a smooth bulge of cortex that enhances
    exactly like the rest of the kidney in the portal phase. Kidneys 11 and 11.5 cm,
    collecting systems undilated, adrenals slender.
  pelvis: >
    Bladder wall 3 mm, well filled, prostate 42 mm across with small central
    calcifications, seminal vesicles symmetric. Pelvic side-wall and inguinal nodes
    under 8 mm, oval with fatty hila, and the bladder holds fluid of water density.
  bowel: >
    Stomach partly filled, wall 4 mm at the antrum, small bowel loops under 2.5 cm;
    colon with a smooth 3 mm wall from caecum to rectum. Appendix 6 mm and gas-filled;
    stool and gas along the colon to the rectum.
  mesentery: >
    Superior mesenteric artery and vein opacified, vein to the right, mesenteric fat of
    fat density, with a few small nodes under 5 mm in short axis along the jejunal
    branches, and the third part of the duodenum crosses between the aorta and the
    superior mesenteric artery.
  peritoneum: >
    Lung windows show gas only in bowel, greater omentum thin and of fat density across
    the abdomen; paracolic gutters and the rectovesical pouch dry. Peritoneal surfaces
    smooth.
  retroperitoneum: >
    Abdominal aorta 2.0 cm with scattered calcified plaque, IVC oval. Para-aortic,
    aortocaval and coeliac nodes under 6 mm short axis; retroperitoneal fat clear, psoas
    muscles symmetric, and the left renal vein crosses between the aorta and the
    superior mesenteric artery.
  body-wall: >
    Inguinal canals hold spermatic cords, femoral canals and umbilicus contain fat,
    subcutaneous fat 1.5 cm deep over the flanks; rectus muscles intact and the linea
    alba closed.
  bones: >
    Bone windows: vertebral bodies of full height, disc narrowing at L5/S1 with a vacuum
    cleft, small osteophytes, trabecular pattern uniform; pelvis and lower ribs with
    continuous cortex.
  lines-tubes: >
    One peripheral cannula beyond the field, contrast arrived through it, no urinary
    catheter, stent, drain or feeding tube in the abdomen or pelvis.
distractors:
  - step: spleen
    term: splenic-lesion
    note: >
      Splenule (accessory spleen): a small round nodule near the splenic hilum that follows
      the spleen's density in every phase. A normal variant, not a lymph node or deposit.
    evidence: matches the spleen exactly in density
  - step: kidneys-adrenals
    term: renal-mass
    side: left
    note: >
      Dromedary hump: a smooth cortical bulge on the lateral left kidney that enhances
      like normal cortex in every phase. A tumour enhances differently from cortex.
    evidence: a smooth bulge of cortex that enhances exactly like the rest of the kidney
impression: >
  No intra-abdominal malignancy or other cause for the weight loss on CT. Splenule at the
  splenic hilum and a left renal dromedary hump, both normal variants.
references:
  - "Radiopaedia: Splenunculus; Dromedary hump (kidney)"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
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
target_seconds: 80   # 223 words / 4 + 4 s x 6 steps = 80 s, rounded to 5
views:
  blood: >
    A crescent of hyperdensity, 7 mm at its thickest, lines the inner table over the right
    frontal and parietal lobes, crossing the coronal suture and stopping at the falx. Left
    convexity and tentorium clear, with no hyperdensity.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns open and of CSF density. Behind the
    vermis a CSF space 14 mm deep communicates freely with the fourth ventricle; the
    occipital bone over it is not scalloped and the cerebellum is not displaced.
  brain: >
    Beneath the crescent the right frontal and parietal sulci are narrower than those on the
    left. Grey-white differentiation preserved in both hemispheres. Basal ganglia and
    thalami symmetric, denser than the internal capsules. Septum pellucidum in the midline,
    with no midline shift.
  ventricles: >
    Lateral ventricles symmetric; the frontal horns span 38 mm (Evans index 0.28) and the
    right body is not compressed. Third ventricle 6 mm wide, fourth ventricle midline, the
    CSF in each darker than brain. No periventricular low density.
  bone: >
    Bone window: occipital, parietal and frontal bones and the skull base intact, their
    cortex smooth. Over the left occiput the scalp is 12 mm thick, against 5 mm on the
    right, with no air in it.
  sinuses: >
    Frontal, ethmoid and maxillary sinuses aerated; no fluid level in the sphenoid. Mastoid
    air cells and middle ears aerated on both sides. Globes symmetric, both lenses replaced
    by thin, dense intraocular implants.
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
    evidence: A crescent of hyperdensity, 7 mm at its thickest
  - id: left-occipital-scalp-haematoma
    step: bone
    term: scalp-haematoma
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      Scalp swelling marks the impact site. Look beneath it for a fracture and opposite it
      for the contrecoup injury - here the right frontal subdural.
    evidence: Over the left occiput the scalp is 12 mm thick
distractors:
  - step: cisterns
    term: arachnoid-cyst
    note: >
      Mega cisterna magna: a large CSF space behind the vermis that communicates with the
      fourth ventricle, neither scallops the occipital bone nor displaces the cerebellum. A
      normal variant; a retrocerebellar arachnoid cyst is separate and exerts mass effect.
    evidence: a CSF space 14 mm deep communicates freely with the fourth ventricle
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
            path: "Cases/cases/ct-head/cth-assault-left-extradural.yaml",
            text: #"""
kind: case
id: cth-assault-left-extradural
title: Assault, lucid then drowsy, CT head
modality: CT
exam: CT head non-contrast
priority: stat
patient: {age: 24, sex: M}
indication: >
  Punched and fell, striking the left side of his head on the kerb. Brief loss of
  consciousness, then talking normally; now GCS 13 and vomiting.
routine: ct-head
target_seconds: 80   # 222 words / 4 + 4 s x 6 steps = 80 s, rounded to 5
views:
  blood: >
    A biconvex, lens-shaped hyperdensity, 11 mm thick, lies against the inner table over the
    left temporal lobe, between the coronal and lambdoid sutures, with a small swirl of
    lower density. Falx, tentorium and right convexity clear and thin.
  cisterns: >
    Suprasellar, interpeduncular, ambient and quadrigeminal cisterns open and of CSF
    density, the left ambient cistern as wide as the right. Both Sylvian fissures hold CSF
    to their depths. Cisterna magna 5 mm deep.
  brain: >
    Left temporal sulci effaced beneath the lens. Elsewhere the sulci are narrow and crisply
    outlined, as at 24. Grey-white differentiation preserved; frontal and temporal poles of
    uniform density. Septum pellucidum in the midline. Cerebellum symmetric.
  ventricles: >
    Lateral ventricles small and symmetric: frontal horns 30 mm across (Evans index 0.23).
    Third ventricle 3 mm wide, its CSF darker than the thalami. Fourth ventricle midline and
    open to the cisterna magna. No periventricular low density.
  bone: >
    Bone window: a thin, straight lucent line with sharp, non-sclerotic edges crosses the
    squamous left temporal bone beneath the lens, across the middle meningeal groove,
    without depression; right side intact. The left temporal scalp is 9 mm thick, the right
    4 mm.
  sinuses: >
    The right frontal sinus is absent, the frontal bone solid and of marrow density at its
    site; the left frontal sinus is aerated. Maxillary, ethmoid and sphenoid sinuses
    aerated; no fluid in the middle ears. Globes intact.
findings:
  - id: left-temporal-extradural
    step: blood
    term: extradural-haematoma
    side: left
    severity: critical
    conspicuity: obvious
    teaching: >
      A biconvex collection limited by sutures is extradural, usually arterial bleeding from
      a middle meningeal artery torn by a temporal fracture; a swirl of low density means
      active bleeding. The lucid interval comes before rapid deterioration, so call now for
      emergency neurosurgery.
    evidence: A biconvex, lens-shaped hyperdensity, 11 mm thick
  - id: left-temporal-fracture
    step: bone
    term: skull-fracture
    side: left
    severity: minor
    conspicuity: subtle
    teaching: >
      Always review the bone window under an extra-axial collection. A straight, sharp,
      non-corticated lucency that crosses the middle meningeal groove is a fracture, unlike
      a suture or vascular channel.
    evidence: a thin, straight lucent line with sharp, non-sclerotic edges crosses the squamous left temporal bone
  - id: left-temporal-scalp-haematoma
    step: bone
    term: scalp-haematoma
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      Scalp swelling marks the point of impact; look directly beneath it for a fracture and
      an extradural collection, and opposite it for contrecoup contusion.
    evidence: The left temporal scalp is 9 mm thick
distractors:
  - step: sinuses
    term: sinus-opacification
    side: right
    note: >
      Unilateral frontal sinus aplasia, a common normal variant: the sinus never formed, so
      solid bone fills its site. An opacified sinus keeps its cavity and walls, filled by
      fluid or soft-tissue density.
    evidence: The right frontal sinus is absent, the frontal bone solid and of marrow density
impression: >
  Acute left temporal extradural haematoma, 11 mm thick, with a swirl sign suggesting
  active bleeding and local sulcal effacement; no midline shift. Undisplaced fracture of
  the left temporal squama crossing the middle meningeal groove, with overlying scalp
  haematoma. Critical result telephoned to the emergency team for immediate neurosurgical
  referral.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Radiopaedia: Extradural haemorrhage; Swirl sign"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (intracranial haemorrhage: category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-code-stroke-hyperdense-mca.yaml",
            text: #"""
kind: case
id: cth-code-stroke-hyperdense-mca
title: Code stroke, right-sided weakness, CT head
modality: CT
exam: CT head non-contrast
priority: stat
patient: {age: 68, sex: F}
indication: >
  Code stroke: sudden weakness of the right arm and leg with expressive dysphasia, onset
  70 minutes ago. Not anticoagulated. Candidate for thrombolysis and thrombectomy.
routine: ct-head
target_seconds: 75   # 195 words / 4 + 4 s x 6 steps = 73 s, rounded to 5
views:
  blood: >
    Each globus pallidus holds a symmetric 3 mm focus of calcific density, over 200 HU. No
    extra-axial hyperdensity over either convexity, along the falx or on the tentorium.
    Ventricles and sulci hold CSF density only.
  cisterns: >
    Suprasellar, ambient, interpeduncular and quadrigeminal cisterns open and dark. The
    basilar tip in the interpeduncular cistern matches the posterior cerebral arteries in
    density. Both Sylvian fissures open, 4 mm wide, darker than the insula.
  brain: >
    Grey-white differentiation preserved, including both insular ribbons and lentiform
    nuclei. The proximal left middle cerebral artery is a tubular line of higher density
    than the right (56 against 41 HU) over 2 cm. Midline structures central.
  ventricles: >
    Lateral ventricles symmetric, frontal horns 34 mm across (Evans index 0.26); temporal
    horns 2 mm wide. Third ventricle 5 mm. Fourth ventricle 11 mm wide, midline. No
    periventricular low density.
  bone: >
    Bone window: calvarium, skull base and facial bones intact. The inner table of both
    frontal bones is thickened symmetrically and nodular, sparing the midline and the outer
    table. No scalp swelling.
  sinuses: >
    Frontal, ethmoid and sphenoid sinuses aerated. Dental amalgam casts streaks across the
    floor of both maxillary sinuses, which are aerated above it. Mastoids well pneumatised
    and clear. Globes symmetric.
findings:
  - id: left-mca-thrombus
    step: brain
    term: hyperdense-artery
    side: left
    severity: critical
    conspicuity: subtle
    teaching: >
      A middle cerebral artery denser than its partner is thrombus: it names the occluded
      vessel before any early ischaemic change appears. Compare both MCAs on every code
      stroke, call the stroke team now and recommend CT angiography for thrombectomy.
    evidence: The proximal left middle cerebral artery is a tubular line of higher density than the right
distractors:
  - step: blood
    term: intraparenchymal-haemorrhage
    note: >
      Physiological globus pallidus calcification: bilateral, symmetric and of calcific
      density, far denser than the 50 to 70 HU of acute haemorrhage, and common with age.
      It is no contraindication to thrombolysis.
    evidence: Each globus pallidus holds a symmetric 3 mm focus of calcific density
impression: >
  Hyperdense proximal left middle cerebral artery in keeping with acute thrombus. No
  haemorrhage; no established early ischaemic change (ASPECTS 10). Critical result
  telephoned to the stroke team; CT angiography recommended for thrombectomy assessment.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Radiopaedia: Hyperdense MCA sign"
  - "Barber PA et al. Validity and reliability of a quantitative computed tomography score in predicting outcome of hyperacute stroke before thrombolytic therapy (ASPECTS). Lancet 2000;355:1670-1674"
  - "Stroke: door to CT interpretation within 45 minutes (REFERENCES.md, turnaround)"
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
target_seconds: 80   # 217 words / 4 + 4 s x 6 steps = 78 s, rounded to 5
views:
  blood: >
    The falx is of uniform soft-tissue density along its length and both tentorial leaves
    are thin. No hyperdensity in the parenchyma, the sulci or the ventricles. The superior
    sagittal and straight sinuses match the arteries in density.
  cisterns: >
    Suprasellar and interpeduncular cisterns open, the basilar artery seen in cross-section
    within them. Ambient and quadrigeminal cisterns symmetric around the midbrain. Both
    Sylvian fissures open to the insula, 3 mm wide; cisterna magna 5 mm deep, darker than
    the vermis.
  brain: >
    Grey-white differentiation preserved in both hemispheres, including the insular ribbons
    and lentiform nuclei. Both middle cerebral arteries measure 42 HU, like the basilar;
    coarse, symmetric calcification lines the walls of both cavernous carotid arteries.
    Midline structures central.
  ventricles: >
    Lateral ventricles symmetric, frontal horns 36 mm across (Evans index 0.27). Third
    ventricle 6 mm wide, its walls parallel. Temporal horns 2 mm, the CSF darker than the
    hippocampi. Septum pellucidum thin and midline; no periventricular low density.
  bone: >
    Bone window: calvarium and skull base intact, the coronal, sagittal and lambdoid sutures
    partly fused at 72. Scalp 5 mm thick and even over both sides of the head, with no gas.
  sinuses: >
    Maxillary, ethmoid, frontal and sphenoid sinuses aerated, with no fluid level. Nasal
    septum bowed 4 mm to the left. Mastoid air cells and middle ears aerated. Orbits
    symmetric, extraocular muscles of even bulk.
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
  thrombolysis. A normal early CT does not exclude an acute infarct, nor a large-vessel
  occlusion: if he is a thrombectomy candidate with cortical signs, CT angiography is
  recommended.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Barber PA et al. Validity and reliability of a quantitative computed tomography score in predicting outcome of hyperacute stroke before thrombolytic therapy (ASPECTS). Lancet 2000;355:1670-1674"
  - "Powers WJ et al. Guidelines for the early management of patients with acute ischemic stroke: 2019 update. Stroke 2019;50:e344-e418"
  - "Stroke: door to CT interpretation within 45 minutes (REFERENCES.md, turnaround)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-confusion-normal-for-age.yaml",
            text: #"""
kind: case
id: cth-confusion-normal-for-age
title: New confusion, CT head
modality: CT
exam: CT head non-contrast
priority: urgent
patient: {age: 84, sex: F}
indication: >
  Two days of new confusion with a urinary infection. No fall, no focal deficit. Exclude an
  intracranial cause.
routine: ct-head
target_seconds: 75   # 208 words / 4 + 4 s x 6 steps = 76 s, rounded to 5
views:
  blood: >
    A thin linear plate of bone density lies in the midline along the anterior falx, 1 mm
    thick and 25 mm long. No hyperdensity over either convexity, on the tentorium, in the
    sulci or in the ventricles.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns wide and CSF-filled, darker than the
    midbrain. Sylvian fissures open to the insula, 6 mm across on each side. Cisterna magna
    7 mm deep, the cerebellar tonsils above the foramen magnum.
  brain: >
    Sulci and Sylvian fissures are evenly widened over both hemispheres, in proportion to
    the ventricles and to age; the hippocampi are of equal size and not disproportionately
    small. Grey-white differentiation preserved. Midline structures central.
  ventricles: >
    Frontal horns 40 mm across (Evans index 0.29), in step with the sulci; temporal horns 3
    mm wide. Third ventricle 7 mm. The frontal horns keep their angles, and there is no
    periventricular low density.
  bone: >
    Bone window: calvarium and skull base intact; the diploe is thin and the outer table
    smooth, with no lucent or sclerotic focus in the vault. Scalp 4 mm thick over both sides
    of the head.
  sinuses: >
    Both globes hold thin, dense lens implants. Maxillary, ethmoid, frontal and sphenoid
    sinuses aerated, with no fluid level. Mastoid air cells aerated; the right external
    auditory canal holds a hearing-aid mould.
distractors:
  - step: brain
    term: atrophy
    note: >
      Sulci and ventricles enlarged evenly and in proportion are normal at 84. Call volume
      loss only when it is beyond age or focal, such as disproportionate hippocampal loss.
    evidence: in proportion to the ventricles and to age
  - step: blood
    term: subdural-haematoma
    note: >
      Falx calcification: bone density, thin and plate-like, in the midline. An
      interhemispheric subdural is blood density, thicker, and often runs onto the
      tentorium.
    evidence: A thin linear plate of bone density lies in the midline along the anterior falx
impression: >
  No acute intracranial abnormality. Generalised volume loss appropriate for age.
  Physiological falx calcification. No intracranial cause for the confusion on CT.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Radiopaedia: Normal intracranial calcifications"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-falls-isodense-subdural.yaml",
            text: #"""
kind: case
id: cth-falls-isodense-subdural
title: Falls and slowing, CT head
modality: CT
exam: CT head non-contrast
priority: urgent
patient: {age: 79, sex: M}
indication: >
  Several falls over six weeks, increasing headache and slowness; family have noticed mild
  right arm weakness. Takes aspirin.
routine: ct-head
target_seconds: 80   # 217 words / 4 + 4 s x 6 steps = 78 s, rounded to 5
views:
  blood: >
    No hyperdensity over either convexity, along the falx or on the tentorium; right sulci
    clear. Over the left frontoparietal convexity the cortex is separated from the inner
    table by a crescent of tissue of the same density as brain, 12 mm thick.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns open and CSF-filled, the left ambient
    cistern as wide as the right. The left uncus does not cross the tentorial edge. Both
    Sylvian fissures visible, the right 3 mm wide.
  brain: >
    Left convexity sulci cannot be traced to the inner table; the grey-white junction lies
    deeper than on the right. Septum pellucidum displaced 4 mm to the right. Right sulci
    open and even for 79; cerebellum symmetric.
  ventricles: >
    The left lateral ventricle is narrower than the right, its frontal horn compressed to a
    slit. Right temporal horn 3 mm wide. Third ventricle 6 mm, fourth ventricle midline. No
    periventricular low density.
  bone: >
    Bone window: calvarium and skull base intact. A 6 mm well-corticated, smoothly
    marginated lucency indents the inner table of the occipital bone beside the right
    transverse sinus; the outer table over it is intact. Scalp 4 mm thick on both sides.
  sinuses: >
    Maxillary, ethmoid and frontal sinuses aerated, without fluid. The sphenoid sinus
    extends into both anterior clinoid processes, thin-walled and clear. Mastoid air cells
    and middle ears aerated. Orbital fat clear.
findings:
  - id: left-isodense-subdural
    step: blood
    term: chronic-subdural-haematoma
    category: 1
    side: left
    severity: critical
    conspicuity: subtle
    teaching: >
      A subacute subdural can match brain density: look for sulci that stop short of the
      inner table, an inward-displaced grey-white junction and mass effect without a cause.
      A narrow subdural window helps, and with shift and weakness it must be called now.
    evidence: separated from the inner table by a crescent of tissue of the same density as brain
  - id: midline-shift-to-right
    step: brain
    term: midline-shift
    severity: critical
    conspicuity: obvious
    teaching: >
      Measure shift at the septum pellucidum and report it in millimetres. Shift without a
      visible cause should send you looking for an isodense collection.
    evidence: Septum pellucidum displaced 4 mm to the right
    accept_at: [ventricles]
    accept_terms: [effaced-ventricle]
distractors:
  - step: bone
    term: lytic-lesion
    side: right
    note: >
      Arachnoid granulation: a small, smoothly corticated defect of the inner table beside a
      dural venous sinus, with the outer table intact. A lytic lesion has ill-defined or
      non-corticated margins and may breach both tables.
    evidence: A 6 mm well-corticated, smoothly marginated lucency indents the inner table
impression: >
  Left isodense (subacute) subdural haematoma over the frontal and parietal convexity,
  12 mm thick, with 4 mm midline shift to the right. Critical result telephoned for
  neurosurgical referral; aspirin noted.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Radiopaedia: Isodense subdural haemorrhage"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (intracranial haemorrhage: category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-head-injury-warfarin-normal.yaml",
            text: #"""
kind: case
id: cth-head-injury-warfarin-normal
title: Head injury on warfarin, CT head
modality: CT
exam: CT head non-contrast
priority: stat
patient: {age: 77, sex: M}
indication: >
  Tripped and struck the right forehead on a door frame. Takes warfarin, INR 2.8. GCS 15,
  no loss of consciousness, no vomiting.
routine: ct-head
target_seconds: 75   # 205 words / 4 + 4 s x 6 steps = 75 s, rounded to 5
views:
  blood: >
    No hyperdensity over either frontal convexity, beneath the impact site or opposite it,
    along the falx or on the tentorium. The frontal sulci reach the inner table, filled with
    CSF. Ventricles and cisterns of CSF density.
  cisterns: >
    Suprasellar, ambient, interpeduncular and quadrigeminal cisterns open, symmetric and
    slightly wide at 77. Both Sylvian fissures open, 5 mm wide. Cisterna magna and
    prepontine cistern CSF-filled around a midline brainstem.
  brain: >
    Grey-white differentiation preserved, the cortex denser than the white matter. Frontal
    and temporal poles, gyri recti and orbitofrontal cortex of uniform density. Sulci evenly
    widened for 77, none effaced. Midline structures central; cerebellum symmetric.
  ventricles: >
    Lateral ventricles symmetric, frontal horns 37 mm across (Evans index 0.28). Third
    ventricle 6 mm. Fourth ventricle midline, its CSF darker than the vermis. The occipital
    horns hold CSF with no dependent level.
  bone: >
    Bone window: a thin branching lucent channel with smooth, corticated margins runs in the
    inner table of the right parietal bone, mirrored on the left. Frontal bone intact
    beneath the impact; the right forehead scalp is 5 mm thick, as on the left.
  sinuses: >
    Frontal sinuses aerated behind an intact anterior wall. Ethmoid, maxillary and sphenoid
    sinuses dark with gas, with no fluid level. Mastoid air cells clear. Orbital roofs
    intact; globes symmetric.
distractors:
  - step: bone
    term: skull-fracture
    side: right
    note: >
      Vascular groove: smooth, corticated, branching and mirrored on the other side. A
      fracture is straight, sharp-edged, not corticated and usually under the point of
      impact with scalp swelling.
    evidence: a thin branching lucent channel with smooth, corticated margins
impression: >
  No intracranial haemorrhage and no skull fracture; the branching lucencies in both
  parietal bones are vascular grooves. Discharge advice for anticoagulated patients per
  local head injury guidance.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "NICE guideline NG232: Head injury: assessment and early management (2023)"
  - "Radiopaedia: Skull fracture mimics (vascular grooves, sutures)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-head/cth-headache-colloid-cyst.yaml",
            text: #"""
kind: case
id: cth-headache-colloid-cyst
title: Headache and vomiting, CT head
modality: CT
exam: CT head non-contrast
priority: urgent
patient: {age: 34, sex: M}
indication: >
  Three weeks of headaches, worse lying down; now vomiting and intermittently drowsy.
  Query raised intracranial pressure.
routine: ct-head
target_seconds: 80   # 219 words / 4 + 4 s x 6 steps = 79 s, rounded to 5
views:
  blood: >
    No extra-axial hyperdensity over either convexity, along the falx or on the tentorium,
    and none in the sulci. The occipital horns hold clear CSF with no dependent layer. A 2
    mm calcific fleck sits in the pineal gland.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns open and CSF-filled; the optic chiasm is
    outlined in the suprasellar cistern. Cerebellar tonsils rounded, 2 mm above the foramen
    magnum. Sylvian fissures visible, darker than the insular cortex.
  brain: >
    Grey-white differentiation preserved in both hemispheres, the cortical ribbon denser
    than the white matter beneath it. Basal ganglia, thalami and internal capsules
    symmetric. Midline structures central. Brainstem and cerebellum of uniform density, the
    vermis midline.
  ventricles: >
    Both lateral ventricles are enlarged and symmetric, with ballooned frontal horns (Evans
    index 0.40). A smooth 10 mm round focus, denser than brain, sits in the roof of the
    third ventricle; third ventricle 4 mm, fourth normal, septum central.
  bone: >
    Bone window: calvarium and skull base intact; the dorsum sellae is intact. A 7 mm oval
    lucency with a thin corticated rim lies in the diploe of the right frontal bone, sparing
    both tables, with a vascular channel running into it.
  sinuses: >
    Maxillary, ethmoid and frontal sinuses aerated; the sphenoid sinus clear beneath an
    intact sellar floor. Mastoid air cells and middle ears aerated. Globes symmetric, each
    lens clear and denser than the vitreous.
findings:
  - id: obstructive-hydrocephalus
    step: ventricles
    term: hydrocephalus
    category: 1
    severity: critical
    conspicuity: obvious
    teaching: >
      Lateral ventricles with rounded frontal horns and dilated temporal horns are
      hydrocephalus, and the pattern of dilated ventricles points to the level of the block.
      Symptomatic obstructive hydrocephalus needs neurosurgery urgently: call now.
    evidence: Both lateral ventricles are enlarged and symmetric, with ballooned frontal horns
  - id: third-ventricle-colloid-cyst
    step: ventricles
    term: colloid-cyst
    severity: major
    conspicuity: subtle
    teaching: >
      A small, round, hyperdense lesion at the foramina of Monro with only the lateral
      ventricles dilated is a colloid cyst until proven otherwise. It can block both
      foramina suddenly and kill, so name the cause as well as the hydrocephalus.
    evidence: A smooth 10 mm round focus, denser than brain, sits in the roof of the third ventricle
distractors:
  - step: bone
    term: lytic-lesion
    side: right
    note: >
      Diploic venous lake: a well-defined, thinly corticated lucency in the diploe, fed by a
      vascular channel and sparing both tables. A lytic lesion has ill-defined or
      non-corticated margins and may breach the tables.
    evidence: A 7 mm oval lucency with a thin corticated rim lies in the diploe
impression: >
  Obstructive hydrocephalus of both lateral ventricles caused by a 10 mm hyperdense lesion
  at the foramina of Monro, in keeping with a colloid cyst; third and fourth ventricles
  normal in size. Critical result telephoned for urgent neurosurgical referral; MRI to
  confirm.
references:
  - "Emergency head CT search pattern 'Blood Can Be Very Bad' (Perron)"
  - "Radiopaedia: Colloid cyst"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
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
target_seconds: 75   # 210 words / 4 + 4 s x 6 steps = 76 s, rounded to 5
views:
  blood: >
    A 5 mm focus of bone density lies in the midline behind the third ventricle, above the
    quadrigeminal cistern; paired, symmetric foci of the same density sit in the atria of
    both lateral ventricles. No extra-axial or sulcal hyperdensity.
  cisterns: >
    Suprasellar, ambient, quadrigeminal and perimesencephalic cisterns open and CSF-filled.
    Both Sylvian fissures open, darker than the insula. Cisterna magna 4 mm deep, with the
    tonsils rounded above the foramen magnum.
  brain: >
    Grey-white differentiation preserved; sulci narrow at 33, none effaced. The frontal
    lobes above the orbital roofs are of uniform density, with no low-density zone beside
    the frontal sinuses. Midline structures central; posterior fossa symmetric.
  ventricles: >
    Lateral ventricles symmetric and slim, frontal horns 29 mm across (Evans index 0.22).
    Temporal horns barely visible, 1 mm. Third ventricle 3 mm, fourth ventricle midline. The
    occipital horns hold CSF with no dependent layer.
  bone: >
    Bone window: calvarium and skull base intact. The walls of both maxillary sinuses and
    the posterior wall of the frontal sinus are of even thickness, without erosion or
    expansion. Cheek soft tissues symmetric, 9 mm thick on each side.
  sinuses: >
    The right maxillary sinus holds a horizontal gas-fluid interface across its lower half;
    the fluid measures 15 HU. Left maxillary, frontal, ethmoid and sphenoid sinuses clear
    and aerated, free of secretions. Mastoids clear.
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
target_seconds: 75   # 206 words / 4 + 4 s x 6 steps = 76 s, rounded to 5
views:
  blood: >
    No extra-axial hyperdensity over either convexity, along the falx or on the tentorium.
    The interpeduncular fossa is filled by faintly hyperdense material, slightly denser than
    the adjacent midbrain. Convexity sulci clear, of CSF density.
  cisterns: >
    Suprasellar and ambient cisterns open, not effaced. The interpeduncular cistern is
    greyer than the suprasellar cistern in front of it. Quadrigeminal cistern and both
    Sylvian fissures contain dark CSF.
  brain: >
    Grey-white differentiation preserved; sulci crisp at 46, none effaced. Basal ganglia and
    thalami symmetric, denser than the internal capsules between them. Midline structures
    central; the sulci 1 mm wide. Cerebellar hemispheres, vermis and pons of uniform density
    around a midline fourth ventricle.
  ventricles: >
    Temporal horns slit-like, 1 mm wide; third ventricle 4 mm. The body of the left lateral
    ventricle is 3 mm narrower than the right, with the septum pellucidum in the midline. No
    dependent layering in the occipital horns.
  bone: >
    Bone window: calvarium, clivus and skull base intact, the petrous apices of even marrow
    density. Sagittal and lambdoid sutures open, with serrated margins. Scalp 5 mm thick
    over both sides of the head.
  sinuses: >
    Maxillary, ethmoid, frontal and sphenoid sinuses aerated, without fluid or mucosal
    thickening. Mastoid air cells and middle ears well aerated. Globes symmetric; both optic
    nerves straight within the orbital fat.
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
    evidence: filled by faintly hyperdense material, slightly denser than the adjacent midbrain
distractors:
  - step: ventricles
    term: effaced-ventricle
    side: left
    note: >
      Asymmetric lateral ventricles, a common normal variant: the septum pellucidum is in
      the midline and the sulci on that side are not effaced. A ventricle compressed by a
      lesion comes with mass effect that pushes the septum across.
    evidence: The body of the left lateral ventricle is 3 mm narrower than the right
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
            path: "Cases/cases/ct-trauma/ctt-crush-open-book-pelvis.yaml",
            text: #"""
kind: case
id: ctt-crush-open-book-pelvis
title: Crushed against a wall, pelvic pain, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis; arterial and portal phases)
priority: stat
patient: {age: 37, sex: M}
indication: >
  Pinned between a reversing lorry and a wall at the level of the hips. Pelvic binder
  applied at scene. Heart rate 130, blood pressure 84/50. GCS 14.
routine: ct-trauma
target_seconds: 190   # 539 words / 4 + 4 s x 14 steps = 190.75 s, rounded to 5
views:
  airway: >
    Not intubated, on a non-rebreathe mask. Trachea midline, 21 mm across at the inlet. Carina
    at the T5 level, the main and lobar bronchi aerated and free of secretions, with no gas
    outside their walls.
  chest-pleura: >
    Lung windows show markings out to the chest wall on both sides, with no pneumothorax and
    no pleural fluid. The mediastinum sits in the midline and both costophrenic recesses are
    aerated to their depths.
  pericardium: >
    Pericardium 1 mm, no fluid or gas in the sac. The heart is small, its cavities brighter
    than the myocardium, the left ventricular cavity 38 mm across. Suprarenal IVC oval, 12 by
    20 mm; hepatic veins enhancing, with no contrast reflux.
  aorta: >
    Thoracic aorta 27 mm at the arch and of smooth contour through the isthmus, with clear fat
    around it; abdominal aorta 17 mm above the bifurcation. Arch vessels, coeliac axis, SMA,
    renal and common iliac arteries opacified to their branches.
  haemorrhage: >
    55 HU soft tissue occupies the extraperitoneal pelvis, lifting the bladder. Beside the
    right internal iliac branches a 6 mm focus as dense as the iliac arteries spreads to a 20
    mm pool on the portal phase. Peritoneal cavity clear.
  solid-organs: >
    Liver 15 cm and homogeneous, portal and hepatic veins opacified. Spleen 9 cm, uniform on
    the portal phase. Kidneys 11.5 and 11 cm with symmetric enhancement, the cortex denser
    than the medulla, adrenal limbs 4 mm, pancreas of even density; no laceration or
    devascularised segment in any organ.
  pelvis: >
    The pubic symphysis measures 45 mm across. Both sacroiliac joints are widened anteriorly,
    the right more than the left, with the posterior joints still aligned. Acetabula and hips
    intact; binder at the level of the greater trochanters.
  spine: >
    Sagittal and coronal reformats show alignment maintained from the occiput to the coccyx.
    The posterior arch of C1 has a 3 mm midline gap with smooth corticated ends, the lateral
    masses lined up with C2. Body heights uniform, facets and transverse processes intact.
  head: >
    Head included at the trauma team's request: no extra-axial or intraparenchymal
    hyperdensity from the vertex to the foramen magnum. Grey-white differentiation preserved
    and the septum in the midline; basal cisterns and sulci open for 37, ventricles symmetric.
  lungs: >
    Both lungs aerated, vessels reaching the pleura in every lobe, the fissures thin and the
    segmental airways open. No ground-glass density, air-space opacity or cavity, the lower
    lobes included; the dependent segments slightly denser than the anterior lung.
  chest-wall: >
    Twelve ribs counted on each side, cortices continuous, the first ribs shorter and wider
    than the second. Sternum intact on the sagittal reformat, manubriosternal joint aligned.
    Scapulae, clavicles and acromioclavicular joints intact, the chest wall fat free of gas.
  bowel-mesentery: >
    Stomach and small bowel of normal calibre, walls 2 mm; colon gas-filled to the sigmoid.
    Mesenteric fat clear around the ileocolic vessels, with no free gas. Hemidiaphragms
    continuous over liver and spleen; bladder wall whole on the delayed images.
  face-skull: >
    On bone windows the vault, skull base, orbits, nasal bones, zygomatic arches and mandible
    are intact. Scalp 5 mm thick over the vertex on both sides. Frontal, maxillary and
    sphenoid sinuses and the mastoid air cells aerated.
  everything-else: >
    Urinary catheter not inserted. Large-bore cannulas in both antecubital fossae. Femoral
    shafts in the field intact and the thyroid of uniform density, with no foreign body and no
    lesion needing follow-up.
findings:
  - id: open-book-pelvic-injury
    step: pelvis
    term: unstable-pelvic-fracture
    severity: critical
    conspicuity: obvious
    teaching: >
      A symphysis widened to 45 mm with anterior sacroiliac widening is unambiguously an
      anteroposterior compression (open book) injury (the often-quoted 25 mm cut-off is
      contested); the pelvic volume increases and the
      venous plexus bleeds. It is mechanically unstable and belongs in the primary survey
      call.
    evidence: The pubic symphysis measures 45 mm across
  - id: right-internal-iliac-bleed
    step: haemorrhage
    term: active-extravasation
    severity: critical
    conspicuity: subtle
    accept_at: [solid-organs]
    teaching: >
      Inside a large pelvic haematoma a small arterial-density focus that grows on the
      portal phase is active arterial bleeding, easily lost in the haematoma. It points to
      angiographic embolisation rather than packing alone, so call it with its source.
    evidence: a 6 mm focus as dense as the iliac arteries spreads to a 20 mm pool on the portal phase
  - id: pelvic-haematoma
    step: haemorrhage
    term: pelvic-haematoma
    severity: major
    conspicuity: obvious
    teaching: >
      A large extraperitoneal pelvic haematoma is expected with an open book injury; measure
      it and check the bladder and urethra, which it displaces and may hide. With an
      anterior ring injury no blind urethral catheter: the urethra is cleared first, by
      retrograde urethrography if injury is suspected (ATLS).
    evidence: 55 HU soft tissue occupies the extraperitoneal pelvis
distractors:
  - step: haemorrhage
    term: flat-ivc
    note: >
      The small heart and narrow IVC on the pericardium images are signs of hypovolaemia
      from the pelvic bleeding, but the IVC is not flat; they belong in the haemorrhage
      call, not in a result of their own.
  - step: spine
    term: unstable-spine-fracture
    note: >
      Midline cleft of the posterior arch of C1, a congenital variant in a few per cent of
      people: smooth corticated ends and lateral masses aligned with C2. A fracture of the
      atlas ring has sharp, uncorticated edges, usually at more than one site.
    evidence: The posterior arch of C1 has a 3 mm midline gap with smooth corticated ends
impression: >
  Primary survey: unstable anteroposterior compression (open book) pelvic injury, symphysis
  widened to 45 mm with anterior sacroiliac widening; large extraperitoneal pelvic
  haematoma with active arterial extravasation from a right internal iliac branch.
  Telephoned to the trauma team leader: interventional radiology for embolisation. Bladder
  intact.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "American College of Surgeons. Advanced Trauma Life Support (ATLS) Student Course Manual, 10th ed. Chicago: ACS, 2018 (pelvic fractures; urethral injury before catheterisation)"
  - "Young JW, Burgess AR, Brumback RJ, Poka A. Pelvic fractures: value of plain radiography in early assessment and management. Radiology 1986;160:445-451"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-elderly-stairs-odontoid.yaml",
            text: #"""
kind: case
id: ctt-elderly-stairs-odontoid
title: Older woman, fall down stairs, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis)
priority: stat
patient: {age: 83, sex: F}
indication: >
  Fell down four stairs at home and struck her forehead. Takes apixaban. Neck pain, GCS 15,
  no limb weakness. Older-adult major trauma pathway.
routine: ct-trauma
target_seconds: 185   # 510 words / 4 + 4 s x 14 steps = 183.5 s, rounded to 5
views:
  airway: >
    No airway device. Trachea midline, 16 mm across, its cartilage rings calcified at 83 and
    the posterior membrane straight. Carina at the level of T5 with main and lobar bronchi
    aerated, free of secretions and of gas in the mediastinal fat.
  chest-pleura: >
    Lung markings reach the chest wall anteriorly and at both bases, so no pneumothorax. Both
    posterior recesses are free of pleural fluid. The mediastinum is central and the apical
    pleura is 2 mm and smooth on both sides.
  pericardium: >
    Pericardium 2 mm and the sac empty of fluid or gas. Heart of normal size; mitral annulus
    calcified. IVC 19 mm and the hepatic veins not distended; contrast does not reflux into
    them.
  aorta: >
    The arch is unfolded and tortuous; root 35 mm, arch 30 mm, descending aorta 26 mm, all of
    smooth contour. Fat around the isthmus and arch clear. Brachiocephalic, carotid and
    subclavian origins opacified.
  haemorrhage: >
    Arterial and portal images show contrast only inside the vessels, the aorta brighter on
    the arterial phase. No free fluid around the liver or spleen, in the gutters or in the
    pouch of Douglas. Retroperitoneal and presacral fat clear, IVC round at 19 mm.
  solid-organs: >
    Liver 13 cm and spleen 8 cm, both of even density on the portal phase. Kidneys 9.5 and 10
    cm, cortex thinned evenly for age; adrenal limbs 3 mm; pancreas atrophic with fatty
    lobulation. Neither laceration nor devascularised segment.
  pelvis: >
    Symphysis 3 mm, sacroiliac joints narrowed evenly and aligned; bones osteopenic. Arcuate
    lines, pubic rami and sacral ala continuous on the coronal reformat. Both hip joint spaces
    3 mm, femoral heads centred.
  spine: >
    At C2 a thin oblique lucent line crosses the base of the dens just above the body on both
    reformats; the dens tilts 2 mm backwards. Prevertebral soft tissue 8 mm at C2. C3 to T1
    aligned, heights even.
  head: >
    Hyperdensity absent in the extra-axial spaces and the parenchyma. Sulci, Sylvian fissures
    and ventricles widened in proportion at 83. The septum sits in the midline and the basal
    cisterns are open. Both internal carotid siphons calcified.
  lungs: >
    Both lungs aerated to the bases, the posterior bases a little denser than the apices, with
    vessels reaching the pleura and thin fissures. Neither ground-glass density nor air-space
    opacity in any lobe; the segmental airways contain no secretions.
  chest-wall: >
    Twelve pairs of ribs counted, cortices thin and continuous; costal cartilages densely
    calcified. Sternum intact on the sagittal reformat; first ribs short and wider than the
    second. Scapulae, clavicles and acromioclavicular joints whole, with osteophytes at both
    acromioclavicular joints.
  bowel-mesentery: >
    Stomach contracted; small bowel walls 2 mm; sigmoid diverticula with clear surrounding
    fat. Mesenteric vessels patent. Peritoneum free of gas. Diaphragm continuous over both
    domes; bladder wall 3 mm.
  face-skull: >
    Right frontal scalp soft tissue is 15 mm thick beneath a skin laceration, against 5 mm on
    the left. On bone windows the vault, skull base, orbits and facial bones are intact;
    sinuses aerated.
  everything-else: >
    Peripheral cannula in the left arm; no other lines. Humeral heads and hips in the field
    intact, both osteopenic. Thyroid lobes of even density. Nothing foreign in the soft
    tissues and no lesion needing follow-up.
findings:
  - id: type-2-odontoid-fracture
    step: spine
    term: odontoid-fracture
    severity: critical
    conspicuity: subtle
    teaching: >
      In older people a low-energy fall often breaks the dens, and a fracture across its
      base (Anderson and D'Alonzo type II) is unstable and heals poorly. Check the
      craniocervical junction on sagittal and coronal reformats after every fall, and call:
      collar, spinal opinion.
    evidence: a thin oblique lucent line crosses the base of the dens just above the body
  - id: right-frontal-scalp-haematoma
    step: face-skull
    term: scalp-haematoma
    side: right
    severity: minor
    conspicuity: obvious
    teaching: >
      A forehead impact drives the neck into extension: when you see the scalp haematoma,
      look at the other end of the lever, the upper cervical spine.
    evidence: Right frontal scalp soft tissue is 15 mm thick
distractors:
  - step: aorta
    term: mediastinal-haematoma
    note: >
      An unfolded, tortuous arch in an older patient widens the mediastinum on a supine
      film; on CT it is a normal aorta with clear fat around it, not periaortic blood.
    evidence: The arch is unfolded and tortuous
impression: >
  Primary survey: type II odontoid fracture with 2 mm posterior tilt of the dens and
  prevertebral swelling, unstable; telephoned to the trauma team leader (collar, spinal
  referral). No intracranial haemorrhage despite anticoagulation. Secondary survey: right
  frontal scalp haematoma; no other injury.
references:
  - "Anderson LD, D'Alonzo RT. Fractures of the odontoid process of the axis. J Bone Joint Surg Am 1974;56:1663-1674"
  - "Rojas CA et al. Normal thickness and appearance of the prevertebral soft tissues on multidetector CT. AJNR Am J Neuroradiol 2009;30:136-141 (C2 up to 6 mm)"
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-head-on-aortic-injury.yaml",
            text: #"""
kind: case
id: ctt-head-on-aortic-injury
title: Frontal crash, chest pain, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis; arterial phase chest)
priority: stat
patient: {age: 51, sex: F}
indication: >
  Unrestrained driver in a frontal collision, chest struck the steering wheel. Central
  chest pain, blood pressure 105/70. GCS 15.
routine: ct-trauma
target_seconds: 195   # 562 words / 4 + 4 s x 14 steps = 196.5 s, rounded to 5
views:
  airway: >
    Breathing spontaneously without a tube. Trachea midline, 17 mm across at the thoracic
    inlet, its wall thin and smooth with no gas outside it. Carina at T5, both main bronchi
    patent to the lobar origins, with no secretions or aspirated material.
  chest-pleura: >
    Lung markings reach the chest wall on both sides, without pneumothorax. At the left apex a
    4 mm crescent of 45 HU soft tissue lies outside the parietal pleura, continuous with the
    mediastinal soft tissue. Pleural spaces hold no fluid and the trachea is midline.
  pericardium: >
    Pericardium 2 mm thick, with no fluid or gas in the sac. Heart of normal size, the
    myocardium enhancing evenly on the arterial phase. Superior and inferior venae cavae not
    distended, with no contrast refluxing into the hepatic veins.
  aorta: >
    Arch branches patent. Just beyond the left subclavian origin a 2 cm outpouching arises
    from the contour, with a thin wavy low-density line across the lumen at its neck. Soft
    tissue of 50 HU surrounds it, reaching the aortopulmonary window.
  haemorrhage: >
    Arterial and portal phases compared: contrast stays within every vessel lumen, with no
    pooling outside it. No free fluid in Morison's pouch, the paracolic gutters or the pouch
    of Douglas. IVC round, 22 mm at the renal veins.
  solid-organs: >
    Liver 15 cm craniocaudally, spleen 10 cm, both homogeneous on the portal phase. Kidneys 11
    cm each with symmetric corticomedullary enhancement; adrenal limbs 3 mm; pancreas uniform,
    its fat plane to the splenic vein preserved. No organ laceration or devascularised
    segment.
  pelvis: >
    Symphysis 4 mm wide, sacroiliac joints 3 mm and aligned; sacral foraminal lines
    continuous. Acetabular columns intact. At the left superolateral acetabular rim a rounded
    6 mm ossicle has a smooth corticated margin all round. Both femoral heads centred.
  spine: >
    Alignment maintained from the skull base to the sacrum on the reformats; prevertebral soft
    tissue 3 mm at C2, atlantodental interval 1 mm, dens intact. Vertebral body heights
    preserved, with small anterior osteophytes at C5-C6. Posterior elements and transverse
    processes whole at every level.
  head: >
    Hyperdensity absent from the extra-axial spaces and the parenchyma, with grey-white
    differentiation preserved at the insulae. The septum lies in the midline; basal cisterns
    and sulci open at 51. Ventricles of normal size. Pineal gland and choroid plexus glomera
    calcified, symmetric.
  lungs: >
    Both lungs fully expanded, vessels tapering to the pleura in every lobe. Fissures thin and
    in their usual position. Neither ground-glass density nor air-space opacity at the lung
    bases or apices; the bronchi to the segments open.
  chest-wall: >
    Ribs intact on both sides. On the sagittal reformat the sternal body is crossed by a
    transverse lucent line, its posterior cortex 3 mm out of line, with a 4 mm band of soft
    tissue behind it. Scapulae and clavicles intact.
  bowel-mesentery: >
    Stomach empty and contracted; small bowel wall 2 mm with uniform enhancement; colon
    holding gas as far as the rectum. Mesenteric fat clear, vessels smooth, and no gas outside
    the bowel. Both hemidiaphragms intact; bladder distended, its wall 2 mm.
  face-skull: >
    Bone windows show the vault, skull base, orbits, nasal bones, zygomatic arches and
    mandible intact, sutures of even width. Scalp soft tissues symmetric, 5 mm over the
    vertex. Frontal and maxillary sinuses and mastoid air cells aerated.
  everything-else: >
    Peripheral cannulas in the right antecubital fossa and left forearm; no central line.
    Humeri and proximal femora in the field intact. Nothing foreign in the soft tissues.
    Thyroid of normal size and even density; no incidental lesion needing follow-up.
findings:
  - id: aortic-isthmus-injury
    step: aorta
    term: aortic-injury
    severity: critical
    conspicuity: obvious
    accept_terms: [mediastinal-haematoma]
    teaching: >
      Most blunt aortic injuries that reach hospital alive lie at the isthmus: a contour
      bulge with an intimal flap and periaortic blood is a pseudoaneurysm that can rupture
      at any moment. Call now for blood pressure control and a vascular or endovascular
      team.
    evidence: a 2 cm outpouching arises from the contour, with a thin wavy low-density line across the lumen at its neck
  - id: sternal-fracture
    step: chest-wall
    term: sternal-fracture
    severity: minor
    conspicuity: subtle
    teaching: >
      Sternal fractures are best seen on sagittal reformats, so look for them in every
      steering-wheel injury. They go with cardiac contusion, so suggest an ECG and
      troponin.
    evidence: the sternal body is crossed by a transverse lucent line
distractors:
  - step: chest-pleura
    term: haemothorax
    side: left
    note: >
      An apical cap: extrapleural mediastinal blood tracking over the lung apex, not a haemothorax
      needing a drain. It is a sign of the aortic injury.
    evidence: a 4 mm crescent of 45 HU soft tissue lies outside the parietal pleura
  - step: pelvis
    term: acetabular-fracture
    side: left
    note: >
      Os acetabuli: a rounded, well-corticated ossicle at the superolateral acetabular rim, a
      normal variant (an unfused rim ossification centre). An acute fragment has a sharp,
      uncorticated edge and a matching defect in the rim.
    evidence: a rounded 6 mm ossicle has a smooth corticated margin all round
impression: >
  Primary survey: traumatic aortic injury at the isthmus, a 2 cm pseudoaneurysm with an
  intimal flap and mediastinal haematoma. Telephoned to the trauma team leader for
  blood pressure control and vascular referral. Secondary survey: undisplaced sternal body
  fracture; suggest ECG and troponin. No other injury.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Radiopaedia: Traumatic aortic injury"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-ladder-fall-normal.yaml",
            text: #"""
kind: case
id: ctt-ladder-fall-normal
title: Fall from a ladder, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis)
priority: stat
patient: {age: 52, sex: M}
indication: >
  Fell about 3 metres from a ladder onto his back. GCS 15. Thoracolumbar and left flank
  pain; haemodynamically stable. Trauma CT per the major trauma protocol.
routine: ct-trauma
target_seconds: 190   # 535 words / 4 + 4 s x 14 steps = 189.75 s, rounded to 5
views:
  airway: >
    No tube; he is breathing on room air. Trachea midline, 20 mm across, its wall thin and its
    posterior membrane straight. Carina at T5 and the main, lobar and segmental bronchi
    aerated, the mediastinal fat without gas.
  chest-pleura: >
    Anteriorly, laterally and at both bases the lung markings reach the chest wall, so there
    is no pneumothorax. Posterior recesses dry on both sides. Heart and trachea in the
    midline; both domes of the diaphragm smooth, the left lower than the right.
  pericardium: >
    Pericardium 2 mm over the right ventricle, the sac empty of fluid or gas. Heart of normal
    size at 52, its left ventricular wall 10 mm and the cavities brighter than the walls. IVC
    and hepatic veins not distended, with no contrast refluxing into the liver.
  aorta: >
    Aortic root 34 mm, arch 29 mm, descending aorta 24 mm, all of smooth contour, wall thin.
    Isthmus smooth with clear surrounding fat. Abdominal aorta 19 mm above the bifurcation;
    arch vessels and visceral arteries patent.
  haemorrhage: >
    On the arterial and portal phases contrast stays within the vessels, the arteries brighter
    than the veins on the arterial phase. Liver and spleen surfaces, both paracolic gutters
    and the rectovesical pouch free of fluid. Perirenal and presacral fat clear; IVC round, 23
    mm.
  solid-organs: >
    On the superolateral border of the spleen a smooth notch, 1 cm deep, with rounded margins
    and no surrounding fluid. Spleen 11 cm long; liver 15 cm, homogeneous on the portal phase;
    kidneys and adrenals uniform. Neither organ lacerated.
  pelvis: >
    Symphysis 4 mm and sacroiliac joints 2 mm, aligned, with small anterior osteophytes at the
    inferior sacroiliac margins. Arcuate lines, sacral foramina and acetabular columns
    continuous. Both femoral heads centred in their sockets, joint spaces 4 mm.
  spine: >
    Alignment maintained from the skull base to the sacrum. In the posterior centre of each
    lumbar vertebral body a smooth, corticated, Y-shaped lucency opens onto the back of the
    body. Heights preserved; laminae, spinous and transverse processes intact.
  head: >
    Hyperdensity absent from the extra-axial spaces and parenchyma. Grey-white differentiation
    preserved over the convexities; sulci and cisterns of a size for 52. Midline structures
    central, basal cisterns open. Frontal horns symmetric, third ventricle 5 mm wide.
  lungs: >
    Both lungs aerated to the bases, vessels reaching the pleura, the dependent lung slightly
    denser on this supine scan. Oblique and horizontal fissures thin, the segmental airways
    open. Neither ground-glass density nor air-space opacity nor laceration in any lobe.
  chest-wall: >
    Ribs counted as twelve pairs with continuous cortices, the costal cartilages calcified at
    their anterior ends. Sternum and manubriosternal joint intact on the sagittal reformat.
    Scapulae, clavicles and acromioclavicular joints whole, the chest wall fat without gas.
  bowel-mesentery: >
    Stomach distended with food; small bowel walls 2 mm thick; colon holding gas to the
    rectum. Mesenteric fat clear around the jejunal vessels. Peritoneal cavity free of gas.
    Diaphragm continuous over both domes; bladder wall 3 mm.
  face-skull: >
    Bone windows show the vault, skull base, orbits, nasal bones and mandible intact. Scalp
    soft tissues of even thickness over the occiput, 6 mm. Mucosa of the maxillary sinuses
    thin; mastoid air cells aerated.
  everything-else: >
    Peripheral cannula in the right antecubital fossa only; no other tubes or lines. Humeral
    heads and femoral necks intact. Thyroid of even density. Nothing foreign in the field and
    no lesion needing follow-up.
distractors:
  - step: spine
    term: compression-fracture
    note: >
      Basivertebral venous channel: a smooth, corticated, Y-shaped lucency in the middle of
      the back of every vertebral body. A fracture is sharp, not corticated, and goes with
      loss of height or a cortical step.
    evidence: a smooth, corticated, Y-shaped lucency opens onto the back of the body
  - step: solid-organs
    term: splenic-injury
    note: >
      Splenic cleft: a smooth notch with rounded margins and no perisplenic fluid is a
      developmental lobulation. A laceration is jagged, linear or branching and comes with
      haematoma or free fluid.
    evidence: a smooth notch, 1 cm deep, with rounded margins and no surrounding fluid
impression: >
  No injury on the trauma CT. The splenic notch is a developmental cleft and the vertebral
  lucencies are basivertebral venous channels.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Radiopaedia: Splenic cleft; Basivertebral vein"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-lap-belt-chance-bowel.yaml",
            text: #"""
kind: case
id: ctt-lap-belt-chance-bowel
title: Rear passenger, lap belt, back pain, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis)
priority: stat
patient: {age: 29, sex: F}
indication: >
  Rear-seat passenger wearing a lap belt only, frontal collision at about 40 mph. Bruising
  across the lower abdomen, upper lumbar pain. Haemodynamically stable, GCS 15.
routine: ct-trauma
target_seconds: 185   # 521 words / 4 + 4 s x 14 steps = 186.25 s, rounded to 5
views:
  airway: >
    Self-ventilating, no tube. Trachea midline, 15 mm across at the inlet, with a thin wall
    and a straight posterior membrane. Carina at T5, the main and lobar bronchi open to their
    segmental branches and the mediastinal fat free of gas.
  chest-pleura: >
    Lung markings reach the chest wall anteriorly and at both bases; no pneumothorax in the
    non-dependent spaces. Both posterior recesses lie free of pleural fluid. Mediastinum
    central, thymic remnant of fat density in the anterior mediastinum.
  pericardium: >
    Pericardium 1 mm, the sac holding neither fluid nor gas. Heart of normal size, its
    cavities brighter than the myocardium, the ventricular walls enhancing evenly. IVC 17 mm
    where it crosses the diaphragm, hepatic veins not distended and free of refluxed contrast.
  aorta: >
    Aortic root 27 mm, arch 23 mm, descending aorta 18 mm, smooth through the isthmus with
    clear surrounding fat. Infrarenal aorta 14 mm; coeliac axis, SMA, renal arteries and arch
    branches opacified.
  haemorrhage: >
    Contrast confined to the vessel lumens on arterial and portal images, the aorta brighter
    on the arterial phase. No free fluid around the liver or spleen or in the pelvis.
    Retroperitoneal fat clear around the kidneys and psoas muscles; IVC round at the renal
    veins.
  solid-organs: >
    Liver 14 cm and spleen 10 cm, of even density on the portal phase. Kidneys 11 cm with
    symmetric corticomedullary enhancement; adrenal limbs 3 mm; pancreas uniform, its head and
    neck intact over the spine. Neither organ laceration nor devascularised segment.
  pelvis: >
    Symphysis 4 mm and sacroiliac joints 3 mm, aligned; triradiate cartilages fused. Arcuate
    lines and the sacral foramina continuous on both sides. Both hips congruent with 4 mm
    joint spaces; uterus anteverted.
  spine: >
    At L2 a horizontal lucent line runs through the spinous process, both laminae and pedicles
    into the back of the body; the gap between its two parts opens posteriorly. Other levels
    aligned, heights preserved, facets congruent.
  head: >
    The parenchyma and the extra-axial spaces are free of hyperdensity. Grey-white
    differentiation preserved throughout at 29, the cortex denser than the white matter;
    septum central; basal cisterns and sulci full. Ventricles small and symmetric, the
    cerebellar tonsils above the foramen magnum.
  lungs: >
    Both lungs aerated, vessels tapering to the pleura and fissures thin. No ground-glass
    density or air-space opacity from apex to base; segmental bronchi free of secretions, the
    posterior lung a shade denser than the anterior.
  chest-wall: >
    Ribs counted as twelve pairs. The anterior end of the right fourth rib divides into two
    smooth corticated limbs, each with its own costal cartilage. The remaining ribs
    continuous; sternum, scapulae and clavicles whole.
  bowel-mesentery: >
    A 6 cm segment of proximal jejunum has a thickened wall that enhances more than the loops
    around it; the mesenteric fat beside it is streaky, with a small triangle of fluid between
    its leaves. No free gas.
  face-skull: >
    On bone windows the vault, skull base, orbits, nasal bones and mandible are intact. Scalp
    5 mm over the vertex and symmetric. Maxillary, ethmoid and sphenoid sinuses aerated, as
    are the mastoid air cells.
  everything-else: >
    A band of subcutaneous fat stranding crosses the lower abdominal wall along the belt line.
    Peripheral cannulas in the left hand and right antecubital fossa. Thyroid of even density;
    nothing foreign and no incidental lesion.
findings:
  - id: l2-flexion-distraction-fracture
    step: spine
    term: unstable-spine-fracture
    severity: critical
    conspicuity: obvious
    teaching: >
      A horizontal fracture through the posterior elements into the body, its fragments
      distracted posteriorly, is a bony flexion-distraction (Chance) injury, unstable because the
      posterior column has failed in tension. Call now: spinal precautions and a spinal
      surgeon.
    evidence: a horizontal lucent line runs through the spinous process, both laminae and pedicles
  - id: jejunal-mesenteric-injury
    step: bowel-mesentery
    term: bowel-injury
    category: 2
    severity: major
    conspicuity: subtle
    accept_terms: [mesenteric-injury]
    teaching: >
      A lap-belt Chance fracture carries a high rate of bowel and mesenteric injury, and the
      signs are quiet: focal wall thickening, abnormal enhancement, mesenteric stranding and
      fluid without a solid-organ injury. Satisfaction of search after the spine is the
      trap; call the surgical team within hours (category 2), because it changes management
      towards laparotomy.
    evidence: A 6 cm segment of proximal jejunum has a thickened wall that enhances more than the loops around it
distractors:
  - step: chest-wall
    term: rib-fractures
    side: right
    note: >
      A bifid rib, a congenital variant: the anterior end splits into two smooth,
      corticated limbs, each with its own cartilage. A fracture has a sharp, uncorticated
      line across the shaft.
    evidence: divides into two smooth corticated limbs
impression: >
  Primary survey: unstable flexion-distraction (Chance) fracture of L2, telephoned to the
  trauma team leader. Secondary survey: focal proximal jejunal wall thickening with
  mesenteric stranding and interloop fluid, in keeping with bowel and mesenteric injury
  from the lap belt; no free gas. Surgical review advised.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Chance GQ. Note on a type of flexion fracture of the spine. Br J Radiol 1948;21:452"
  - "Denis F. The three column spine and its significance in the classification of acute thoracolumbar spinal injuries. Spine 1983;8:817-831"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-motorcyclist-splenic-bleed.yaml",
            text: #"""
# Images arrive in stages (available_after, seconds after the case arrives): the head and
# face first, then the chest, then the abdomen and pelvis, and the bone reformats last.
kind: case
id: ctt-motorcyclist-splenic-bleed
title: Motorcyclist, left-sided impact, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis; arterial and portal phases)
priority: stat
patient: {age: 25, sex: M}
indication: >
  Motorcyclist in collision with a car at about 50 mph, thrown onto his left side. Heart
  rate 124, blood pressure 92/58 after one unit of blood. GCS 15. Left chest and left upper
  quadrant tenderness. Pelvic binder applied at scene.
routine: ct-trauma
target_seconds: 190   # 531 words / 4 + 4 s x 14 steps = 188.75 s, rounded to 5
views:
  airway:
    text: >
      Hard collar in place and not intubated. Trachea midline and 19 mm across, its posterior
      membrane straight. Carina at T4-T5; both main bronchi and the lobar bronchi aerated to
      their segmental branches, with no gas in the mediastinum.
    available_after: 30
  chest-pleura:
    text: >
      On lung windows a thin anterior sliver of gas, 6 mm deep, separates the left lung from
      the anterior chest wall over the lower lobe, with no lung markings within it. No pleural
      fluid; mediastinum central.
    available_after: 30
  pericardium:
    text: >
      Pericardium 1 to 2 mm thick over the right ventricle, with no fluid or gas in the sac.
      Heart of normal size, the ventricular walls enhancing evenly. Hepatic veins not
      distended, without reflux of contrast.
    available_after: 30
  aorta:
    text: >
      Aortic root 30 mm, arch and isthmus of smooth contour, descending aorta 20 mm at the
      hiatus; arch branches opacified. A crescent of 8 HU fluid, 7 mm thick, lies behind the
      ascending aorta, separate from the isthmus, which has clear fat around it.
    available_after: 30
  haemorrhage:
    text: >
      A 12 mm arterial focus as bright as the aorta at the splenic tip, spreading to a 30 mm
      pool on the portal phase. Fluid of 50 HU surrounds the spleen and liver, into both
      gutters and the pelvis; no other blush.
    available_after: 45
  solid-organs:
    text: >
      A jagged low-density band 4 cm long crosses the lower pole of the spleen and reaches the
      hilum, with a 1 cm rim of 55 HU soft tissue around it. Liver, kidneys, adrenals and
      pancreas intact and uniformly enhancing.
    available_after: 45
  pelvis:
    text: >
      Binder centred on the greater trochanters. Symphysis 5 mm, sacroiliac joints 3 mm, both
      aligned; arcuate lines and sacral foraminal lines continuous. Acetabular roofs congruent
      with the femoral heads. Sacral ala intact on both sides.
    available_after: 45
  spine:
    text: >
      Sagittal and coronal reformats show the lordosis and kyphosis preserved, prevertebral
      soft tissue 4 mm at C3 and the atlantodental interval 2 mm. Vertebral heights even and
      facets congruent at every level; the lumbar transverse processes intact, the lumbar
      bodies larger than the cervical.
    available_after: 90
  head:
    text: >
      Brain parenchyma and extra-axial spaces free of hyperdensity. Grey-white differentiation
      preserved in both hemispheres and the cerebellum. Sulci and basal cisterns full for 25
      years; fourth ventricle midline. Cavum septi pellucidi 3 mm wide between the frontal
      horns.
  lungs:
    text: >
      Both lungs aerated, with vessels tapering to the pleura and the major fissures thin. No
      ground-glass density, air-space opacity or cavity in either lung; airways clear of
      secretions.
    available_after: 30
  chest-wall:
    text: >
      The cortex of the left ninth, tenth and eleventh ribs is interrupted posterolaterally,
      each shaft offset by half its width, each at a single level. Right ribs continuous.
      Sternum, scapulae and clavicles intact, the subcutaneous fat clear.
    available_after: 30
  bowel-mesentery:
    text: >
      Stomach holds a food residue; duodenum and jejunum with 2 mm walls and feathery folds.
      Colon gas-filled, its splenic flexure separate from the spleen. No free gas in the
      peritoneum. Both domes of the diaphragm continuous; bladder full, wall 2 mm.
    available_after: 45
  face-skull:
    text: >
      On bone windows the vault, skull base, orbital walls, nasal bones, maxillae and mandible
      are intact, the condyles seated in the glenoid fossae. No scalp swelling. Sphenoid and
      maxillary sinuses aerated; mastoid air cells aerated on both sides.
  everything-else:
    text: >
      Peripheral cannulas in both antecubital fossae; no central line or urinary catheter.
      Humeral heads and proximal femora in the field intact. Thyroid lobes symmetric. Nothing
      metallic or radio-opaque in the soft tissues and no incidental lesion.
    available_after: 90
findings:
  - id: splenic-laceration
    step: solid-organs
    term: splenic-injury
    category: 1
    severity: critical
    conspicuity: obvious
    teaching: >
      A laceration reaching the splenic hilum with a perisplenic haematoma is a high-grade
      splenic injury. With shock it is part of the primary survey: call the trauma team
      leader with the spleen, the blush and the blood together.
    evidence: A jagged low-density band 4 cm long crosses the lower pole of the spleen
  - id: splenic-active-bleeding
    step: haemorrhage
    term: active-extravasation
    severity: critical
    conspicuity: obvious
    accept_at: [solid-organs]
    teaching: >
      A focus as dense as the aorta in the arterial phase that grows on the portal phase is
      active arterial bleeding; a focus that fades is a contained pseudoaneurysm. Active
      bleeding decides between theatre and embolisation, so it is called at once.
    evidence: spreading to a 30 mm pool on the portal phase
  - id: haemoperitoneum
    step: haemorrhage
    term: haemoperitoneum
    severity: critical
    conspicuity: obvious
    teaching: >
      Free fluid of 30 to 60 HU after trauma is blood. Its volume, from around the spleen to
      the pelvis, tells the surgeon how much has been lost: around both solid organs, in
      both gutters and in the pelvis it is large-volume.
    evidence: Fluid of 50 HU surrounds the spleen and liver
  - id: left-anterior-pneumothorax
    step: chest-pleura
    term: pneumothorax
    category: 2
    side: left
    severity: critical
    conspicuity: subtle
    teaching: >
      An anterior pneumothorax, invisible on the supine film, is common with lower rib
      fractures and easily skipped when the abdomen is bleeding. It matters before
      ventilation or air transfer: without tension it is category 2 (call within hours), so
      add it to the primary survey call.
    evidence: a thin anterior sliver of gas, 6 mm deep, separates the left lung from the anterior chest wall
  - id: left-lower-rib-fractures
    step: chest-wall
    term: rib-fractures
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      Lower left rib fractures are the marker of a splenic injury; count the ribs and say
      whether any segment is broken in two places (flail).
    evidence: The cortex of the left ninth, tenth and eleventh ribs is interrupted posterolaterally
distractors:
  - step: aorta
    term: mediastinal-haematoma
    note: >
      Superior pericardial recess: a crescent of water-density fluid behind the ascending
      aorta, part of the normal pericardial sac. Periaortic blood is 40 to 60 HU and lies
      around the isthmus, which here has clear fat around it.
    evidence: A crescent of 8 HU fluid, 7 mm thick, lies behind the ascending aorta
impression: >
  Primary survey: high-grade splenic laceration with active arterial extravasation and a
  large-volume haemoperitoneum; small left anterior pneumothorax. Telephoned to the
  trauma team leader. Secondary survey: fractures of the left 9th to 11th ribs, no flail
  segment. No intracranial, aortic, pelvic or spinal injury.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Kozar RA et al. Organ injury scaling 2018 update: spleen, liver, and kidney. J Trauma Acute Care Surg 2018;85:1119-1122"
  - "NICE QS166 Trauma, statement 2: provisional written radiology report within 60 minutes; verbal hot report within minutes"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-pedestrian-normal.yaml",
            text: #"""
kind: case
id: ctt-pedestrian-normal
title: Pedestrian struck by a car, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis)
priority: urgent
patient: {age: 19, sex: F}
indication: >
  Pedestrian struck by a car at about 20 mph and thrown onto the bonnet. GCS 15, stable.
  Tender left flank and left hip. Scanned with the arms down because of a painful
  shoulder.
routine: ct-trauma
target_seconds: 195   # 553 words / 4 + 4 s x 14 steps = 194.25 s, rounded to 5
views:
  airway: >
    Airway unsupported, no tube. Trachea midline, 14 mm across at the inlet, its wall thin and
    its posterior membrane flat. Carina at T4, the right main bronchus wider and steeper than
    the left, the main and lobar bronchi open to the segments, with no gas tracking in the
    mediastinum.
  chest-pleura: >
    The lungs touch the chest wall anteriorly, laterally and at both bases on lung windows; no
    pneumothorax. Posterior recesses empty of pleural fluid, the left dome lower than the
    right. Mediastinum central, with a triangular thymus of soft-tissue density in front of
    the arch.
  pericardium: >
    Pericardium 1 mm, no fluid or gas within it. Heart of normal size at 19, the ventricular
    walls enhancing evenly, the cavities brighter than them. IVC 16 mm as it crosses the
    diaphragm and the hepatic veins not distended, without refluxed contrast.
  aorta: >
    Aortic root 25 mm, arch 21 mm, descending aorta 16 mm, smooth through the isthmus with
    clear fat around it. Infrarenal aorta 12 mm in this slim young woman; arch branches,
    coeliac axis, SMA and renal arteries opacified.
  haemorrhage: >
    Contrast remains within the vessels on the arterial and portal phases. No free fluid
    around the liver or spleen, in the paracolic gutters or in the pouch of Douglas; both
    ovaries hold small follicles. IVC round and the retroperitoneal fat clear.
  solid-organs: >
    Dark linear bands cross the liver from side to side in line with the humeri, running on
    beyond the liver edge into the fat and the abdominal wall. Spleen 9 cm; kidneys, adrenals
    and pancreas enhancing evenly, none lacerated.
  pelvis: >
    Symphysis 5 mm, sacroiliac joints 3 mm and aligned. At the superolateral rim of the left
    acetabulum a small triangular ossicle with a smooth, fully corticated margin, matched by a
    smaller one on the right. Both femoral heads centred in the acetabula.
  spine: >
    The reformats show lordosis maintained, prevertebral soft tissue 3 mm at C2 and an
    atlantodental interval of 2 mm. Vertebral bodies of even height, larger from the cervical
    to the lumbar levels, facet joints congruent, and the lumbar transverse processes intact
    on both sides.
  head: >
    Neither extra-axial nor parenchymal hyperdensity. Grey-white differentiation sharp in both
    hemispheres, the CSF in the sulci darker than the cortex. The septum is central and the
    basal cisterns open; sulci narrow and ventricles small, as at 19.
  lungs: >
    Lungs aerated on both sides, fine vessels tapering to the pleura and the fissures
    hairline; the dependent lung slightly denser than the non-dependent. Neither ground-glass
    density nor air-space opacity nor cavity; the airways to the segments hold no secretions.
  chest-wall: >
    Twelve pairs of ribs counted, cortices continuous and costal cartilages uncalcified.
    Sternum intact on the sagittal reformat, its manubriosternal joint unfused and aligned.
    Scapulae and clavicles whole, with no gas in the soft tissues of the chest wall.
  bowel-mesentery: >
    Stomach contracted; small bowel with 2 mm walls and feathery folds; appendix 5 mm and
    gas-filled. Mesentery clear of stranding, no free gas. Diaphragm continuous on both sides;
    bladder wall 2 mm.
  face-skull: >
    Bone windows: vault, skull base, orbits, nasal bones, zygomatic arches and mandible
    without a break; spheno-occipital synchondrosis fused. Scalp symmetric. Sinuses and
    mastoid air cells filled with gas to their walls at 19.
  everything-else: >
    Both humeri lie beside the abdomen; the visible humeral shafts and femora are intact.
    Peripheral cannula in the left hand. Thyroid of even density, denser than the neck
    muscles. Nothing foreign and no incidental lesion.
distractors:
  - step: solid-organs
    term: liver-injury
    note: >
      Streak artefact from the arms lying beside the abdomen: straight bands that line up
      with the humeri and continue beyond the organ. A laceration stays inside the liver,
      is irregular or branching, and comes with haematoma or free fluid.
    evidence: running on beyond the liver edge into the fat and the abdominal wall
  - step: pelvis
    term: acetabular-fracture
    side: left
    note: >
      Os acetabuli: a smooth, fully corticated ossicle at the acetabular rim, often
      bilateral, is a normal variant. An acute fragment has a sharp, uncorticated edge and
      a matching defect in the parent bone.
    evidence: a small triangular ossicle with a smooth, fully corticated margin
impression: >
  No injury on the trauma CT. Streak artefact across the liver from the arms-down position;
  bilateral os acetabuli (normal variant). The painful shoulder is not assessed by this
  scan: recommend shoulder radiographs.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Radiopaedia: Os acetabuli; Streak artefact"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-rollover-normal.yaml",
            text: #"""
kind: case
id: ctt-rollover-normal
title: Car rollover, chest pain, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis; arterial phase chest)
priority: stat
patient: {age: 58, sex: M}
indication: >
  Restrained driver, car rolled over at about 50 mph; self-extricated. Left chest wall
  pain. Heart rate 96, blood pressure 138/84, GCS 15.
routine: ct-trauma
target_seconds: 190   # 531 words / 4 + 4 s x 14 steps = 188.75 s, rounded to 5
views:
  airway: >
    No endotracheal tube; breathing unaided. Trachea midline, 22 mm across at the inlet, its
    posterior membrane flat and its wall thin. Carina at T5, the right main bronchus wider
    than the left; main and lobar bronchi aerated to their segments, the mediastinal fat free
    of gas.
  chest-pleura: >
    Lung markings reach the chest wall anteriorly, laterally and at both bases; no
    pneumothorax on lung windows. Posterior costophrenic recesses aerated, without pleural
    fluid. Trachea and heart midline; the domes smooth.
  pericardium: >
    Pericardium 2 mm over the right ventricle, its sac empty. Heart of normal size at 58, the
    left ventricular wall 11 mm, thicker than the right. IVC 21 mm and hepatic veins not
    distended, with no contrast refluxing into them.
  aorta: >
    On the inner curve of the isthmus a smooth, broad-based bulge with gently sloping, obtuse
    margins; no intraluminal line crosses it. The mediastinal fat around it is clean. Root 36
    mm, descending aorta 25 mm; brachiocephalic, left carotid and subclavian arteries
    opacified.
  haemorrhage: >
    On the arterial chest and portal abdominal phases contrast stays within the vessels. Liver
    and spleen surfaces, the paracolic gutters and the rectovesical pouch free of fluid. IVC
    round at 21 mm, retroperitoneal fat clear; on the arterial phase the aorta brighter than
    the IVC.
  solid-organs: >
    Liver 15 cm and spleen 11 cm, both homogeneous on the portal phase, the left hepatic lobe
    larger than the caudate. Kidneys 12 and 11.5 cm with symmetric corticomedullary
    enhancement; adrenal limbs 4 mm; pancreas lobulated with fat. Neither laceration nor
    devascularised segment.
  pelvis: >
    Symphysis 4 mm; sacroiliac joints 2 mm, aligned, with bridging osteophytes anteriorly at
    their lower ends. Arcuate lines continuous, sacral foramina symmetric. Both femoral heads
    centred, hip joint spaces 3 mm.
  spine: >
    On the sagittal and coronal reformats the alignment holds from C1 to the sacrum. Anterior
    osteophytes from T8 to T11 and disc narrowing at L4-L5 and L5-S1; vertebral heights even.
    Facet joints congruent; laminae and transverse processes whole.
  head: >
    Hyperdensity absent from the extra-axial spaces and the brain. Grey-white differentiation
    preserved at the insulae and the convexities. Septum in the midline, basal cisterns open;
    sulci and ventricles of a size for 58.
  lungs: >
    Lungs aerated on both sides to the pleura; oblique fissures thin and in place. Neither
    ground-glass density nor air-space opacity nor laceration, the left lower lobe included;
    segmental bronchi clear, the posterior segments a shade denser than the anterior.
  chest-wall: >
    The left seventh and eighth ribs each show a smooth bulge of mature, corticated callus
    laterally with no lucent line or step. The other ribs continuous; sternum, scapulae and
    clavicles whole. Subcutaneous fat along the seat-belt line clear.
  bowel-mesentery: >
    Stomach partly filled with fluid; small bowel with 2 mm walls and feathery folds; colon
    with formed faeces. Mesenteric fat clear around the SMA and SMV, and no free gas.
    Diaphragm continuous on both sides; bladder wall 3 mm.
  face-skull: >
    Vault, skull base, orbits, nasal bones, zygomatic arches and mandible intact on bone
    windows. Scalp 6 mm, symmetric over the vertex. Paranasal sinuses and mastoids aerated,
    the frontal sinus small on the left.
  everything-else: >
    Peripheral cannula in the right antecubital fossa. Humeral heads and femoral necks in the
    field intact. Thyroid lobes even, both denser than the strap muscles. No foreign body, and
    no lesion needing follow-up.
distractors:
  - step: aorta
    term: aortic-injury
    note: >
      Ductus diverticulum: a smooth bulge on the inner curve of the isthmus with obtuse
      margins, no flap and clean surrounding fat. A pseudoaneurysm has acute, irregular
      margins, often a flap, and usually periaortic blood.
    evidence: a smooth, broad-based bulge with gently sloping, obtuse margins
  - step: chest-wall
    term: rib-fractures
    side: left
    note: >
      Healed fractures: mature, corticated callus without a fracture line is old. An acute
      fracture has a sharp lucent line or step and no bridging callus.
    evidence: a smooth bulge of mature, corticated callus laterally
impression: >
  No acute injury on the trauma CT. Ductus diverticulum at the aortic isthmus, a normal
  variant. Old healed fractures of the left seventh and eighth ribs.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Radiopaedia: Ductus diverticulum; Traumatic aortic injury"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-stab-haemopericardium.yaml",
            text: #"""
kind: case
id: ctt-stab-haemopericardium
title: Stab wound to the left chest, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis; arterial and portal phases)
priority: stat
patient: {age: 31, sex: M}
indication: >
  Single stab wound to the left parasternal fourth intercostal space. Blood pressure
  88/56 and heart rate 118 on arrival, 110/70 and 100 after the first fluid bolus; eFAST
  equivocal for pericardial fluid. Transferred to CT from resus.
routine: ct-trauma
target_seconds: 190   # 528 words / 4 + 4 s x 14 steps = 188 s, rounded to 5
views:
  airway: >
    Not intubated, talking on arrival. Trachea midline, 19 mm across at the inlet, its wall
    thin and its posterior membrane straight. Carina at T4 with the lobar bronchi aerated to
    the segmental branches, and no gas in the mediastinal fat.
  chest-pleura: >
    No pneumothorax: the lung markings reach the chest wall on both sides. Both posterior
    recesses dry, the mediastinum central. The left parietal pleura is continuous deep to the
    fourth intercostal space.
  pericardium: >
    Fluid of 48 HU, 14 mm deep, surrounds the heart and flattens the front of the right
    ventricle. IVC and hepatic veins distended, contrast refluxing into them from the right
    atrium. No gas in the sac.
  aorta: >
    Aortic root 31 mm, arch 26 mm, descending aorta 21 mm, smooth in contour from root to
    hiatus with clean fat at the isthmus. Both internal mammary arteries opacified along the
    sternal borders, 2 mm each; arch branches opacified.
  haemorrhage: >
    On both phases contrast stays within the heart chambers and vessels, with no pooling
    outside them. No free fluid in Morison's pouch, the gutters or the rectovesical pouch. Fat
    around both kidneys clear; the aorta brighter than the portal vein on the arterial phase.
  solid-organs: >
    Liver 14 cm and spleen 10 cm, of even density on the portal phase; portal vein 11 mm.
    Kidneys 11 cm with symmetric enhancement, cortex denser than medulla, adrenal limbs 3 mm
    and the pancreas of even lobulation. Every organ free of laceration or devascularised
    segment.
  pelvis: >
    Symphysis 4 mm and both sacroiliac joints 3 mm, aligned. Iliopectineal and ilioischial
    lines continuous, sacral foramina symmetric. Femoral heads centred in the acetabula, joint
    spaces 4 mm.
  spine: >
    Lordosis and kyphosis maintained on the sagittal and coronal reformats. Prevertebral soft
    tissue measures 3 mm at C2 and the atlantodental interval 1 mm. Vertebral heights even,
    the bodies larger down to L5; facets congruent, transverse processes whole at every level.
  head: >
    Extra-axial spaces and parenchyma free of hyperdensity, grey-white differentiation
    preserved in both hemispheres. The septum pellucidum lies central; basal cisterns and
    sulci full at 31, their CSF darker than the cortex. Ventricles of normal size, the fourth
    in the midline.
  lungs: >
    Both lungs aerated, vessels tapering to the pleura in every lobe. Lingula and left lower
    lobe aerated along the line of the wound. No ground-glass density or air-space opacity,
    and the fissures are thin and in place.
  chest-wall: >
    A gas-containing track runs through the left parasternal soft tissues of the fourth
    intercostal space towards the pericardium, with gas in the overlying subcutaneous fat.
    Ribs, costal cartilages and sternum intact; right chest wall clear.
  bowel-mesentery: >
    Stomach empty and contracted; small bowel walls 2 mm, folds feathery; colon gas-filled.
    Mesenteric fat unremarkable, with no free gas. Left hemidiaphragm continuous beneath the
    wound; bladder wall 2 mm around unopacified urine.
  face-skull: >
    The vault, skull base, orbits, nasal bones, zygomatic arches and mandible are intact on
    bone windows. Scalp symmetric at 5 mm. Maxillary, frontal and sphenoid sinuses and the
    mastoid air cells aerated.
  everything-else: >
    Peripheral cannulas in the right antecubital fossa and left forearm. A 10 mm disc of metal
    density, with a wire leading from it, lies on the skin surface over the left upper
    abdomen. No metal-density fragment along the wound track. Humeral heads intact; no
    incidental lesion.
findings:
  - id: haemopericardium-tamponade
    step: pericardium
    term: haemopericardium
    severity: critical
    conspicuity: obvious
    teaching: >
      Pericardial fluid denser than 30 HU after a precordial stab is blood. A compressed
      right ventricle and contrast reflux into a distended IVC mean tamponade: call the
      trauma team leader now for thoracotomy or sternotomy, not a drain. CT was defensible
      only because his pressure recovered with fluid and the eFAST was equivocal: an
      unstable patient with a precordial wound and tamponade goes from resus straight to
      theatre (ATLS).
    evidence: Fluid of 48 HU, 14 mm deep, surrounds the heart
  - id: left-chest-wall-surgical-emphysema
    step: chest-wall
    term: subcutaneous-emphysema
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      Gas along the wound track shows its direction and depth; follow it to the organ it
      points at, here the pericardium.
    evidence: with gas in the overlying subcutaneous fat
distractors:
  - step: everything-else
    term: foreign-body
    note: >
      An ECG electrode: a metal disc with its lead lying on the skin surface, outside the
      body. A retained blade fragment lies within the tissues, along the wound track.
    evidence: A 10 mm disc of metal density, with a wire leading
impression: >
  Primary survey: haemopericardium (48 HU, 14 mm) with compression of the right ventricle
  and reflux into a distended IVC, in keeping with tamponade from the stab wound.
  Telephoned to the trauma team leader for immediate surgery. No pneumothorax or
  haemothorax; no other injury.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "American College of Surgeons. Advanced Trauma Life Support (ATLS) Student Course Manual, 10th ed. Chicago: ACS, 2018 (thoracic trauma: cardiac tamponade)"
  - "Radiopaedia: Haemopericardium; Cardiac tamponade"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ct-trauma/ctt-ventilated-tension-pneumothorax.yaml",
            text: #"""
kind: case
id: ctt-ventilated-tension-pneumothorax
title: Thrown from a horse, ventilated, trauma CT
modality: CT
exam: CT trauma (head, cervical spine, chest, abdomen, pelvis)
priority: stat
patient: {age: 40, sex: M}
indication: >
  Thrown from a horse and trodden on. Intubated at the scene for agitation and hypoxia.
  Airway pressures rising and saturation falling on the CT table.
routine: ct-trauma
target_seconds: 190   # 540 words / 4 + 4 s x 14 steps = 191 s, rounded to 5
views:
  airway: >
    Endotracheal tube tip 4 cm above the carina, cuff in the trachea below the cords. Trachea
    shifted to the left, its wall intact and 20 mm across; both main bronchi patent to the
    lobar origins.
  chest-pleura: >
    Air surrounds the retracted right lung in the pleural space, with no markings lateral to
    it; the heart and mediastinum are pushed to the left and the right dome is inverted. No
    pleural fluid; left lung out to the ribs.
  pericardium: >
    Pericardium 2 mm, with no fluid or gas in the sac. The heart sits left of the midline with
    the mediastinum, its chambers opacified; the superior and inferior venae cavae are
    slit-like, the IVC 6 mm in its short axis at the diaphragm.
  aorta: >
    Aortic root 33 mm, ascending 31 mm; arch, isthmus and descending aorta of smooth contour
    down to the bifurcation, lying left of their usual position with the mediastinum.
    Periaortic fat at the isthmus clear and the arch branches opacified.
  haemorrhage: >
    Contrast stays within the vessels on arterial and portal images alike, the aorta brighter
    on the arterial images. No free fluid in the hepatorenal pouch, the gutters or the
    rectovesical pouch. Fat around the kidneys, psoas and sacrum clear, with no pooling of
    contrast.
  solid-organs: >
    Liver 15 cm and spleen 11 cm, both homogeneous, the liver the larger; kidneys 12 cm with
    symmetric nephrographic enhancement; adrenal limbs 3 mm; pancreas of uniform lobulation,
    the duct 2 mm. Every organ free of laceration or devascularised segment.
  pelvis: >
    Symphysis 4 mm, sacroiliac joints 2 to 3 mm and aligned. Iliopectineal and ilioischial
    lines continuous on both sides, sacral ala and foramina intact. Both femoral heads
    centred, with a smooth joint space of 4 mm.
  spine: >
    On sagittal and coronal reformats the alignment is maintained from C1 to S1. A 5 mm
    rounded notch in the inferior endplate of L2 has a sclerotic corticated rim; body heights
    otherwise uniform. Facet joints congruent, posterior elements and transverse processes
    whole.
  head: >
    Grey-white differentiation preserved, the insular ribbons symmetric. Neither extra-axial
    nor intraparenchymal hyperdensity. Septum pellucidum in the midline; basal cisterns and
    sulci open at 40, ventricles of normal size, cerebellum and brainstem of uniform density.
  lungs: >
    The right lung is airless against the hilum, its bronchi patent to the segmental level.
    The left lung is aerated, vessels tapering to the pleura, with no ground-glass density or
    air-space opacity in its upper or lower lobe.
  chest-wall: >
    Right ribs 4 to 8 break laterally, 5 mm out of line; ribs 5 to 7 have a second break
    anteriorly. A thin lucent line crosses the right scapular body, edges aligned. Gas bubbles
    track through the right pectoral fat and muscle; left ribs intact.
  bowel-mesentery: >
    Stomach decompressed around the gastric tube; small bowel wall 2 mm, colon with formed
    faeces. Mesenteric fat clear, no free gas. The diaphragm continuous on both sides. Bladder
    wall 2 mm around a catheter balloon.
  face-skull: >
    Bone windows of the vault, skull base, orbits, nasal bones, maxillae and mandible show
    intact cortex. Scalp 6 mm thick and symmetric. Paranasal sinuses and mastoid air cells
    aerated on both sides.
  everything-else: >
    No chest drain or decompression cannula in place. Orogastric tube tip in the gastric body;
    urinary catheter balloon in the bladder; cannula in the left antecubital fossa. Limbs in
    the field intact, with no retained foreign material.
findings:
  - id: right-tension-pneumothorax
    step: chest-pleura
    term: tension-pneumothorax
    side: right
    severity: critical
    conspicuity: obvious
    accept_terms: [pneumothorax]
    teaching: >
      Tension is a clinical diagnosis, but on CT mediastinal shift, an inverted dome and
      compressed cavae in a ventilated patient mean decompress now. Stop reading and call
      the team in the room before anything else.
    evidence: the heart and mediastinum are pushed to the left
  - id: right-flail-segment
    step: chest-wall
    term: flail-segment
    side: right
    severity: major
    conspicuity: obvious
    accept_terms: [rib-fractures]
    teaching: >
      Three or more adjacent ribs each broken in two places make a flail segment, which
      moves paradoxically and often hides a contusion; name the ribs and both fracture
      lines.
    evidence: ribs 5 to 7 have a second break anteriorly
  - id: right-scapular-fracture
    step: chest-wall
    term: scapular-fracture
    side: right
    severity: minor
    conspicuity: subtle
    teaching: >
      Scapular fractures sit at the edge of the chest window and are missed when the ribs
      take the attention. They mark high-energy impact; an orthopaedic review is usually
      enough.
    evidence: A thin lucent line crosses the right scapular body
  - id: right-chest-wall-surgical-emphysema
    step: chest-wall
    term: subcutaneous-emphysema
    side: right
    severity: minor
    conspicuity: obvious
    teaching: >
      Surgical emphysema over rib fractures means the pleura is breached; with a
      pneumothorax under positive pressure it can spread fast, so it is worth recording.
    evidence: Gas bubbles track through the right pectoral fat and muscle
distractors:
  - step: spine
    term: compression-fracture
    note: >
      Schmorl's node: a small rounded endplate notch with a sclerotic corticated rim and
      uniform body height, a chronic intravertebral disc herniation and no injury. An acute
      endplate fracture has a sharp uncorticated edge, loss of height and marrow oedema.
    evidence: A 5 mm rounded notch in the
impression: >
  Primary survey: right tension pneumothorax (mediastinal shift, inverted right dome,
  compressed cavae) in a ventilated patient: telephoned to the trauma team at the scanner
  for immediate decompression. Secondary survey: right flail segment (ribs 5 to 7 broken
  anteriorly and laterally; ribs 4 and 8 laterally), undisplaced right scapular body
  fracture, right chest wall surgical emphysema.
references:
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "Radiopaedia: Tension pneumothorax; Flail chest"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-breathless-normal-node.yaml",
            text: #"""
kind: case
id: ctpa-breathless-normal-node
title: Sudden breathlessness, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: stat
patient: {age: 55, sex: M}
indication: >
  Sudden breathlessness this morning, heart rate 112, oxygen saturation 93% on air. Long
  drive yesterday. Query pulmonary embolism.
routine: ctpa
target_seconds: 75   # 211 words / 4 + 4 s x 6 steps = 77 s, rounded to 5
views:
  contrast: >
    Bolus-tracked from a right antecubital cannula, 1 mm slices. Main pulmonary artery 360
    HU and brighter than the aorta, lobar arteries 340 HU. No breathing blur and no SVC
    streak; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm, narrower than the aorta. Right, left and lobar arteries
    opacified wall to wall. Beside the right interlobar artery, outside its wall, a 7 mm
    oval of soft tissue sits in the angle between artery and bronchus.
  peripheral-arteries: >
    Upper lobe apical and posterior branches, lingular and middle lobe arteries and all
    basal segments bright to their subsegmental divisions on thin slices. No low-density
    focus in any branch.
  right-heart: >
    Right ventricle 35 mm, left ventricle 44 mm on the four-chamber image: ratio 0.8, the
    left larger. Septum curves towards the right ventricle. Contrast stops at the right
    atrium, none in the IVC. Pericardium a 1 mm line.
  lungs: >
    Both lungs evenly aerated on lung windows, fissures smooth and thin. Left hemidiaphragm
    lower than the right. No ground-glass, septal lines or peripheral wedge of density. No
    pleural fluid, no pneumothorax.
  everything-else: >
    Ascending aorta 33 mm, descending 24 mm, smooth and uniformly opacified. Mediastinal
    nodes under 6 mm short axis. Thyroid homogeneous. Liver and adrenals unremarkable; gas
    in the gastric fundus. Mild thoracic spondylosis, no lytic or sclerotic focus.
distractors:
  - step: central-arteries
    term: pulmonary-embolus
    side: right
    note: >
      Hilar lymph node: soft tissue outside the artery wall, in the angle between artery
      and bronchus, with the lumen fully opacified. An embolus lies inside the lumen,
      outlined by contrast or expanding the vessel.
    evidence: outside its wall, a 7 mm oval of soft tissue sits in the angle between artery and bronchus
impression: >
  No pulmonary embolus to the subsegmental level; no right heart strain. No alternative
  cause for the breathlessness on CT. Normal-sized hilar lymph node beside the right
  interlobar artery.
references:
  - "Wittram C et al. CT angiography of pulmonary embolism: diagnostic criteria and causes of misdiagnosis. Radiographics 2004;24:1219-1238"
  - "Stein PD et al. Multidetector computed tomography for acute pulmonary embolism (PIOPED II). N Engl J Med 2006;354:2317-2327"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-no-pe-aortic-dissection.yaml",
            text: #"""
kind: case
id: ctpa-no-pe-aortic-dissection
title: Chest pain, raised D-dimer, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 58, sex: M}
indication: >
  Sudden central chest pain going through to the back an hour ago, hypertensive 178/96.
  D-dimer markedly raised. Query pulmonary embolism.
routine: ctpa
target_seconds: 75   # 211 words / 4 + 4 s x 6 steps = 77 s, rounded to 5
views:
  contrast: >
    Trigger at the pulmonary trunk, 1 mm slices, contrast through a left antecubital
    cannula. Main pulmonary artery 390 HU, left atrium 210 HU. Breath held throughout;
    diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm. Right pulmonary artery passes behind the ascending aorta
    undisturbed, lower than the left; left artery arches over the left main bronchus. All
    lobar arteries uniformly bright, no low-density focus.
  peripheral-arteries: >
    Segmental and subsegmental arteries bright lobe by lobe to the pleura. The lower lobe
    veins, traced to the left atrium, are greyer than the arteries running beside the
    bronchi. No low-density focus within an artery.
  right-heart: >
    Right ventricle 36 mm and left ventricle 47 mm, ratio 0.77. Septum curves towards the
    right, no IVC reflux. A 4 mm crescent of water density lines the pericardial sac.
  lungs: >
    Lung windows: uniform aeration, bronchial walls thin, airways clear to the segmental
    level, fissures complete and smooth. Mediastinal nodes under 1 cm short axis. No ground-
    glass, septal lines or peripheral wedge of density. No pleural fluid, no pneumothorax.
  everything-else: >
    Ascending aorta 46 mm. A thin curved line of lower density crosses its lumen on every
    slice from the root to the arch, dividing it into a brighter and a darker channel.
    Descending aorta 28 mm, single smooth lumen; upper abdomen unremarkable.
findings:
  - id: type-a-aortic-dissection
    step: everything-else
    term: aortic-dissection
    severity: critical
    conspicuity: subtle
    teaching: >
      On a CTPA the aorta is less densely opacified, but a flap that persists on every slice
      and divides the lumen into two channels is a dissection; the ascending aorta makes it
      type A, a surgical emergency. Read everything else on every CTPA and call the cardiac
      surgeons now.
    evidence: A thin curved line of lower density crosses its lumen on every slice
  - id: small-pericardial-effusion
    step: right-heart
    term: pericardial-effusion
    severity: major
    conspicuity: obvious
    teaching: >
      New pericardial fluid with a type A dissection may mean rupture into the pericardium,
      with a risk of tamponade; mention it in the call, because it raises the urgency.
    evidence: A 4 mm crescent of water density lines the pericardial sac
distractors:
  - step: peripheral-arteries
    term: pulmonary-embolus
    side: bilateral
    note: >
      Pulmonary veins: on pulmonary-arterial timing the veins are still less opacified
      than the arteries. Trace a grey vessel: a vein runs between the segments to the
      left atrium, an artery runs beside its bronchus.
    evidence: are greyer than the arteries running beside the bronchi
impression: >
  No pulmonary embolus. Type A aortic dissection: an intimal flap in a 46 mm ascending aorta
  from the root to the arch; descending aorta spared. Small pericardial effusion. Critical
  result telephoned to the emergency team and the cardiothoracic surgeon; CT aortic
  angiogram (ECG-gated) if time allows.
references:
  - "Radiopaedia: Aortic dissection; Stanford classification"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - under-reading 42% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-outpatient-normal-granuloma.yaml",
            text: #"""
kind: case
id: ctpa-outpatient-normal-granuloma
title: Two months of breathlessness, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: routine
patient: {age: 47, sex: F}
indication: >
  Outpatient: two months of exertional breathlessness, normal chest radiograph and
  spirometry, mildly raised D-dimer. Query chronic pulmonary emboli.
routine: ctpa
target_seconds: 80   # 215 words / 4 + 4 s x 6 steps = 78 s, rounded to 5
views:
  contrast: >
    Elective study, 20 G cannula in the right antecubital fossa, 1 mm reconstructions in two
    planes. Main pulmonary artery 370 HU and brighter than the aorta, segmental arteries 330
    HU. Quiet breath-hold, no streak; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 25 mm against a 30 mm ascending aorta, the right pulmonary artery
    lower than the left. Right, left and lobar artery walls thin and smooth, lumens round
    and uniformly bright, with no web, band or eccentric wall thickening.
  peripheral-arteries: >
    Segmental and subsegmental arteries taper evenly towards the pleura in all five lobes,
    each matching its bronchus in calibre. No band, web, abrupt cut-off or low-density focus
    on thin slices.
  right-heart: >
    Right ventricle 33 mm, left ventricle 42 mm on the axial four-chamber image, ratio 0.79,
    the left larger. Right ventricular free wall 3 mm thick. Septum curves towards the
    right, no reflux into the IVC or hepatic veins.
  lungs: >
    In the left lower lobe a 3 mm round focus as dense as bone. Lung attenuation even from
    lobule to lobule on inspiratory images, with no mosaic pattern. No ground-glass or
    pleural fluid.
  everything-else: >
    Thoracic aorta 30 mm, smooth. Bronchial arteries under 2 mm at the hila. A few 4 mm
    calcified nodes at the left hilum. Breasts symmetric fibroglandular tissue. Thyroid,
    upper abdomen and thoracic spine unremarkable.
distractors:
  - step: lungs
    term: nodule
    side: left
    note: >
      A small, densely calcified nodule is a healed granuloma (often with calcified hilar
      nodes) and needs no follow-up; Fleischner guidance excludes calcified benign
      nodules.
    evidence: a 3 mm round focus as dense as bone
  - step: peripheral-arteries
    term: chronic-thromboembolism
    note: >
      Nothing here to mark, but a normal CTPA does not exclude chronic thromboembolic
      disease: V/Q scintigraphy is the screening test (sensitivity about 96-97 %, against
      about 51 % for CTPA), and echocardiography assesses the probability of pulmonary
      hypertension (Tunariu 2007; ESC/ERS 2022).
impression: >
  No acute pulmonary embolus. CTPA does not exclude chronic thromboembolic disease; if it
  is suspected, recommend V/Q scintigraphy and echocardiography. Normal pulmonary artery
  size and right heart. Calcified granuloma in the left lower lobe with calcified hilar
  nodes, benign. No cause for the breathlessness on CT.
references:
  - "MacMahon H et al. Guidelines for management of incidental pulmonary nodules detected on CT images: from the Fleischner Society 2017. Radiology 2017;284:228-243"
  - "Tunariu N et al. Ventilation-perfusion scintigraphy is more sensitive than multidetector CTPA in detecting chronic thromboembolic pulmonary disease as a treatable cause of pulmonary hypertension. J Nucl Med 2007;48:680-684"
  - "Humbert M et al. 2022 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension. Eur Heart J 2022;43:3618-3731"
  - "Wittram C et al. CT angiography of pulmonary embolism: diagnostic criteria and causes of misdiagnosis. Radiographics 2004;24:1219-1238"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-pneumonia-incidental-nodule.yaml",
            text: #"""
kind: case
id: ctpa-pneumonia-incidental-nodule
title: Fever and pleuritic pain, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 70, sex: M}
indication: >
  Three days of fever, cough and left pleuritic chest pain; former smoker. D-dimer raised.
  Query pulmonary embolism.
routine: ctpa
target_seconds: 80   # 226 words / 4 + 4 s x 6 steps = 80 s, rounded to 5
views:
  contrast: >
    Injected through a right antecubital cannula, 1 mm slices. Main pulmonary artery 350 HU,
    lower lobe arteries 320 HU. Shallow breaths blur only the lung bases; diagnostic to the
    subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm, the aorta 34 mm beside it; the left lower lobe artery
    measures 10 mm where it enters the airless lobe. Right and left pulmonary arteries and
    all five lobar arteries bright from wall to wall, no low-density focus at any branch
    point.
  peripheral-arteries: >
    Segmental and subsegmental arteries bright lobe by lobe, including those running through
    the airless left lower lobe, which are straight and evenly spaced. No low-density focus
    within an artery.
  right-heart: >
    Right ventricle 37 mm and left ventricle 46 mm on the four-chamber image, ratio 0.8, the
    left larger. Mitral and aortic valves thin, left atrium 38 mm. Septum curves to the
    right; no IVC reflux, pericardium thin.
  lungs: >
    Dense opacity with air bronchograms fills most of the left lower lobe. Small
    centrilobular lucencies without walls in both upper lobes. Right upper lobe: an 11 mm
    soft-tissue opacity with spiculated margins pulls the nearby pleura inwards. Central
    airways patent.
  everything-else: >
    Thoracic aorta 34 mm, scattered wall calcification. Hilar and subcarinal nodes up to 9
    mm short axis. In the upper pole of the left kidney a 12 mm round lesion of 4 HU with an
    imperceptible wall. Osteophytes only in the spine.
findings:
  - id: left-lower-lobe-pneumonia
    step: lungs
    term: consolidation
    side: left
    severity: major
    conspicuity: obvious
    teaching: >
      A negative CTPA often gives the alternative diagnosis: lobar consolidation with air
      bronchograms and fever is pneumonia. Say so clearly, so the team can stop looking
      for an embolus.
    evidence: Dense opacity with air bronchograms fills most of the left lower lobe
  - id: right-upper-lobe-spiculated-nodule
    step: lungs
    term: nodule
    side: right
    severity: major
    conspicuity: subtle
    accept_terms: [mass]
    teaching: >
      Satisfaction of search: after the pneumonia explains the symptoms, the rest of the
      lungs still need reading. A spiculated nodule with pleural retraction in a former
      smoker is suspicious for lung cancer; flag it for follow-up and recommend further
      assessment (Fleischner 2017, or the faster local lung cancer pathway).
    evidence: an 11 mm soft-tissue opacity with spiculated margins pulls the nearby pleura inwards
  - id: upper-lobe-emphysema
    step: lungs
    term: emphysema
    severity: incidental
    conspicuity: obvious
    teaching: >
      Centrilobular emphysema in a former smoker is background, but it raises the lung
      cancer risk and so the weight given to the nodule.
    evidence: Small centrilobular lucencies without walls in both upper lobes
distractors:
  - step: everything-else
    term: upper-abdominal-lesion
    note: >
      Simple renal cyst (Bosniak I): round, water density (under 20 HU), with an
      imperceptible wall and no septa or solid part. It needs no follow-up (ACR
      incidental findings white paper on renal masses, 2018).
    evidence: a 12 mm round lesion of 4 HU with an imperceptible wall
impression: >
  No pulmonary embolus. Left lower lobe pneumonia. 11 mm spiculated nodule in the right upper
  lobe with pleural retraction, suspicious for malignancy: refer on the lung cancer pathway
  and review after treatment of the pneumonia. Mild upper lobe emphysema.
references:
  - "MacMahon H et al. Guidelines for management of incidental pulmonary nodules detected on CT images: from the Fleischner Society 2017. Radiology 2017;284:228-243"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-poor-bolus-nondiagnostic.yaml",
            text: #"""
kind: case
id: ctpa-poor-bolus-nondiagnostic
title: Ward breathlessness, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 47, sex: F}
indication: >
  Inpatient on antibiotics for a week for fever and cough; new breathlessness and
  tachycardia. Query pulmonary embolism. Cannula in the left hand.
routine: ctpa
target_seconds: 75   # 204 words / 4 + 4 s x 6 steps = 75 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 150 HU; dense contrast still in the left subclavian vein and SVC.
    Segmental and subsegmental arteries 110 to 130 HU, barely brighter than the adjacent
    soft tissue. Breath held, no motion blur.
  central-arteries: >
    Main pulmonary artery 26 mm, narrower than the aorta. Main, right and left pulmonary
    arteries and the five lobar arteries show a uniform lumen at this density, with no low-
    density focus within them.
  peripheral-arteries: >
    Segmental and subsegmental arteries are grey in every lobe, only slightly brighter than
    chest wall muscle. No focal low-density area stands out in any branch at this level of
    opacification.
  right-heart: >
    Right ventricle 34 mm and left ventricle 43 mm on the four-chamber image, ratio 0.79,
    the left larger. Septum bows gently to the right. Contrast has not reached the IVC or
    hepatic veins. Pericardium thin, no fluid in the sac.
  lungs: >
    Lung windows: patchy opacity in the right middle lobe, smaller than on the admission
    radiograph, with patent airways running into it. Other lobes evenly aerated. No pleural
    fluid or pneumothorax.
  everything-else: >
    Thoracic aorta 28 mm. Right paratracheal nodes up to 7 mm short axis. In the T8
    vertebral body a 6 mm dense round focus with spiculated, brush-like margins. Liver,
    spleen and adrenals unremarkable; gallbladder contracted.
findings:
  - id: suboptimal-bolus
    step: contrast
    term: suboptimal-opacification
    category: 2
    severity: major
    conspicuity: obvious
    teaching: >
      Check the density before you read: under about 250 HU a small clot can hide in grey
      segmental arteries. Say the study is non-diagnostic beyond the lobar level rather than
      negative, and call the team within hours (category 2) to repeat it with a larger
      cannula or a faster injection, or to treat empirically.
    evidence: Main pulmonary artery 150 HU
  - id: resolving-right-middle-lobe-pneumonia
    step: lungs
    term: consolidation
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      The known pneumonia is still there but smaller than on admission: report it as
      resolving, so that it is not read as a new infarct or a new infection. It does not
      explain new breathlessness, so the question of an embolus stays open.
    evidence: patchy opacity in the right middle lobe
distractors:
  - step: everything-else
    term: bone-lesion
    note: >
      Bone island (enostosis): a small focus of cortical-density bone inside the medulla
      whose margins blend into the trabeculae as fine spicules (brush border). It needs
      no follow-up; a sclerotic metastasis is usually larger, less dense and without the
      brush border.
    evidence: a 6 mm dense round focus with spiculated, brush-like margins
impression: >
  Suboptimal opacification (main pulmonary artery 150 HU): no central or lobar pulmonary
  embolus, but the segmental and subsegmental arteries are non-diagnostic. Repeat CTPA
  through a larger antecubital cannula if clinical suspicion remains. Resolving right middle
  lobe pneumonia.
references:
  - "Wittram C et al. CT angiography of pulmonary embolism: diagnostic criteria and causes of misdiagnosis. Radiographics 2004;24:1219-1238"
  - "Radiopaedia: CT pulmonary angiogram (technique and pitfalls)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-postpartum-normal-flow-artefact.yaml",
            text: #"""
kind: case
id: ctpa-postpartum-normal-flow-artefact
title: Breathless after childbirth, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 31, sex: F}
indication: >
  Two weeks after a caesarean section, breathless on climbing stairs, heart rate 104. Chest
  radiograph normal. Query pulmonary embolism.
routine: ctpa
target_seconds: 75   # 207 words / 4 + 4 s x 6 steps = 76 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 300 HU, denser in the upper lobe arteries than in the lower.
    Segmental and subsegmental arteries above 250 HU in every lobe. No breathing blur;
    diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 25 mm, the ascending aorta 27 mm. Right, left and lobar arteries
    fully opacified with thin smooth walls; no low-density focus at the bifurcation or in
    any lobar artery.
  peripheral-arteries: >
    In the right lower lobe basal arteries an ill-defined area of lower density has fuzzy
    margins that fade into the surrounding contrast; it is absent on the next slice and
    vanishes on a wider window. Other branches bright.
  right-heart: >
    Right ventricle 32 mm and left ventricle 41 mm on the four-chamber image, ratio 0.78.
    Septum curves towards the right. Thin unopacified streams enter the right atrium from
    the IVC; no reflux. Pericardium 1 mm.
  lungs: >
    Lung windows: sharp fissures, uniform aeration, airways thin-walled to the segmental
    bronchi. Left hemidiaphragm lower than the right. No ground-glass, septal lines or
    peripheral wedge of density. No pleural fluid, no pneumothorax.
  everything-else: >
    Thoracic aorta smooth, single lumen. A small triangle of residual thymus with
    interspersed fat in the anterior mediastinum. Symmetric dense breast tissue of
    lactation. Liver and spleen unremarkable, gas and fluid in the stomach; no bone lesion.
distractors:
  - step: contrast
    term: suboptimal-opacification
    note: >
      Upper lobe arteries denser than the lower is transient interruption of contrast:
      unopacified IVC blood drawn in by a deep breath dilutes the bolus, more often in
      pregnancy and in younger patients. The segmental and subsegmental arteries are still
      opacified, so the study is diagnostic, not suboptimal.
    evidence: denser in the upper lobe arteries than in the lower
  - step: peripheral-arteries
    term: pulmonary-embolus
    side: right
    note: >
      Flow (mixing) artefact: ill-defined, fades into the contrast, seen on one slice and
      gone on a wider window. An embolus has sharp margins, persists on consecutive slices
      and in two planes, and does not change with the window.
    evidence: has fuzzy margins that fade into the surrounding contrast
impression: >
  No pulmonary embolus; the ill-defined low density in the right lower lobe arteries is a
  flow artefact. No right heart strain. Lungs clear.
references:
  - "Wittram C et al. CT angiography of pulmonary embolism: diagnostic criteria and causes of misdiagnosis. Radiographics 2004;24:1219-1238"
  - "Radiopaedia: Flow artefact (CTPA); Transient interruption of contrast"
  - "Gosselin MV et al. Contrast dynamics during CT pulmonary angiogram: analysis of an inspiration associated artifact. J Thorac Imaging 2004;19:1-7"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-saddle-rv-strain.yaml",
            text: #"""
kind: case
id: ctpa-saddle-rv-strain
title: Collapse and hypoxia, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: stat
patient: {age: 64, sex: F}
indication: >
  Collapsed at home, now breathless. Oxygen saturation 86% on air, heart rate 118, blood
  pressure 98/60. Ten days after a knee replacement. Query pulmonary embolism.
routine: ctpa
target_seconds: 75   # 207 words / 4 + 4 s x 6 steps = 76 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 340 HU, brighter than the aorta, through a right antecubital
    cannula, 1 mm slices. Segmental and subsegmental arteries well opacified. Mild breathing
    blur at the bases only; diagnostic to the subsegmental level.
  central-arteries: >
    A long low-density band straddles the bifurcation of the main pulmonary artery and
    extends into both the right and left pulmonary arteries, contrast flowing around it.
    Main pulmonary artery 30 mm.
  peripheral-arteries: >
    Low-density material continues into both lower lobe arteries and fills most of their
    segmental branches; the right middle lobe and left upper lobe segmental arteries are
    also unopacified. Upper lobe subsegmental branches partly bright.
  right-heart: >
    On the axial four-chamber image the right ventricle measures 48 mm across and the left
    ventricle 33 mm. The interventricular septum is straight. Contrast refluxes into the IVC
    and hepatic veins. No pericardial fluid.
  lungs: >
    Lung windows: a few thin linear bands, 2 to 3 mm thick, run parallel to the diaphragm at
    both bases and reach the pleura. No peripheral wedge of density. No pleural fluid or
    pneumothorax.
  everything-else: >
    Thoracic aorta 29 mm, smooth, single lumen. Mediastinal nodes under 7 mm short axis.
    Breasts fatty and symmetric. Thyroid homogeneous. Liver, spleen and adrenals
    unremarkable in the upper abdomen. Mild disc-space narrowing in the thoracic spine,
    vertebral heights preserved.
findings:
  - id: saddle-embolus
    step: central-arteries
    term: saddle-embolus
    severity: critical
    conspicuity: obvious
    teaching: >
      Clot straddling the pulmonary trunk bifurcation is a saddle embolus: call the team at
      once. A systolic pressure of 98 mmHg is not haemodynamic instability, so with RV
      dilatation on CT this is intermediate-risk pulmonary embolism, intermediate-high if the
      troponin is raised too (ESC 2019): anticoagulate and monitor, with reperfusion kept as
      rescue if she deteriorates; primary thrombolysis is not routine.
    evidence: A long low-density band straddles the bifurcation of the main pulmonary artery
  - id: bilateral-lobar-segmental-emboli
    step: peripheral-arteries
    term: pulmonary-embolus
    side: bilateral
    severity: critical
    conspicuity: obvious
    accept_at: [central-arteries]
    teaching: >
      Describe the clot burden lobe by lobe; extensive bilateral lobar and segmental clot
      predicts right heart failure more than any single defect.
    evidence: Low-density material continues into both lower lobe arteries
  - id: right-ventricular-strain
    step: right-heart
    term: rv-dilatation
    severity: major
    conspicuity: subtle
    accept_terms: [septal-flattening, ivc-reflux]
    teaching: >
      Measure the ventricles: an RV/LV diameter ratio over 1.0 (here 48/33, about 1.45),
      a straightened septum and reflux into the IVC are right ventricular strain. The
      ratio is what the team needs for risk stratification (ESC 2019), so put it in the
      report.
    evidence: the right ventricle measures 48 mm across and the left ventricle 33 mm
distractors:
  - step: lungs
    term: pulmonary-infarct
    side: bilateral
    note: >
      Linear (plate) atelectasis: thin bands parallel to the diaphragm from shallow
      breathing and immobility. An infarct is a peripheral wedge with its base on the
      pleura and a convex margin towards the hilum, not a thin line.
    evidence: a few thin linear bands, 2 to 3 mm thick, run parallel to the diaphragm
impression: >
  Saddle pulmonary embolus with extensive bilateral lobar and segmental emboli. Right
  ventricular strain: RV/LV ratio about 1.45, straightened septum, contrast reflux into the
  IVC. Systolic pressure 98 mmHg, so not high risk: intermediate-risk pulmonary embolism,
  intermediate-high if the troponin is raised (ESC 2019). Critical result telephoned to the
  medical registrar.
references:
  - "Konstantinides SV et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism. Eur Heart J 2020;41:543-603"
  - "Qanadli SD et al. New CT index to quantify arterial obstruction in pulmonary embolism. AJR 2001;176:1415-1420"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-segmental-pe-infarct.yaml",
            text: #"""
kind: case
id: ctpa-segmental-pe-infarct
title: Pleuritic pain after hip replacement, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 72, sex: M}
indication: >
  Day 4 after a left hip replacement. Left-sided pleuritic chest pain and a small
  haemoptysis; oxygen saturation 93% on air. Query pulmonary embolism.
routine: ctpa
target_seconds: 80   # 227 words / 4 + 4 s x 6 steps = 81 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 330 HU, brighter than the aorta, from a right antecubital
    injection, 1 mm slices. Segmental and subsegmental arteries well opacified. Mild
    breathing blur at the bases; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 28 mm, the ascending aorta 36 mm. Right, left and lobar arteries
    fully opacified, round in section, walls thin, each lobar artery as wide as its
    bronchus; the right pulmonary artery lower than the left. No low-density focus at the
    bifurcation or any branch point.
  peripheral-arteries: >
    The posterior basal segmental artery of the left lower lobe is expanded and completely
    filled by low-density material, with a thin curved cap of contrast at its upper end. No
    other low-density focus; the other branches uniformly bright.
  right-heart: >
    Right ventricle 36 mm and left ventricle 45 mm on the four-chamber image, ratio 0.8, the
    left larger. Septum curves towards the right. Contrast confined to the SVC and right
    atrium, none in the IVC. No pericardial fluid.
  lungs: >
    In the posterior left lower lobe a wedge-shaped opacity with its broad base on the
    pleura and a rounded, convex margin facing the hilum, small central lucencies and no air
    bronchograms. No pleural fluid.
  everything-else: >
    Thoracic aorta 36 mm, calcified at the arch. Nodes under 8 mm short axis. The upper
    endplate of T10 has a 5 mm cup-shaped indentation with a sclerotic rim; vertebral
    heights preserved. Upper abdomen unremarkable.
findings:
  - id: left-lower-lobe-segmental-embolus
    step: peripheral-arteries
    term: pulmonary-embolus
    side: left
    severity: critical
    conspicuity: obvious
    accept_at: [central-arteries]
    teaching: >
      An expanded artery filled by low density with a meniscus of contrast at its edge is an
      acute occlusive embolus. After joint replacement it is a classic post-operative
      embolus: telephone it.
    evidence: is expanded and completely filled by low-density material
  - id: left-lower-lobe-infarct
    step: lungs
    term: pulmonary-infarct
    side: left
    severity: major
    conspicuity: subtle
    teaching: >
      A peripheral wedge with its broad base on the pleura, a rounded margin convex towards
      the hilum (the Hampton hump) and central lucencies in the territory of an occluded
      artery is an infarct, the cause of the pleuritic pain and
      haemoptysis. Infarcts explain symptoms and can cavitate, so report them rather than
      calling them consolidation.
    evidence: a wedge-shaped opacity with its broad base on the pleura
distractors:
  - step: everything-else
    term: vertebral-fracture
    note: >
      Schmorl node: disc herniated into the endplate, a small cup-shaped indentation
      with a sclerotic rim and no loss of vertebral height. A compression fracture loses
      height, often with a buckled anterior cortex.
    evidence: a 5 mm cup-shaped indentation with a sclerotic rim
impression: >
  Acute occlusive pulmonary embolus in the left lower lobe posterior basal segmental
  artery with a pulmonary infarct in its territory. No right heart strain. Result
  telephoned to the orthopaedic team.
references:
  - "Konstantinides SV et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism. Eur Heart J 2020;41:543-603"
  - "Hampton AO, Castleman B. Correlation of postmortem chest teleroentgenograms with autopsy findings, with special reference to pulmonary embolism and infarction. AJR 1940;43:305-326"
  - "Radiopaedia: Pulmonary infarction (Hampton hump)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/ctpa/ctpa-subsegmental-embolus.yaml",
            text: #"""
kind: case
id: ctpa-subsegmental-embolus
title: Pleuritic chest pain, CTPA
modality: CT
exam: CT pulmonary angiogram
priority: urgent
patient: {age: 39, sex: F}
indication: >
  Two days of right-sided pleuritic chest pain and mild breathlessness. Takes the combined
  oral contraceptive pill. D-dimer raised, Wells score 4.5.
routine: ctpa
target_seconds: 80   # 215 words / 4 + 4 s x 6 steps = 78 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 410 HU, brighter than the aorta, after 60 ml at 5 ml/s through an
    18 G right antecubital cannula. Subsegmental arteries above 300 HU. Breath held, no
    streak; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 24 mm, smaller than the 28 mm aorta. Right, left and lobar
    arteries opacified wall to wall with thin smooth walls; the right pulmonary artery runs
    lower than the left. No low-density focus at the bifurcation or lobar origins.
  peripheral-arteries: >
    Posterior basal segment of the right lower lobe: one subsegmental branch holds a 3 mm
    central low-density focus with contrast on both sides of it, on three consecutive slices
    in both planes. Other branches bright.
  right-heart: >
    Right ventricle 31 mm and left ventricle 42 mm on the four-chamber image, ratio 0.74,
    the left larger. Septum curves towards the right. No contrast in the IVC or hepatic
    veins. Pericardium a thin line.
  lungs: >
    Lung windows: a 4 mm flat triangular opacity with sharp margins sits on the lower right
    major fissure. Aeration otherwise uniform; no peripheral wedge of density. No pleural
    fluid or pneumothorax.
  everything-else: >
    Thoracic aorta 28 mm, smooth. Mediastinal nodes under 5 mm. Symmetric fibroglandular
    breast tissue. Thyroid lobes symmetric and homogeneous. Liver, spleen and upper poles of
    the kidneys unremarkable. Vertebral heights preserved, no lytic or sclerotic focus.
findings:
  - id: right-lower-lobe-subsegmental-embolus
    step: peripheral-arteries
    term: pulmonary-embolus
    side: right
    severity: critical
    conspicuity: subtle
    accept_at: [central-arteries]
    teaching: >
      A small central defect with contrast around it, on consecutive slices and in two
      planes, is a subsegmental embolus rather than a flow artefact or a node. It is found
      only by following every branch lobe by lobe; report it and call, because treatment is
      decided with the clinical picture.
    evidence: one subsegmental branch holds a 3 mm central low-density focus
distractors:
  - step: lungs
    term: nodule
    side: right
    note: >
      Perifissural nodule: a small flat or triangular opacity with sharp margins
      attached to a fissure, an intrapulmonary lymph node. A typical one needs no
      follow-up even above 6 mm (Fleischner Society 2017).
    evidence: a 4 mm flat triangular opacity with sharp margins sits on the lower right major fissure
impression: >
  Single subsegmental pulmonary embolus in the posterior basal right lower lobe, confirmed
  on consecutive slices and in two planes. No right heart strain; no infarct. Result
  telephoned to the referring team.
references:
  - "Wittram C et al. CT angiography of pulmonary embolism: diagnostic criteria and causes of misdiagnosis. Radiographics 2004;24:1219-1238"
  - "Konstantinides SV et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism. Eur Heart J 2020;41:543-603"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-ards-deep-sulcus.yaml",
            text: #"""
kind: case
id: cxrp-ards-deep-sulcus
title: ICU morning film, ventilated
modality: XR
exam: Chest AP (supine, portable)
priority: routine
patient: {age: 47, sex: M}
indication: >
  Day 4 of mechanical ventilation for respiratory failure after severe acute pancreatitis,
  on high PEEP.
  Routine morning film.
routine: cxr-portable
target_seconds: 115   # 312 words / 4 + 4 s x 9 steps = 114 s, rounded to 5
views:
  technical: >
    AP supine ICU film on day 4 of ventilation. Medial clavicle ends symmetric about the
    spinous processes. Exposure raised for the dense lungs, the spine still seen through the
    heart. Both apices and both costophrenic angles fully included.
  lines: >
    Endotracheal tube tip 4.5 cm above the carina. Left internal jugular line descends into
    the left brachiocephalic vein, crosses the midline and ends in the lower superior vena
    cava. Nasogastric tube tip in the stomach. No pleural drain.
  airway: >
    Trachea central, 19 mm across; the cuff lies within the tracheal outline. The carina
    lies at T5. Both main bronchi stand out as dark tubes against the surrounding lung.
    Trachea not pushed to one side.
  lungs: >
    Both lungs are grey-white from apex to base, with branching air-filled bronchi visible
    within the density in all zones, densest in the mid and lower zones. No septal lines.
    Unchanged from yesterday's film.
  pleura: >
    The left lateral costophrenic angle is deep and sharply pointed, below the right, and
    the left upper quadrant is darker than the right. The left dome's outline is sharper
    than the right's. No pleural line at the apices.
  circulation: >
    Heart 13 cm across, cardiothoracic ratio 0.46, its borders traceable through the lung
    density. Mediastinum central, 6.5 cm at the arch. Vascular pedicle narrow. No lucent
    stripe along the heart border or aortic knuckle.
  bones: >
    Ribs of both sides with continuous cortices. Both humeral heads in joint,
    acromioclavicular joints even. Vertebral heights and pedicles preserved through the
    thoracic spine. No destructive rib lesion.
  diaphragm: >
    Right dome smooth at the ninth posterior rib. Below the left dome the stomach holds the
    nasogastric tip and a little gas. Colonic gas of normal calibre. Bowel walls outlined by
    gas on their inner side only.
  soft-tissues: >
    Chest wall fat of even thickness on both sides. No gas in the axillae, the neck or along
    the pectoral planes. Four ECG electrodes; the endotracheal tube tie crosses the neck.
findings:
  - id: bilateral-airspace-opacity-ards
    step: lungs
    term: ards
    severity: major
    conspicuity: obvious
    teaching: >
      Bilateral airspace opacity with a normal heart size and no Kerley lines in a
      ventilated patient fits ARDS; report change from the previous film rather than
      re-diagnose it daily. Its danger is barotrauma, so search every film for new
      pleural or mediastinal air.
    evidence: grey-white from apex to base, with branching air-filled bronchi visible within the density in all zones
  - id: left-anterior-pneumothorax
    step: pleura
    term: pneumothorax
    category: 1
    side: left
    severity: critical
    conspicuity: subtle
    teaching: >
      On a supine film pleural air rises to the anterior and basal chest: a deep, sharp
      lateral costophrenic angle with a lucent upper quadrant and a crisp dome is the deep
      sulcus sign. In a patient on high PEEP it can become a tension pneumothorax quickly,
      so call the intensive care team now.
    evidence: The left lateral costophrenic angle is deep and sharply pointed
distractors:
  - step: lines
    term: cvc-malposition
    side: left
    note: >
      A left internal jugular or subclavian line reaches the superior vena cava through the
      left brachiocephalic vein, which crosses the midline: a tip in the lower superior vena
      cava is correctly placed. Check that the course stays venous and the tip is not
      against the vein wall.
    evidence: crosses the midline
impression: >
  Left anterior pneumothorax on this supine film (deep sulcus sign) in a ventilated
  patient: critical result telephoned to the intensive care team. Unchanged bilateral
  airspace opacity in keeping with ARDS. Tube and lines satisfactory.
references:
  - "Gordon R. The deep sulcus sign. Radiology 1980;136:25-27"
  - "Godoy MCB et al. Chest radiography in the ICU: part 1, evaluation of airway, enteric, and pleural tubes. AJR 2012;198:563-571"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-cvc-jugular-ngt-short.yaml",
            text: #"""
kind: case
id: cxrp-cvc-jugular-ngt-short
title: Line and tube check, portable chest
modality: XR
exam: Chest AP (semi-erect, portable)
priority: urgent
patient: {age: 69, sex: F}
indication: >
  High-dependency unit with small bowel obstruction. Left subclavian central line and
  nasogastric tube inserted. Check positions.
routine: cxr-portable
target_seconds: 115   # 318 words / 4 + 4 s x 9 steps = 116 s, rounded to 5
views:
  technical: >
    AP semi-erect film on the high-dependency unit. Medial clavicles symmetric about the T3
    spinous process. Six anterior ribs above the right dome. Exposure adequate. The neck up
    to C5, both apices and both costophrenic angles included.
  lines: >
    Left subclavian line passes under the clavicle, then upwards; its tip ends in the left
    side of the neck at the level of C6. Nasogastric tube midline; its tip projects over the
    T10 vertebral body, 3 cm above the left dome.
  airway: >
    Trachea midline, 16 mm wide, with a thin right paratracheal stripe. Carina sharp at T5
    and both main bronchi patent to their lobar branches. No tracheal deviation at the
    thoracic inlet.
  lungs: >
    Two rounded 1 cm densities project over both lower zones within the breast shadows,
    symmetric in size and height, each with a sharp lower edge. Lung vessels otherwise even
    to the periphery. No focal opacity behind the heart.
  pleura: >
    After the subclavian puncture, lung markings reach the chest wall at the left apex and
    along the lateral chest wall. Costophrenic angles sharp, of equal depth. No fluid
    meniscus at either base.
  circulation: >
    Heart 13.5 cm wide, cardiothoracic ratio 0.48 for a semi-erect projection. Thin
    curvilinear calcification in the aortic knuckle at 69, its outline sharp. Mediastinum 7
    cm wide along the course of the left line. Hila of equal density, the right lower than
    the left.
  bones: >
    Ribs and clavicles with continuous cortices; calcified first costal cartilages. Small
    thoracic endplate spurs at 69, vertebral heights preserved. Shoulders congruent. No
    lytic area in the ribs or spine.
  diaphragm: >
    Domes smooth, the right 1.5 cm above the left. Several dilated gas-filled small bowel
    loops lie in the upper abdomen, folds crossing each loop. Little gas in the stomach. No
    gas under either dome.
  soft-tissues: >
    Small dressing over the left infraclavicular puncture site, with no gas beneath it or in
    the neck. Chest wall soft tissues of even thickness; both breast shadows present. ECG
    electrodes over both shoulders.
findings:
  - id: subclavian-line-in-jugular-vein
    step: lines
    term: cvc-malposition
    side: left
    severity: major
    conspicuity: obvious
    teaching: >
      A subclavian line should run down into the superior vena cava; this one has turned up
      into the internal jugular vein. It is unreliable for pressures and vasoactive drugs
      there and risks thrombosis, so it should be repositioned before use.
    evidence: its tip ends in the left side of the neck at the level of C6
  - id: ng-tube-tip-in-oesophagus
    step: lines
    term: ngt-not-in-stomach
    severity: major
    conspicuity: subtle
    teaching: >
      An NG tube must cross the diaphragm, with its tip and side holes well inside the
      stomach. A tip above the dome is in the oesophagus, where feeds and drugs reflux and
      are aspirated, and in obstruction it will not decompress the stomach: advance it and
      re-check.
    evidence: its tip projects over the T10 vertebral body, 3 cm above the left dome
  - id: dilated-small-bowel
    step: diaphragm
    term: dilated-bowel
    severity: minor
    conspicuity: obvious
    teaching: >
      Dilated small bowel loops match the known obstruction. Report them briefly; a change
      in the gas pattern or new free gas would matter more.
    evidence: Several dilated gas-filled small bowel loops
distractors:
  - step: lungs
    term: nodule
    side: right
    note: >
      Nipple shadows: paired, symmetric in size and height over the lower zones, often with
      a sharp lower or lateral edge. A matching shadow on the other side is reassuring;
      repeat with nipple markers if one side is in doubt.
    evidence: symmetric in size and height
impression: >
  Left subclavian line turned up into the left internal jugular vein, tip in the neck:
  reposition before use. Nasogastric tube tip in the distal oesophagus, 3 cm above the
  diaphragm: advance and re-check. No pneumothorax. Dilated small bowel loops in keeping
  with the known obstruction.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 2, evaluation of cardiovascular lines and other devices. AJR 2012;198:572-581"
  - "NHS Improvement Patient Safety Alert: Nasogastric tube misplacement: continuing risk of death and severe harm (2016)"
  - "On-call misses: misplaced lines and tubes 6.9% (PubMed 29397268)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-ngt-right-lower-lobe.yaml",
            text: #"""
kind: case
id: cxrp-ngt-right-lower-lobe
title: Feeding tube check before feeding, portable chest
modality: XR
exam: Chest AP (semi-erect, portable)
priority: urgent
patient: {age: 76, sex: M}
indication: >
  Stroke with an unsafe swallow. Fine-bore nasogastric feeding tube placed on the ward; no
  aspirate obtained for pH testing. Confirm position before feeding.
routine: cxr-portable
target_seconds: 115   # 318 words / 4 + 4 s x 9 steps = 116 s, rounded to 5
views:
  technical: >
    AP semi-erect ward film, patient propped at 45 degrees with a thoracic kyphosis. Spinous
    processes aligned midway between symmetric clavicle heads. Inspiration to the sixth
    anterior rib. Apices and both angles on the film.
  lines: >
    A fine-bore feeding tube with its guidewire runs within the tracheal air column, passes
    the carina into the right main bronchus and follows the bronchus intermedius to a tip in
    the right lower zone. No other line or tube.
  airway: >
    Trachea midline and 17 mm wide, with faint ring calcification of its cartilages at 76.
    Carina at T5 with the right main bronchus holding the feeding tube; the left is clear.
    No tracheostomy.
  lungs: >
    Dense, irregular calcification at the anterior end of the right first rib projects over
    the right apex, continuous with the rib; a smaller one on the left. Lower zones of even
    density around the tube tip. No opacity in either lower lobe.
  pleura: >
    Lung markings reach the lateral chest walls at the level of the tube tip and above it.
    No pleural line at either apex. Both costophrenic angles pointed. No fluid layering at
    either base.
  circulation: >
    Heart 14.5 cm in a 30 cm chest, cardiothoracic ratio 0.48 on this AP film. Aortic
    knuckle calcified and sharp; mediastinum 7.5 cm at the arch. Right paratracheal stripe
    thin. Hila symmetric in size and density, the left the higher.
  bones: >
    Thoracic kyphosis with preserved vertebral heights. Costal cartilages calcified. Rib and
    clavicle cortices continuous. Both shoulders in joint, with small acromioclavicular
    spurs at 76. No lytic lesion.
  diaphragm: >
    The right dome reaches the sixth anterior rib; the left is 1 cm lower. Gastric bubble
    under the left dome, with no tube projecting over it. Colonic gas in the splenic
    flexure. No free gas under either dome.
  soft-tissues: >
    Thin chest wall with little subcutaneous fat. Neck soft tissues of even thickness, with
    no gas in the fascial planes. ECG electrodes on both shoulders. No foreign body in the
    soft tissues.
findings:
  - id: feeding-tube-in-right-lower-lobe-bronchus
    step: lines
    term: ngt-airway
    side: right
    severity: critical
    conspicuity: obvious
    teaching: >
      A feeding tube that follows the tracheal air column and a main bronchus is in the
      airway; feeding through it causes pneumonia, pneumothorax or death, and is an NHS
      never event. Call the ward now: the tube must not be used and must be removed.
    evidence: passes the carina into the right main bronchus
distractors:
  - step: lungs
    term: nodule
    side: right
    note: >
      Calcified first costal cartilage: dense, irregular calcification at the anterior end
      of the first rib, continuous with it and usually paired, common in older patients.
      A lung nodule does not follow the rib to the sternum.
    evidence: continuous with the rib
impression: >
  Fine-bore feeding tube in the airway: it enters the right main bronchus and ends in the
  right lower zone. Do not feed; remove the tube. No pneumothorax. Critical result
  telephoned to the nurse in charge and the responsible doctor.
references:
  - "Godoy MCB, Leitman BS, de Groot PM, Vlahos I, Naidich DP. Chest radiography in the ICU: part 1, evaluation of airway, enteric, and pleural tubes. AJR 2012;198:563-571"
  - "NHS Improvement Patient Safety Alert: Nasogastric tube misplacement: continuing risk of death and severe harm (2016)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (tube malposition: category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-oesophageal-intubation.yaml",
            text: #"""
kind: case
id: cxrp-oesophageal-intubation
title: Emergency intubation check, portable chest
modality: XR
exam: Chest AP (supine, portable)
priority: stat
patient: {age: 38, sex: M}
indication: >
  Intubated in the emergency department after a prolonged seizure; difficult
  laryngoscopy. Oxygen saturation 84% and falling. Tube check.
routine: cxr-portable
target_seconds: 115   # 312 words / 4 + 4 s x 9 steps = 114 s, rounded to 5
views:
  technical: >
    AP supine film on the resuscitation trolley. Clavicle heads equidistant from the spinous
    processes. Seven anterior ribs above the right dome during bag ventilation. Spine just
    visible through the heart. Larynx, apices and costophrenic angles included.
  lines: >
    The endotracheal tube runs slightly to the left of the tracheal air column, which can be
    traced separately beside it down to the carina. Tip over T4; its cuff bulges beyond the
    tracheal outline. No nasogastric tube.
  airway: >
    Tracheal air column midline, 17 mm wide at the thoracic inlet, traced from the larynx to
    a sharp carina at T5. The right main bronchus runs more steeply than the left. No
    tracheal deviation.
  lungs: >
    Both lungs symmetric in density, vessels tapering towards the chest walls. Left lower
    lobe vessels can be followed through the heart to the dome. Apices clear. No focal
    opacity in either lung.
  pleura: >
    A vertical edge crosses the right mid and lower zones and runs on below the costophrenic
    angle, with a broad band of soft-tissue density medial to it; lung vessels continue
    lateral to it. No fluid layering behind either lung.
  circulation: >
    Heart 13.5 cm wide in a 30 cm chest. Superior mediastinum 6.5 cm at the arch, with a
    crisp aortic knuckle and right paratracheal stripe. Left hilum 1.5 cm above the right.
    No mediastinal shift.
  bones: >
    Young adult skeleton. Both humeral heads overlap their glenoids symmetrically after the
    seizure. Clavicles and ribs have continuous cortices. Thoracic vertebral heights
    preserved, with pedicles at every level. No rib lesion.
  diaphragm: >
    The stomach is grossly distended with gas, filling the left upper quadrant and lifting
    the left dome level with the right. Both domes sharp. No gas on both sides of any bowel
    wall.
  soft-tissues: >
    Neck soft tissues of even thickness, with no gas in the planes around the larynx.
    Defibrillator pads over the right upper chest and cardiac apex; three ECG electrodes.
    Chest wall muscles symmetric and well developed.
findings:
  - id: tube-in-oesophagus
    step: lines
    term: ett-oesophageal
    severity: critical
    conspicuity: subtle
    teaching: >
      A tube lying beside the tracheal air column, with the trachea traceable separately and
      the cuff outside it, is in the oesophagus; at a glance the film looks nearly normal.
      Capnography is the first test, but call the resuscitation team at once to
      re-intubate.
    evidence: slightly to the left of the tracheal air column, which can be traced separately beside it
  - id: gastric-distension-after-intubation
    step: diaphragm
    term: gastric-distension
    severity: minor
    conspicuity: obvious
    teaching: >
      Sudden gastric distension after intubation means gas is being delivered to the
      stomach: a clue to oesophageal intubation and a risk of aspiration until the stomach
      is decompressed.
    evidence: The stomach is grossly distended with gas
distractors:
  - step: pleura
    term: pneumothorax
    side: right
    note: >
      Skin fold: a broad band of density with an edge, running beyond the lung margin, with
      vessels seen lateral to it. A visceral pleural line is a thin white line with no
      lung markings beyond it. Common on supine films from the patient's back on the trolley.
    evidence: lung vessels continue lateral to it
impression: >
  Endotracheal tube in the oesophagus: it lies beside, not within, the tracheal air column,
  and the stomach is distended with gas. Critical result telephoned to the resuscitation
  team for immediate re-intubation.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 1, evaluation of airway, enteric, and pleural tubes. AJR 2012;198:563-571"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-post-cabg-normal.yaml",
            text: #"""
kind: case
id: cxrp-post-cabg-normal
title: Day 1 after cardiac surgery, portable chest
modality: XR
exam: Chest AP (semi-erect, portable)
priority: routine
patient: {age: 66, sex: M}
indication: >
  First day after coronary artery bypass grafting, extubated overnight. Routine film with
  the drains still in.
routine: cxr-portable
target_seconds: 115   # 318 words / 4 + 4 s x 9 steps = 116 s, rounded to 5
views:
  technical: >
    AP semi-erect film in cardiac intensive care, patient sitting at 60 degrees. Sternotomy
    wires project over the spinous processes, so no rotation. Six anterior ribs above the
    right dome after extubation. The film covers the lower neck to the upper abdomen.
  lines: >
    Right internal jugular sheath carrying a pulmonary artery catheter, its tip in the
    proximal right pulmonary artery within the hilum. Mediastinal drain and left pleural
    drain, side holes inside the chest. Epicardial pacing wires over the heart. No
    endotracheal tube.
  airway: >
    Trachea midline and 18 mm wide, without narrowing at the old cuff level after overnight
    extubation. Right paratracheal stripe thin. Carina sharp at T5, and both main bronchi
    aerated.
  lungs: >
    Both lungs aerated to the periphery. Left lower lobe vessels visible through the heart
    and down to the dome beside the pleural drain. Thin horizontal fissure at the right
    fourth anterior rib. No focal opacity at either base.
  pleura: >
    The left pleural drain curves up along the lower lateral chest wall to a tip at the
    seventh rib, with no fluid around it. Lung edge reaches the chest wall at both apices.
    Costophrenic angles sharp.
  circulation: >
    Heart 14 cm across, cardiothoracic ratio 0.49. The upper mediastinum measures 7.5 cm, 1
    cm wider than on the pre-operative film, with smooth margins. Surgical clips along the
    left heart border. No lucent line around the heart.
  bones: >
    Median sternotomy: seven wires in a straight vertical column, evenly spaced, each an
    intact twisted loop, none rotated or displaced. Ribs, clavicles and both shoulders
    intact.
  diaphragm: >
    Both domes smooth, the right at the sixth anterior rib. Gastric bubble under the left
    dome. The mediastinal drain tip lies in the midline just above the diaphragm. No free
    gas beneath either dome.
  soft-tissues: >
    A thin vertical streak of gas lies in the anterior chest wall along the sternotomy
    incision, under a line of skin staples. Dressing over the left drain site. No gas in the
    neck or lateral chest wall.
distractors:
  - step: circulation
    term: widened-mediastinum
    note: >
      A slightly wider upper mediastinum with smooth margins is expected after sternotomy.
      Worry when it widens progressively on serial films or with falling haemoglobin or
      rising drain output.
    evidence: 1 cm wider than on the pre-operative film
  - step: soft-tissues
    term: subcutaneous-emphysema
    note: >
      A little gas along a fresh incision is expected the day after surgery. Extensive or
      increasing gas spreading into the neck and chest wall is not.
    evidence: A thin vertical streak of gas lies in the anterior chest wall
impression: >
  Expected appearances the day after CABG: pulmonary artery catheter tip in the proximal
  right pulmonary artery, drains satisfactory, sternotomy wires intact, minimal expected
  widening of the upper mediastinum. Lungs clear; no pneumothorax or effusion.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 2, evaluation of cardiovascular lines and other devices. AJR 2012;198:572-581"
  - "Radiopaedia: Chest x-ray review: ABCDE"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-post-intubation-normal.yaml",
            text: #"""
kind: case
id: cxrp-post-intubation-normal
title: Post-intubation lines check, portable chest
modality: XR
exam: Chest AP (supine, portable)
priority: stat
patient: {age: 52, sex: F}
indication: >
  Intubated in intensive care for septic shock from a urinary source. Right internal
  jugular line and nasogastric tube placed. Check positions before use.
routine: cxr-portable
target_seconds: 120   # 334 words / 4 + 4 s x 9 steps = 120 s, rounded to 5
views:
  technical: >
    AP supine intensive care film. Clavicle heads equally spaced either side of the T3
    spinous process. Nine posterior ribs above the right dome on the ventilator. Disc spaces
    visible through the heart. Chin clear of the neck; apices and costophrenic angles
    included.
  lines: >
    Endotracheal tube tip 5 cm above the carina, chin neutral. Right internal jugular line
    runs straight down to a tip at the cavoatrial junction. Nasogastric tube crosses the
    left dome, side hole and tip in the gastric body. No chest drain.
  airway: >
    Trachea midline, 15 mm wide; the tube cuff fills the lumen without widening its walls.
    Carina sharp at T5, and both main bronchi aerated out to their lobar branches. No
    tracheal narrowing below the cuff.
  lungs: >
    Both lungs of even density from apex to base, with vessels seen through the heart and
    above both domes. Horizontal fissure faintly visible at the right fourth anterior rib.
    Neither lung holds a focal opacity.
  pleura: >
    An ECG lead wire runs vertically across the left upper zone and continues above the
    clavicle into the neck; lung markings lie on both sides of it. Both costophrenic angles
    sharp, neither deeper than the other. No layering density.
  circulation: >
    Heart 13 cm wide on this AP supine film, cardiothoracic ratio 0.48. Vascular pedicle 52
    mm, with a straight superior vena cava edge. Aortic knuckle small and sharp. Hila of
    equal size, the right lower than the left. Mediastinum not displaced.
  bones: >
    Ribs of even density with continuous cortices on both sides. Small anterior endplate
    spurs at T8 to T10, vertebral heights preserved. Both humeral heads in joint. No lytic
    rib or vertebral lesion.
  diaphragm: >
    Both domes smooth, the right 2 cm higher than the left. Stomach small, holding the
    nasogastric tube tip and a little gas. Splenic flexure gas below the left dome. No gas
    outlining both walls of a loop.
  soft-tissues: >
    Neck soft tissues even, with no gas around the right jugular puncture site. Breast
    tissue of average size over both lower zones. Three ECG electrodes and their leads on
    the chest wall.
distractors:
  - step: pleura
    term: pneumothorax
    side: left
    note: >
      External ECG lead: it crosses the clavicle and leaves the thorax, with lung markings
      on both sides. A visceral pleural line stays inside the chest, parallels the chest
      wall and has no markings beyond it.
    evidence: continues above the clavicle into the neck
impression: >
  Endotracheal tube, right internal jugular line and nasogastric tube satisfactorily
  placed: tube tip 5 cm above the carina, line tip at the cavoatrial junction, NG tube in
  the stomach. Clear lungs. No pneumothorax.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 1 (airway, enteric and pleural tubes) and part 2 (cardiovascular lines and other devices). AJR 2012;198:563-581"
  - "Goodman LR, Conrardy PA, Laing F, Singer MM. Radiographic evaluation of endotracheal tube position. AJR 1976;127:433-434"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-post-line-query-ptx-normal.yaml",
            text: #"""
kind: case
id: cxrp-post-line-query-ptx-normal
title: Chest discomfort after subclavian line, portable chest
modality: XR
exam: Chest AP (semi-erect, portable)
priority: stat
patient: {age: 61, sex: F}
indication: >
  Right subclavian central line inserted on the second pass; now mild right chest
  discomfort. Query pneumothorax; confirm line position.
routine: cxr-portable
target_seconds: 115   # 325 words / 4 + 4 s x 9 steps = 117 s, rounded to 5
views:
  technical: >
    AP semi-erect film, patient sitting at about 45 degrees. Both medial clavicle ends 2 cm
    from the spinous process line. The right dome meets the sixth anterior rib on a good
    breath. Thoracic discs visible through the heart. Lower neck, apices and both
    costophrenic angles included.
  lines: >
    Right subclavian line passes under the clavicle into the brachiocephalic vein and down
    the superior vena cava; its tip lies at the cavoatrial junction, two vertebral bodies
    below the carina. No endotracheal or nasogastric tube.
  airway: >
    Trachea midline and 16 mm wide, with a 3 mm right paratracheal stripe. Carina at T5, its
    angle about 70 degrees. Both main bronchi aerated. Trachea not displaced at the level of
    the puncture.
  lungs: >
    Vessels reach to within 1 cm of the chest wall in both upper zones, including the right
    apex beneath the puncture site. Lower zones of equal density; left lower lobe vessels
    seen through the heart. No focal opacity.
  pleura: >
    Over the right upper zone a smooth curved line descends from the axilla, continuous
    above and below with the outline of the right scapula; lung markings continue lateral to
    it. Costophrenic angles sharp, with no meniscus.
  circulation: >
    Heart 13 cm across, cardiothoracic ratio 0.47 on this semi-erect film. Aortic knuckle
    sharp. Superior mediastinum 7 cm, its right edge straight along the course of the line,
    without widening. Hila of equal size and density, the right lower than the left.
  bones: >
    Ribs, clavicles and scapulae intact; both scapulae project over the upper lateral chest
    because the arms are by the sides. Thoracic vertebral heights preserved at 61. No lytic
    rib lesion.
  diaphragm: >
    Right dome smooth at the sixth anterior rib, 1.5 cm higher than the left. Gastric bubble
    beneath the left dome with a thin wall. Hepatic flexure gas. No gas lying free under
    either dome.
  soft-tissues: >
    Puncture site below the mid right clavicle covered by a small dressing, with no gas
    beneath it or in the neck. Breast shadows symmetric. Axillary folds sharp on both sides.
distractors:
  - step: pleura
    term: pneumothorax
    side: right
    note: >
      The medial border of the scapula: it runs on beyond the lung into the soft tissues and
      lung markings lie lateral to it. On AP films the scapulae overlap the lungs unless the
      shoulders are rotated forward.
    evidence: continuous above and below with the outline of the right scapula
impression: >
  No pneumothorax. Right subclavian line tip at the cavoatrial junction, satisfactory for
  use. The line over the right upper zone is the scapular border.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 2, evaluation of cardiovascular lines and other devices. AJR 2012;198:572-581"
  - "Radiopaedia: Pneumothorax mimics (skin fold, scapular border)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-swan-distal-effusion.yaml",
            text: #"""
kind: case
id: cxrp-swan-distal-effusion
title: Cardiac intensive care film, portable chest
modality: XR
exam: Chest AP (supine, portable)
priority: routine
patient: {age: 73, sex: F}
indication: >
  Cardiogenic shock after myocardial infarction, ventilated. Pulmonary artery catheter
  inserted this morning. Routine film to check position.
routine: cxr-portable
target_seconds: 115   # 324 words / 4 + 4 s x 9 steps = 117 s, rounded to 5
views:
  technical: >
    AP supine film in coronary care. Spinous processes midway between the medial clavicle
    ends. Inspiration reaches the ninth posterior rib on the right during ventilation. Spine
    seen through the heart. Apices and both costophrenic angles included.
  lines: >
    Right internal jugular introducer. The pulmonary artery catheter loops through the right
    heart; its tip lies in the right lower zone, 6 cm lateral to the right hilum.
    Endotracheal tube 5 cm above the carina; nasogastric tip in the stomach.
  airway: >
    Trachea midline at 15 mm calibre; the cuff does not distend its walls. Faint ring
    calcification of the tracheal cartilages at 73. Carina at T5, with both main bronchi
    aerated. Tracheal position unchanged from the admission film.
  lungs: >
    Upper zone vessels no larger than lower zone vessels on this supine film. No septal
    lines at the bases. Right lung of even density to the periphery; left lung vessels
    traced out to the lateral chest wall.
  pleura: >
    The left hemithorax is uniformly greyer than the right, with lung vessels still visible
    through the haze and no air bronchograms. The left costophrenic angle has lost its sharp
    point; the right is sharp. No pneumothorax.
  circulation: >
    Heart 14.5 cm in a 29 cm chest, cardiothoracic ratio 0.50 on this AP supine film. Aortic
    knuckle calcified. Vascular pedicle of normal width. Mediastinum central. Hila of equal
    size, the right lower than the left and crossed by the catheter.
  bones: >
    A smooth, corticated notch 1 cm long in the inferior margin of the medial right
    clavicle. Ribs with continuous cortices. Small osteophytes in both shoulders at 73;
    vertebral heights preserved. No lucent area in the ribs.
  diaphragm: >
    Right dome smooth at the sixth anterior rib. Left dome outline indistinct through the
    haze. Gastric bubble present, holding the nasogastric tip. No gas on both sides of the
    bowel wall.
  soft-tissues: >
    Both breast shadows present and of equal size. Neck soft tissues even around the jugular
    introducer, without gas. Five ECG electrodes, and a defibrillator pad over the right
    upper chest.
findings:
  - id: pa-catheter-in-lower-lobe-artery
    step: lines
    term: pa-catheter-distal
    side: right
    severity: major
    conspicuity: obvious
    teaching: >
      A pulmonary artery catheter tip belongs in the main, right or left pulmonary artery,
      within about 2 cm of the hilum. Further out it can wedge permanently and cause
      pulmonary infarction or arterial rupture, so ask for it to be withdrawn.
    evidence: its tip lies in the right lower zone, 6 cm lateral to the right
  - id: left-layering-effusion
    step: pleura
    term: pleural-effusion
    side: left
    severity: minor
    conspicuity: subtle
    teaching: >
      On a supine film an effusion layers behind the lung: a uniform veil over the whole
      hemithorax with vessels seen through it, not a meniscus. Compare the density of the
      two sides.
    evidence: The left hemithorax is uniformly greyer than the right
distractors:
  - step: bones
    term: lytic-lesion
    side: right
    note: >
      Rhomboid fossa: a smooth, corticated notch on the under-surface of the medial
      clavicle where the costoclavicular ligament attaches, often on both sides. A normal
      variant, not a lytic lesion; a destructive lesion has an ill-defined, uncorticated edge.
    evidence: smooth, corticated notch
impression: >
  Pulmonary artery catheter too distal, tip in a right lower lobe artery 6 cm beyond the
  hilum: withdraw to the proximal pulmonary artery. Layering left pleural effusion.
  Endotracheal and nasogastric tubes satisfactory.
references:
  - "Godoy MCB et al. Chest radiography in the ICU: part 2, evaluation of cardiovascular lines and other devices. AJR 2012;198:572-581"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr-portable/cxrp-ventilated-lll-collapse.yaml",
            text: #"""
kind: case
id: cxrp-ventilated-lll-collapse
title: Rising oxygen need on the ventilator, portable chest
modality: XR
exam: Chest AP (semi-erect, portable)
priority: urgent
patient: {age: 59, sex: M}
indication: >
  Ventilated after emergency laparotomy. Oxygen requirement rising over six hours,
  reduced breath sounds at the left base.
routine: cxr-portable
target_seconds: 115   # 319 words / 4 + 4 s x 9 steps = 116 s, rounded to 5
views:
  technical: >
    AP semi-erect ICU film, head of the bed raised 30 degrees. Straight projection with the
    clavicle heads symmetric. Ten posterior ribs visible on the ventilator breath. Thoracic
    spine visible through the heart. Lung apices and both bases included.
  lines: >
    Endotracheal tube tip 5 cm above the carina, head neutral. Right subclavian line arcs
    under the clavicle to a tip in the lower superior vena cava. Nasogastric tube crosses
    the left dome to the gastric fundus. No drains.
  airway: >
    Trachea midline and 18 mm wide; the cuff sits within its walls. Carina at T5 with a
    sharp angle. The left main bronchus angles downwards nearly as steeply as the right.
    Right main bronchus clear.
  lungs: >
    Behind the heart a triangular opacity with a sharp, straight lateral edge runs from the
    hilum down to the medial left dome. The left upper zone is more lucent than the right.
    Right lung vessels even to the periphery.
  pleura: >
    A 2 mm smooth soft-tissue band runs along the inferior edge of the left second rib at
    the apex, parallel to it along its length. No visceral pleural edge in either upper
    zone. Costophrenic angles sharp, with no layering density.
  circulation: >
    Transverse heart diameter 14 cm, ratio 0.48. The left hilum lies level with the right.
    Superior mediastinum 7 cm, with a sharp aortic knuckle. Trachea and heart in the
    midline.
  bones: >
    Ribs with continuous cortices on both sides. Anterior osteophytes at T9 to T11 at 59,
    vertebral heights preserved. Clavicles and shoulders intact. No destructive lesion in
    the ribs.
  diaphragm: >
    Right dome smooth and rounded. The medial half of the left dome cannot be traced behind
    the heart; its lateral half is sharp. Gastric fundus holds a little gas around the
    nasogastric tip. No gas beneath either dome.
  soft-tissues: >
    Midline laparotomy dressing and a row of skin staples over the upper abdomen. Broad
    muscular chest wall. No subcutaneous gas in the chest wall or neck. Three ECG electrodes
    on the upper chest.
findings:
  - id: left-lower-lobe-collapse
    step: lungs
    term: collapse
    side: left
    severity: major
    conspicuity: subtle
    teaching: >
      A triangular retrocardiac opacity with a sharp lateral edge, a lost medial left dome
      and a low left hilum is left lower lobe collapse: always look through the heart. In a
      ventilated patient a mucus plug is the usual cause, treated with physiotherapy or
      bronchoscopy.
    evidence: Behind the heart a triangular opacity with a sharp, straight lateral edge
distractors:
  - step: pleura
    term: pleural-thickening
    side: left
    note: >
      Companion shadow: a thin, smooth soft-tissue band parallel to the lower edge of the
      first or second rib (or the clavicle), from the soft tissues and fat beside the rib.
      Pleural thickening is not confined to the line of one rib.
    evidence: parallel to it along its length
impression: >
  Left lower lobe collapse, probably from retained secretions. Tubes and line satisfactory.
  No pneumothorax or effusion.
references:
  - "Felson B, Felson H. Localization of intrathoracic lesions by means of the postero-anterior roentgenogram: the silhouette sign. Radiology 1950;55:363-374"
  - "Radiopaedia: Left lower lobe collapse"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/cxr-effusion-apical-nodule.yaml",
            text: #"""
kind: case
id: cxr-effusion-apical-nodule
title: Breathless former smoker, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 71, sex: F}
indication: >
  Increasing breathlessness on exertion over three weeks, dull to percussion at the right
  base. Former smoker, 40 pack-years.
routine: cxr
target_seconds: 115   # 309 words / 4 + 4 s x 9 steps = 113 s, rounded to 5
views:
  technical: >
    PA erect in full inspiration, ten posterior ribs above the left dome. Clavicle heads
    equidistant from the T4 spinous process. Lower thoracic discs just visible through the
    heart. Both apices and both lateral chest walls on the plate.
  airway: >
    Trachea midline, 17 mm wide at the thoracic inlet, its walls parallel down to the carina
    at T5. Carinal angle about 65 degrees. Right paratracheal stripe 3 mm. Both main bronchi
    air-filled without a cut-off.
  lungs: >
    Right upper and mid zones clear. At the left apex a faint rounded opacity about 1 cm
    across where the first rib crosses the clavicle; the right apex clear. Left mid and
    lower zones clear.
  pleura: >
    Homogeneous opacity fills the right lower zone, its upper edge curving up along the
    lateral chest wall to the eighth posterior rib. Both apices clear; left costophrenic
    angle sharp and deep.
  circulation: >
    Heart width 13 cm, cardiothoracic ratio 0.48; the right heart border shows above the
    basal opacity and the left border is crisp. Aortic knuckle small and sharp. Left hilum
    slightly higher than the right, both concave and of even density.
  bones: >
    Ribs traced on both sides, including the first ribs behind the clavicles, with
    continuous cortices and no lytic area. The sixth to eighth costal cartilages carry
    coarse, flaky calcification, the same on both sides. Thoracic vertebral heights
    preserved.
  lines: >
    No tracheostomy, intravascular catheter, drain or implanted cardiac device. No
    indwelling pleural catheter on the right. Gown press studs lie below the costophrenic
    angles, off the lungs.
  diaphragm: >
    Right dome not seen through the basal opacity. Left dome smooth and arched, with gastric
    fundus gas and a short horizontal fluid level beneath it. Splenic flexure gas lateral to
    the stomach. No lucent crescent under the left dome.
  soft-tissues: >
    Both breast shadows present, large and symmetric, their lower folds crossing the lower
    zones. Supraclavicular fossae symmetric, with no gas. Axillary folds smooth on both
    sides.
findings:
  - id: right-pleural-effusion
    step: pleura
    term: pleural-effusion
    side: right
    severity: major
    conspicuity: obvious
    teaching: >
      A homogeneous basal opacity with a meniscus rising laterally is a pleural effusion;
      a moderate one reaches the mid zone. In a former heavy smoker an effusion without
      heart failure needs a cause: malignancy is high on the list.
    evidence: its upper edge curving up along the lateral chest wall to the eighth posterior rib
  - id: left-apical-nodule
    step: lungs
    term: nodule
    side: left
    severity: major
    conspicuity: subtle
    teaching: >
      Satisfaction of search: the effusion is obvious, the nodule is not. The apex, where
      the first rib and clavicle overlap, is a classic blind spot, so compare the apices
      side by side. This is also the classic site of a pseudonodule (the first costochondral
      junction), so a clear right side matters; a nodule in a heavy smoker is flagged for
      follow-up with CT, and with the effusion it may be one disease.
    evidence: a faint rounded opacity about 1 cm across
distractors:
  - step: bones
    term: sclerotic-lesion
    side: bilateral
    note: >
      Costal cartilage calcification: coarse, symmetric calcification at the anterior rib
      ends, common from middle age on and normal at 71. It is not a bone lesion; the
      anterior first costal cartilage is also where a pseudonodule forms, so check that an
      apical opacity is not cartilage on the same side.
    evidence: coarse, flaky calcification, the same on both sides
impression: >
  Moderate right pleural effusion. Nodule of about 1 cm at the left apex, partly hidden by
  the first rib and clavicle. Given the smoking history, recommend ultrasound-guided
  diagnostic pleural aspiration and CT of the chest to characterise the nodule and look
  for a cause of the effusion.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "de Groot PM, Carter BW, Abbott GF, Wu CC. Pitfalls in chest radiographic interpretation: blind spots. Semin Roentgenol 2015;50:197-209"
  - "Roberts ME et al. British Thoracic Society Guideline for pleural disease. Thorax 2023;78(Suppl 3):s1-s42"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
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
target_seconds: 115   # 320 words / 4 + 4 s x 9 steps = 116 s, rounded to 5
views:
  technical: >
    AP supine portable film on the resus trolley during ventilation. Clavicle heads
    equidistant from the spinous processes. Seven anterior ribs above the right dome. Apices
    and costophrenic angles included; the mandible projects over C5, so the neck is neutral.
  airway: >
    Trachea midline and 16 mm wide through the thoracic inlet, outlined by air down to the
    carina at T5. Carinal angle about 70 degrees. Right main bronchus short and steep, the
    left longer and more horizontal, both air-filled.
  lungs: >
    Both lungs evenly aerated with equal volumes; vessels run to the periphery, the upper-
    zone vessels as wide as the lower on this supine film. Apical and retrocardiac lung
    clear. Left lower lobe vessels seen through the heart.
  pleura: >
    Both costophrenic sulci sharp and of equal depth, with no lucent deep sulcus. Lung
    markings reach the chest wall on both sides and no pleural line crosses the apices. The
    minor fissure is a faint thin line at the right fourth anterior rib.
  circulation: >
    Heart width 12 cm, cardiothoracic ratio 0.50 on this AP supine film. Upper mediastinum
    7.5 cm wide at the aortic knuckle, whose outline is crisp; aortopulmonary window concave
    and clear. Hila of equal density.
  bones: >
    Ribs traced from the costovertebral joints to the costochondral junctions, cortices
    continuous. Clavicles level, both acromioclavicular joints congruent; humeral heads
    seated in the glenoids. Thoracic vertebrae aligned, pedicles intact.
  lines: >
    Endotracheal tube: its tip lies 1.5 cm below the carina, projected over the right
    main bronchus. Nasogastric tube in the midline, its tip in the gastric fundus under
    the left dome.
  diaphragm: >
    Right dome at the seventh anterior rib, the left 1.5 cm lower, both smooth. Gastric
    fundus holds a moderate gas bubble around the nasogastric tube tip. No lucency outlines
    the outer wall of any bowel loop on this supine view.
  soft-tissues: >
    Breast shadows symmetric. Neck soft tissues of even thickness, with no gas along the
    fascial planes after intubation. Chest wall fat symmetric, and no lump over the ribs.
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
distractors:
  - step: circulation
    term: widened-mediastinum
    note: >
      AP supine magnification: the mediastinum looks broad on a supine AP film, but 7.5 cm
      at the knuckle is under the 8 cm supine threshold, and the crisp aortic knuckle and
      clear aortopulmonary window show a preserved contour. Not widened.
    evidence: Upper mediastinum 7.5 cm wide at the aortic knuckle
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
priority: urgent
patient: {age: 61, sex: M}
indication: >
  Epigastric pain since this afternoon with vomiting; takes ibuprofen for back pain.
  Query aspiration.
routine: cxr
target_seconds: 110   # 297 words / 4 + 4 s x 9 steps = 110 s, rounded to 5
views:
  technical: >
    PA erect, the patient standing: the gastric fluid level is horizontal. Six anterior ribs
    above the right dome. Spinous processes midway between the clavicle heads. Thoracic
    discs seen through the heart. Both upper quadrants included.
  airway: >
    Trachea midline, 20 mm wide, with a right paratracheal stripe 2 mm thick. Carina at T5
    to T6, angle about 60 degrees. Both main bronchi air-filled to the hila without
    narrowing.
  lungs: >
    Both lungs of equal lucency, vessels tapering to the outer third. Over each fifth
    anterior rib sits an 8 mm round soft opacity with a crisp lower lateral edge, the pair
    level and symmetric. Lower lobes clear behind both domes and the heart.
  pleura: >
    Costophrenic angles sharp and deep. Lung markings reach both lateral chest walls, and no
    pleural line crosses either apex. Pleural surfaces smooth, with no calcified plaque
    along the lower ribs or the domes.
  circulation: >
    Heart width 13.5 cm, cardiothoracic ratio 0.45, borders crisp. Aortic knuckle 3 cm
    across, left of the trachea. Azygos vein 6 mm in the right tracheobronchial angle. Hila
    concave and equal in density.
  bones: >
    Ribs traced on both sides, cortices continuous. Thoracic end plates parallel, disc
    heights even. Clavicles and scapulae intact; glenohumeral joints congruent. Upper lumbar
    vertebrae in the lower film, heights preserved.
  lines: >
    No endotracheal tube, nasogastric tube, venous catheter or drain over the chest or the
    upper abdomen. No pacemaker generator in either infraclavicular fossa, and no ECG
    electrodes on the skin.
  diaphragm: >
    Right dome 2 cm above the left. Under the right dome a thin crescent of lucency
    separates the diaphragm from the liver; the left dome sharp, the gastric bubble
    beneath it.
  soft-tissues: >
    Supraclavicular fat symmetric; flat male breast tissue on both sides. Pectoral muscles
    of equal bulk and axillary folds smooth. No gas in the fascial planes of the neck or
    chest wall.
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
distractors:
  - step: lungs
    term: nodule
    side: bilateral
    note: >
      Nipple shadows: a level, symmetric pair over the fifth anterior ribs with a crisp
      lateral edge, also seen in men. Not nodules; a repeat film with nipple markers settles
      any doubt.
    evidence: the pair level and symmetric
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
target_seconds: 110   # 298 words / 4 + 4 s x 9 steps = 110 s, rounded to 5
views:
  technical: >
    PA erect in inspiration, six and a half anterior ribs above the right dome; a long,
    narrow chest. Clavicle heads equidistant from the spinous processes. Vertebral bodies
    just visible through the heart. Apices and angles on the plate.
  airway: >
    Trachea midline, 19 mm wide, its walls straight from the thoracic inlet to the carina at
    T5. Right paratracheal stripe 2 mm. Carinal angle about 60 degrees; both main bronchi
    air-filled.
  lungs: >
    Right lung clear, vessels reaching the chest wall. On the left, lung markings stop short
    of the lateral chest wall; the aerated left lung is clear of any opacity. Both hila
    sharp and retrocardiac lung clear.
  pleura: >
    A thin white visceral pleural line runs parallel to the left lateral chest wall, 3
    cm from it at the hilum, with no lung markings beyond. Both costophrenic angles
    sharp.
  circulation: >
    Narrow vertical heart, cardiothoracic ratio 0.40, borders crisp. Mediastinum centred
    over the spine; trachea and heart not displaced. No lucent stripe along the left heart
    border or aortic knuckle. Hila of equal size.
  bones: >
    Slender ribs with continuous cortices on both sides. Clavicles intact and symmetrical.
    Thoracic spine straight, end plates parallel. Both scapulae rotated clear of the lungs;
    costal cartilages uncalcified.
  lines: >
    Chest free of tubes, catheters, drains and ECG electrodes. No pacemaker or implanted
    loop recorder over the heart, and no sternal wires or surgical clips in the mediastinum.
    Nothing metallic over the neck or axillae.
  diaphragm: >
    Right dome sharp, the left 1 cm lower. Under the left dome the gastric fundus holds gas
    with a horizontal fluid level, separated from the lung base by a 6 mm band of soft
    tissue. No lucency under the right dome.
  soft-tissues: >
    Slim build with little subcutaneous fat over the chest wall. No gas in the pectoral,
    axillary or neck soft tissues. Pectoral shadows symmetric; supraclavicular fossae clear.
findings:
  - id: left-pneumothorax
    step: pleura
    term: pneumothorax
    category: 2
    side: left
    severity: critical
    conspicuity: obvious
    teaching: >
      A thin visceral pleural line with no lung markings beyond it is a pneumothorax; on an
      erect film look along the apex and the lateral wall. A rim of 2 cm or more at the
      level of the hilum is large (BTS 2010); no mediastinal shift or flattened
      hemidiaphragm means no radiographic tension. Without tension it is category 2: call
      the team today, within hours, not as an emergency.
    evidence: thin white visceral pleural line runs parallel to the left lateral chest wall
distractors:
  - step: diaphragm
    term: free-air
    note: >
      Gastric bubble: gas inside the stomach with a fluid level, separated from the lung by
      the diaphragm and gastric wall, here 6 mm (a gap over about 2 cm would point to fluid
      under the lung). Free gas would make the diaphragm a thin line with gas on both sides,
      often under the right dome.
    evidence: separated from the lung base by a 6 mm band of soft tissue
impression: >
  Large left pneumothorax, rim about 3 cm at the level of the hilum, without mediastinal
  shift or other sign of tension. Lungs otherwise clear. Result communicated directly to
  the emergency team.
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
target_seconds: 110   # 304 words / 4 + 4 s x 9 steps = 112 s, rounded to 5
views:
  technical: >
    PA erect, inspiration to six anterior ribs above the right dome. Trachea centred between
    the clavicle heads. Exposure lets the left lower lobe vessels be followed through the
    heart. Apices and both costophrenic angles included.
  airway: >
    Air column of the trachea straight and midline, 15 mm wide. Carina at T5 with both main
    bronchi clear of narrowing. Right paratracheal stripe 2 to 3 mm thick along its whole
    length.
  lungs: >
    Retrocardiac lung clear. In the left lower zone, at the level of the fifth anterior rib,
    lies a round 1 cm opacity with a sharp lateral edge and a fading medial edge; a similar,
    fainter opacity sits at the same level on the right.
  pleura: >
    Costophrenic angles sharp and equally deep. Both lateral pleural margins meet the ribs
    without a band of soft tissue, and no pleural line crosses the apices. Left base
    outlined by lung down to the lateral recess.
  circulation: >
    Cardiothoracic ratio 0.43; left heart border sharp along its whole length, the
    lingula beside it clear. Aortic knuckle crisp and 2.5 cm across. Hila equal in
    density, the right 1 cm lower than the left.
  bones: >
    Ribs, clavicles and scapulae with continuous cortices; the scapulae lie clear of the
    lungs. Thoracic spine aligned with even disc heights. Shoulders level, humeral heads
    round and seated.
  lines: >
    No indwelling catheter, drain or implanted cardiac device over the chest. No ECG
    electrodes attached, and no cannula in either antecubital fossa within the film. Nothing
    projects over the lungs.
  diaphragm: >
    Both hemidiaphragms sharp and domed, the right 2 cm higher. Left dome outline continuous
    from the heart to the lateral angle, with clear lung behind it. Gastric gas under the
    left dome; no lucency under the right.
  soft-tissues: >
    Both breast shadows present and symmetric, their lower contours at the sixth anterior
    ribs. Axillary folds smooth. Neck and chest wall fat even, with no gas.
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
target_seconds: 110   # 301 words / 4 + 4 s x 9 steps = 111 s, rounded to 5
views:
  technical: >
    PA erect with the arms forward, so the scapulae clear the lungs. Six anterior ribs above
    the right dome. No rotation. Exposure shows the thoracic discs behind the heart. Apices,
    lateral walls and costophrenic angles included.
  airway: >
    Trachea midline and 16 mm wide. The tracheal and main bronchial cartilage rings are
    calcified, seen as fine regular bands along the airway walls, with the lumen of even
    width. Carina at T5; right paratracheal stripe 3 mm.
  lungs: >
    In the right lower zone a dense, poorly marginated white opacity contains branching
    dark air-filled bronchi; the medial right dome hidden, the right heart border crisp.
    Left lung clear, including behind the heart.
  pleura: >
    Costophrenic angles sharp on both sides, the right as deep as the left. No pleural line
    at either apex or along the lateral walls. Pleural surfaces smooth over the ribs of both
    sides; the horizontal fissure lies flat at the level of the right fourth anterior rib.
  circulation: >
    Heart width 13 cm, cardiothoracic ratio 0.49. Aortic knuckle with a thin curved rim of
    calcification. Right heart border crisp beside the basal opacity. Hila of equal size and
    density.
  bones: >
    On the left, the lateral arc of the seventh rib shows a small step in its outer
    cortex with a thin lucent line crossing the rib; no displacement. Other ribs intact.
  lines: >
    Chest free of tubes and drains. No implanted pacemaker, ECG electrodes or central venous
    access port. Nothing metallic projects over the lungs or the neck.
  diaphragm: >
    Medial right hemidiaphragm outline lost behind the basal opacity; its lateral part and
    the left dome sharp. Gastric gas under the left dome with a horizontal fluid level; no
    lucent crescent under the right.
  soft-tissues: >
    Breast shadows small and symmetric, with thin skin over both. Chest wall soft tissues
    even in thickness on both sides, without gas. Supraclavicular and axillary fat
    symmetric.
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
    evidence: a dense, poorly marginated white opacity contains branching dark air-filled bronchi
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
distractors:
  - step: airway
    note: >
      Tracheobronchial cartilage calcification: common with age, especially in older women,
      and the lumen keeps its width. A normal ageing change, not a lesion to report.
    evidence: The tracheal and main bronchial cartilage rings are calcified
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
            path: "Cases/cases/cxr/cxr-preop-normal.yaml",
            text: #"""
kind: case
id: cxr-preop-normal
title: Pre-operative chest, PA
modality: XR
exam: Chest PA
priority: routine
patient: {age: 58, sex: M}
indication: >
  Pre-operative assessment before elective inguinal hernia repair. Former smoker, no
  respiratory symptoms.
routine: cxr
target_seconds: 110   # 289 words / 4 + 4 s x 9 steps = 108 s, rounded to 5
views:
  technical: >
    PA erect in full inspiration. The spinous processes lie midway between the medial
    clavicle ends. Six anterior ribs above the right dome. Thoracic discs visible through
    the heart, and lung vessels sharp out to the periphery.
  airway: >
    Trachea central, 21 mm wide, with a smooth right paratracheal stripe of 3 mm. Carina at
    T5, angle about 65 degrees. Both main bronchi outlined by air to the hila, the left
    longer than the right.
  lungs: >
    Both lungs of equal lucency, compared zone by zone. Vessels taper evenly to the outer
    third, the upper-zone vessels narrower than the lower. Apices, retrocardiac lung and the
    lung behind both domes clear; no nodule.
  pleura: >
    Along the lower margin of the first and second ribs in both upper zones, a smooth band
    of soft-tissue density 2 to 3 mm wide runs parallel to the rib, identical on the two
    sides. Costophrenic angles sharp and deep.
  circulation: >
    Heart width 14 cm, cardiothoracic ratio 0.44, borders crisp. Mediastinum 6 cm wide
    at the aortic knuckle, which is crisp. Hila concave, the right 1 cm lower than the
    left, both of even density.
  bones: >
    Ribs traced on both sides without a cortical break or lytic area. Clavicles, scapulae
    and shoulders intact. Thoracic spine aligned with vertebral body heights preserved and
    even disc spaces.
  lines: >
    No tubes, lines, drains or cardiac devices. Jewellery was removed before the exposure,
    and nothing metallic projects over the chest or the neck.
  diaphragm: >
    Both domes smooth, the left 2 cm lower than the right. Costophrenic and
    cardiophrenic angles clear. Gastric bubble under the left dome with a thin wall; no
    lucency under the right dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall symmetric, the pectoral muscles of
    equal bulk. No subcutaneous gas and no calcified axillary nodes.
distractors:
  - step: pleura
    term: pleural-thickening
    side: bilateral
    note: >
      Companion shadows: the soft tissues that accompany the first and second ribs make a
      smooth, uniform, symmetric band along their lower margins. Pleural thickening is
      irregular, asymmetric or extends beyond the rib margin.
    evidence: a smooth band of soft-tissue density 2 to 3 mm wide runs parallel to the rib
impression: >
  Normal chest radiograph. The symmetric bands along the first and second ribs are normal
  companion shadows.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Companion shadows (chest radiograph)"
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
title: Sudden breathlessness, AP chest in resus
modality: XR
exam: Chest AP (semi-erect, portable)
priority: stat
patient: {age: 67, sex: F}
indication: >
  Sudden breathlessness and left pleuritic chest pain; in resus and unable to stand.
  Query pneumothorax.
routine: cxr
target_seconds: 105   # 285 words / 4 + 4 s x 9 steps = 107 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film, the trolley back raised to about 60 degrees. Medial
    clavicle ends equidistant from the spinous processes. Seven anterior ribs above the
    right dome. Both apices and costophrenic angles included.
  airway: >
    Trachea midline, 17 mm wide, its air column straight to the carina at T5. Both main
    bronchi patent, the right steeper than the left. Right paratracheal stripe 2 mm.
  lungs: >
    Both lungs clear and symmetric; vessels reach the periphery on both sides, the left
    lateral lung included. Apices, hila, retrocardiac lung and the bases behind the domes
    clear. Upper-zone vessels narrower than those at the bases.
  pleura: >
    Over the left mid and lower zones a long, gently curved edge runs from above the hilum
    to beyond the rib margin. It is a broad step from paler to darker grey, and vessel
    markings continue lateral to it. Costophrenic angles sharp.
  circulation: >
    Cardiothoracic ratio 0.50 on this AP film, heart borders crisp. Mediastinum 7 cm at the
    knuckle; aortic knuckle 3 cm across and sharp. Hila of even density, neither enlarged.
    Right cardiophrenic angle clear.
  bones: >
    Ribs traced from posterior to anterior on both sides, cortices continuous. Clavicles,
    scapulae and humeral heads intact, both acromioclavicular joints congruent. Thoracic
    spine aligned, disc spaces preserved.
  lines: >
    No endotracheal tube, nasogastric tube, central line or drain. External ECG monitoring
    leads project over the upper chest, and oxygen mask tubing crosses the right neck.
  diaphragm: >
    Both hemidiaphragms smooth and domed, the right slightly higher than the left. Gastric
    bubble under the left dome. No gas beneath either hemidiaphragm, and both lateral
    recesses of equal depth.
  soft-tissues: >
    Both breast shadows present and symmetric. Soft tissue of the left lateral chest wall
    creased over the trolley edge, without gas. Neck and axillary fat even on both sides.
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
            path: "Cases/cases/cxr/cxr-trauma-widened-mediastinum.yaml",
            text: #"""
kind: case
id: cxr-trauma-widened-mediastinum
title: High-speed car crash, supine chest in resus
modality: XR
exam: Chest AP (supine, trauma)
priority: stat
patient: {age: 44, sex: M}
indication: >
  Driver in a head-on collision at high speed, steering wheel deformed. Chest pain,
  systolic pressure 95. Trauma series before CT.
routine: cxr
target_seconds: 110   # 292 words / 4 + 4 s x 9 steps = 109 s, rounded to 5
views:
  technical: >
    AP supine trauma film on the resuscitation trolley, taken through the spinal board.
    Clavicle heads symmetric about the spinous processes. Seven anterior ribs above the
    right dome. Both apices and costophrenic angles included.
  airway: >
    Trachea midline, 19 mm wide, its air column continuous from the larynx to the carina at
    T5. Both main bronchi outlined by air. Right paratracheal stripe 3 mm.
  lungs: >
    Both lungs evenly aerated for a supine film; vessels reach the chest wall on both sides.
    Lung under the left chest wall and the belt line as dark as the right. Apices and
    retrocardiac lung clear.
  pleura: >
    Costophrenic sulci sharp, with no deep lucent sulcus and no double diaphragm contour.
    Both hemithoraces of equal grey, with no haze over either lung from fluid lying behind
    it. Lung markings reach both lateral walls and both apices.
  circulation: >
    The upper mediastinum measures 9.5 cm at the level of the aortic knuckle, whose
    outline is lost; the aortopulmonary window filled in. Heart width 13 cm on this AP
    supine film. Hila of equal density.
  bones: >
    The posterior arc of the left first rib is crossed by a sharp lucent line with a 2
    mm step in its upper cortex. Other ribs, clavicles, scapulae and spine intact.
  lines: >
    No endotracheal tube, nasogastric tube or central line. A peripheral cannula in the
    right antecubital fossa. Spinal board straps and ECG leads overlie the chest.
  diaphragm: >
    Both domes smooth, the right 1.5 cm above the left. Gastric bubble under the left dome,
    with no gastric tube in it. No lucency outlines the bowel walls, though this supine view
    is insensitive to free gas.
  soft-tissues: >
    A diagonal band of soft-tissue swelling crosses the left shoulder and chest wall along
    the seat-belt line, without gas. Neck soft tissues of even thickness; right chest wall
    smooth.
findings:
  - id: widened-upper-mediastinum
    step: circulation
    term: widened-mediastinum
    severity: critical
    conspicuity: obvious
    teaching: >
      After a deceleration injury a mediastinum wider than 8 cm on a supine film, with a
      lost aortic knuckle and a filled-in aortopulmonary window, is an aortic injury until
      CT angiography proves otherwise. Call the trauma team leader now: the CT must include
      an arterial phase through the chest.
    evidence: The upper mediastinum measures 9.5 cm at the level of the aortic knuckle
  - id: left-first-rib-fracture
    step: bones
    term: rib-fracture
    side: left
    severity: minor
    conspicuity: subtle
    teaching: >
      The first rib is short, overlapped by the clavicle and easily skipped. A first rib
      fracture means high-energy force and goes with great-vessel and brachial plexus
      injury, so trace it on every trauma film.
    evidence: crossed by a sharp lucent line with a 2 mm step in its upper cortex
distractors:
  - step: soft-tissues
    term: soft-tissue-mass
    side: left
    note: >
      Seat-belt bruising: a diagonal band of swelling along the belt line is soft-tissue
      injury, not a mass. It is a marker of energy transfer, so look under it for rib,
      clavicle and great-vessel injury.
    evidence: A diagonal band of soft-tissue swelling crosses the left shoulder
impression: >
  Widened upper mediastinum (9.5 cm) with loss of the aortic knuckle and a filled-in
  aortopulmonary window after a high-speed deceleration injury: suspected traumatic aortic
  injury. Undisplaced fracture of the posterior left first rib. No pneumothorax. Critical
  result telephoned to the trauma team leader; CT angiography of the chest recommended now.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE; Traumatic aortic injury"
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-bilateral-hilar-nodes.yaml",
            text: #"""
kind: case
id: rx-cxr-bilateral-hilar-nodes
title: Tender shins and cough, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 32, sex: F}
indication: >
  Tender red nodules on both shins, ankle aches and a dry cough for a month.
routine: cxr
target_seconds: 80   # 167 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, clavicle heads 2 cm either side of the T4 spinous process. Inspiration good,
    with ten posterior ribs visible above the diaphragm.
  airway: >
    Trachea midline. The right paratracheal stripe measures 8 mm, with a smooth
    lobulated outer edge. Carina sharp.
  lungs: >
    Lung markings fine and evenly spread from hila to periphery in all zones. Two symmetric
    round soft densities, 1 cm across, over both lower zones.
  pleura: >
    Costophrenic angles deep and sharp. Visceral pleura lies against the ribs at both
    apices; fissures not seen.
  circulation: >
    Heart 11 cm wide in a 27 cm chest. Both hila are enlarged, symmetric and lobulated,
    their outer margins sharp.
  bones: >
    Slim young skeleton; ribs, clavicles and scapulae with intact cortices. Thoracic
    vertebrae of even height.
  lines: >
    Small earrings project over the neck, above the lungs; no line or device.
  diaphragm: >
    Domes smooth, the right at the tenth posterior rib. Gas in the stomach and splenic
    flexure under the left dome only.
  soft-tissues: >
    Breast shadows of equal size over both lower zones. Neck and axillae symmetric with no
    gas.
findings:
  - id: bilateral-hilar-lymphadenopathy
    step: circulation
    term: hilar-enlargement
    side: bilateral
    severity: major
    conspicuity: obvious
    teaching: >
      Symmetric lobulated hilar enlargement with clear lungs in a young adult with erythema
      nodosum and ankle aches (Löfgren syndrome) is typical of sarcoidosis (Scadding stage 1). Lymphoma is asymmetric and more
      anterior; say so if the pattern does not fit.
    evidence: Both hila are enlarged, symmetric and lobulated
  - id: right-paratracheal-nodes
    step: airway
    term: paratracheal-widening
    severity: minor
    conspicuity: subtle
    teaching: >
      A widened right paratracheal stripe completes the 1-2-3 pattern of sarcoidosis (right
      paratracheal, right and left hilar nodes). The stripe is easy to skip once both hila
      are seen.
    evidence: measures 8 mm, with a smooth lobulated outer edge
distractors:
  - step: lungs
    term: nodule
    side: bilateral
    note: >
      Nipple shadows: symmetric, within the breast shadows, in the same place on both sides.
      Repeat with nipple markers if one is in doubt; a nodule does not pair up like this.
    evidence: Two symmetric round soft densities, 1 cm across, over both lower zones
impression: >
  Bilateral symmetric hilar and right paratracheal lymphadenopathy with clear lungs: in this
  context most likely sarcoidosis (stage 1).
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Pulmonary sarcoidosis (Scadding staging; 1-2-3 sign)"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-heart-failure.yaml",
            text: #"""
kind: case
id: rx-cxr-heart-failure
title: Worsening breathlessness, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 82, sex: M}
indication: >
  Breathless lying flat, swollen ankles, crackles at both bases.
routine: cxr
target_seconds: 80   # 176 words / 4 + 4 s x 9 steps = 80 s, rounded to 5
views:
  technical: >
    PA erect; clavicle heads equidistant from the T3 spinous process. Inspiration adequate
    for 82 at six anterior ribs. Lower thoracic spine seen through the heart.
  airway: >
    Trachea midline, 18 mm wide, its cartilage rings finely calcified at 82. Carina sharp,
    both main bronchi traced to the hila.
  lungs: >
    Hazy airspace opacity spreads out from both hila; short thin horizontal lines reach
    the pleura at both bases. Apices clear.
  pleura: >
    Both costophrenic angles are filled by small meniscus-shaped densities. Apices
    clear, lung markings reaching the wall.
  circulation: >
    Heart enlarged, cardiothoracic ratio 0.62 on this PA film. Upper lobe vessels wider
    than the lower. Aortic knuckle rim-calcified, mediastinum central.
  bones: >
    Ribs traced one by one with continuous cortices, thoracic vertebral heights preserved.
    Shoulders and clavicles intact.
  lines: >
    Three ECG electrodes over the shoulders and left flank, clear of the lungs. No tube,
    line or cardiac device.
  diaphragm: >
    Left dome 2 cm lower than the right, both smooth medially. Gas in the stomach under
    the left dome, nothing under the right.
  soft-tissues: >
    Thin subcutaneous fat over an elderly chest wall; neck and axillae symmetric, without
    soft-tissue gas.
findings:
  - id: cardiomegaly
    step: circulation
    term: cardiomegaly
    severity: major
    conspicuity: obvious
    teaching: >
      A cardiothoracic ratio over 0.5 on a PA film is cardiomegaly; with upper lobe
      diversion it points to raised left atrial pressure.
    evidence: Heart enlarged, cardiothoracic ratio 0.62
  - id: alveolar-and-interstitial-oedema
    step: lungs
    term: pulmonary-oedema
    severity: major
    conspicuity: obvious
    teaching: >
      Perihilar haze and Kerley B lines (short horizontal lines at the bases) are pulmonary
      oedema. Describe the stage: diversion, interstitial, then alveolar.
    evidence: Hazy airspace opacity spreads out from both hila
  - id: bilateral-small-effusions
    step: pleura
    term: pleural-effusion
    side: bilateral
    severity: minor
    conspicuity: obvious
    teaching: >
      Small bilateral effusions complete the picture of congestive cardiac failure; a large
      unilateral one would need another explanation.
    evidence: Both costophrenic angles are filled by small meniscus-shaped densities
impression: >
  Cardiomegaly with pulmonary oedema and small bilateral pleural effusions, in keeping with
  congestive cardiac failure.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Pulmonary oedema; Kerley lines"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-hiatus-hernia.yaml",
            text: #"""
kind: case
id: rx-cxr-hiatus-hernia
title: Indigestion and cough, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 78, sex: F}
indication: >
  Cough at night and indigestion. Query aspiration.
routine: cxr
target_seconds: 80   # 172 words / 4 + 4 s x 9 steps = 79 s, rounded to 5
views:
  technical: >
    PA erect with mild kyphosis; the clavicles project over the apices. Nine posterior ribs
    above the right dome, adequate for 78.
  airway: >
    Trachea central, 16 mm at the thoracic inlet. Carina crisp, with the left main bronchus
    longer and more oblique than the right.
  lungs: >
    Lung markings reach the periphery in every zone, apices and bases alike. Dense irregular
    flecks at the anterior ends of both first ribs, joined to the rib ends.
  pleura: >
    Lung edge meets the chest wall at both apices. Costophrenic angles acute, the right
    slightly deeper.
  circulation: >
    Heart 12.5 cm across. Behind the heart, below the carina, a rounded well-defined
    opacity contains a horizontal gas-fluid level.
  bones: >
    Thoracic vertebrae of even height from T4 to T12. Ribs and clavicles traced without a
    cortical gap.
  lines: >
    A necklace chain lies over the lower neck; no tube, line or pacing wire.
  diaphragm: >
    Right dome 1.5 cm higher, both outlines crisp. Small gastric bubble beneath the left
    dome; no gas below the right.
  soft-tissues: >
    Large breast shadows over both lung bases, equal in size. Neck soft tissues without gas.
findings:
  - id: retrocardiac-hiatus-hernia
    step: circulation
    term: hiatus-hernia
    severity: minor
    conspicuity: subtle
    teaching: >
      A rounded retrocardiac opacity with a gas-fluid level is a hiatus hernia; it can
      explain nocturnal cough and reflux. Look through the heart on every film: this is
      where it hides.
    evidence: a rounded well-defined opacity contains a horizontal gas-fluid level
distractors:
  - step: lungs
    term: nodule
    side: bilateral
    note: >
      First costal cartilage calcification: dense, irregular, on both sides and continuous
      with the anterior rib ends. A nodule is round and separate from the ribs.
    evidence: Dense irregular flecks at the anterior ends of both first ribs
impression: >
  Hiatus hernia behind the heart. No consolidation to suggest aspiration.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Hiatus hernia"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-left-apical-mass.yaml",
            text: #"""
kind: case
id: rx-cxr-left-apical-mass
title: Left shoulder and arm pain, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 67, sex: M}
indication: >
  Three months of left shoulder pain radiating down the inner arm. Smoker. Shoulder
  radiograph normal.
routine: cxr
target_seconds: 80   # 171 words / 4 + 4 s x 9 steps = 79 s, rounded to 5
views:
  technical: >
    PA erect in full inspiration, six anterior ribs above the right dome. T3 spinous process
    centred between the clavicle heads; scapulae clear of the lungs.
  airway: >
    Trachea central and straight down to a sharp carina. Right paratracheal stripe 2 mm
    thick.
  lungs: >
    A 5 cm opacity of soft-tissue density occupies the left apex, lower border
    lobulated. Other zones clear on both sides.
  pleura: >
    Costophrenic angles acute on both sides. Right apical pleura lies flat against the first
    rib.
  circulation: >
    Heart 13 cm across, cardiothoracic ratio 0.45. Aortic knuckle and aortopulmonary window
    sharp; both hila of equal density.
  bones: >
    The posterior left second rib cannot be traced for 3 cm beneath the apical opacity.
    Clavicles and other ribs intact.
  lines: >
    No tube, line or cardiac device on this smoker's film; nothing external over the chest.
  diaphragm: >
    Domes smooth and level with the tenth posterior ribs, the right 2 cm higher. Gas beneath
    the left dome is gastric, with rugal folds; none elsewhere.
  soft-tissues: >
    Supraclavicular fossae and axillae symmetric. Thin chest wall fat; no gas or
    calcification in the soft tissues.
findings:
  - id: left-apical-mass
    step: lungs
    term: mass
    side: left
    severity: major
    conspicuity: obvious
    teaching: >
      An apical mass with shoulder and inner-arm pain is a superior sulcus (Pancoast) tumour
      until proven otherwise. Compare the apices on every film: the patient was sent for a
      shoulder problem. Flag it for follow-up with CT staging, faster on a local
      suspected-cancer pathway.
    evidence: A 5 cm opacity of soft-tissue density occupies the left apex
  - id: left-second-rib-destruction
    step: bones
    term: lytic-lesion
    side: left
    severity: major
    conspicuity: subtle
    teaching: >
      Rib destruction under an apical mass means chest wall invasion, which changes staging
      and surgery; flag it for follow-up with the mass. Trace each posterior rib through the
      apex, not just the lung.
    evidence: cannot be traced for 3 cm beneath the apical opacity
impression: >
  Left apical mass with destruction of the posterior left second rib: superior sulcus
  (Pancoast) tumour until proven otherwise. Urgent CT and MRI; lung cancer pathway.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Pancoast tumour"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-lll-collapse.yaml",
            text: #"""
kind: case
id: rx-cxr-lll-collapse
title: Persistent cough, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 74, sex: F}
indication: >
  Six weeks of cough not settling with antibiotics. Former smoker.
routine: cxr
target_seconds: 80   # 171 words / 4 + 4 s x 9 steps = 79 s, rounded to 5
views:
  technical: >
    PA erect, not rotated: both clavicle heads 18 mm from the midline. Nine posterior ribs
    above the right dome.
  airway: >
    Trachea midline and 15 mm wide, ending at a crisp carina. Left main bronchus and
    bronchus intermedius both outlined by air.
  lungs: >
    Behind the heart a triangular opacity with a straight, sharp lateral edge. Left
    upper zone more lucent than the right; right lung clear.
  pleura: >
    Lung reaches the chest wall at both apices. Right and left lateral costophrenic angles
    acute.
  circulation: >
    Heart 12 cm wide. Left hilum smaller than the right and level with it. Aortic knuckle 3
    cm; paratracheal and paraspinal lines thin.
  bones: >
    Thoracic spine with even disc spaces. Ribs, clavicles and both humeral heads traced with
    unbroken cortices.
  lines: >
    Gown without buttons or poppers; no tube or device over the chest.
  diaphragm: >
    Medial half of the left dome not seen behind the heart; lateral half sharp. Stomach
    gas bubble 4 cm under the left dome; right dome crisp.
  soft-tissues: >
    Both breast shadows symmetric, projecting over the bases. No gas in the neck or
    supraclavicular fossae.
findings:
  - id: left-lower-lobe-collapse
    step: lungs
    term: collapse
    side: left
    severity: major
    conspicuity: subtle
    teaching: >
      A triangle behind the heart with a sharp edge, a lost medial left dome and a low left
      hilum is left lower lobe collapse: always look through the heart. Persistent collapse
      in a former smoker needs CT to exclude an obstructing tumour.
    evidence: a triangular opacity with a straight, sharp lateral edge
impression: >
  Left lower lobe collapse. In a former smoker with a persistent cough, CT chest is
  recommended to look for an obstructing lesion.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Felson B, Felson H. Localization of intrathoracic lesions by means of the postero-anterior roentgenogram: the silhouette sign. Radiology 1950;55:363-374"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-mastectomy-rib-lesion.yaml",
            text: #"""
kind: case
id: rx-cxr-mastectomy-rib-lesion
title: Back and rib pain, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 61, sex: F}
indication: >
  Breast cancer treated five years ago. New right-sided rib pain for a month.
routine: cxr
target_seconds: 80   # 169 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, good inspiration with the right dome below the tenth posterior rib. Medial
    clavicle ends equidistant from T4.
  airway: >
    Trachea midline, 17 mm wide at the aortic knuckle. Paratracheal stripe 3 mm on the
    right.
  lungs: >
    Left lung more lucent than the right in the lower half, matching the thinner chest wall.
    Vessels reach the periphery on both sides.
  pleura: >
    Costophrenic angles sharp and deep on both sides. Visceral pleura flat against the chest
    wall at both apices.
  circulation: >
    Heart 12.5 cm wide, cardiothoracic ratio 0.44. Mediastinum 6.5 cm at the aortic knuckle.
    Both hila equal in size.
  bones: >
    Lateral arc of the right sixth rib: a moth-eaten lucent segment 3 cm long. Other
    ribs and clavicles intact.
  lines: >
    No port, line or device. No tube over the chest or neck.
  diaphragm: >
    Right dome at the tenth posterior rib, the left 1.5 cm lower. Both sharp; gas in the
    stomach under the left dome only.
  soft-tissues: >
    The left breast shadow is absent, the axillary fold straight, with surgical clips in
    the axilla; right breast shadow normal.
findings:
  - id: left-mastectomy
    step: soft-tissues
    term: mastectomy
    side: left
    severity: minor
    conspicuity: obvious
    teaching: >
      An absent breast shadow with axillary clips is a mastectomy: note it, and let it raise
      your search for metastases in the bones, lungs and pleura.
    evidence: The left breast shadow is absent
  - id: right-sixth-rib-metastasis
    step: bones
    term: lytic-lesion
    side: right
    severity: major
    conspicuity: subtle
    teaching: >
      A moth-eaten lytic rib segment in a patient with previous breast cancer is a
      metastasis until proven otherwise. Flag it for follow-up: recommend staging with CT or
      bone imaging.
    evidence: a moth-eaten lucent segment 3 cm long
impression: >
  Left mastectomy. Lytic lesion of the right sixth rib, suspicious for a bone metastasis:
  staging CT recommended.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-azygos-fissure.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-azygos-fissure
title: Cough, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 44, sex: F}
indication: >
  Three weeks of dry cough after a viral illness. Non-smoker. Query pneumonia.
routine: cxr
target_seconds: 80   # 179 words / 4 + 4 s x 9 steps = 81 s, rounded to 5
views:
  technical: >
    PA erect with scapulae rotated clear of the lungs. Six anterior ribs clear the right
    dome; intervertebral discs just seen through the heart.
  airway: >
    Trachea midline, 16 mm across; its right wall lies against lung along a 2 mm
    paratracheal stripe. Carina sharp and central.
  lungs: >
    A thin curved line runs down through the right upper zone from the apex to a small
    teardrop-shaped opacity just above the right hilum. Vessels fine elsewhere.
  pleura: >
    Both costophrenic angles deep and pointed. Markings reach the ribs at the left apex and
    lateral to the curved line on the right.
  circulation: >
    Heart 12 cm wide in a 28 cm chest. Aortic knuckle crisp; left and right hila equal
    in density, the right 1.5 cm lower.
  bones: >
    Ribs, clavicles and scapulae outlined by unbroken cortex on both sides. Thoracic
    vertebrae square.
  lines: >
    Bra straps and hooks removed before the film; no lines or devices.
  diaphragm: >
    Both domes sharp; the right at the sixth anterior rib, the left 2 cm lower over the
    gastric bubble.
  soft-tissues: >
    Breast shadows of equal size over both bases; neck and axillary soft tissues symmetric,
    without gas.
distractors:
  - step: lungs
    term: nodule
    side: right
    note: >
      Azygos fissure and lobe: a curved fissure ending in the teardrop of the azygos vein
      above the right hilum. A normal variant on about 0.4 % of chest radiographs (about 1 in 250),
      not a nodule.
    evidence: a small teardrop-shaped opacity just above the right hilum
impression: >
  Normal chest radiograph. Azygos fissure (normal variant).
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Azygos fissure and lobe"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-chest-pain.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-chest-pain
title: Chest pain in the emergency department, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 52, sex: M}
indication: >
  Central chest pain for two hours, ECG normal, first troponin awaited.
routine: cxr
target_seconds: 80   # 184 words / 4 + 4 s x 9 steps = 82 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, ten posterior ribs above the right dome. Disc spaces seen through
    the heart; vessel edges sharp.
  airway: >
    Trachea straight and central, 20 mm wide, with a 3 mm right paratracheal stripe. Carina
    crisp at T5.
  lungs: >
    Lung vessels taper evenly to the periphery; upper lobe vessels narrower than lower lobe
    vessels. Apices and retrocardiac lung lucent.
  pleura: >
    Lung markings traced to the chest wall at both apices and in both costophrenic angles,
    which are sharp.
  circulation: >
    Heart 13 cm wide, ratio 0.43. Mediastinum 6 cm wide with a sharp aortic knuckle and
    a clear aortopulmonary window. Right hilum 1 cm lower than the left, both of equal
    density.
  bones: >
    Ribs traced from spine to costal cartilage on both sides; sternum edge-on, clavicles and
    spine intact.
  lines: >
    Four ECG electrodes over the shoulders and lower chest, none over the mediastinum. No
    cannula, line or device over the chest.
  diaphragm: >
    Left dome 1.5 cm lower than the right; both smooth. Gas in the stomach under the
    left dome, none under the right.
  soft-tissues: >
    Chest wall and neck soft tissues of even thickness on both sides; no gas tracks in them.
impression: >
  Normal chest radiograph; no mediastinal widening, pneumothorax or consolidation.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-costal-cartilage.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-costal-cartilage
title: Follow-up after chest infection, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 68, sex: F}
indication: >
  Follow-up film six weeks after a right lower lobe pneumonia. Symptoms resolved.
routine: cxr
target_seconds: 75   # 162 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, comparison with the film six weeks ago. Inspiration to the ninth posterior
    rib; positioning identical, no rotation.
  airway: >
    Trachea central, 15 mm wide, cartilage rings faintly calcified at 68. Carina and both
    main bronchi clear.
  lungs: >
    Right lower zone now clear. Small dense irregular opacities lie at the anterior ends of
    several ribs on both sides, continuous with the rib ends.
  pleura: >
    Right costophrenic angle now as sharp as the left. Pleural edges flat against the ribs
    at both apices.
  circulation: >
    Heart 12 cm across, cardiothoracic ratio 0.45, unchanged. Aortic knuckle 3 cm with a
    thin rim of calcium. Both hila matched in size.
  bones: >
    Ribs and clavicles whole, with thoracic vertebral heights kept from T1 to T12.
  lines: >
    The cannula and monitoring leads from her admission have gone; no device remains.
  diaphragm: >
    Right dome sharp again along its whole length, 2 cm above the left. Gas in the
    stomach beneath the left dome.
  soft-tissues: >
    Breast shadows symmetric in size; axillary and supraclavicular soft tissues equal,
    without gas.
distractors:
  - step: lungs
    term: nodule
    side: bilateral
    note: >
      Costal cartilage calcification: dense, irregular, symmetric and continuous with the
      anterior rib ends. A nodule is round, separate from the ribs and seen in both
      projections.
    evidence: Small dense irregular opacities lie at the anterior ends of several ribs
impression: >
  Resolution of the right lower lobe pneumonia; normal chest radiograph. Costal cartilage
  calcification.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-older-woman.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-older-woman
title: Pre-operative chest, PA
modality: XR
exam: Chest PA
priority: routine
patient: {age: 71, sex: F}
indication: >
  Pre-operative assessment before a hip replacement. No chest symptoms.
routine: cxr
target_seconds: 75   # 157 words / 4 + 4 s x 9 steps = 75 s, rounded to 5
views:
  technical: >
    PA erect, arms forward, scapulae clear. Nine posterior ribs above the right dome,
    adequate at 71; spine seen faintly behind the heart.
  airway: >
    Trachea midline and 14 mm wide from the thoracic inlet to a sharp carina at T5.
  lungs: >
    Vessels taper evenly to the periphery in all zones, bases included. Apices equally
    lucent; retrocardiac lung dark.
  pleura: >
    Both costophrenic angles acute. Pleura flat against the first and second ribs at both
    apices.
  circulation: >
    Heart normal in size, cardiothoracic ratio 0.46. Aortic knuckle 3.5 cm with rim
    calcification. Mediastinum 7 cm, hila equal.
  bones: >
    Ribs and clavicles intact, thoracic vertebrae even in height. Both glenohumeral joints
    congruent.
  lines: >
    Hearing aid over the right side of the neck, above the lung; no tube, line or pacemaker.
  diaphragm: >
    Domes smooth, the right at the tenth posterior rib and the left 2.5 cm lower. A
    small bubble of gas in the stomach on the left.
  soft-tissues: >
    Breast shadows symmetric over both bases; subcutaneous fat even, with no gas.
impression: >
  Normal chest radiograph for age.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-pectus.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-pectus
title: Breathless on exertion, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 22, sex: M}
indication: >
  Breathless playing five-a-side football. Examination: depressed lower sternum.
routine: cxr
target_seconds: 80   # 167 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, clavicle heads equidistant from the spine. Ten posterior and six anterior ribs
    above the right dome; spine seen behind the heart.
  airway: >
    Trachea central, 18 mm wide; carina at T5 with both main bronchi clearly outlined.
  lungs: >
    The right heart border is indistinct, with a hazy density over the medial right lower
    zone. Vessels seen through it and elsewhere reach the periphery.
  pleura: >
    Pleura against the chest wall at both apices. Costophrenic angles acute, the left
    slightly deeper.
  circulation: >
    Heart displaced to the left and appears wide on this projection. Aortic knuckle small
    with a sharp edge; both hila of equal size.
  bones: >
    The anterior ribs slope steeply downwards while the posterior ribs run horizontally.
    Cortices intact; clavicles and spine straight.
  lines: >
    Sports watch on the left wrist, outside the chest; no tube or device.
  diaphragm: >
    Left dome 1.5 cm lower than the right, both smooth and curved. Fundal gas bubble
    beneath the left dome.
  soft-tissues: >
    Athletic chest wall with symmetric pectoral shadows; neck and axillae symmetric, no gas
    in the soft tissues.
distractors:
  - step: lungs
    term: consolidation
    side: right
    note: >
      Pectus excavatum: the depressed sternum blurs the right heart border and steep
      anterior ribs and a leftward heart go with it. Check the lateral view or the clinical
      examination before calling middle lobe consolidation.
    evidence: The right heart border is indistinct, with a hazy density over the medial right lower zone
  - step: circulation
    term: cardiomegaly
    note: >
      The heart is pushed to the left and looks wide because of the pectus, not enlarged;
      the cardiothoracic ratio overestimates heart size here.
    evidence: Heart displaced to the left and appears wide on this projection
impression: >
  No lung or pleural abnormality. Appearances of pectus excavatum (indistinct right heart
  border, leftward heart).
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Radiopaedia: Pectus excavatum"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-pulmonary-trunk.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-pulmonary-trunk
title: Palpitations, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 24, sex: F}
indication: >
  Palpitations; echocardiogram booked. Chest radiograph requested by the GP.
routine: cxr
target_seconds: 75   # 156 words / 4 + 4 s x 9 steps = 75 s, rounded to 5
views:
  technical: >
    PA erect in deep inspiration, ten posterior ribs above the right dome. Clavicles
    symmetric; exposure penetrates to the thoracic spine.
  airway: >
    Trachea central and 15 mm wide, narrowing smoothly to the carina. Right paratracheal
    stripe 2 mm and smooth.
  lungs: >
    Lungs evenly lucent; vessels fine and tapering, upper lobe vessels narrower than lower.
    Retrocardiac lung and apices clear of opacity.
  pleura: >
    Costophrenic angles sharp on both sides; visceral pleura at the chest wall over both
    apices.
  circulation: >
    Heart normal in size. Below the aortic knuckle the left heart border shows a smooth,
    gentle convexity at the pulmonary trunk. Both hila normal in size and density.
  bones: >
    Slim 24-year-old skeleton; ribs, clavicles and shoulders intact. Thoracic spine
    straight, without scoliosis.
  lines: >
    No tube, line, loop recorder or cardiac device over the chest.
  diaphragm: >
    Both domes smooth and well curved, the left 2 cm lower. Stomach gas beneath the left
    dome.
  soft-tissues: >
    Breast shadows equal in size; neck and axillary soft tissues symmetric, free of gas.
distractors:
  - step: circulation
    term: hilar-enlargement
    side: left
    note: >
      A mildly prominent pulmonary trunk is common in young women and normal when the hila
      and heart are normal. Hilar enlargement means a bigger, denser or lobulated hilum.
    evidence: the left heart border shows a smooth, gentle convexity at the pulmonary trunk
impression: >
  Normal chest radiograph. Prominent pulmonary trunk, a normal appearance in young women.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-young-man.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-young-man
title: Chest pain, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 29, sex: M}
indication: >
  Intermittent left-sided chest pain for a week, worse on movement. Examination normal.
routine: cxr
target_seconds: 80   # 168 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, muscular 29-year-old. No rotation, and inspiration reaches ten posterior ribs.
    Exposure shows the spine through the heart.
  airway: >
    Trachea central, 21 mm wide, with parallel walls down to the carina. Main bronchi
    air-filled.
  lungs: >
    Both lungs equally lucent. Vessels taper to within 2 cm of the chest wall in every zone,
    the left lower lobe included.
  pleura: >
    Visceral pleura meets the chest wall at both apices and laterally. Costophrenic angles
    acute.
  circulation: >
    Heart 14 cm wide in a 33 cm chest. Mediastinum sharp along both borders. Hila equal
    in size, the right 1 cm lower.
  bones: >
    Left ribs traced one by one where the pain is; cortices continuous, costochondral
    junctions smooth. Clavicles and spine intact.
  lines: >
    Belt and chain removed: no metal, tube or device projects over the chest.
  diaphragm: >
    Domes sharp, the left 1 cm lower than the right, both at the tenth posterior rib.
    Gas in the stomach beneath the left dome, its wall thin.
  soft-tissues: >
    Thick pectoral muscle shadows, equal on both sides. No gas in the chest wall or neck.
impression: >
  Normal chest radiograph.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-normal-young-woman.yaml",
            text: #"""
kind: case
id: rx-cxr-normal-young-woman
title: Asthma review, PA chest
modality: XR
exam: Chest PA
priority: routine
patient: {age: 26, sex: F}
indication: >
  Asthma with more wheeze than usual this month. Query infection or pneumothorax.
routine: cxr
target_seconds: 75   # 165 words / 4 + 4 s x 9 steps = 77 s, rounded to 5
views:
  technical: >
    PA erect with the spinous processes centred between the clavicles. The right dome meets
    the sixth anterior rib; exposure shows vessels through the heart.
  airway: >
    Trachea central, 14 mm wide and straight; carina sharp, main bronchi with thin walls.
  lungs: >
    Both lungs equally lucent, with vessels tapering to the periphery. Lung volumes within
    normal limits: six anterior ribs. Bronchial walls thin end-on at both hila.
  pleura: >
    Lung markings reach the chest wall at both apices and laterally; costophrenic angles
    sharp and acute.
  circulation: >
    Heart 11 cm wide, cardiothoracic ratio 0.42. Mediastinal edges sharp. Hila equal in
    size, right 1.5 cm lower.
  bones: >
    Ribs, clavicles and shoulders with smooth continuous cortices in a slim 26-year-old;
    thoracic spine straight, vertebrae square.
  lines: >
    Inhaler spacer kept out of the field; no tube, cannula or device on the film.
  diaphragm: >
    Domes curved, not flattened, with the left dome 2 cm lower than the right. Gas in
    the stomach beneath the left dome.
  soft-tissues: >
    Breast shadows symmetric and of equal density; neck and supraclavicular soft tissues
    without gas.
impression: >
  Normal chest radiograph; no pneumothorax, consolidation or hyperinflation.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-right-apical-pneumothorax.yaml",
            text: #"""
kind: case
id: rx-cxr-right-apical-pneumothorax
title: Sudden chest pain, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 24, sex: M}
indication: >
  Sudden right-sided chest pain at rest this morning, mildly breathless. Tall and thin.
routine: cxr
target_seconds: 75   # 165 words / 4 + 4 s x 9 steps = 77 s, rounded to 5
views:
  technical: >
    PA erect, tall narrow chest with ten posterior ribs above the right dome. Clavicle heads
    level and symmetric.
  airway: >
    Trachea central, 17 mm wide, running straight to the carina. Both main bronchi outlined
    as far as the hila.
  lungs: >
    Left lung markings reach the chest wall in every zone. Two 8 mm round soft densities
    over both lower zones, symmetric and at the same level.
  pleura: >
    Right apex: a thin white line runs parallel to the chest wall about 15 mm inside it,
    no markings beyond.
  circulation: >
    Narrow vertical heart, cardiothoracic ratio 0.40. Trachea and heart in the midline; both
    hila equal.
  bones: >
    Long slender ribs with unbroken cortices; clavicles and thoracic spine intact.
  lines: >
    Zip of a tracksuit top over the neck; no line or device on the chest.
  diaphragm: >
    Domes smoothly curved, both sharp, the right 2 cm higher. Gastric gas on the left, and
    no gas under the right dome.
  soft-tissues: >
    Little subcutaneous fat in a thin young man; neck and axillae symmetric, with no gas in
    the chest wall.
findings:
  - id: right-apical-pneumothorax
    step: pleura
    term: pneumothorax
    category: 2
    side: right
    severity: critical
    conspicuity: subtle
    teaching: >
      A thin visceral pleural line with no markings beyond it is a pneumothorax; small ones
      hide at the apex behind the ribs and clavicle. Measure it and communicate it: a small
      one without tension is category 2: call within hours, and management depends on size
      and symptoms.
    evidence: a thin white line runs parallel to the chest wall about 15 mm inside it
distractors:
  - step: lungs
    term: nodule
    side: bilateral
    note: >
      Nipple shadows: paired, symmetric and at the same level over the lower zones. Repeat
      with nipple markers if one side is in doubt.
    evidence: Two 8 mm round soft densities over both lower zones
impression: >
  Small right apical pneumothorax, 15 mm at the apex. No mediastinal shift. Result
  communicated directly to the referring team.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "MacDuff A, Arnold A, Harvey J. Management of spontaneous pneumothorax: British Thoracic Society pleural disease guideline 2010. Thorax 2010;65(Suppl 2):ii18-ii31"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/cxr/rx-cxr-rul-collapse-hilar-mass.yaml",
            text: #"""
kind: case
id: rx-cxr-rul-collapse-hilar-mass
title: Haemoptysis, PA chest
modality: XR
exam: Chest PA
priority: urgent
patient: {age: 66, sex: M}
indication: >
  Two episodes of haemoptysis and weight loss. Current smoker, 50 pack-years.
routine: cxr
target_seconds: 75   # 159 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, clavicle heads symmetric about the spine. Ten posterior ribs counted down to
    the right dome; exposure penetrates the heart to the spine.
  airway: >
    Trachea midline, 19 mm wide. Sharp carina, the left main bronchus traced to its hilum.
  lungs: >
    Dense opacity in the right upper zone, bounded below by the horizontal fissure,
    which is pulled upwards, convex medially. Other zones clear.
  pleura: >
    Left apex and both costophrenic angles sharp; lung markings reach the chest wall on the
    left.
  circulation: >
    Heart 13 cm wide. The right hilum is denser than the left and bulges outwards into
    the opacity above; left hilum sharp.
  bones: >
    Ribs, clavicles and scapulae traced on both sides, cortices continuous. Thoracic disc
    spaces even.
  lines: >
    Nothing external, no tube and no device projects over the lungs or neck.
  diaphragm: >
    Right dome 1 cm above the left, both smooth. Stomach gas under the left dome and none
    under the right.
  soft-tissues: >
    Neck and axillae symmetric; thin subcutaneous fat for a 66-year-old man, without gas.
findings:
  - id: right-upper-lobe-collapse
    step: lungs
    term: collapse
    side: right
    severity: major
    conspicuity: obvious
    teaching: >
      An elevated horizontal fissure with right upper zone opacity is right upper lobe
      collapse. A convex medial edge makes the reverse S of Golden: a central mass is
      obstructing the bronchus.
    evidence: bounded below by the horizontal fissure, which is pulled upwards
  - id: right-hilar-mass
    step: circulation
    term: hilar-enlargement
    side: right
    severity: major
    conspicuity: subtle
    accept_at: [lungs]
    accept_terms: [mass]
    teaching: >
      The cause matters more than the collapse: a dense, bulging hilum in a smoker with
      haemoptysis is a central carcinoma until proven otherwise. Recommend urgent CT and
      respiratory referral.
    evidence: The right hilum is denser than the left and bulges outwards
impression: >
  Right upper lobe collapse with a right hilar mass (Golden S sign), suspicious for a
  central bronchial carcinoma. Urgent CT chest and lung cancer pathway referral.
references:
  - "Radiopaedia: Chest x-ray review: ABCDE"
  - "Golden R. The effect of bronchostenosis upon the roentgen-ray shadows in carcinoma of the bronchus. AJR 1925;13:21-30"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-ankle-os-trigonum-normal.yaml",
            text: #"""
kind: case
id: msk-ankle-os-trigonum-normal
title: Football ankle injury, left ankle
modality: XR
exam: Left ankle AP (mortise) and lateral
priority: urgent
patient: {age: 28, sex: M}
indication: >
  Twisted his left ankle playing football. Tender at the posterior edge of the lateral
  malleolus; walked two steps. Ottawa rules positive.
routine: msk-xr
target_seconds: 70   # 194 words / 4 + 4 s x 5 steps = 68 s, rounded to 5
views:
  alignment: >
    Mortise view: medial clear space 3 mm, equal to the superior clear space; tibiofibular
    overlap 8 mm on the AP. Talus centred under the plafond, not tilted; the fibula ends lower than the tibia. Subtalar joint
    aligned on the lateral.
  bone: >
    Malleoli intact on all three views; faint physeal scars in the distal tibia and fibula.
    Behind the talus on the lateral view a 10 mm rounded ossicle with a smooth, complete
    cortex all round, and a matching smooth facet on the talus.
  joints: >
    Tibiotalar joint space 3 mm and even from medial to lateral. Talar dome outline smooth
    and continuous on both views. Subtalar and talonavicular spaces preserved with sharp
    margins; no loose body. The lateral malleolus ends lower than the medial.
  soft-tissues: >
    Soft tissue over the lateral malleolus 6 mm deep, the same as over the medial. Kager fat
    triangle clear, Achilles tendon 5 mm thick. Anterior ankle fat pad lies flat on the
    capsule, darker than the tendons.
  everything-else: >
    Calcaneus, navicular and cuboid with an even trabecular pattern, cortices denser than the medulla; calcaneal pitch 22
    degrees. Fifth metatarsal base at the film edge intact. Bone density appropriate for a
    young adult, no foreign body.
distractors:
  - step: bone
    term: avulsion-fracture
    side: left
    note: >
      Os trigonum: an accessory ossicle behind the talus with a smooth cortex all round and a
      matching facet. An acute fracture fragment has a sharp, uncorticated edge and a
      donor defect.
    evidence: a 10 mm rounded ossicle with a smooth, complete cortex all round
impression: >
  No fracture and no effusion; congruent mortise. Os trigonum, a normal variant. Findings
  compatible with a ligament sprain.
references:
  - "Radiopaedia: Os trigonum; Accessory ossicles of the foot"
  - "Stiell IG et al. Decision rules for the use of radiography in acute ankle injuries (Ottawa ankle rules). JAMA 1993;269:1127-1132"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-ankle-weber-b-fifth-metatarsal.yaml",
            text: #"""
kind: case
id: msk-ankle-weber-b-fifth-metatarsal
title: Inversion injury, right ankle
modality: XR
exam: Right ankle AP (mortise) and lateral
priority: routine
patient: {age: 35, sex: F}
indication: >
  Went over on her right ankle stepping off a kerb. Unable to bear weight; tender over the
  lateral malleolus and the lateral border of the foot. Ottawa rules positive.
routine: msk-xr
target_seconds: 65   # 186 words / 4 + 4 s x 5 steps = 66 s, rounded to 5
views:
  alignment: >
    Mortise congruent: medial clear space 3 mm, equal to the superior clear space;
    tibiofibular overlap 7 mm on the AP. Talus sits square under the plafond, not shifted or
    tilted; the fibula ends lower than the tibia. Subtalar joint aligned on the lateral.
  bone: >
    An oblique lucent line runs up and back across the lateral malleolus from plafond
    level, 2 mm apart. Medial and posterior malleoli intact, cortices smooth. On the lateral a thin transverse
    lucent line crosses the tuberosity at the base of the fifth metatarsal.
  joints: >
    Tibiotalar joint space 3 mm, even across the dome. Talar dome outline smooth on the
    mortise and lateral views, no flake off its shoulders. Subtalar, talonavicular and
    calcaneocuboid spaces preserved. The lateral malleolus ends lower than the
    medial.
  soft-tissues: >
    Soft tissue over the lateral malleolus bulges to 14 mm; over the medial malleolus
    thin, 5 mm. Anterior and posterior ankle fat pads flat. Kager triangle clear; no gas or
    foreign body.
  everything-else: >
    Calcaneus and cuboid trabeculae even, calcaneal pitch 21 degrees. Navicular and
    cuneiforms at the edge of the lateral view intact. Bone density appropriate for her age,
    no screws or plates.
findings:
  - id: weber-b-lateral-malleolus
    step: bone
    term: ankle-fracture
    side: right
    severity: major
    conspicuity: obvious
    accept_terms: [fracture]
    teaching: >
      An oblique lateral malleolar fracture at the level of the syndesmosis is a Weber B
      injury; with a congruent mortise and normal medial clear space it is usually stable.
      Always measure the medial clear space, because widening means a deltoid injury and an
      unstable ankle.
    evidence: An oblique lucent line runs up and back across the lateral malleolus
  - id: fifth-metatarsal-base-avulsion
    step: bone
    term: avulsion-fracture
    side: right
    severity: minor
    conspicuity: subtle
    teaching: >
      Satisfaction of search: the base of the fifth metatarsal sits at the edge of an ankle
      film and breaks in the same inversion injury. Look at the edges of every film once
      the obvious fracture is found.
    evidence: a thin transverse lucent line crosses the tuberosity at the base of the fifth metatarsal
  - id: lateral-soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling over the lateral malleolus goes with the fracture; it is worth one line in
      the report and a look at the bone beneath it.
    evidence: Soft tissue over the lateral malleolus bulges to 14 mm
impression: >
  Weber B fracture of the right lateral malleolus, minimally displaced, with a congruent
  mortise. Avulsion fracture of the base of the right fifth metatarsal. Lateral
  soft-tissue swelling.
references:
  - "Radiopaedia: Weber classification of ankle fractures; Avulsion fracture of the base of the fifth metatarsal"
  - "Stiell IG et al. Decision rules for the use of radiography in acute ankle injuries (Ottawa ankle rules). JAMA 1993;269:1127-1132"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-child-elbow-normal.yaml",
            text: #"""
kind: case
id: msk-child-elbow-normal
title: Child's fall onto the elbow, left elbow
modality: XR
exam: Left elbow AP and lateral (paediatric)
priority: urgent
patient: {age: 7, sex: F}
indication: >
  Fell from a trampoline onto her left arm. Diffuse elbow tenderness, moving it a little.
  Query supracondylar fracture.
routine: msk-xr
target_seconds: 65   # 186 words / 4 + 4 s x 5 steps = 66 s, rounded to 5
views:
  alignment: >
    True lateral in 90 degrees of flexion: the anterior humeral line passes through the
    middle third of the capitellum, and the radiocapitellar line passes through the
    capitellum on both views. Ulnohumeral joint congruent.
  bone: >
    Distal humeral metaphysis with smooth cortices on both views. Ossification centres for
    the capitellum, radial head and medial epicondyle are present; the medial epicondyle
    centre is separated from the humerus by a smooth, even lucent gap. No trochlear centre
    yet.
  joints: >
    On the lateral the anterior fat pad lies flat against the humerus as a thin lucent
    strip; the olecranon fossa shows no posterior fat pad. Capitellar and radial head physes
    2 mm wide with smooth margins.
  soft-tissues: >
    Subcutaneous fat of even thickness around the elbow, medial and lateral alike. Supinator
    fat line straight along the proximal radius, darker than the muscle around it. No gas, foreign body or calcification in
    the soft tissues.
  everything-else: >
    Carrying angle about 10 degrees of valgus on the AP. Visible humeral and forearm shafts
    have thin, even cortices; the proximal ulna larger than the
    radial neck. Bone density appropriate for a 7-year-old; no splint or cast
    material over the elbow.
distractors:
  - step: bone
    term: avulsion-fracture
    side: left
    note: >
      Normal medial epicondyle ossification centre: smooth, corticated, in its expected
      place and age (CRITOE order: capitellum, radial head, internal epicondyle, trochlea,
      olecranon, external epicondyle). An avulsed centre is displaced, and a trochlear
      centre without an internal epicondyle centre means the epicondyle is trapped in the
      joint.
    evidence: the medial epicondyle centre is separated from the humerus by a smooth, even lucent gap
impression: >
  Normal left elbow for age: normal alignment lines, no joint effusion and no fracture.
  Ossification centres appropriate for age.
references:
  - "Radiopaedia: Paediatric elbow radiograph (CRITOE; anterior humeral and radiocapitellar lines)"
  - "Skaggs DL, Mirzayan R. The posterior fat pad sign in association with occult fracture of the elbow in children. J Bone Joint Surg Am 1999;81:1429-1433"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-diabetic-foot-gas.yaml",
            text: #"""
kind: case
id: msk-diabetic-foot-gas
title: Diabetic foot ulcer with fever, right foot
modality: XR
exam: Right foot AP and oblique
priority: urgent
patient: {age: 67, sex: M}
indication: >
  Type 2 diabetes with a deep ulcer under the second metatarsal head for six weeks. Now
  febrile, foot red and swollen to the ankle, crepitus reported by one examiner.
routine: msk-xr
target_seconds: 65   # 183 words / 4 + 4 s x 5 steps = 66 s, rounded to 5
views:
  alignment: >
    Metatarsophalangeal and interphalangeal joints aligned, no clawing of the lesser toes.
    The second metatarsal base lines up with the middle cuneiform; the first ray wider than
    the lesser rays. Midfoot arch height
    preserved on the lateral, no fragmentation at the tarsometatarsal joints.
  bone: >
    The head of the second metatarsal has lost its cortex on the plantar side, with ragged
    lucency and thin new bone along the shaft; the proximal phalanx base too. Other bones
    intact, cortices sharp and smooth.
  joints: >
    Second metatarsophalangeal joint space narrowed and its margins indistinct. First
    metatarsophalangeal and the lesser toe joints preserved with sharp margins. No
    chondrocalcinosis in the sesamoid or tarsal joints. First metatarsal head larger than
    the lesser heads.
  soft-tissues: >
    Forefoot soft tissues thickened, with a notch in the plantar outline under the second
    metatarsal head. Small dark bubbles and streaks run in lines along the dorsum of the
    midfoot, between tissue planes. No foreign body; skin outline intact elsewhere.
  everything-else: >
    The dorsalis pedis and plantar arteries show continuous tram-track calcification of
    their walls. Bones of the hindfoot of even density for his age. No amputation, screws or
    other hardware.
findings:
  - id: second-metatarsal-osteomyelitis
    step: bone
    term: osteomyelitis
    side: right
    severity: major
    conspicuity: obvious
    accept_at: [joints]
    accept_terms: [lytic-lesion, erosions]
    teaching: >
      Cortical loss with periosteal new bone under a chronic ulcer is osteomyelitis until
      proven otherwise. Radiographs lag by 10 to 14 days; MRI shows the extent.
    evidence: has lost its cortex on the plantar side, with ragged lucency
  - id: soft-tissue-gas-midfoot
    step: soft-tissues
    term: soft-tissue-gas
    side: right
    severity: critical
    conspicuity: subtle
    teaching: >
      Gas tracking along tissue planes away from an ulcer means a gas-forming infection
      such as necrotising fasciitis, a surgical emergency. It is easy to overlook when the
      bone is the obvious question: call the team now.
    evidence: Small dark bubbles and streaks run in lines along the dorsum of the midfoot
  - id: arterial-calcification
    step: everything-else
    term: vascular-calcification
    severity: incidental
    conspicuity: obvious
    teaching: >
      Tram-track arterial calcification is typical of diabetic medial calcinosis and
      suggests peripheral arterial disease, which affects healing.
    evidence: show continuous tram-track calcification of their walls
impression: >
  Osteomyelitis of the right second metatarsal head and proximal phalanx base beneath the
  ulcer. Gas tracking along the dorsal midfoot tissue planes, concerning for necrotising
  soft-tissue infection: critical result telephoned to the team for urgent surgical
  review. Diabetic arterial calcification.
references:
  - "Radiopaedia: Diabetic foot infection; Necrotising fasciitis"
  - "Senneville E et al. IWGDF/IDSA guidelines on the diagnosis and treatment of diabetes-related foot infections (IWGDF/IDSA 2023). Diabetes Metab Res Rev 2024;40:e3687 (also Clin Infect Dis 2023)"
  - "ACR Practice Parameter for Communication of Diagnostic Imaging Findings; Larson et al., ACR Actionable Reporting Work Group, JACR 2014 (category 1)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-elbow-fat-pads-radial-head.yaml",
            text: #"""
kind: case
id: msk-elbow-fat-pads-radial-head
title: Fall onto the hand, painful left elbow
modality: XR
exam: Left elbow AP and lateral
priority: routine
patient: {age: 41, sex: F}
indication: >
  Fell onto her outstretched left hand. Pain over the lateral elbow, unable to extend
  fully, painful pronation and supination.
routine: msk-xr
target_seconds: 65   # 181 words / 4 + 4 s x 5 steps = 65 s, rounded to 5
views:
  alignment: >
    Lateral view at 90 degrees: the radiocapitellar line passes through the capitellum and
    the anterior humeral line through its middle third. Ulnohumeral joint congruent,
    coronoid seated in the trochlear notch. The capitellum lies in front of the
    humeral shaft.
  bone: >
    Distal humerus, capitellum, olecranon and coronoid intact. On the AP the lateral radial head shows a 1 mm step in its articular surface with a faint vertical lucent line
    below it. Radial neck and shaft intact, cortices smooth.
  joints: >
    The anterior fat pad is lifted away from the humerus into a triangular shape, and a
    lucent posterior fat pad is visible behind the distal humerus. Ulnohumeral and
    radiocapitellar spaces preserved and even.
  soft-tissues: >
    Subcutaneous tissue over the lateral elbow 9 mm deep, against 5 mm medially. Supinator
    fat line along the proximal radius faint. Medial soft tissues thin and even; no gas, foreign body or
    calcification.
  everything-else: >
    On the anteromedial distal humeral shaft, 5 cm above the medial epicondyle, a 6 mm
    smooth corticated bony spur points towards the elbow. Forearm bones of even density for
    her age, cortices denser than the medulla; no hardware.
findings:
  - id: elbow-effusion
    step: joints
    term: joint-effusion
    side: left
    severity: minor
    conspicuity: obvious
    accept_at: [soft-tissues]
    teaching: >
      A lifted anterior fat pad and any visible posterior fat pad mean an elbow effusion;
      after trauma in an adult about three in four such elbows hold a fracture on MRI,
      most often of the radial head, even when none is seen (O'Dwyer 2004).
    evidence: The anterior fat pad is lifted away from the humerus into a triangular shape
  - id: radial-head-fracture
    step: bone
    term: radial-head-fracture
    side: left
    severity: major
    conspicuity: subtle
    accept_terms: [fracture]
    teaching: >
      The fat pads send you looking: a 1 mm articular step or a faint line in the radial
      head is the commonest elbow fracture in adults. Undisplaced ones are treated early
      with mobilisation, so report them.
    evidence: shows a 1 mm step in its articular surface with a faint vertical lucent line
  - id: lateral-elbow-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: left
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling over the lateral elbow localises the injury to the radial head and
      capitellum.
    evidence: Subcutaneous tissue over the lateral elbow 9 mm deep, against 5 mm medially
distractors:
  - step: everything-else
    term: incidental-lesion
    note: >
      Supracondylar process (avian spur): a normal variant, a smooth corticated spur on
      the anteromedial distal humerus pointing towards the joint; an osteochondroma
      points away from the joint. It matters only if it compresses the median nerve.
    evidence: a 6 mm smooth corticated bony spur points towards the elbow
impression: >
  Left elbow effusion (anterior and posterior fat pad signs) with an undisplaced fracture of
  the lateral radial head. Alignment normal.
references:
  - "Radiopaedia: Elbow fat pad sign; Radial head fracture"
  - "O'Dwyer H et al. The fat pad sign following elbow trauma in adults: its usefulness and reliability in suspecting occult fracture. J Comput Assist Tomogr 2004;28:562-565"
  - "Skaggs DL, Mirzayan R. The posterior fat pad sign in association with occult fracture of the elbow in children. J Bone Joint Surg Am 1999;81:1429-1433"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - satisfaction of search 22% of delayed diagnoses"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-knee-lipohaemarthrosis-plateau.yaml",
            text: #"""
kind: case
id: msk-knee-lipohaemarthrosis-plateau
title: Fall with a swollen knee, right knee
modality: XR
exam: Right knee AP and horizontal-beam lateral
priority: routine
patient: {age: 52, sex: F}
indication: >
  Missed a step and twisted her right knee. Rapid swelling, unable to bear weight. Query
  fracture.
routine: msk-xr
target_seconds: 65   # 172 words / 4 + 4 s x 5 steps = 63 s, rounded to 5
views:
  alignment: >
    Femorotibial alignment neutral on the AP, with no subluxation of either condyle. Insall-
    Salvati ratio 1.0 on the lateral. Patella central on the AP. Proximal tibiofibular joint
    aligned, the fibular head lower than the lateral plateau.
  bone: >
    Femoral condyles, patella and fibular head intact, cortices smooth. The lateral tibial plateau has a
    faint band of increased density 1 cm below its articular surface, and its lateral cortex
    a small outward step. Medial plateau and tibial spines intact.
  joints: >
    Medial joint space 5 mm and lateral 6 mm on the AP, both even. No marginal osteophytes,
    chondrocalcinosis or loose body. Patellofemoral space preserved on the lateral. Medial femoral condyle larger than the
    lateral.
  soft-tissues: >
    On the horizontal-beam lateral the suprapatellar recess shows a straight horizontal
    interface, with a darker layer floating on a denser one. Prepatellar and infrapatellar
    fat clear; no foreign body.
  everything-else: >
    Popliteal and superficial femoral arteries without wall calcification. Distal femoral
    and proximal tibial shafts with even cortical thickness, denser than the medulla; bone density appropriate for
    her age. No hardware or foreign body.
findings:
  - id: suprapatellar-lipohaemarthrosis
    step: soft-tissues
    term: lipohaemarthrosis
    side: right
    severity: major
    conspicuity: obvious
    accept_at: [joints]
    accept_terms: [joint-effusion]
    teaching: >
      A fat-fluid level on a horizontal-beam lateral means marrow fat has entered the joint:
      there is an intra-articular fracture, whether or not you can see it. Hunt for it, and
      recommend CT if it is not found.
    evidence: shows a straight horizontal interface, with a darker layer floating on a denser one
  - id: lateral-tibial-plateau-fracture
    step: bone
    term: fracture
    side: right
    severity: major
    conspicuity: subtle
    teaching: >
      Lateral tibial plateau fractures are often only a band of sclerosis (trabecular
      impaction) or a small cortical step. Depression of the articular surface changes
      management, so CT is usually needed to measure it.
    evidence: a faint band of increased density 1 cm below its articular surface
impression: >
  Lipohaemarthrosis of the right knee with an impacted fracture of the lateral tibial
  plateau. CT recommended to assess articular depression.
references:
  - "Radiopaedia: Lipohaemarthrosis; Tibial plateau fracture"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-pelvis-trauma-normal.yaml",
            text: #"""
kind: case
id: msk-pelvis-trauma-normal
title: Thrown from a horse, AP pelvis in resus
modality: XR
exam: Pelvis AP (trauma, supine)
priority: stat
patient: {age: 34, sex: M}
indication: >
  Thrown from his horse at a canter, landed on his side. Haemodynamically stable, pelvic
  binder applied pre-hospital. Trauma series pelvis.
routine: msk-xr
target_seconds: 60   # 163 words / 4 + 4 s x 5 steps = 61 s, rounded to 5
views:
  alignment: >
    Pelvic ring symmetric, obturator foramina equal in shape. Pubic symphysis 5 mm wide with
    its upper borders level. Sacroiliac joints 3 mm on both sides. Shenton's lines smooth;
    both femoral heads centred in the acetabula.
  bone: >
    Iliac wings, sacrum, pubic rami, acetabula and proximal femora intact; the sacral
    arcuate lines are smooth and unbroken. A 6 mm dense oval focus with fine spiculated
    margins lies in the right femoral neck.
  joints: >
    Hip joint spaces 4 mm and symmetric, femoral head outlines round. Sacroiliac joint
    margins sharp and parallel, with no erosion. Symphysis margins smooth and parallel,
    without beaking. Acetabular roofs denser than the bone above.
  soft-tissues: >
    Several small round calcifications with lucent centres lie low in the pelvis on both
    sides. Obturator internus and gluteal fat planes symmetric. Pelvic binder at the level
    of the greater trochanters.
  everything-else: >
    Gas and stool in a non-distended colon; bladder outline smooth. L4 and L5 at the top of
    the film aligned, transverse processes intact. No catheter, clips or other hardware.
distractors:
  - step: bone
    term: sclerotic-lesion
    side: right
    note: >
      Bone island (enostosis): a small dense focus with spiculated, brush-like margins
      blending with the trabeculae is a common normal variant. Call a sclerotic lesion when
      it is large, growing, or painful.
    evidence: A 6 mm dense oval focus with fine spiculated margins
  - step: soft-tissues
    term: soft-tissue-calcification
    side: bilateral
    note: >
      Phleboliths: small round calcified pelvic vein thrombi with lucent centres, common
      and normal. A ureteric calculus lies along the ureter and has no lucent centre.
    evidence: Several small round calcifications with lucent centres
impression: >
  No pelvic fracture or dislocation; pelvic ring and sacroiliac joints intact. Bone island
  in the right femoral neck and pelvic phleboliths, both incidental. The film was taken with
  the binder on, which can reduce and hide a ring disruption: the binder stays until CT or
  senior review clears the pelvis.
references:
  - "Radiopaedia: Pelvis radiograph review; Enostosis (bone island); Phlebolith"
  - "The Royal College of Radiologists. Standards of practice and guidance for trauma radiology in severely injured patients, 2nd ed. London: RCR, 2015"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-scaphoid-waist-fracture.yaml",
            text: #"""
kind: case
id: msk-scaphoid-waist-fracture
title: Fall on the outstretched hand, right wrist
modality: XR
exam: Right wrist PA, lateral and scaphoid views
priority: routine
patient: {age: 22, sex: M}
indication: >
  Fell on his outstretched right hand playing football. Tender in the anatomical snuffbox
  and over the scaphoid tubercle. Query scaphoid fracture.
routine: msk-xr
target_seconds: 60   # 165 words / 4 + 4 s x 5 steps = 61 s, rounded to 5
views:
  alignment: >
    The three carpal arcs are smooth and unbroken on the PA view. Lateral: radius, lunate
    and capitate colinear, scapholunate angle 50 degrees. Scapholunate interval 2 mm. Radial
    inclination 23 degrees, volar tilt 10 degrees; the radial styloid ends more distal than
    the ulnar head.
  bone: >
    Distal radius and ulna intact. On the ulnar-deviated scaphoid view a thin lucent line
    crosses the middle third of the scaphoid from the radial to the ulnar cortex, without
    displacement; not seen on the PA.
  joints: >
    Radiocarpal, intercarpal and carpometacarpal joint spaces 2 mm and even. Ulnar variance
    neutral, distal radioulnar joint congruent. Articular margins sharp, no
    chondrocalcinosis in the triangular fibrocartilage.
  soft-tissues: >
    The scaphoid fat stripe on the radial side of the scaphoid is displaced outwards and
    blurred. Pronator quadratus fat plane straight and close to the radius. No radiopaque
    foreign body.
  everything-else: >
    Metacarpal bases and shafts in the field intact, cortices even and
    denser than the medulla. Bone density appropriate
    for a young man. No cast, splint or hardware over the wrist.
findings:
  - id: scaphoid-waist-fracture
    step: bone
    term: scaphoid-fracture
    side: right
    severity: major
    conspicuity: subtle
    accept_terms: [fracture]
    teaching: >
      Scaphoid waist fractures may show only on the ulnar-deviated scaphoid view, and a
      blurred scaphoid fat stripe is the clue to look hard. A missed fracture risks
      non-union and avascular necrosis of the proximal pole, so report it and advise
      immobilisation and fracture clinic follow-up.
    evidence: a thin lucent line crosses the middle third of the scaphoid
  - id: scaphoid-fat-stripe
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      A displaced, blurred scaphoid fat stripe is swelling beside the scaphoid, the indirect
      sign of a fracture: mark it, then look hard at the scaphoid.
    evidence: The scaphoid fat stripe on the radial side of the scaphoid is displaced outwards
impression: >
  Undisplaced fracture through the waist of the right scaphoid, seen on the scaphoid view
  only. Carpal alignment normal. Immobilise and refer to fracture clinic.
references:
  - "Radiopaedia: Scaphoid fracture; MSK radiograph review (ABCS)"
  - "NICE guideline NG38: Fractures (non-complex): assessment and management (2016) - suspected scaphoid fracture"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/msk-seizure-posterior-dislocation.yaml",
            text: #"""
kind: case
id: msk-seizure-posterior-dislocation
title: Shoulder pain after a seizure, right shoulder
modality: XR
exam: Right shoulder AP (axial view not tolerated)
priority: urgent
patient: {age: 45, sex: M}
indication: >
  Generalised seizure overnight; woke with severe right shoulder pain. Arm held against the
  body, unable to rotate it outwards. Query fracture.
routine: msk-xr
target_seconds: 65   # 174 words / 4 + 4 s x 5 steps = 64 s, rounded to 5
views:
  alignment: >
    On the AP the humeral head has a symmetric, rounded outline with no greater tuberosity
    in profile. The half-moon overlap of head and glenoid is absent, and the gap between the
    head and the anterior glenoid rim measures 8 mm.
  bone: >
    Glenoid, acromion, coracoid and clavicle intact on this view. Greater tuberosity,
    surgical neck and proximal humeral shaft have continuous cortices, with no step or
    lucent line. Humeral head larger than the glenoid. Bone density appropriate for his age.
  joints: >
    Acromioclavicular joint 4 mm wide, the inferior borders of acromion and clavicle level.
    Coracoclavicular distance 10 mm, the coracoid tip lower than the clavicle. No erosions or chondrocalcinosis at the
    acromioclavicular joint or glenoid margins.
  soft-tissues: >
    Deltoid and subacromial fat planes of even thickness around the shoulder. No
    calcification over the supraspinatus insertion. No gas or foreign body in the soft
    tissues of the axilla.
  everything-else: >
    Visible right upper ribs intact with smooth cortices, and the right lung apex clear.
    Lower cervical spine at the film edge aligned. No ECG leads, clips or other hardware
    overlie the shoulder.
findings:
  - id: posterior-shoulder-dislocation
    step: alignment
    term: dislocation
    side: right
    severity: major
    conspicuity: subtle
    teaching: >
      Posterior dislocations follow seizures and electric shocks and are missed in about
      half of cases on the AP alone: a head fixed in internal rotation, a lost half-moon
      overlap and a widened anterior glenohumeral gap are the signs. Ask for an axillary or
      modified axial (Velpeau) view, because the Y view is unreliable for posterior
      dislocation, and call the team, because it needs reduction.
    evidence: the gap between the head and the anterior glenoid rim measures 8 mm
impression: >
  Posterior dislocation of the right shoulder (fixed internal rotation, absent half-moon
  overlap, widened anterior glenohumeral gap). No displaced fracture on this view; a
  modified axial (Velpeau) view is recommended, since the Y view is unreliable for posterior
  dislocation, and post-reduction films to look for a reverse Hill-Sachs defect.
references:
  - "Radiopaedia: Posterior shoulder dislocation (light bulb, rim and trough line signs)"
  - "ACR RADPEER scoring (2016 scale)"
exam_only: false
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-buckle-fracture-radius.yaml",
            text: #"""
kind: case
id: rx-msk-buckle-fracture-radius
title: Child's fall on the hand, left wrist
modality: XR
exam: Left wrist PA and lateral (paediatric)
priority: routine
patient: {age: 8, sex: F}
indication: >
  Fell over in the playground onto her left hand. Tender distal forearm, no deformity.
routine: msk-xr
target_seconds: 50   # 127 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Left wrist PA and lateral, forearm in neutral rotation. Distal radial epiphysis
    centred on its metaphysis on both views; radius and ulna straight, without
    angulation.
  bone: >
    On the lateral view the dorsal cortex of the distal radial metaphysis, 2 cm from the
    physis, has a small smooth outward kink; the volar cortex is intact.
  joints: >
    Distal radial and ulnar physes 2 mm wide, even along their length. Radiocarpal space
    open; seven carpal ossification centres present, the pisiform not yet ossified at 8.
  soft-tissues: >
    Pronator quadratus fat stripe flat against the volar radius. Subcutaneous fat of
    even thickness around the distal forearm. No gas or radiopaque foreign body.
  everything-else: >
    Ulnar metaphysis, metacarpal bases and the distal third of both forearm shafts in
    the field with smooth cortices. No cast, splint or hardware.
findings:
  - id: distal-radius-buckle
    step: bone
    term: buckle-fracture
    side: left
    severity: minor
    conspicuity: subtle
    accept_terms: [fracture]
    teaching: >
      In children the metaphyseal cortex buckles instead of breaking: a small kink or bulge
      on one cortex is a buckle (torus) fracture. It is stable and is treated with a
      removable splint, so name it precisely.
    evidence: has a small smooth outward kink
impression: >
  Buckle (torus) fracture of the dorsal cortex of the left distal radial metaphysis.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Buckle fracture"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-distal-radius-ulnar-styloid.yaml",
            text: #"""
kind: case
id: rx-msk-distal-radius-ulnar-styloid
title: Fall on the hand, right wrist
modality: XR
exam: Right wrist PA and lateral
priority: routine
patient: {age: 68, sex: F}
indication: >
  Tripped on a kerb and fell onto her outstretched right hand. Wrist deformed and swollen.
routine: msk-xr
target_seconds: 50   # 126 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    On the lateral the distal radial articular surface faces 20 degrees dorsally and the
    carpus follows it dorsally; radial height 6 mm on the PA. Distal radioulnar joint
    congruent.
  bone: >
    A transverse lucent line crosses the distal radial metaphysis, with a sclerotic band
    beside it. A thin lucent gap separates the tip of the ulnar styloid. Carpal bones
    intact, cortices smooth and sharp.
  joints: >
    Radiocarpal articular surface a single smooth arc, with no lucent line reaching it.
    Scapholunate and lunotriquetral intervals 2 mm; no calcification in the triangular
    fibrocartilage.
  soft-tissues: >
    Subcutaneous soft tissues around the distal forearm thickened, most dorsally, and
    the pronator quadratus fat plane bowed forwards. No gas.
  everything-else: >
    Metacarpal and forearm shafts have smooth cortices, denser than the medulla. No
    hardware or plaster; radial artery not calcified.
findings:
  - id: dorsally-angulated-distal-radius-fracture
    step: bone
    term: fracture
    side: right
    severity: major
    conspicuity: obvious
    teaching: >
      A dorsally angulated, impacted distal radial fracture (Colles type): report the dorsal
      tilt, radial shortening and whether the joint is involved, because they decide
      reduction.
    evidence: A transverse lucent line crosses the distal radial metaphysis
  - id: ulnar-styloid-fracture
    step: bone
    term: avulsion-fracture
    side: right
    severity: minor
    conspicuity: subtle
    teaching: >
      Satisfaction of search: the ulnar styloid often breaks with the radius. A base
      fracture may mean distal radioulnar instability, so look at the other bone every time.
    evidence: A thin lucent gap separates the tip of the ulnar styloid
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling and a bowed pronator quadratus fat plane go with the fracture; record them in
      one line.
    evidence: Subcutaneous soft tissues around the distal forearm thickened
impression: >
  Dorsally angulated (20 degrees), impacted extra-articular fracture of the right distal
  radius with an ulnar styloid tip fracture.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Colles fracture"
  - "Kim YW, Mansfield LT. AJR 2014;202:465 - delayed diagnoses: under-reading 42%, satisfaction of search 22%"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-impacted-neck-of-femur.yaml",
            text: #"""
kind: case
id: rx-msk-impacted-neck-of-femur
title: Fall with hip pain, left hip
modality: XR
exam: Pelvis AP and left hip lateral
priority: urgent
patient: {age: 84, sex: F}
indication: >
  Fell in her care home. Left groin pain, can stand with help. Query neck of femur fracture.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    AP pelvis and left hip lateral. Both femoral heads seated in the acetabula and
    Shenton's lines unbroken; obturator foramina equal in size.
  bone: >
    A faint band of increased density crosses the left subcapital femoral neck on both
    views, with a small step in the lateral head-neck cortex. Right neck and pubic rami
    intact.
  joints: >
    Superior hip joint spaces 3 mm on each side, both femoral head outlines smooth.
    Symphysis 5 mm wide; sacroiliac joints with sharp, even margins. Acetabular roofs denser than the bone
    above.
  soft-tissues: >
    Gluteal and iliopsoas fat lines symmetric. Three round 4 mm calcifications with
    lucent centres lie low in the right hemipelvis. No gas in the soft tissues.
  everything-else: >
    L5 and the sacral arcuate lines intact; iliac wing cortices denser than the medulla.
    No hardware; femoral arteries without calcification.
findings:
  - id: left-impacted-subcapital-fracture
    step: bone
    term: femoral-neck-fracture
    side: left
    severity: major
    conspicuity: subtle
    accept_terms: [fracture]
    teaching: >
      An impacted subcapital fracture may show only as a sclerotic band, a cortical step or
      angulated trabeculae, and the patient may still walk. Compare the two necks, and if
      the films look normal with this history, recommend MRI.
    evidence: A faint band of increased density crosses the left subcapital femoral neck on both views
distractors:
  - step: soft-tissues
    term: soft-tissue-calcification
    side: right
    note: >
      Pelvic phleboliths: small round calcified venous thrombi with lucent centres, low in the
      pelvis beside the bladder. Common after middle age and of no significance; not a
      ureteric stone or soft-tissue calcification to report.
    evidence: Three round 4 mm calcifications with lucent centres
impression: >
  Impacted subcapital fracture of the left femoral neck.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "NICE CG124: Hip fracture: management (2011, updated 2023)"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-lisfranc-injury.yaml",
            text: #"""
kind: case
id: rx-msk-lisfranc-injury
title: Twisted foot on stairs, left foot
modality: XR
exam: Left foot AP and oblique
priority: routine
patient: {age: 33, sex: F}
indication: >
  Missed a step and twisted her left foot. Midfoot swelling and plantar bruising.
routine: msk-xr
target_seconds: 50   # 125 words / 4 + 4 s x 5 steps = 51 s, rounded to 5
views:
  alignment: >
    On the AP the second metatarsal base is offset 3 mm laterally from the medial border
    of the middle cuneiform; fourth metatarsal and cuboid medial borders aligned on the
    oblique.
  bone: >
    A 2 mm bony fleck lies between the first and second metatarsal bases. Metatarsal
    shafts, the two hallux sesamoids and the phalanges have unbroken cortices.
  joints: >
    The space between the first and second metatarsal bases measures 4 mm, that between
    the second and third 2 mm. Talonavicular and metatarsophalangeal spaces even.
  soft-tissues: >
    Dorsal and plantar fat of the midfoot of even density on both views. No gas or
    radiopaque foreign body in the sole.
  everything-else: >
    Calcaneus, talus and navicular in the field with smooth cortices denser than the trabeculae.
    Left foot AP and oblique only, non-weight-bearing. No hardware.
findings:
  - id: lisfranc-injury
    step: alignment
    term: lisfranc-injury
    side: left
    severity: major
    conspicuity: subtle
    accept_at: [bone]
    accept_terms: [avulsion-fracture]
    teaching: >
      The medial border of the second metatarsal base must line up with the middle
      cuneiform; a step, a widened first-second gap or a fleck between them is a Lisfranc
      injury. Missed, it leads to midfoot collapse; weight-bearing films or CT confirm it.
    evidence: is offset 3 mm laterally from the medial border of the middle cuneiform
impression: >
  Lisfranc (tarsometatarsal) injury of the left foot: lateral offset of the second
  metatarsal base with a fleck avulsion. CT or weight-bearing views and orthopaedic referral
  recommended.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Lisfranc injury"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-bipartite-patella.yaml",
            text: #"""
kind: case
id: rx-msk-normal-bipartite-patella
title: Football knee injury, left knee
modality: XR
exam: Left knee AP and lateral
priority: routine
patient: {age: 17, sex: M}
indication: >
  Took a blow to the front of the left knee playing football. Anterior knee pain, no
  effusion.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Left knee AP and horizontal-beam lateral. Insall-Salvati ratio 1.0, so the patella
    sits neither high nor low; femorotibial and patellofemoral joints congruent.
  bone: >
    The superolateral corner of the patella is a separate fragment with smooth, rounded,
    corticated margins facing a matching smooth edge. Distal femoral and proximal tibial
    cortices unbroken.
  joints: >
    Distal femoral and proximal tibial physes narrowed and partly fused, as at 17.
    Medial and lateral tibiofemoral spaces 5 mm and 6 mm.
  soft-tissues: >
    Suprapatellar recess a thin 3 mm stripe between the quadriceps fat and the
    prefemoral fat, with no fluid level. Hoffa fat pad darker than the patellar tendon; no gas.
  everything-else: >
    Fibular head and the visible femoral and tibial shafts have smooth cortices; the fibular head ends below
    the tibial plateau. No hardware and no vascular calcification at 17.
distractors:
  - step: bone
    term: fracture
    side: left
    note: >
      Bipartite patella: a superolateral fragment with smooth, corticated, rounded edges,
      often bilateral. A fracture has sharp, non-corticated edges and usually an effusion.
    evidence: a separate fragment with smooth, rounded, corticated margins
impression: >
  No fracture. Bipartite patella (normal variant).
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Bipartite patella"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-child-wrist.yaml",
            text: #"""
kind: case
id: rx-msk-normal-child-wrist
title: Child's fall, right wrist
modality: XR
exam: Right wrist PA and lateral (paediatric)
priority: urgent
patient: {age: 9, sex: M}
indication: >
  Fell off a scooter onto his right hand. Tender over the distal forearm.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Right wrist PA and lateral in a 9-year-old. Distal radial epiphysis centred on the
    metaphysis on both views; volar tilt about 10 degrees on the lateral.
  bone: >
    A smooth lucent band of even width with fine sclerotic margins crosses the distal
    radius 1 cm from the articular surface, matched by a similar band in the distal
    ulna. Metaphyseal cortices smooth.
  joints: >
    Radiocarpal space open. Seven carpal centres ossified, the scaphoid and trapezoid
    still small and rounded; no pisiform yet. Radial epiphysis wider than the ulnar.
  soft-tissues: >
    Pronator quadratus fat line straight and parallel to the volar radius. Dorsal
    fat even, darker than the muscle; no gas or foreign body.
  everything-else: >
    Metacarpal physes open at the heads of the second to fifth, but at the base of the
    thumb metacarpal. No cast or hardware.
distractors:
  - step: bone
    term: fracture
    side: right
    note: >
      The physes (growth plates): smooth, even lucent bands with sclerotic margins at the
      expected place in both the radius and the ulna. A fracture line is sharp, irregular
      and not mirrored in the other bone.
    evidence: A smooth lucent band of even width with fine sclerotic margins crosses the distal radius
impression: >
  Normal right wrist for age; no fracture.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Salter-Harris classification; normal growth plates"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-foot-os-peroneum.yaml",
            text: #"""
kind: case
id: rx-msk-normal-foot-os-peroneum
title: Inversion injury, left foot
modality: XR
exam: Left foot AP and oblique
priority: urgent
patient: {age: 36, sex: F}
indication: >
  Went over on her left foot on a stair. Tender at the lateral border of the foot.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Medial border of the second metatarsal base flush with the
    middle cuneiform; on the oblique the medial borders of the fourth metatarsal base
    and the cuboid line up.
  bone: >
    Fifth metatarsal base, tuberosity and shaft have an unbroken cortex. Beside the
    cuboid, lateral and plantar, a rounded ossicle with a complete smooth cortex.
    Phalanges intact.
  joints: >
    Calcaneocuboid and talonavicular spaces even and parallel. First metatarsophalangeal
    space 2 mm, its two sesamoids beneath the metatarsal head. No erosions. First metatarsal wider than the
    lesser metatarsals.
  soft-tissues: >
    Fat along the lateral border of the foot of even thickness to the fifth
    metatarsal head; plantar fat wider than dorsal. No gas or foreign body.
  everything-else: >
    Calcaneus and talar neck in the field with smooth cortices, denser than the trabeculae. No
    hardware; no arterial calcification at 36.
distractors:
  - step: bone
    term: avulsion-fracture
    side: left
    note: >
      Os peroneum: an accessory ossicle in the peroneus longus tendon beside the cuboid,
      rounded and fully corticated. An avulsion fragment is sharp-edged with a donor defect.
    evidence: a rounded ossicle with a complete smooth cortex
impression: >
  No fracture of the left foot; Lisfranc alignment normal. Os peroneum (accessory ossicle).
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Os peroneum; Accessory ossicles of the foot"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-hand-sesamoids.yaml",
            text: #"""
kind: case
id: rx-msk-normal-hand-sesamoids
title: Punched a wall, right hand
modality: XR
exam: Right hand PA and oblique
priority: routine
patient: {age: 25, sex: M}
indication: >
  Punched a wall. Pain over the knuckles of the ring and little fingers.
routine: msk-xr
target_seconds: 50   # 124 words / 4 + 4 s x 5 steps = 51 s, rounded to 5
views:
  alignment: >
    Right hand PA and oblique, fingers spread. Fourth and fifth carpometacarpal joints
    parallel and congruent on both views; the metacarpal heads form a smooth cascade.
  bone: >
    Fourth and fifth metacarpal necks straight on the oblique, cortices unbroken. Two
    small smooth oval ossicles lie over the palmar thumb metacarpophalangeal joint.
    Phalanges intact.
  joints: >
    Metacarpophalangeal spaces 2 mm and even and interphalangeal spaces symmetric in
    each finger. All physes fused at 25; subchondral bone crisp.
  soft-tissues: >
    Soft tissue over the fourth and fifth knuckles as thick as over the index and
    middle; palmar soft tissues wider than the dorsal. No tooth fragment, glass or gas.
  everything-else: >
    Carpus and distal radius and ulna in the field with smooth cortices denser than the medulla; ulnar variance
    neutral. No hardware, rings or splint.
distractors:
  - step: bone
    term: avulsion-fracture
    side: right
    note: >
      Sesamoid bones at the thumb metacarpophalangeal joint: paired, smooth, oval and
      corticated, present in almost everyone.
    evidence: Two small smooth oval ossicles lie over the palmar thumb metacarpophalangeal joint
impression: >
  No fracture of the right hand; in particular the fourth and fifth metacarpals are intact.
  Normal sesamoids.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-hip-older.yaml",
            text: #"""
kind: case
id: rx-msk-normal-hip-older
title: Fall with hip pain, left hip
modality: XR
exam: Pelvis AP and left hip lateral
priority: urgent
patient: {age: 81, sex: F}
indication: >
  Fell at home onto her left side. Painful left hip, able to weight-bear with help. Query
  neck of femur fracture.
routine: msk-xr
target_seconds: 50   # 128 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    AP pelvis with the feet turned in 15 degrees and a left hip lateral. Shenton's lines
    unbroken and both femoral heads seated in the acetabula.
  bone: >
    Cortex of both femoral necks continuous on both views; left neck trabeculae
    uninterrupted. Where the greater trochanter overlaps the lateral neck on the AP a
    band of increased density crosses it, absent on the lateral view.
  joints: >
    Superior hip joint spaces 4 mm on the left and on the right. Sacroiliac joints and
    pubic symphysis with sharp margins. Acetabular roofs denser than the bone above.
  soft-tissues: >
    Gluteal, obturator internus and iliopsoas fat lines symmetric, with no bulge of the
    left hip capsule. No soft-tissue gas.
  everything-else: >
    L5, the sacrum and both iliac wings in the field with smooth cortices. No hardware
    or cement in either hip.
distractors:
  - step: bone
    term: femoral-neck-fracture
    side: left
    note: >
      Overlap of the greater trochanter and the femoral neck makes a band of density on the
      AP that disappears on the lateral. An impacted fracture band persists on both views,
      with a cortical step or angulated trabeculae.
    evidence: absent on the lateral view
impression: >
  No fracture of the left hip or pelvis on radiographs. If pain prevents mobilisation, MRI
  (or CT) excludes an occult fracture.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "NICE CG124: Hip fracture: management (2011, updated 2023) - MRI for suspected occult hip fracture"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-knee-fabella.yaml",
            text: #"""
kind: case
id: rx-msk-normal-knee-fabella
title: Twisted knee, right knee
modality: XR
exam: Right knee AP and lateral
priority: routine
patient: {age: 58, sex: M}
indication: >
  Twisted his right knee getting out of a car. Pain at the back of the knee, no effusion
  clinically.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Right knee AP and horizontal-beam lateral, the knee in slight flexion. Tibiofemoral
    alignment neutral on the AP; Insall-Salvati ratio 1.1 on the lateral.
  bone: >
    Tibial plateaus and femoral condyles have smooth, unbroken cortices. Behind the
    lateral femoral condyle, in the lateral head of gastrocnemius, a 7 mm smooth,
    corticated oval ossicle. Fibular head intact.
  joints: >
    Medial tibiofemoral space 5 mm, lateral 6 mm, patellofemoral 5 mm. Menisci not
    calcified; joint margins and tibial spines without osteophytes.
  soft-tissues: >
    On the horizontal-beam lateral the suprapatellar recess is a thin stripe with no
    fluid level. Popliteal fat clear, no gas; Hoffa fat pad darker than the patellar tendon.
  everything-else: >
    Distal femoral and proximal tibial shafts in the field with smooth cortices; medial
    femoral condyle larger than the lateral. No hardware; popliteal artery not calcified at 58.
distractors:
  - step: bone
    term: avulsion-fracture
    side: right
    note: >
      Fabella: a sesamoid bone in the lateral head of gastrocnemius, smooth and fully
      corticated, seen in many adults. It is not an avulsion or fracture fragment, a loose
      body or an osteophyte.
    evidence: a 7 mm smooth, corticated oval ossicle
impression: >
  Normal right knee; no fracture or effusion. Fabella (normal sesamoid).
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Fabella"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-shoulder.yaml",
            text: #"""
kind: case
id: rx-msk-normal-shoulder
title: Fall onto the shoulder, right shoulder
modality: XR
exam: Right shoulder AP and Y view
priority: routine
patient: {age: 50, sex: M}
indication: >
  Fell off a bicycle onto his right shoulder. Painful abduction.
routine: msk-xr
target_seconds: 50   # 125 words / 4 + 4 s x 5 steps = 51 s, rounded to 5
views:
  alignment: >
    On the Y view the humeral head sits over the centre of
    the glenoid; inferior borders of acromion and clavicle level, coracoclavicular
    distance 11 mm.
  bone: >
    Greater and lesser tuberosities with smooth cortices; humeral neck trabeculae
    continuous. Clavicle, acromion, coracoid and scapular body intact on both views. Humeral head larger than the glenoid.
  joints: >
    Acromioclavicular joint 4 mm wide and acromiohumeral interval 9 mm. Glenohumeral
    space parallel and even, the glenoid and humeral head outlines smooth without
    marginal spurs.
  soft-tissues: >
    No calcific density above the greater tuberosity or under the acromion. Subacromial-
    subdeltoid fat stripe a thin even line; axillary fat clear, no gas.
  everything-else: >
    Right upper ribs, lateral clavicle and the lung apex in the field; apical lung
    markings reach the chest wall. No hardware or surgical clips.
impression: >
  Normal right shoulder; no fracture or dislocation.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-normal-wrist.yaml",
            text: #"""
kind: case
id: rx-msk-normal-wrist
title: Fall on the hand, left wrist
modality: XR
exam: Left wrist PA and lateral
priority: routine
patient: {age: 45, sex: F}
indication: >
  Slipped on ice and landed on her outstretched left hand. Tender distal radius.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Left wrist PA and lateral, without rotation. The three carpal arcs run smoothly; on
    the lateral the radius, lunate and capitate lie on one axis.
  bone: >
    Radial inclination 23 degrees and radial height 12 mm on the PA; volar tilt 11
    degrees on the lateral. Scaphoid waist and ulnar styloid cortices unbroken, denser than the medulla.
  joints: >
    Scapholunate interval 2 mm, even with the other intercarpal spaces, and the
    radiocarpal space 2 mm. Ulnar variance neutral; no calcification in the triangular
    fibrocartilage.
  soft-tissues: >
    Scaphoid fat stripe a thin straight lucent line beside the scaphoid. Pronator
    quadratus fat plane flat against the radius; no gas. Subcutaneous fat darker than the muscle.
  everything-else: >
    Metacarpal bases, the first carpometacarpal joint and the distal third of both
    forearm bones in the field. No hardware, jewellery or cast.
impression: >
  Normal left wrist; no fracture.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-pathological-humerus.yaml",
            text: #"""
kind: case
id: rx-msk-pathological-humerus
title: Arm pain after lifting, right humerus
modality: XR
exam: Right humerus AP and lateral
priority: routine
patient: {age: 70, sex: M}
indication: >
  Sudden pain in the right upper arm lifting a shopping bag. Treated for lung cancer last
  year.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Right humerus AP and lateral, shoulder to elbow. The shaft is angulated 15 degrees
    at the junction of its middle and upper thirds; humeral head seated on the glenoid.
  bone: >
    A 4 cm ill-defined lucent area replaces the medullary bone and thins the cortex at
    the middle-upper third junction; a transverse break runs through it. Humeral head
    and neck intact.
  joints: >
    Glenohumeral space even and the humeral head outline smooth; elbow spaces open at
    the lower edge of the film. No calcified cartilage; distal shaft cortex smooth.
  soft-tissues: >
    Soft tissues of the upper arm widened around this level, with the fat planes
    blurred. No gas and no soft-tissue calcification.
  everything-else: >
    Upper ribs and the lateral edge of the right lung at the top of the film; the
    visible lung is clear. No hardware.
findings:
  - id: pathological-humeral-fracture
    step: bone
    term: pathological-fracture
    side: right
    severity: major
    conspicuity: obvious
    accept_terms: [lytic-lesion, fracture]
    teaching: >
      A fracture through an ill-defined lytic lesion after trivial force is pathological; in
      a patient with lung cancer it is a metastasis until proven otherwise. Say so, because
      fixation and oncology differ from a simple fracture.
    evidence: A 4 cm ill-defined lucent area replaces the medullary bone
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling around an acute fracture is expected; a calcified or large soft-tissue mass
      would instead suggest a primary bone tumour.
    evidence: Soft tissues of the upper arm widened around this level
impression: >
  Pathological fracture of the right humeral shaft through a lytic lesion, most likely a
  metastasis from the known lung cancer.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Mirels H. Metastatic disease in long bones: a proposed scoring system for diagnosing impending pathologic fractures. Clin Orthop Relat Res 1989;249:256-264"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-perilunate-dislocation.yaml",
            text: #"""
kind: case
id: rx-msk-perilunate-dislocation
title: Fall from a ladder onto the hand, right wrist
modality: XR
exam: Right wrist PA and lateral
priority: urgent
patient: {age: 28, sex: M}
indication: >
  Fell two metres from a ladder onto his outstretched right hand. Swollen wrist, tingling in
  the fingers.
routine: msk-xr
target_seconds: 50   # 126 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    On the PA the midcarpal arc is broken and the lunate triangular. On the lateral the
    lunate lines up with the radius; the capitate sits behind it, off the lunate cup.
  bone: >
    Beside the ulnar styloid tip a 3 mm round ossicle with a complete smooth cortex.
    Radius, ulna, scaphoid waist, capitate and triquetrum traced on both views without a
    lucent line or step.
  joints: >
    Radiocarpal space 2 mm and even. On the PA the capitate head overlaps the lunate, so
    no midcarpal space shows between them.
  soft-tissues: >
    Soft tissues around the wrist markedly widened, most on the palmar side, with the
    dorsal fat stripes blurred. No gas or radiopaque foreign body.
  everything-else: >
    Metacarpal shafts and distal forearm in the field, physes fused, cortices denser
    than the medulla. No hardware.
findings:
  - id: perilunate-dislocation
    step: alignment
    term: perilunate-dislocation
    side: right
    severity: major
    conspicuity: subtle
    accept_terms: [dislocation]
    teaching: >
      Trace Gilula's arcs on every wrist PA and check on the lateral that the radius, lunate
      and capitate form a line: a capitate behind the lunate is a perilunate dislocation. It
      is missed in about a quarter of cases, threatens the median nerve and needs urgent
      reduction; about 60 to 65 % are trans-scaphoid, so look hard at the scaphoid.
    evidence: the capitate sits behind it, off the lunate cup
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Marked palmar swelling with a carpal dislocation goes with median nerve compression:
      mention the nerve in the report.
    evidence: Soft tissues around the wrist markedly widened, most on the palmar side
distractors:
  - step: bone
    term: avulsion-fracture
    side: right
    note: >
      Os triangulare: an accessory ossicle beside the tip of the ulnar styloid, round and
      corticated all round, with an intact styloid beside it. An avulsed styloid tip has a
      sharp, uncorticated edge facing a matching defect in the styloid.
    evidence: Beside the ulnar styloid tip a 3 mm round ossicle with a complete smooth cortex
impression: >
  Perilunate dislocation of the right wrist, without a scaphoid fracture on these views.
  Urgent orthopaedic referral for reduction; median nerve symptoms noted.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Herzberg G et al. Perilunate dislocations and fracture-dislocations: a multicenter study. J Hand Surg Am 1993;18:768-779"
  - "Gilula LA. Carpal injuries: analytic approach and case exercises. AJR 1979;133:503-517"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-slipped-capital-femoral-epiphysis.yaml",
            text: #"""
kind: case
id: rx-msk-slipped-capital-femoral-epiphysis
title: Limp and knee pain, pelvis
modality: XR
exam: Pelvis AP and frog-leg lateral
priority: routine
patient: {age: 13, sex: M}
indication: >
  Three weeks of right knee pain and a limp. Knee examination normal.
routine: msk-xr
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    On both views a line along the superior right femoral neck does not cut the right
    epiphysis, which sits lower and behind the neck; on the left it cuts the epiphysis, which is central.
  bone: >
    Femoral necks, pelvic bones and proximal femoral shafts with smooth cortices. A thin
    smooth crescent of bone lies along each posterior acetabular rim, separated by an
    even lucent line.
  joints: >
    The right proximal femoral physis is wider than the left and its metaphyseal margin
    blurred. Superior hip joint spaces 5 mm on both sides.
  soft-tissues: >
    Gluteal, obturator internus and iliopsoas fat stripes symmetric on the AP; hip
    capsule outlines level. No gas or calcification.
  everything-else: >
    AP pelvis and frog-leg lateral, taking in L5, the sacrum and both proximal femoral
    shafts; the knees are outside the field. No hardware.
findings:
  - id: right-slipped-epiphysis
    step: alignment
    term: scfe
    side: right
    severity: major
    conspicuity: subtle
    accept_at: [joints]
    accept_terms: [physeal-injury]
    teaching: >
      A line along the superior femoral neck (Klein's line) should cut the epiphysis; when
      it does not, the epiphysis has slipped. Hip disease presents as knee pain in
      adolescents, so image the hip and look at the frog-leg view, where slips show best.
    evidence: does not cut the right epiphysis
distractors:
  - step: bone
    term: avulsion-fracture
    side: right
    note: >
      Secondary ossification centre of the posterior acetabular rim (os ischium, the posterior
      rim sign): it appears in early adolescence (on average about 14 in boys, 12 in girls),
      is smooth, corticated and present on both sides, and fuses within about a year around
      closure of the triradiate cartilage. Not an avulsed fragment.
    evidence: A thin smooth crescent of bone lies along each posterior acetabular rim
impression: >
  Slipped capital femoral epiphysis on the right. Urgent orthopaedic referral; the left hip
  should be watched.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Klein A, Joplin RJ, Reidy JA, Hanelin J. Roentgenographic features of slipped capital femoral epiphysis. AJR 1951;66:361-374"
  - "FRCR 2B rapid reporting: 30 radiographs in 35 minutes, about half normal (REFERENCES.md)"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/cases/msk-xr/rx-msk-supracondylar-child.yaml",
            text: #"""
kind: case
id: rx-msk-supracondylar-child
title: Child's fall from a climbing frame, left elbow
modality: XR
exam: Left elbow AP and lateral (paediatric)
priority: urgent
patient: {age: 6, sex: M}
indication: >
  Fell from a climbing frame onto his left arm. Swollen elbow, will not move it.
routine: msk-xr
target_seconds: 50   # 128 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Lateral taken at 90 degrees of flexion. The anterior humeral line passes wholly in
    front of the capitellum; the radiocapitellar line passes through the capitellum on
    both views.
  bone: >
    On the AP a faint transverse lucent line crosses the distal humeral metaphysis just
    above the olecranon fossa, without displacement. Radial neck and olecranon cortices
    smooth.
  joints: >
    The anterior fat pad is lifted into a triangle and a posterior fat pad is shows
    behind the humerus. Capitellum and radial head ossified, trochlea not yet at 6.
  soft-tissues: >
    Soft tissues around the elbow widened, most anteriorly over the distal humerus. No
    gas or radiopaque foreign body.
  everything-else: >
    Humeral shaft and proximal radius and ulna in the field with smooth cortices and
    open physes, the ulna larger than the radius proximally. No cast or hardware.
findings:
  - id: elbow-effusion-fat-pads
    step: joints
    term: joint-effusion
    side: left
    severity: minor
    conspicuity: obvious
    accept_at: [soft-tissues]
    teaching: >
      A visible posterior fat pad in a child after trauma means an effusion and usually a
      fracture; the commonest is supracondylar.
    evidence: The anterior fat pad is lifted into a triangle
  - id: supracondylar-fracture
    step: bone
    term: supracondylar-fracture
    side: left
    severity: major
    conspicuity: subtle
    accept_terms: [fracture]
    teaching: >
      An anterior humeral line that passes in front of the capitellum means the distal
      humerus is tilted backwards: a supracondylar fracture even when the line itself is
      faint. Check the neurovascular status, because these injure the brachial artery and
      nerves.
    evidence: a faint transverse lucent line crosses the distal humeral metaphysis
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: left
    severity: incidental
    conspicuity: obvious
    teaching: >
      Marked anterior swelling after a supracondylar fracture warns of brachial artery or
      median nerve injury.
    evidence: Soft tissues around the elbow widened, most anteriorly
impression: >
  Supracondylar fracture of the left humerus with posterior angulation (anterior humeral
  line anterior to the capitellum) and an elbow effusion.
references:
  - "Radiopaedia: MSK radiograph review (ABCS: alignment, bone, cartilage, soft tissues)"
  - "Radiopaedia: Supracondylar fracture; Anterior humeral line"
  - "Skaggs DL, Mirzayan R. The posterior fat pad sign in association with occult fracture of the elbow in children. J Bone Joint Surg Am 1999;81:1429-1433"
exam_only: true
status: draft

"""#
        ),
        SourceFile(
            path: "Cases/routines/ct-abdomen.yaml",
            text: #"""
# CT abdomen and pelvis: look at the scout, then go organ by organ. Liver, peritoneum, body
# wall, retroperitoneum and mesentery are explicit steps because they are the most-missed
# sites of major misses (liver 15%, peritoneum 10%, body wall 9%, retroperitoneum 8%,
# mesentery 6%: J Clin Imaging Sci 2020); lines and tubes are an explicit last step
# (on-call misses: clots 13.8%, colitis 8.3%, misplaced lines and tubes 6.9%,
# pyelonephritis 5.5%: PubMed 29397268). Written without a radiologist's review.
kind: routine
id: ct-abdomen
title: CT abdomen and pelvis (organ by organ)
modality: CT
order: strict
steps:
  - id: scout
    label: Scout (topogram)
    hint: "Before the axials: gas pattern, calcification, devices, edges of the field."
    terms:
      - id: dilated-bowel
        label: Dilated bowel loops on the scout
        aliases: [dilated loops, obstruction on scout]
      - id: abnormal-calcification
        label: Abnormal calcification (stone, calculus)
        aliases: [calculus, stone, calcification]
      - id: foreign-body
        label: Foreign body or retained object
        aliases: [FB, retained surgical item, ingested object]
      - id: outside-fov
        label: Abnormality outside the axial field (scout only)
        aliases: [outside field of view, FOV, scout only]
  - id: lung-bases
    label: Lung bases and lower chest
    hint: "Lung windows: nodules, consolidation, effusion; clot in the basal arteries."
    terms:
      - id: pulmonary-embolus
        label: Pulmonary embolus
        aliases: [PE, incidental PE, filling defect, pulmonary embolism]
        category: 1
        lateral: true
      - id: basal-consolidation
        label: Basal consolidation
        aliases: [consolidation, pneumonia]
        lateral: true
      - id: pleural-effusion
        label: Pleural effusion
        aliases: [effusion]
        lateral: true
      - id: lung-nodule
        label: Lung nodule
        aliases: [nodule]
        category: 3
        lateral: true
      - id: pericardial-effusion
        label: Pericardial effusion
        aliases: [pericardial fluid]
      - id: hiatus-hernia
        label: Hiatus hernia
        aliases: [HH]
  - id: liver
    label: Liver
    hint: "Size, contour, every segment including the dome; portal and hepatic veins."
    terms:
      - id: liver-lesion
        label: Focal liver lesion
        aliases: [liver mass, metastasis, liver metastases, hypodense lesion]
        category: 3
      - id: liver-abscess
        label: Liver abscess
        aliases: [hepatic abscess]
      - id: cirrhosis
        label: Cirrhotic liver
        aliases: [nodular liver, chronic liver disease]
      - id: steatosis
        label: Hepatic steatosis
        aliases: [fatty liver]
      - id: portal-vein-thrombosis
        label: Portal vein thrombosis
        aliases: [PVT, portal vein clot]
  - id: biliary
    label: Gallbladder and bile ducts
    hint: "Stones, wall, pericholecystic fluid; duct calibre, duct stones, air."
    terms:
      - id: gallstones
        label: Gallstones
        aliases: [cholelithiasis]
      - id: cholecystitis
        label: Acute cholecystitis
        aliases: [gallbladder wall thickening, pericholecystic fluid]
      - id: biliary-dilatation
        label: Biliary dilatation
        aliases: [duct dilatation, dilated CBD, dilated ducts]
      - id: cbd-stone
        label: Common bile duct stone
        aliases: [choledocholithiasis]
      - id: pneumobilia
        label: Pneumobilia
        aliases: [biliary air, biliary gas]
  - id: spleen
    label: Spleen
    hint: "Size, enhancement, lesions, infarcts; splenules are normal."
    terms:
      - id: splenomegaly
        label: Splenomegaly
        aliases: [enlarged spleen]
      - id: splenic-lesion
        label: Focal splenic lesion
        aliases: [splenic mass, splenic nodule]
      - id: splenic-infarct
        label: Splenic infarct
        aliases: [wedge-shaped splenic defect]
      - id: splenic-vein-thrombosis
        label: Splenic vein thrombosis
        aliases: [splenic vein clot]
  - id: pancreas
    label: Pancreas
    hint: "Outline, enhancement, duct calibre, peripancreatic fat and collections."
    terms:
      - id: pancreatitis
        label: Acute pancreatitis
        aliases: [peripancreatic stranding, oedematous pancreatitis]
      - id: pancreatic-mass
        label: Pancreatic mass
        aliases: [pancreatic cancer, hypoattenuating mass]
      - id: pancreatic-duct-dilatation
        label: Pancreatic duct dilatation
        aliases: [dilated pancreatic duct, PD dilatation]
      - id: pancreatic-collection
        label: Pancreatic or peripancreatic collection
        aliases: [pseudocyst, walled-off necrosis, necrosis]
      - id: pancreatic-calcification
        label: Pancreatic calcification
        aliases: [chronic pancreatitis]
  - id: kidneys-adrenals
    label: Kidneys, ureters and adrenals
    hint: "Symmetric enhancement? Hydronephrosis, stones along each ureter, adrenals."
    terms:
      - id: pyelonephritis
        label: Pyelonephritis
        aliases: [striated nephrogram, renal infection, wedge-shaped hypoenhancement]
        lateral: true
      - id: hydronephrosis
        label: Hydronephrosis
        aliases: [hydroureter, obstructed kidney, pelvicalyceal dilatation]
        lateral: true
      - id: pyonephrosis
        label: Pyonephrosis (obstructed, infected kidney)
        aliases: [infected obstructed kidney, obstructed infected kidney, infected hydronephrosis]
        category: 1
        lateral: true
      - id: urolithiasis
        label: Urinary tract calculus
        aliases: [renal stone, ureteric stone, calculus, kidney stone]
        lateral: true
      - id: renal-mass
        label: Solid renal mass
        aliases: [RCC, renal cell carcinoma, renal tumour]
        lateral: true
      - id: renal-cyst
        label: Simple renal cyst
        aliases: [Bosniak I, cyst]
        lateral: true
      - id: adrenal-nodule
        label: Adrenal nodule
        aliases: [adrenal adenoma, adrenal mass]
        lateral: true
  - id: pelvis
    label: Bladder and pelvic organs
    hint: "Bladder wall, uterus and ovaries or prostate, pelvic fluid and nodes."
    terms:
      - id: bladder-wall-thickening
        label: Bladder wall thickening or mass
        aliases: [cystitis, bladder mass]
      - id: ovarian-mass
        label: Adnexal mass
        aliases: [ovarian cyst, ovarian mass, adnexal cyst]
        lateral: true
      - id: ovarian-torsion
        label: Ovarian (adnexal) torsion
        aliases: [adnexal torsion, torsion]
        category: 1
        lateral: true
      - id: uterine-mass
        label: Uterine mass
        aliases: [fibroid, leiomyoma]
      - id: prostate-enlargement
        label: Prostatic enlargement
        aliases: [BPH, enlarged prostate]
      - id: collection
        label: Fluid collection or abscess
        aliases: [abscess, pelvic collection, pelvic abscess]
      - id: pelvic-lymphadenopathy
        label: Pelvic lymphadenopathy
        aliases: [pelvic nodes, iliac nodes]
  - id: bowel
    label: Bowel and appendix
    hint: "Stomach to rectum: calibre, wall, transition point; appendix; diverticula."
    terms:
      - id: small-bowel-obstruction
        label: Small bowel obstruction
        aliases: [SBO, transition point, dilated small bowel]
      - id: large-bowel-obstruction
        label: Large bowel obstruction
        aliases: [LBO]
      - id: appendicitis
        label: Acute appendicitis
        aliases: [appendicolith]
      - id: diverticulitis
        label: Diverticulitis
        aliases: [diverticular disease, sigmoid diverticulitis]
      - id: colitis
        label: Colitis
        aliases: [colonic wall thickening, pseudomembranous colitis, inflammatory colitis]
      - id: bowel-ischaemia
        label: Bowel ischaemia
        aliases: [ischaemic bowel, non-enhancing bowel]
        category: 1
      - id: bowel-mass
        label: Bowel wall mass
        aliases: [colonic tumour, bowel tumour, gastric mass]
  - id: mesentery
    label: Mesentery and mesenteric vessels
    hint: "SMA and SMV patent and normally placed? Stranding, whirl, nodes."
    terms:
      - id: sma-occlusion
        label: Superior mesenteric artery occlusion
        aliases: [SMA embolus, SMA thrombosis, mesenteric ischaemia]
        category: 1
      - id: smv-thrombosis
        label: Mesenteric venous thrombosis
        aliases: [SMV thrombosis, SMV clot]
      - id: mesenteric-lymphadenopathy
        label: Mesenteric lymphadenopathy
        aliases: [mesenteric nodes]
      - id: mesenteric-stranding
        label: Mesenteric fat stranding
        aliases: [misty mesentery, mesenteric oedema, panniculitis]
  - id: peritoneum
    label: Peritoneum
    hint: "Free gas (lung window), free fluid, collections, peritoneal nodules."
    terms:
      - id: free-gas
        label: Free intraperitoneal gas
        aliases: [pneumoperitoneum, free air, extraluminal gas, perforation]
        category: 1
      - id: free-fluid
        label: Free fluid (ascites)
        aliases: [ascites, free fluid]
      - id: collection
        label: Fluid collection or abscess
        aliases: [abscess, intra-abdominal collection]
      - id: peritoneal-deposits
        label: Peritoneal deposits
        aliases: [peritoneal carcinomatosis, omental cake, peritoneal nodules]
  - id: retroperitoneum
    label: Retroperitoneum, aorta and IVC
    hint: "Aorta calibre and wall, IVC, nodes, retroperitoneal blood or fluid."
    terms:
      - id: ruptured-aaa
        label: Ruptured abdominal aortic aneurysm
        aliases: [AAA rupture, leaking aneurysm]
        category: 1
      - id: aaa
        label: Abdominal aortic aneurysm (intact)
        aliases: [AAA, aneurysm]
      - id: retroperitoneal-lymphadenopathy
        label: Retroperitoneal lymphadenopathy
        aliases: [para-aortic nodes, lymphadenopathy]
      - id: ivc-thrombus
        label: IVC thrombus
        aliases: [IVC thrombosis]
  - id: body-wall
    label: Body wall and hernial orifices
    hint: "Inguinal, femoral, umbilical, incisional hernias; wall collections."
    terms:
      - id: inguinal-hernia
        label: Inguinal hernia
        aliases: [groin hernia]
        lateral: true
      - id: femoral-hernia
        label: Femoral hernia
        aliases: [groin hernia]
        lateral: true
      - id: ventral-hernia
        label: Ventral or incisional hernia
        aliases: [umbilical hernia, incisional hernia, paraumbilical hernia]
      - id: body-wall-collection
        label: Abdominal wall collection or haematoma
        aliases: [wound collection, rectus sheath haematoma, wall abscess]
      - id: body-wall-mass
        label: Abdominal wall mass
        aliases: [soft-tissue mass, wall nodule]
  - id: bones
    label: Bones
    hint: "Bone windows: spine, pelvis, ribs; lytic or sclerotic lesions, fractures."
    terms:
      - id: lytic-lesion
        label: Lytic bone lesion
        aliases: [lytic, bone metastasis, myeloma]
        category: 3
      - id: sclerotic-lesion
        label: Sclerotic bone lesion
        aliases: [sclerotic, blastic metastasis]
      - id: vertebral-fracture
        label: Vertebral fracture
        aliases: [compression fracture, wedge fracture]
      - id: pelvic-fracture
        label: Pelvic fracture
        aliases: [insufficiency fracture, ramus fracture]
        lateral: true
  - id: lines-tubes
    label: Lines, tubes and drains
    hint: "Follow each device to its tip: drains, catheters, stents, feeding tubes."
    terms:
      - id: drain-malposition
        label: Drain malpositioned
        aliases: [misplaced drain, migrated drain, drain tip]
      - id: catheter-malposition
        label: Urinary catheter malpositioned
        aliases: [catheter balloon in urethra, urinary catheter]
      - id: feeding-tube-malposition
        label: Feeding tube malpositioned
        aliases: [NG tube, NGT, PEG, gastrostomy, buried bumper]
      - id: stent-problem
        label: Stent migrated or malpositioned
        aliases: [ureteric stent, JJ stent, biliary stent]
      - id: line-malposition
        label: Vascular line malpositioned
        aliases: [CVC, femoral line, PICC]

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
        category: 1
        lateral: true
      - id: subdural-haematoma
        label: Acute subdural haematoma
        aliases: [SDH, ASDH, subdural, acute subdural]
        category: 1
        lateral: true
      - id: chronic-subdural-haematoma
        label: Chronic or subacute subdural haematoma
        aliases: [CSDH, chronic subdural, isodense subdural]
        category: 2
        lateral: true
      - id: subarachnoid-haemorrhage
        label: Subarachnoid haemorrhage
        aliases: [SAH, subarachnoid blood]
        category: 1
      - id: intraparenchymal-haemorrhage
        label: Intraparenchymal haemorrhage
        aliases: [ICH, IPH, intracerebral haemorrhage]
        category: 1
        lateral: true
      - id: intraventricular-haemorrhage
        label: Intraventricular haemorrhage
        aliases: [IVH, ventricular blood]
        category: 1
  - id: cisterns
    label: "Cisterns"
    hint: "Suprasellar, interpeduncular, ambient, quadrigeminal, Sylvian: dark, open?"
    terms:
      - id: subarachnoid-haemorrhage
        label: Subarachnoid haemorrhage
        aliases: [SAH, cisternal blood]
        category: 1
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
        category: 1
      - id: hyperdense-artery
        label: Hyperdense artery sign
        aliases: [hyperdense MCA, dense MCA, dense vessel, dot sign]
        category: 1
        lateral: true
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
        category: 2
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
        aliases: [linear fracture, calvarial fracture]
        lateral: true
      - id: depressed-skull-fracture
        label: Depressed skull fracture
        aliases: [depressed fracture]
        category: 2
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
        aliases: [lytic, myeloma]
        category: 3
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
            path: "Cases/routines/ct-trauma.yaml",
            text: ##"""
# Trauma CT (whole-body, "pan-scan"): report the primary survey first - the immediately
# life-threatening injuries, communicated at once - then the secondary survey (RCR,
# Standards of practice and guidance for trauma radiology in severely injured patients).
# The primary survey follows ABCDE, "treat first what kills first" (ATLS 10th ed., 2018;
# ESER guideline on radiological polytrauma imaging, Insights Imaging 2020): A airway and
# tube position; B tension or open pneumothorax, massive haemothorax, flail segment,
# pulmonary contusion; C haemopericardium, aortic injury, active haemorrhage, solid organs,
# unstable pelvic ring; D intracranial haemorrhage, unstable spine. Groups in order, free
# order inside each group. Written without a radiologist's review.
kind: routine
id: ct-trauma
title: Trauma CT (primary survey, then secondary survey)
modality: CT
order: groups
order_weight: 30
steps:
  - id: airway
    label: "Primary A: airway and tubes"
    hint: "Tube tip to carina, tube in a bronchus? Trachea and main bronchi intact?"
    terms:
      - id: ett-malposition
        label: Endotracheal tube malpositioned
        aliases: [ETT, ETT in bronchus, ETT too low]
        category: 1
      - id: tracheobronchial-injury
        label: Tracheobronchial injury
        aliases: [bronchial rupture, fallen lung sign, tracheal tear]
        category: 1
  - id: chest-pleura
    label: "Primary B: pleural spaces"
    hint: "Tension or open pneumothorax, massive haemothorax: shift, dome, blood?"
    terms:
      - id: tension-pneumothorax
        label: Tension pneumothorax
        aliases: [tension, tension ptx]
        category: 1
        lateral: true
      - id: pneumothorax
        label: Pneumothorax
        aliases: [ptx, PTX, pneumo, occult pneumothorax]
        category: 2
        lateral: true
      - id: open-pneumothorax
        label: Open pneumothorax (chest wall defect)
        aliases: [sucking chest wound, open ptx, communicating pneumothorax]
        category: 1
        lateral: true
      - id: haemothorax
        label: Haemothorax
        aliases: [HTX, massive haemothorax, hemothorax, pleural blood]
        category: 1
        lateral: true
      - id: pleural-effusion
        label: Simple pleural effusion (water density)
        aliases: [effusion, pleural fluid]
        lateral: true
  - id: chest-wall
    label: "Primary B: chest wall (flail) and shoulder girdle"
    hint: "Count the ribs on both sides; flail segment, sternum, scapulae, clavicles."
    terms:
      - id: rib-fractures
        label: Rib fractures
        aliases: [rib fracture, fractured ribs, "#rib"]
        lateral: true
      - id: flail-segment
        label: Flail segment
        aliases: [flail chest]
        lateral: true
      - id: sternal-fracture
        label: Sternal fracture
        aliases: [fractured sternum]
      - id: scapular-fracture
        label: Scapular fracture
        aliases: [fractured scapula]
        lateral: true
      - id: clavicle-fracture
        label: Clavicle fracture
        aliases: [fractured clavicle]
        lateral: true
      - id: subcutaneous-emphysema
        label: Subcutaneous emphysema
        aliases: [surgical emphysema, soft-tissue gas]
        lateral: true
  - id: lungs
    label: "Primary B: lungs (contusion, laceration)"
    hint: "Contusion, laceration, aspiration, collapse: lung windows, both sides."
    terms:
      - id: pulmonary-contusion
        label: Pulmonary contusion
        aliases: [lung contusion]
        lateral: true
      - id: pulmonary-laceration
        label: Pulmonary laceration
        aliases: [pneumatocoele, lung laceration]
        lateral: true
      - id: aspiration
        label: Aspiration
        aliases: [aspiration pneumonitis]
        lateral: true
      - id: atelectasis
        label: Atelectasis or collapse
        aliases: [collapse, lobar collapse]
        lateral: true
  - id: pericardium
    label: "Primary C: heart and pericardium"
    hint: "Pericardial fluid (blood is over 30 HU), distended cava, cardiac wound?"
    terms:
      - id: haemopericardium
        label: Haemopericardium
        aliases: [pericardial blood, tamponade, hemopericardium]
        category: 1
      - id: pneumopericardium
        label: Pneumopericardium
        aliases: [pericardial air, pericardial gas]
        category: 2
      - id: pericardial-fluid-simple
        label: Small simple pericardial effusion (water density)
        aliases: [simple pericardial effusion]
  - id: aorta
    label: "Primary C: aorta and great vessels"
    hint: "Isthmus first: contour, intimal flap, pseudoaneurysm, periaortic blood."
    terms:
      - id: aortic-injury
        label: Traumatic aortic injury
        aliases: [TAI, aortic transection, pseudoaneurysm, intimal flap, aortic tear]
        category: 1
      - id: mediastinal-haematoma
        label: Mediastinal haematoma
        aliases: [periaortic haematoma, mediastinal blood, hematoma]
        category: 2
      - id: aortic-atheroma
        label: Aortic atheroma or calcification
        aliases: [atheroma, calcified aorta]
  - id: haemorrhage
    label: "Primary C: active haemorrhage"
    hint: "Contrast blush anywhere; free blood; flat IVC; where is it bleeding from?"
    terms:
      - id: active-extravasation
        label: Active contrast extravasation
        aliases: [blush, active bleeding, contrast blush, extravasation]
        category: 1
      - id: haemoperitoneum
        label: Haemoperitoneum
        aliases: [free blood, intraperitoneal blood, hemoperitoneum]
        category: 1
      - id: retroperitoneal-haematoma
        label: Retroperitoneal haematoma
        aliases: [RP haematoma, retroperitoneal blood]
        lateral: true
      - id: pelvic-haematoma
        label: Extraperitoneal pelvic haematoma
        aliases: [pelvic haematoma, pelvic blood]
      - id: flat-ivc
        label: Flat IVC (hypovolaemic shock signs)
        aliases: [flat cava, hypovolaemia, hypoperfusion complex, shock bowel]
  - id: solid-organs
    label: "Primary C: solid organs"
    hint: "Spleen, liver, kidneys, adrenals, pancreas: laceration, haematoma, blush."
    terms:
      - id: splenic-injury
        label: Splenic injury (laceration or haematoma)
        aliases: [splenic laceration, ruptured spleen, splenic haematoma]
        category: 2
      - id: liver-injury
        label: Liver injury (laceration or haematoma)
        aliases: [hepatic laceration, liver laceration, hepatic haematoma]
        category: 2
      - id: renal-injury
        label: Renal injury
        aliases: [renal laceration, kidney laceration, perinephric haematoma]
        category: 2
        lateral: true
      - id: active-extravasation
        label: Active contrast extravasation (within an organ)
        aliases: [blush, active bleeding, contrast blush]
        category: 1
      - id: adrenal-haematoma
        label: Adrenal haematoma
        aliases: [adrenal injury]
        lateral: true
      - id: pancreatic-injury
        label: Pancreatic injury
        aliases: [pancreatic laceration, pancreatic transection]
  - id: pelvis
    label: "Primary C: pelvic ring"
    hint: "Ring broken in two places? Symphysis, SI joints, sacrum; acetabula, hips."
    terms:
      - id: unstable-pelvic-fracture
        label: Unstable pelvic ring injury
        aliases: [open book, APC, vertical shear, symphyseal diastasis, SI joint diastasis]
        category: 1
      - id: pubic-ramus-fracture
        label: Pubic ramus fracture (stable)
        aliases: [rami fracture, ramus fracture]
        lateral: true
      - id: sacral-fracture
        label: Sacral fracture
        aliases: [sacral ala fracture]
        lateral: true
      - id: acetabular-fracture
        label: Acetabular fracture
        aliases: [acetabulum fracture]
        lateral: true
      - id: hip-dislocation
        label: Hip dislocation
        aliases: [dislocated hip]
        lateral: true
  - id: head
    label: "Primary D: head (haemorrhage, mass effect)"
    hint: "Extra-axial blood, contusion, shift, cisterns: does it need surgery now?"
    terms:
      - id: diffuse-axonal-injury
        label: Diffuse axonal injury pattern
        aliases: [DAI, shear injury]
  - id: spine
    label: "Primary D: spine"
    hint: "Sagittal reformats: alignment, three columns, facets, dens, junctions."
    terms:
      - id: unstable-spine-fracture
        label: Unstable spinal fracture
        aliases: [burst fracture, Chance fracture, fracture-dislocation, flexion-distraction]
        category: 1
      - id: odontoid-fracture
        label: Odontoid (dens) fracture
        aliases: [dens fracture, peg fracture, C2 fracture]
        category: 1
      - id: compression-fracture
        label: Stable compression (wedge) fracture
        aliases: [wedge fracture, vertebral compression fracture]
      - id: transverse-process-fracture
        label: Transverse process fracture
        aliases: [TP fracture]
        lateral: true
      - id: spinous-process-fracture
        label: Spinous process fracture
        aliases: [clay-shoveler fracture]
  - id: bowel-mesentery
    label: "Secondary: bowel, mesentery, diaphragm, bladder"
    hint: "Free gas, bowel wall, mesenteric fat and vessels, diaphragm, bladder."
    terms:
      - id: bowel-injury
        label: Bowel injury
        aliases: [bowel wall thickening, bowel haematoma, bowel perforation]
        category: 2
      - id: mesenteric-injury
        label: Mesenteric injury
        aliases: [mesenteric haematoma, mesenteric stranding, mesenteric tear]
        category: 2
      - id: diaphragmatic-rupture
        label: Diaphragmatic rupture
        aliases: [diaphragm injury, collar sign, dependent viscera sign]
        category: 2
        lateral: true
      - id: bladder-injury
        label: Bladder injury
        aliases: [bladder rupture]
  - id: face-skull
    label: "Secondary: skull, face and scalp"
    hint: "Bone windows: vault, skull base, orbits, face, mandible; scalp swelling."
    terms:
      - id: skull-fracture
        label: Skull vault fracture (non-depressed)
        aliases: [linear fracture, calvarial fracture]
        lateral: true
      - id: depressed-skull-fracture
        label: Depressed skull fracture
        aliases: [depressed fracture]
        category: 2
        lateral: true
      - id: skull-base-fracture
        label: Skull base fracture
        aliases: [basal skull fracture, temporal bone fracture]
        lateral: true
      - id: facial-fracture
        label: Facial fracture
        aliases: [orbital fracture, zygoma fracture, Le Fort, mandible fracture]
        lateral: true
      - id: scalp-haematoma
        label: Scalp haematoma
        aliases: [scalp swelling, subgaleal haematoma]
        lateral: true
      - id: pneumocephalus
        label: Pneumocephalus
        aliases: [intracranial air, intracranial gas]
  - id: everything-else
    label: "Secondary: everything else"
    hint: "Lines and drains, limbs in the field, foreign bodies, incidental findings."
    terms:
      - id: line-malposition
        label: Line or drain malpositioned
        aliases: [chest drain, CVC, misplaced drain]
        lateral: true
      - id: limb-fracture
        label: Limb fracture in the field of view
        aliases: [humerus fracture, femur fracture, long bone fracture]
        lateral: true
      - id: foreign-body
        label: Foreign body
        aliases: [FB, bullet, shrapnel, glass]
      - id: incidental-lesion
        label: Incidental lesion needing follow-up
        aliases: [incidentaloma, adrenal nodule, renal mass, lung nodule]
        category: 3
groups:
  - id: primary-a
    label: "Primary survey A: airway and tubes"
    steps: [airway]
  - id: primary-b
    label: "Primary survey B: breathing (pleura, chest wall, lungs)"
    steps: [chest-pleura, chest-wall, lungs]
  - id: primary-c
    label: "Primary survey C: circulation (pericardium, aorta, haemorrhage, organs, pelvis)"
    steps: [pericardium, aorta, haemorrhage, solid-organs, pelvis]
  - id: primary-d
    label: "Primary survey D: disability (head, spine)"
    steps: [head, spine]
  - id: secondary
    label: Secondary survey
    steps: [bowel-mesentery, face-skull, everything-else]

"""##
        ),
        SourceFile(
            path: "Cases/routines/ctpa.yaml",
            text: #"""
# CT pulmonary angiogram: contrast quality first (is the study diagnostic, and to which
# level?), then the pulmonary arteries from the main trunk out to every subsegmental
# branch, then right heart strain, the lungs and pleura, and everything else (the aorta
# above all: an alternative diagnosis is common). Written without a radiologist's review.
kind: routine
id: ctpa
title: CT pulmonary angiogram
modality: CT
order: strict
steps:
  - id: contrast
    label: Contrast quality
    hint: "Main PA density (aim over 250 HU), breathing, streak; diagnostic to where?"
    terms:
      - id: suboptimal-opacification
        label: Suboptimal opacification (non-diagnostic level)
        aliases: [poor bolus, non-diagnostic, suboptimal, poor opacification]
        category: 2
      - id: transient-interruption
        label: Transient interruption of contrast
        aliases: [TIC, Valsalva artefact, unopacified IVC inflow]
      - id: motion-artefact
        label: Respiratory motion artefact
        aliases: [breathing artefact, motion]
      - id: streak-artefact
        label: Streak artefact
        aliases: [beam hardening, SVC streak]
  - id: central-arteries
    label: "Main to lobar PAs"
    hint: "Main PA calibre; right, left and lobar arteries: any filling defect?"
    terms:
      - id: saddle-embolus
        label: Saddle embolus
        aliases: [saddle PE, saddle]
        category: 1
      - id: pulmonary-embolus
        label: Pulmonary embolus
        aliases: [PE, filling defect, clot, central PE, lobar PE]
        category: 1
        lateral: true
      - id: chronic-thromboembolism
        label: Chronic thromboembolic disease
        aliases: [chronic PE, CTEPH, web, eccentric thrombus]
        lateral: true
      - id: pa-enlargement
        label: Enlarged main pulmonary artery
        aliases: [pulmonary hypertension, dilated PA]
  - id: peripheral-arteries
    label: "Segmental/subseg. PAs"
    hint: "Every segmental and subsegmental branch, lobe by lobe, on thin slices."
    terms:
      - id: pulmonary-embolus
        label: Pulmonary embolus
        aliases: [PE, filling defect, segmental PE, subsegmental PE]
        category: 1
        lateral: true
      - id: chronic-thromboembolism
        label: Chronic thromboembolic disease
        aliases: [chronic PE, web, eccentric thrombus]
        lateral: true
      - id: pulmonary-avm
        label: Pulmonary arteriovenous malformation
        aliases: [AVM, PAVM]
        lateral: true
  - id: right-heart
    label: Right heart strain
    hint: "RV/LV diameter ratio over 1 on axial, septal bowing, reflux into the IVC."
    terms:
      - id: rv-dilatation
        label: Right ventricular dilatation (RV/LV over 1)
        aliases: [RV strain, RV/LV, RV/LV ratio, right heart strain]
      - id: septal-flattening
        label: Interventricular septal flattening or bowing
        aliases: [septal bowing, D-shaped LV]
      - id: ivc-reflux
        label: Contrast reflux into the IVC and hepatic veins
        aliases: [contrast reflux, hepatic vein reflux]
      - id: pericardial-effusion
        label: Pericardial effusion
        aliases: [pericardial fluid]
  - id: lungs
    label: Lungs and pleura
    hint: "Peripheral wedges (infarcts), consolidation, nodules; pleura; lung windows."
    terms:
      - id: pulmonary-infarct
        label: Pulmonary infarct
        aliases: [Hampton hump, infarct, infarction]
        lateral: true
      - id: consolidation
        label: Consolidation
        aliases: [pneumonia, airspace opacity]
        lateral: true
      - id: nodule
        label: Pulmonary nodule
        aliases: [lung nodule, SPN]
        category: 3
        lateral: true
      - id: mass
        label: Lung mass
        aliases: [lung cancer, tumour]
        category: 3
        lateral: true
      - id: ground-glass
        label: Ground-glass opacity
        aliases: [GGO]
        lateral: true
      - id: pulmonary-oedema
        label: Pulmonary oedema
        aliases: [oedema, septal thickening]
      - id: emphysema
        label: Emphysema
        aliases: [COPD, centrilobular emphysema]
      - id: pleural-effusion
        label: Pleural effusion
        aliases: [effusion]
        lateral: true
      - id: pneumothorax
        label: Pneumothorax
        aliases: [ptx, PTX]
        category: 2
        lateral: true
  - id: everything-else
    label: Everything else
    hint: "Aorta (dissection?), mediastinum and nodes, upper abdomen, bones, breasts."
    terms:
      - id: aortic-dissection
        label: Aortic dissection
        aliases: [dissection, intimal flap, type A dissection]
        category: 1
      - id: lymphadenopathy
        label: Mediastinal or hilar lymphadenopathy
        aliases: [mediastinal nodes, hilar nodes]
      - id: upper-abdominal-lesion
        label: Upper abdominal lesion (liver, adrenal, kidney)
        aliases: [liver lesion, adrenal nodule, renal mass]
      - id: bone-lesion
        label: Bone lesion
        aliases: [lytic, sclerotic, bone metastasis]
        category: 3
      - id: vertebral-fracture
        label: Vertebral compression fracture
        aliases: [wedge fracture, compression fracture]
      - id: breast-mass
        label: Breast mass
        aliases: [breast lesion]
        lateral: true
      - id: hiatus-hernia
        label: Hiatus hernia
        aliases: [HH]

"""#
        ),
        SourceFile(
            path: "Cases/routines/cxr-portable.yaml",
            text: ##"""
# Portable / ICU chest radiograph: technical quality, then lines and tubes at once
# (endotracheal tube in a main bronchus, nasogastric tube in the airway), then the
# ABCDE search adapted to a supine or semi-erect film: air rises anteriorly and fluid
# layers posteriorly. Godoy et al., AJR 2012 (ICU chest radiography parts 1 and 2).
# Written without a radiologist's review.
kind: routine
id: cxr-portable
title: Portable / ICU chest radiograph (lines first)
modality: XR
order: strict
steps:
  - id: technical
    label: Technical quality
    hint: "AP supine or semi-erect? Rotation, inspiration, exposure, both bases in."
    terms:
      - id: rotated
        label: Rotated film
        aliases: [rotation]
      - id: poor-inspiration
        label: Poor inspiration
        aliases: [underinspired, low volumes, low lung volumes]
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
      - id: overlying-artefact
        label: Overlying artefact (leads, tubing, bedding)
        aliases: [artefact, artifact, ventilator tubing]
  - id: lines
    label: Lines and tubes
    hint: "ETT 5 cm above carina; NGT below diaphragm; CVC tip at SVC/RA; drains."
    terms:
      - id: ett-oesophageal
        label: ETT in the oesophagus
        aliases: [ETT, oesophageal intubation, esophageal intubation]
        category: 1
      - id: ett-high
        label: ETT tip too high
        aliases: [ETT, ETT too high]
      - id: ngt-airway
        label: NG tube in the airway
        aliases: [NGT, NG tube in bronchus, nasogastric tube misplaced, feeding tube in lung]
        category: 1
        lateral: true
      - id: ngt-not-in-stomach
        label: NG tube tip above the diaphragm
        aliases: [NGT, NGT too short, NGT in oesophagus, NG tube coiled]
      - id: cvc-malposition
        label: Central venous catheter malpositioned
        aliases: [CVC, CVL, PICC, central line, line in IJ]
        lateral: true
      - id: cvc-arterial
        label: Central line in an artery (arterial placement)
        aliases: [arterial CVC, CVC in artery, arterial line placement, arterial cannulation]
        category: 1
        lateral: true
      - id: pa-catheter-distal
        label: Pulmonary artery catheter too distal
        aliases: [Swan-Ganz, PAC, PA catheter, Swan]
        lateral: true
      - id: chest-drain-malposition
        label: Chest drain malpositioned
        aliases: [chest tube, ICD, intercostal drain]
        lateral: true
      - id: iabp-malposition
        label: Intra-aortic balloon pump malpositioned
        aliases: [IABP, balloon pump]
      - id: cardiac-device
        label: Cardiac device or pacing wire problem
        aliases: [pacemaker, PPM, AICD, pacing wire, lead displacement]
  - id: airway
    label: "A: Airway"
    hint: Trachea central? Calibre, carina, main bronchi, cuff against the wall.
    terms:
      - id: tracheal-deviation
        label: Tracheal deviation (side = direction)
        aliases: [tracheal shift, deviated trachea, mediastinal shift]
        lateral: true
      - id: tracheal-narrowing
        label: Tracheal narrowing
        aliases: [tracheal stenosis]
      - id: cuff-overinflation
        label: ETT cuff overinflated
        aliases: [cuff overdistension, overinflated cuff]
      - id: bronchial-cutoff
        label: Bronchial cut-off (mucus plug)
        aliases: [bronchial obstruction, mucus plug]
        lateral: true
  - id: lungs
    label: "B: Breathing (lungs)"
    hint: Compare zones; look behind the heart (left lower lobe) and at the apices.
    terms:
      - id: consolidation
        label: Consolidation
        aliases: [airspace opacity, pneumonia, aspiration, air bronchogram]
        lateral: true
      - id: collapse
        label: Lobar collapse
        aliases: [lobar atelectasis, volume loss, sail sign]
        lateral: true
      - id: plate-atelectasis
        label: Plate (linear) atelectasis
        aliases: [linear atelectasis, discoid atelectasis]
        lateral: true
      - id: pulmonary-oedema
        label: Pulmonary oedema (cardiogenic)
        aliases: [oedema, edema, fluid overload, Kerley lines]
      - id: ards
        label: Diffuse bilateral airspace opacity (ARDS pattern)
        aliases: [ARDS, diffuse alveolar damage, white-out]
      - id: nodule
        label: Pulmonary nodule
        aliases: [lung nodule, SPN]
        category: 3
        lateral: true
      - id: mass
        label: Lung mass
        aliases: [tumour]
        category: 3
        lateral: true
      - id: cavity
        label: Cavitating lesion
        aliases: [cavity, pneumatocoele]
        lateral: true
  - id: pleura
    label: "B: Breathing (pleura)"
    hint: "Supine: air goes anterior and basal (deep sulcus), fluid layers behind."
    terms:
      - id: pneumothorax
        label: Pneumothorax
        aliases: [ptx, PTX, pneumo, deep sulcus sign]
        category: 2
        lateral: true
      - id: hydropneumothorax
        label: Hydropneumothorax
        aliases: [pleural air-fluid level, hydropneumo]
        category: 2
        lateral: true
      - id: pleural-effusion
        label: Pleural effusion
        aliases: [effusion, fluid, layering effusion, veil-like opacity, apical cap]
        lateral: true
      - id: pleural-thickening
        label: Pleural thickening
        aliases: [thickened pleura]
        lateral: true
  - id: circulation
    label: "C: Circulation (heart and mediastinum)"
    hint: Heart size (AP magnifies), mediastinum, vascular pedicle, free air edges.
    terms:
      - id: cardiomegaly
        label: Cardiomegaly
        aliases: [CTR, enlarged heart]
      - id: widened-mediastinum
        label: Widened mediastinum
        aliases: [wide mediastinum, mediastinal widening, mediastinal haematoma]
        category: 1
      - id: pneumomediastinum
        label: Pneumomediastinum
        aliases: [mediastinal air, mediastinal emphysema, continuous diaphragm sign]
        category: 2
      - id: pneumopericardium
        label: Pneumopericardium
        aliases: [pericardial air]
        category: 2
      - id: widened-vascular-pedicle
        label: Widened vascular pedicle
        aliases: [vascular pedicle, fluid overload, distended azygos]
      - id: hilar-enlargement
        label: Hilar enlargement
        aliases: [hilar mass, bulky hilum]
        lateral: true
  - id: bones
    label: "D: Disability (bones)"
    hint: Ribs, clavicles, shoulders, spine; sternotomy wires intact and aligned?
    terms:
      - id: rib-fracture
        label: Rib fracture
        aliases: [fractured rib, "#rib"]
        lateral: true
      - id: clavicle-fracture
        label: Clavicle fracture
        aliases: [fractured clavicle]
        lateral: true
      - id: shoulder-dislocation
        label: Shoulder dislocation
        aliases: [dislocated shoulder]
        lateral: true
      - id: vertebral-fracture
        label: Vertebral compression fracture
        aliases: [wedge fracture, vertebral collapse]
      - id: sternal-wire-fracture
        label: Fractured or displaced sternotomy wire
        aliases: [sternal dehiscence, broken wire, wire migration]
      - id: lytic-lesion
        label: Lytic bone lesion
        aliases: [lytic]
        category: 3
        lateral: true
  - id: diaphragm
    label: "E: Below the diaphragm"
    hint: "Supine free gas: both bowel walls (Rigler), falciform ligament, RUQ."
    terms:
      - id: dilated-bowel
        label: Dilated bowel loops
        aliases: [ileus, bowel obstruction, distended bowel]
      - id: gastric-distension
        label: Gastric distension
        aliases: [distended stomach, dilated stomach]
      - id: raised-hemidiaphragm
        label: Raised hemidiaphragm
        aliases: [elevated hemidiaphragm, phrenic palsy]
        lateral: true
      - id: subphrenic-collection
        label: Subphrenic gas-fluid collection
        aliases: [subphrenic abscess]
        lateral: true
  - id: soft-tissues
    label: "E: Soft tissues"
    hint: "Neck and chest wall: gas, masses; skin folds, drains, dressings."
    terms:
      - id: subcutaneous-emphysema
        label: Subcutaneous emphysema
        aliases: [surgical emphysema, soft-tissue gas]
        lateral: true
      - id: soft-tissue-mass
        label: Soft-tissue mass
        aliases: [chest wall mass]
        lateral: true
      - id: mastectomy
        label: Mastectomy
        aliases: [absent breast shadow]
        lateral: true
      - id: external-foreign-body
        label: Foreign body in the soft tissues
        aliases: [FB, retained foreign body]

"""##
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
        aliases: [lobar atelectasis, volume loss, sail sign, Golden S sign]
        lateral: true
      - id: nodule
        label: Pulmonary nodule
        aliases: [lung nodule, coin lesion, SPN]
        category: 3
        lateral: true
      - id: mass
        label: Lung mass
        aliases: [tumour, lung cancer, Pancoast tumour, apical mass]
        category: 3
        lateral: true
      - id: cavity
        label: Cavitating lesion
        aliases: [cavity]
        lateral: true
      - id: pulmonary-oedema
        label: Pulmonary oedema
        aliases: [oedema, edema, Kerley lines, bat wing]
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
        category: 2
        lateral: true
      - id: hydropneumothorax
        label: Hydropneumothorax
        aliases: [pleural air-fluid level, hydropneumo]
        category: 2
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
        aliases: [wide mediastinum, mediastinal widening]
        category: 1
      - id: pneumomediastinum
        label: Pneumomediastinum
        aliases: [mediastinal air, mediastinal emphysema]
        category: 2
      - id: pneumopericardium
        label: Pneumopericardium
        aliases: [pericardial air]
        category: 2
      - id: hilar-enlargement
        label: Hilar enlargement
        aliases: [hilar mass, bulky hilum, hilar lymphadenopathy]
        lateral: true
      - id: mediastinal-mass
        label: Mediastinal mass
        aliases: [anterior mediastinal mass]
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
        aliases: [lytic, bone destruction]
        category: 3
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
        category: 1
        lateral: true
      - id: ett-high
        label: ETT tip too high
        aliases: [ETT, ETT too high]
      - id: ngt-not-in-stomach
        label: NG tube tip above the diaphragm
        aliases: [NGT, NGT too short, NGT in oesophagus]
      - id: cvc-malposition
        label: Central venous catheter malpositioned
        aliases: [CVC, CVL, PICC, central line]
        lateral: true
      - id: cvc-arterial
        label: Central line in an artery (arterial placement)
        aliases: [arterial CVC, CVC in artery, arterial line placement, arterial cannulation]
        category: 1
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
        category: 1
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
            path: "Cases/routines/msk-xr.yaml",
            text: ##"""
# MSK radiograph search pattern ABCS(E): Alignment, Bone (cortex, texture), Cartilage and
# joints (joint spaces, physes), Soft tissues (effusion, fat pads, gas), Everything else
# (the edges of the film, hardware, the lung on a shoulder film). Every limb term is
# lateral: name the side, since wrong-side reports are a real error.
# Written without a radiologist's review.
kind: routine
id: msk-xr
title: MSK radiograph (ABCS)
modality: XR
order: strict
steps:
  - id: alignment
    label: "A: Alignment"
    hint: "Every joint congruent on every view? Carpal arcs, Lisfranc, Klein line."
    terms:
      - id: dislocation
        label: Dislocation
        aliases: [dislocated, joint dislocation, shoulder dislocation, posterior dislocation]
        lateral: true
      - id: subluxation
        label: Subluxation
        aliases: [partial dislocation]
        lateral: true
      - id: perilunate-dislocation
        label: Lunate or perilunate dislocation
        aliases: [lunate dislocation, perilunate, carpal dislocation]
        lateral: true
      - id: scapholunate-dissociation
        label: Scapholunate dissociation
        aliases: [scapholunate widening, SL gap, Terry Thomas sign]
        lateral: true
      - id: lisfranc-injury
        label: Lisfranc (tarsometatarsal) injury
        aliases: [Lisfranc, tarsometatarsal injury, TMT malalignment]
        lateral: true
      - id: scfe
        label: Slipped capital femoral epiphysis
        aliases: [SCFE, SUFE, slipped upper femoral epiphysis]
        lateral: true
      - id: ac-joint-separation
        label: Acromioclavicular joint separation
        aliases: [AC joint injury, ACJ disruption]
        lateral: true
      - id: symphyseal-diastasis
        label: Pubic symphysis diastasis (pelvic ring disruption)
        aliases: [symphyseal diastasis, widened symphysis, open book, symphysis diastasis]
        category: 1
      - id: si-joint-diastasis
        label: Sacroiliac joint diastasis (pelvic ring disruption)
        aliases: [SI joint diastasis, widened SI joint, sacroiliac widening, SIJ diastasis]
        category: 1
        lateral: true
  - id: bone
    label: "B: Bone"
    hint: "Trace every cortex on every view; texture, lucency, sclerosis, periosteum."
    terms:
      - id: fracture
        label: Fracture
        aliases: ["#", break, cortical break, fracture line]
        lateral: true
      - id: scaphoid-fracture
        label: Scaphoid fracture
        aliases: [scaphoid waist fracture]
        lateral: true
      - id: femoral-neck-fracture
        label: Femoral neck fracture
        aliases: [NOF, neck of femur fracture, hip fracture, intracapsular fracture]
        lateral: true
      - id: pubic-ramus-fracture
        label: Pubic ramus fracture
        aliases: [ramus fracture, rami fracture, pubic rami fracture]
        lateral: true
      - id: ankle-fracture
        label: Ankle (malleolar) fracture
        aliases: [Weber, malleolar fracture, fibula fracture, lateral malleolus]
        lateral: true
      - id: radial-head-fracture
        label: Radial head fracture
        aliases: [radial neck fracture]
        lateral: true
      - id: supracondylar-fracture
        label: Supracondylar fracture
        aliases: [distal humerus fracture]
        lateral: true
      - id: buckle-fracture
        label: Buckle (torus) fracture
        aliases: [torus fracture]
        lateral: true
      - id: avulsion-fracture
        label: Avulsion fracture
        aliases: [avulsion, fleck fracture, chip fracture]
        lateral: true
      - id: pathological-fracture
        label: Pathological fracture
        aliases: [fracture through a lesion]
        lateral: true
      - id: lytic-lesion
        label: Lytic bone lesion
        aliases: [lytic, bone destruction, osteolysis]
        category: 3
        lateral: true
      - id: sclerotic-lesion
        label: Sclerotic bone lesion
        aliases: [sclerotic, blastic]
        lateral: true
      - id: osteomyelitis
        label: Osteomyelitis
        aliases: [bone infection, cortical destruction]
        lateral: true
      - id: osteopenia
        label: Osteopenia
        aliases: [osteoporosis, demineralisation]
  - id: joints
    label: "C: Cartilage and joints"
    hint: "Joint spaces, articular surfaces, physes; effusion; erosions, calcification."
    terms:
      - id: joint-effusion
        label: Joint effusion
        aliases: [effusion, fat pad sign, sail sign, elevated fat pad, haemarthrosis]
        lateral: true
      - id: lipohaemarthrosis
        label: Lipohaemarthrosis (fat-fluid level)
        aliases: [fat-fluid level, FBI sign]
        lateral: true
      - id: physeal-injury
        label: Physeal injury (Salter-Harris)
        aliases: [Salter-Harris, growth plate fracture, physis]
        lateral: true
      - id: osteoarthritis
        label: Osteoarthritis
        aliases: [OA, joint space narrowing, osteophytes]
        lateral: true
      - id: erosions
        label: Erosive arthropathy
        aliases: [erosions, gout, rheumatoid]
        lateral: true
      - id: chondrocalcinosis
        label: Chondrocalcinosis
        aliases: [CPPD, pseudogout]
        lateral: true
  - id: soft-tissues
    label: "S: Soft tissues"
    hint: "Fat pads, effusion, swelling, gas, foreign bodies, calcification."
    terms:
      - id: joint-effusion
        label: Joint effusion (fat pads)
        aliases: [effusion, fat pad sign, sail sign, elevated fat pad]
        lateral: true
      - id: lipohaemarthrosis
        label: Lipohaemarthrosis (fat-fluid level)
        aliases: [fat-fluid level, FBI sign]
        lateral: true
      - id: soft-tissue-swelling
        label: Soft-tissue swelling
        aliases: [swelling, oedema]
        lateral: true
      - id: soft-tissue-gas
        label: Gas in the soft tissues
        aliases: [subcutaneous gas, gas gangrene, necrotising fasciitis]
        category: 1
        lateral: true
      - id: radiopaque-foreign-body
        label: Radiopaque foreign body
        aliases: [foreign body, FB, glass, metal]
        lateral: true
      - id: soft-tissue-calcification
        label: Soft-tissue calcification
        aliases: [calcific tendinitis, myositis ossificans]
        lateral: true
  - id: everything-else
    label: "E: Everything else"
    hint: "Edges of the film, hardware, lungs and ribs on shoulder films, vessels."
    terms:
      - id: hardware-complication
        label: Orthopaedic hardware complication
        aliases: [loosening, periprosthetic fracture, broken screw, implant failure]
        lateral: true
      - id: lung-abnormality
        label: Lung or pleural abnormality at the edge of the film
        aliases: [lung mass, apical mass, pneumothorax]
        lateral: true
      - id: vascular-calcification
        label: Arterial calcification
        aliases: [vascular calcification, calcified arteries]
      - id: incidental-lesion
        label: Other incidental finding needing follow-up
        aliases: [incidental]

"""##
        ),
        SourceFile(
            path: "Cases/scenarios/ed-evening-short.yaml",
            text: #"""
# A short emergency-department evening with one phone call: the ten starter cases.
# No longer the default shift (that is ed-evening); kept for a quick 30-minute session.
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
default: false
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
    unless_communicated: [interpeduncular-sah]  # no need to ask once the SAH was called
    answers:
      - id: sah-present
        text: "Not clear: a small SAH in the interpeduncular cistern. No LP; CTA."
        correct: true
      - id: normal-do-lp
        text: "Clear: no blood and no hydrocephalus. Go ahead with the LP."
        correct: false
      - id: frontal-haematoma
        text: "A left frontal haematoma with mass effect: call the neurosurgeons now."
        correct: false
    explanation: >
      Faintly hyperdense material in the interpeduncular cistern, denser than the adjacent
      midbrain, is a small subarachnoid haemorrhage: the CT is not clear, so no lumbar puncture
      is needed and CT angiography comes next. Intracranial haemorrhage is a category 1 result,
      telephoned within minutes (ACR practice parameter on communication; Larson et al., JACR
      2014).

"""#
        ),
        SourceFile(
            path: "Cases/scenarios/ed-evening.yaml",
            text: #"""
# The default shift: an emergency-department evening across every routine. Three cases
# wait at the start (one STAT), twelve more arrive over 30 minutes with mixed priorities,
# and STATs keep arriving while others wait. Six interruptions: a CT radiographer and a
# plain-film radiographer (who give what the answer needs on the phone: needs_read: false),
# the stroke and ED registrars (who do not ring once the finding was called:
# unless_communicated), a ward nurse, and a relative who is not entitled to the result. Turnaround and the communication window use the defaults
# (stat 600 s, urgent 1800 s, routine before the end; 120 s to telephone a critical
# result). Draft content, not reviewed by a radiologist.
kind: scenario
id: ed-evening
title: ED evening shift
description: >
  Fifty minutes on call for the emergency department and the wards: radiographs, head and
  body CT arrive through the evening with mixed priorities, and a third of them are
  normal, STATs included. Triage the queue, read each study in full, telephone critical
  results, and answer the registrars, radiographers, ward nurse and relative who call.
mode: shift
default: true
time_limit: 50m
cases:
  # Waiting at the start: one STAT, one urgent, one routine.
  - case: cxr-stat-query-ptx-skin-fold
    arrives: 0
  - case: cxr-pneumonia-rib-fracture
    arrives: 0
  - case: msk-elbow-fat-pads-radial-head
    arrives: 0
  # Then the evening fills up.
  - case: cth-thunderclap-subtle-sah
    arrives: 120
  - case: ctpa-poor-bolus-nondiagnostic
    arrives: 240
  - case: cth-code-stroke-hyperdense-mca
    arrives: 360
  - case: ctap-appendicitis
    arrives: 480
  - case: cxrp-ngt-right-lower-lobe
    arrives: 600
  - case: msk-ankle-os-trigonum-normal
    arrives: 780
  - case: ctpa-breathless-normal-node
    arrives: 900
  - case: cxr-free-air-epigastric-pain
    arrives: 1080
  - case: ctap-diverticulitis-incidental-pe
    arrives: 1260
  - case: cth-head-injury-warfarin-normal
    arrives: 1440
  - case: msk-seizure-posterior-dislocation
    arrives: 1620
  - case: cxrp-post-intubation-normal
    arrives: 1800
interruptions:
  - id: radiographer-ctpa-bolus
    at: 420
    caller: CT radiographer
    question: >
      It's CT. The pulmonary angiogram on the ward patient looked weak to me: the main
      pulmonary artery was only about 150. She's still on the table with a cannula in her
      hand. Do you want me to repeat it now?
    case: ctpa-poor-bolus-nondiagnostic
    steps: [contrast]
    needs_read: false  # the caller gives the number: answerable without reading
    answers:
      - id: repeat-now
        text: "Yes, repeat now: bigger antecubital cannula, faster injection."
        correct: true
      - id: diagnostic-as-is
        text: "No need: 150 HU is enough to exclude a subsegmental embolus."
        correct: false
      - id: repeat-tomorrow
        text: "No, send her back; repeat it tomorrow if they are still worried."
        correct: false
    explanation: >
      The radiographer has given the number: a main pulmonary artery of about 150 HU is well
      under the roughly 250 HU a CTPA needs to show segmental and subsegmental clot, so the
      study is non-diagnostic beyond the lobar level. Repeating it now, while she is still on
      the table, through a larger antecubital cannula with a faster injection answers the
      question today (Wittram et al., Radiographics 2004).
  - id: stroke-registrar-thrombolysis
    at: 540
    caller: Stroke registrar
    question: >
      Stroke registrar about the code stroke with right-sided weakness. Any blood on her CT
      head? She's on the table and I want to thrombolyse. Is she for thrombectomy too?
    case: cth-code-stroke-hyperdense-mca
    steps: [blood, brain]
    unless_communicated: [left-mca-thrombus]  # once the dense MCA was called, no need to ask
    answers:
      - id: dense-mca-cta
        text: "No blood; dense left MCA: thrombolyse, and CTA for thrombectomy."
        correct: true
      - id: no-vessel-sign
        text: "No blood and no dense vessel: thrombolyse; no CTA is needed."
        correct: false
      - id: basal-ganglia-bleed
        text: "Blood in both basal ganglia: no thrombolysis; reverse and repeat."
        correct: false
    explanation: >
      The symmetric 3 mm foci in both globi pallidi are calcification, far denser than acute
      blood, so nothing bars thrombolysis; the proximal left middle cerebral artery denser
      than the right is thrombus, which calls for CT angiography for thrombectomy. A
      hyperdense artery is a category 1 result, telephoned within minutes (NICE NG128, 2019;
      ACR practice parameter on communication).
  - id: registrar-thunderclap-ct
    at: 600
    caller: ED registrar
    question: >
      It's the ED registrar about the woman with the thunderclap headache. Is her CT head
      clear? I'd like to plan a lumbar puncture.
    case: cth-thunderclap-subtle-sah
    steps: [blood, cisterns]
    unless_communicated: [interpeduncular-sah]  # no need to ask once the SAH was called
    answers:
      - id: sah-present
        text: "Not clear: a small SAH in the interpeduncular cistern. No LP; CTA."
        correct: true
      - id: normal-do-lp
        text: "Clear: no blood and no hydrocephalus. Go ahead with the LP."
        correct: false
      - id: frontal-haematoma
        text: "A left frontal haematoma with mass effect: call the neurosurgeons now."
        correct: false
    explanation: >
      Faintly hyperdense material in the interpeduncular cistern, denser than the adjacent
      midbrain, is a small subarachnoid haemorrhage: the CT is not clear, so no lumbar puncture
      is needed and CT angiography comes next. Intracranial haemorrhage is a category 1 result,
      telephoned within minutes (ACR practice parameter on communication; Larson et al., JACR
      2014).
  - id: ward-nurse-feeding-tube
    at: 840
    caller: Stroke ward nurse
    question: >
      Hello, it's the stroke ward. We put a fine-bore feeding tube down for the man in bay
      three and had a chest film. We couldn't get any aspirate. Can we start his feed?
    case: cxrp-ngt-right-lower-lobe
    steps: [lines]
    answers:
      - id: do-not-feed
        text: "Do not feed: the tube is in the right bronchus. Take it out now."
        correct: true
      - id: feed-ok
        text: "Yes: the tip is in the stomach below the diaphragm; start feeding."
        correct: false
      - id: advance-tube
        text: "The tip is in the lower oesophagus: advance it 10 cm and re-film."
        correct: false
    explanation: >
      The tube follows the tracheal air column past the carina into the right main bronchus and
      ends in the right lower zone: it is in the airway, not the stomach. Feeding through it
      causes pneumonia, pneumothorax or death, so do not feed and take it out now, and telephone
      the result at once (NHS Improvement patient safety alert on nasogastric tubes, 2016; ACR
      practice parameter on communication).
  - id: relative-head-injury-result
    at: 1500
    caller: A relative, on an outside line
    question: >
      Hello, I'm calling about my father. He had a head scan this evening after he hit his
      head, and I'm his daughter. Has he got any bleeding on the brain?
    case: cth-head-injury-warfarin-normal
    steps: [blood]
    needs_read: false  # the answer is to decline: nothing in the scan changes it
    answers:
      - id: decline-refer-ed
        text: "I can't give results by phone; his ED team will talk to you."
        correct: true
      - id: no-bleed
        text: "No bleeding and no fracture: he should be home later tonight."
        correct: false
      - id: read-and-ring-back
        text: "I'll read his scan now and ring you back on this number."
        correct: false
    explanation: >
      A voice on an outside line cannot be identified, and a relative has no right to a
      patient's result without his consent: decline politely and refer her to the emergency
      team caring for him, who can ask him what he wants shared (GMC, Confidentiality: good
      practice in handling patient information, 2017).
  - id: radiographer-shoulder-view
    at: 1650
    caller: Radiographer
    question: >
      X-ray here. The man who had a seizure overnight can't abduct his right arm for an
      axial view, so I've only got the AP. Shall I add a Y view, or something else?
    case: msk-seizure-posterior-dislocation
    steps: [alignment]
    needs_read: false  # the caller gives the history and what was tolerated
    answers:
      - id: velpeau-axial
        text: "A modified axial (Velpeau) view, with his arm in the sling."
        correct: true
      - id: y-view
        text: "A Y view will do: it shows a posterior dislocation reliably."
        correct: false
      - id: ap-enough
        text: "The AP alone is enough: send him back to the department."
        correct: false
    explanation: >
      After a seizure the shoulder to exclude is a posterior dislocation, missed in about
      half of cases on the AP alone; the Y view is unreliable for it, and a modified axial
      (Velpeau) view needs no abduction (Robinson and Aderinto, J Bone Joint Surg Am 2005).

"""#
        ),
        SourceFile(
            path: "Cases/scenarios/outpatient-quiet.yaml",
            text: #"""
# A quiet outpatient and GP-direct list: routine cases only, no phone calls. Most of the
# list is waiting at the start and three more arrive later. A calm list is where
# satisfaction of search and under-reading happen: two cases hide a significant finding
# behind a routine request. Turnaround and communication use the defaults. Draft content,
# not reviewed by a radiologist.
kind: scenario
id: outpatient-quiet
title: Quiet outpatient list
description: >
  An afternoon outpatient list: routine radiographs and CT, no calls and no STATs. Read
  every study in full at your own pace; a routine request can still hold a finding that
  must be telephoned.
mode: shift
default: false
time_limit: 45m
cases:
  - case: cxr-preop-normal
    arrives: 0
  - case: ctap-surveillance-liver-metastasis
    arrives: 0
  - case: msk-scaphoid-waist-fracture
    arrives: 0
  - case: cth-sinusitis-physiological-calcification
    arrives: 0
  - case: ctpa-outpatient-normal-granuloma
    arrives: 0
  - case: ctap-weight-loss-normal
    arrives: 0
  - case: msk-knee-lipohaemarthrosis-plateau
    arrives: 600
  - case: cth-falls-isodense-subdural
    arrives: 1200
  - case: msk-ankle-weber-b-fifth-metatarsal
    arrives: 1500

"""#
        ),
        SourceFile(
            path: "Cases/scenarios/polytrauma-under-pressure.yaml",
            text: #"""
# Polytrauma "under pressure": a motorcyclist's trauma CT arrives in stages (views with
# available_after: head first, then chest, abdomen and pelvis, and the bone reformats
# last) while other casualties queue, and the trauma team, surgeons, orthopaedics and
# anaesthetics each ring about their region; a colleague outside his care also rings, and
# is not entitled to the result. STAT turnaround is 5 minutes, as for a
# trauma "hot" report (RCR; regional major trauma guidance). Draft content, not reviewed
# by a radiologist.
kind: scenario
id: polytrauma-under-pressure
title: Polytrauma under pressure
description: >
  A major trauma evening: a motorcyclist's whole-body CT is still coming off the scanner
  when the first call comes, more casualties queue behind it, and every specialty wants
  its answer first. Report the primary survey before the secondary survey, telephone each
  life-threatening injury, and answer each caller from what you have actually read.
mode: shift
default: false
time_limit: 25m
turnaround: {stat: 300, urgent: 1800}
cases:
  - case: ctt-motorcyclist-splenic-bleed
    arrives: 0
  - case: msk-pelvis-trauma-normal
    arrives: 0
  - case: cxr-trauma-widened-mediastinum
    arrives: 60
  - case: cth-anticoagulated-fall-right-sdh
    arrives: 240
  - case: ctt-ladder-fall-normal
    arrives: 420
  - case: cxrp-oesophageal-intubation
    arrives: 600
  - case: ctt-crush-open-book-pelvis
    arrives: 780
interruptions:
  - id: trauma-leader-chest
    at: 75
    caller: Trauma team leader
    question: >
      Trauma team leader here, about the motorcyclist. He's still tachycardic. Anything in
      the chest I need to act on right now?
    case: ctt-motorcyclist-splenic-bleed
    steps: [chest-pleura, pericardium, aorta]
    answers:
      - id: small-left-ptx
        text: "Small left anterior pneumothorax, no tension; heart, aorta fine."
        correct: true
      - id: chest-clear
        text: "Chest clear: no pneumothorax, no haemopericardium, and the aorta is fine."
        correct: false
      - id: left-tension
        text: "Left tension pneumothorax with shift: decompress him right now."
        correct: false
    explanation: >
      A 6 mm anterior sliver of gas without lung markings and without mediastinal shift is a
      small left pneumothorax with no tension, and the pericardium and aorta are normal. It
      needs no decompression now, but it belongs in the primary-survey call because it matters
      before ventilation or air transfer (RCR trauma radiology guidance, 2015).
  - id: surgeon-abdomen
    at: 180
    caller: General surgery registrar
    question: >
      Surgical registrar. Is the motorcyclist bleeding in his abdomen? I need to decide
      between theatre and interventional radiology.
    case: ctt-motorcyclist-splenic-bleed
    steps: [haemorrhage, solid-organs]
    answers:
      - id: splenic-active-bleed
        text: "Yes: splenic tear to the hilum, active bleed, haemoperitoneum."
        correct: true
      - id: minor-spleen
        text: "Minor splenic tear, no active bleed, little fluid: conservative."
        correct: false
      - id: liver-bleed
        text: "A liver laceration with active bleeding; the spleen is intact."
        correct: false
    explanation: >
      An arterial-phase focus as dense as the aorta that grows into a larger pool on the portal
      phase is active bleeding, from a splenic laceration that reaches the hilum, with blood of
      50 HU from the spleen to the pelvis. Active bleeding is what decides between theatre and
      embolisation, so it is said first (RCR trauma radiology guidance, 2015).
  - id: orthopaedics-pelvis-spine
    at: 300
    caller: Orthopaedic registrar
    question: >
      Orthopaedics. Can the binder come off the motorcyclist, and is there a spinal
      fracture I need to know about before we move him?
    case: ctt-motorcyclist-splenic-bleed
    steps: [pelvis, spine]
    answers:
      - id: pelvis-spine-intact
        text: "Pelvic ring intact, no spinal fracture: the binder can come off."
        correct: true
      - id: open-book
        text: "Open book pelvic injury: keep the binder on; the spine is intact."
        correct: false
      - id: burst-fracture
        text: "Pelvis intact, but an L1 burst fracture: keep spinal precautions."
        correct: false
    explanation: >
      The symphysis and both sacroiliac joints are normal in width and aligned, and the
      reformats show normal alignment with intact vertebral bodies, posterior elements and dens
      from the skull base to the sacrum: there is no pelvic ring or spinal injury to keep the
      binder or the spinal precautions for (the case's pelvis and spine views).
  - id: anaesthetist-transfer
    at: 480
    caller: Anaesthetist
    question: >
      Anaesthetics. We're about to intubate the motorcyclist for theatre. Any head injury,
      and anything that worries you about ventilating him?
    case: ctt-motorcyclist-splenic-bleed
    steps: [head, chest-pleura]
    answers:
      - id: no-head-injury-drain-first
        text: "No head injury; a small left pneumothorax: consider a drain first."
        correct: true
      - id: all-clear
        text: "No head injury and nothing in the chest: ventilate as normal for the transfer."
        correct: false
      - id: extradural
        text: "A left extradural haematoma: neurosurgery before the abdomen."
        correct: false
    explanation: >
      The head shows no blood, contusion or shift, but the chest holds a small left anterior
      pneumothorax: positive-pressure ventilation can enlarge it, even to tension, so a drain
      should be considered before intubation. That is why the pneumothorax goes into the
      primary-survey call (RCR trauma radiology guidance, 2015).
  - id: uninvolved-colleague-motorcyclist
    at: 660
    caller: Medical registrar, not on the trauma team
    question: >
      Hi, it's the medical registrar from the wards. I'm not looking after him, but the
      motorcyclist is a friend of my brother's. How bad is his CT? Is he bleeding?
    case: ctt-motorcyclist-splenic-bleed
    steps: [haemorrhage, solid-organs]
    needs_read: false  # the answer is to decline: nothing in the scan changes it
    answers:
      - id: decline-refer-trauma
        text: "Sorry, I can't share it: you're not in his care. Ask his team."
        correct: true
      - id: splenic-bleed
        text: "A splenic tear that's still bleeding: he'll go to theatre or IR."
        correct: false
      - id: reassure
        text: "Nothing much: a small pneumothorax, and he should do well."
        correct: false
    explanation: >
      Working in the same hospital gives no right to a patient's result: information is
      shared with those providing his direct care, and a colleague outside it has no need to
      know, so decline and refer the caller to the trauma team caring for him (GMC,
      Confidentiality: good practice in handling patient information, 2017).
  - id: interventional-pelvis
    at: 900
    caller: Interventional radiologist
    question: >
      IR here about the crush injury. Is there a target for me to embolise in the pelvis,
      or is this venous bleeding for packing?
    case: ctt-crush-open-book-pelvis
    steps: [haemorrhage, pelvis]
    answers:
      - id: iliac-branch-blush
        text: "Yes: an arterial blush from a right internal iliac branch."
        correct: true
      - id: venous-only
        text: "No arterial blush: venous ooze from the fractures; bind and pack."
        correct: false
      - id: spleen-source
        text: "No pelvic target: the bleeding comes from the spleen instead."
        correct: false
    explanation: >
      Inside the pelvic haematoma a 6 mm focus as dense as the iliac arteries, beside the right
      internal iliac branches, grows on the portal phase: that is active arterial bleeding, a
      target for embolisation rather than venous ooze for packing alone. The spleen and the
      other solid organs are intact, so the source is pelvic (RCR trauma radiology guidance,
      2015).

"""#
        ),
        SourceFile(
            path: "Cases/scenarios/rapids.yaml",
            text: #"""
# The default exam, in the legacy FRCR 2B rapid-reporting format (not the current exam):
# 30 radiographs drawn by the seed from the 32 exam-only chest and MSK radiographs
# (about half normal), all waiting at the start, 35 minutes (about 70 s a film), no
# feedback until the end. Exam-only cases never appear in drill or shift. Draft content,
# not reviewed by a radiologist.
kind: scenario
id: rapids
title: Rapid reporting, legacy FRCR format (30 films in 35 minutes)
description: >
  A timed self-test in the legacy FRCR rapid-reporting format (not the current
  examination): thirty chest and musculoskeletal radiographs, about half of them normal,
  in thirty-five minutes. Decide every step of every film; feedback comes only at the end.
mode: exam
default: true
feedback: false
time_limit: 35m
pool:
  # chest radiographs (8 normal, 8 abnormal)
  - rx-cxr-normal-young-man
  - rx-cxr-normal-azygos-fissure
  - rx-cxr-normal-pectus
  - rx-cxr-normal-costal-cartilage
  - rx-cxr-normal-older-woman
  - rx-cxr-normal-chest-pain
  - rx-cxr-normal-young-woman
  - rx-cxr-normal-pulmonary-trunk
  - rx-cxr-rul-collapse-hilar-mass
  - rx-cxr-lll-collapse
  - rx-cxr-right-apical-pneumothorax
  - rx-cxr-left-apical-mass
  - rx-cxr-bilateral-hilar-nodes
  - rx-cxr-mastectomy-rib-lesion
  - rx-cxr-hiatus-hernia
  - rx-cxr-heart-failure
  # MSK radiographs (8 normal, 8 abnormal)
  - rx-msk-normal-wrist
  - rx-msk-normal-child-wrist
  - rx-msk-normal-knee-fabella
  - rx-msk-normal-foot-os-peroneum
  - rx-msk-normal-hip-older
  - rx-msk-normal-shoulder
  - rx-msk-normal-hand-sesamoids
  - rx-msk-normal-bipartite-patella
  - rx-msk-impacted-neck-of-femur
  - rx-msk-distal-radius-ulnar-styloid
  - rx-msk-perilunate-dislocation
  - rx-msk-supracondylar-child
  - rx-msk-slipped-capital-femoral-epiphysis
  - rx-msk-lisfranc-injury
  - rx-msk-pathological-humerus
  - rx-msk-buckle-fracture-radius
count: 30
arrive_every: 0

"""#
        ),
    ]
}
