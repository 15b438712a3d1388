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
target_seconds: 140   # 318 words / 4 + 4 s x 15 steps = 140 s, rounded to 5
views:
  scout: >
    Scout: bowel gas pattern normal, with no dilated loops. A small oval calcific density
    projects over the right iliac fossa. No devices; hips and lung bases unremarkable.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Basal pulmonary
    arteries opacified. Heart normal in size.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion in any
    segment. Portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 4 mm.
  spleen: >
    Spleen normal in size at 9 cm, with uniform enhancement and no focal lesion or infarct.
    Splenic vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without scarring, mass or hydronephrosis. No calculi
    along either ureter. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled. Uterus normal for age. In the left ovary a 2 cm cyst with a thick,
    crenulated, brightly enhancing wall; right ovary normal. No pelvic lymphadenopathy.
  bowel: >
    The appendix is 11 mm wide, fluid-filled and does not contain gas; its wall enhances
    avidly and a 7 mm calcified stone sits at its base. The surrounding fat is stranded.
    Caecum and terminal ileum otherwise normal; no dilated loops.
  mesentery: >
    Superior mesenteric artery and vein patent and normally related. A few small, non-enlarged
    nodes in the right iliac fossa mesentery.
  peritoneum: >
    No free gas on lung windows. No collection around the appendix or in the pelvis. A thin
    sliver of simple fluid lies in the pouch of Douglas. Peritoneal surfaces smooth.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or haematoma.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart from
    a peripheral cannula.
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
title: Sudden back pain, query aortic rupture, CT
modality: CT
exam: CT abdomen and pelvis (arterial and portal venous phases)
priority: stat
patient: {age: 71, sex: M}
indication: >
  Sudden severe central abdominal and back pain, hypertensive, smoker. Pulsatile mass
  felt by one examiner. Query ruptured aneurysm or dissection.
routine: ct-abdomen
target_seconds: 140   # 312 words / 4 + 4 s x 15 steps = 138 s, rounded to 5
views:
  scout: >
    Scout: bowel gas pattern normal. Faint curvilinear calcification outlines a normal-width
    aorta. No devices or foreign bodies; lung bases clear.
  lung-bases: >
    Lung windows: mild centrilobular emphysema at both bases; no nodule, consolidation or
    effusion. Heart normal in size.
  liver: >
    Liver normal in size and contour. Next to the falciform ligament a 1 cm wedge of
    slightly lower density, with vessels running straight through it. No other focal
    lesion; portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically in both phases, without infarct, mass or
    hydronephrosis. No calculi along either ureter. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled. Prostate and seminal vesicles normal in size for age. No pelvic
    free fluid or lymphadenopathy.
  bowel: >
    Stomach, small bowel and colon normal in calibre and wall thickness. Appendix normal.
    A few uncomplicated sigmoid diverticula without surrounding inflammation.
  mesentery: >
    Superior mesenteric artery and vein patent and normally related. Mesenteric fat clear,
    with no stranding or enlarged nodes.
  peritoneum: >
    Beside the second part of the duodenum a 2 cm rounded pocket of gas and fluid opens into
    the duodenal lumen. No other extraluminal gas, no free fluid and no collection.
  retroperitoneum: >
    Abdominal aorta 2.4 cm at its widest, with calcified plaque in the wall and no
    intimal flap, dissection or periaortic stranding. IVC normal. No retroperitoneal
    haematoma or lymphadenopathy.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal, with no collection.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with degenerative change and
    no fracture or lytic or sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart
    from a peripheral cannula.
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
    evidence: A few uncomplicated sigmoid diverticula without surrounding inflammation
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
target_seconds: 135   # 304 words / 4 + 4 s x 15 steps = 135 s, rounded to 5
views:
  scout: >
    Scout: normal bowel gas pattern without dilated loops. No abnormal calcification,
    devices or foreign bodies. Lung bases clear.
  lung-bases: >
    Lung windows: bases clear, with no nodule or consolidation. On soft-tissue windows, in
    the right lower lobe a segmental artery holds a central low-density defect outlined by
    a rim of contrast on three consecutive slices. No effusion. Right ventricle
    narrower than the left.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion or
    abscess. Portal and hepatic veins patent; no portal venous gas.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without scarring, mass or hydronephrosis. No calculi
    along either ureter. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled, not in contact with the inflamed colon. Prostate normal in size.
    No pelvic collection or lymphadenopathy.
  bowel: >
    A 10 cm segment of sigmoid colon has multiple diverticula, a thickened wall and marked
    stranding of the surrounding fat, centred on one inflamed diverticulum. No dilated
    loops upstream.
  mesentery: >
    Superior mesenteric artery and vein patent. Sigmoid mesocolon stranded next to the
    inflamed segment; no enlarged nodes elsewhere in the mesentery.
  peritoneum: >
    No free gas on lung windows, including next to the sigmoid. No abscess or fluid
    collection. No free fluid in the pelvis.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or haematoma.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal, with no collection.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart
    from a peripheral cannula.
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
target_seconds: 135   # 308 words / 4 + 4 s x 15 steps = 137 s, rounded to 5
views:
  scout: >
    Scout: a few mildly distended small bowel loops with gas; colonic gas present. No
    abnormal calcification, devices or foreign bodies.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Left atrium
    enlarged. No filling defect in the basal pulmonary arteries.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion. Portal
    and hepatic veins patent; no gas in the portal venous branches.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 6 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, with no wedge-shaped infarct, mass or
    hydronephrosis. No calculi along either ureter. Adrenal glands normal.
  pelvis: >
    Bladder thin-walled. Prostate and seminal vesicles normal in size for age.
    No pelvic free fluid or lymphadenopathy.
  bowel: >
    Loops from the mid-jejunum to the distal ileum are mildly dilated with paper-thin walls
    that do not enhance, unlike the bright walls of the proximal jejunal loops. Small
    bubbles of gas lie within the walls of two loops. Caecum and ascending colon
    enhance less than the left colon.
  mesentery: >
    The superior mesenteric artery opacifies for its first 4 cm, then ends abruptly in a
    rounded low-density plug just beyond the middle colic origin; branches beyond it fill
    faintly. SMV patent and normally placed.
  peritoneum: >
    No free gas on lung windows, including around the abnormal loops. No collection.
    Peritoneal surfaces smooth.
  retroperitoneum: >
    Abdominal aorta calcified, normal in calibre, without dissection or thrombus. IVC
    normal. No retroperitoneal lymphadenopathy or haematoma.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with degenerative change and
    no fracture or destructive lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart from
    a peripheral cannula.
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
target_seconds: 135   # 299 words / 4 + 4 s x 15 steps = 135 s, rounded to 5
views:
  scout: >
    Scout: normal post-operative bowel gas pattern without dilated loops. Surgical drain
    over the right abdomen; skin clips over the port sites.
  lung-bases: >
    Lung windows: bases clear, with no consolidation, nodule or effusion. Basal pulmonary
    arteries opacified without filling defect.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion in any
    segment. Portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without scarring, mass or hydronephrosis. No
    calculi along either ureter. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled around the catheter balloon. Uterus and ovaries small, normal for
    age. No pelvic collection or lymphadenopathy.
  bowel: >
    Ileocolic anastomosis in the right upper abdomen with an intact staple line and no gas
    outside it. Small bowel and remaining colon normal in calibre.
  mesentery: >
    Surgical clips at the ileocolic pedicle. Mild expected stranding of the right-sided
    mesenteric fat next to the anastomosis; SMA and SMV patent.
  peritoneum: >
    Three small bubbles of gas lie under the anterior abdominal wall near the umbilical port
    site, fewer than on day 2. No fluid collection. No free fluid.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or haematoma.
  body-wall: >
    Port sites with mild fat stranding and skin clips; no fluid collection or hernia at
    any port. Inguinal and femoral orifices free.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    A surgical drain enters the right flank and its tip lies beside the anastomosis in the
    right paracolic gutter. Urinary catheter balloon in the bladder.
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
    evidence: Mild expected stranding of the right-sided
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
target_seconds: 135   # 305 words / 4 + 4 s x 15 steps = 136 s, rounded to 5
views:
  scout: >
    Scout: non-dilated bowel gas pattern. Skin staples along a midline laparotomy. A drain
    projects over the left lower abdomen. No other devices.
  lung-bases: >
    Lung windows: small bilateral basal areas of linear atelectasis; no nodule or
    effusion. Basal pulmonary arteries opacified without filling defect.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion in any
    segment. Portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without scarring, mass or hydronephrosis. No
    calculi. Adrenal glands slender and normal.
  pelvis: >
    Behind the colorectal anastomosis in the presacral space, a 6 cm fluid collection with
    an enhancing rim and two bubbles of gas. Bladder and prostate normal.
  bowel: >
    Colorectal anastomosis low in the pelvis, its staple line intact on this scan, with no
    contrast outside it. Small bowel and colon normal in calibre.
  mesentery: >
    Surgical clips at the inferior mesenteric pedicle. Mesenteric fat otherwise clear; SMA
    and SMV patent. No enlarged nodes.
  peritoneum: >
    No free gas beyond the pelvis on lung windows. No other collection or free fluid in
    the abdomen. Peritoneal surfaces smooth.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or haematoma.
  body-wall: >
    Midline laparotomy wound with skin staples and mild subcutaneous stranding; no wound
    collection or hernia. Stoma absent.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    The pelvic drain enters through the left lower abdominal wall; its tip and side holes
    lie in the left paracolic gutter at the level of the iliac crest, 8 cm above the
    pelvis. Urinary catheter balloon in the bladder.
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
    evidence: a 6 cm fluid collection with an enhancing rim and two bubbles of gas
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
    evidence: small bilateral basal areas of linear atelectasis
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
target_seconds: 135   # 301 words / 4 + 4 s x 15 steps = 135 s, rounded to 5
views:
  scout: >
    Scout: normal bowel gas pattern. No calcification over the renal outlines or along the
    ureters. No devices; lung bases and hips unremarkable.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Basal pulmonary
    arteries opacified. Heart normal in size.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion or
    abscess in any segment. Portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 4 mm.
  spleen: >
    Spleen normal in size at 11 cm, with uniform enhancement and no focal lesion or infarct.
    Splenic vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    The right kidney is larger than the left; alternating bands of lower and normal
    enhancement radiate from the papillae to the cortex, and the perinephric fat is
    stranded. No hydronephrosis, calculus, gas or collection. Left kidney and both
    adrenals normal.
  pelvis: >
    Bladder thin-walled and well distended. Uterus and both ovaries normal for age. No
    pelvic lymphadenopathy or collection.
  bowel: >
    Stomach, small bowel and colon normal in calibre and wall thickness. Appendix normal,
    5 mm, containing gas. No diverticulitis or colitis.
  mesentery: >
    Superior mesenteric artery and vein patent and normally related. Mesenteric fat clear,
    with no stranding or enlarged nodes.
  peritoneum: >
    No free gas on lung windows, no free fluid and no collection. Peritoneal surfaces and
    omentum smooth.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. A few small
    right para-aortic nodes under 1 cm in short axis.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal, with no collection.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart
    from a peripheral cannula.
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
target_seconds: 135   # 292 words / 4 + 4 s x 15 steps = 133 s, rounded to 5
views:
  scout: >
    Scout: a curvilinear rim of calcification outlines a wide soft-tissue mass in the
    central abdomen; the left psoas outline is lost. Bowel gas displaced to the right.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Coronary artery
    calcification. Heart normal in size.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion. Portal
    and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 6 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement; duct not dilated. Peripancreatic fat clear,
    with no collection.
  kidneys-adrenals: >
    Both kidneys enhance; the left kidney is pushed forwards by retroperitoneal blood. Single
    renal arteries arise 25 mm above the point where the aorta widens, and the aorta below
    them is angled about 30 degrees. No hydronephrosis or calculi. Adrenal glands normal.
  pelvis: >
    Bladder thin-walled. Prostate normal in size for age. Common iliac arteries 13 mm and
    external iliac arteries 8 mm on both sides, with patchy calcification and no stenosis.
    No blood tracking into the pelvis, no free fluid and no lymphadenopathy.
  bowel: >
    Small bowel and colon normal in calibre and wall thickness, displaced to the right by the
    retroperitoneal mass. No bowel ischaemia.
  mesentery: >
    Superior mesenteric artery and vein patent, displaced to the right. Mesenteric fat
    clear of blood.
  peritoneum: >
    No free gas. No intraperitoneal blood around the liver or spleen or in the pelvis. No
    collection.
  retroperitoneum: >
    The infrarenal aorta is a 7.8 cm aneurysm with mural thrombus; its left posterolateral
    wall is discontinuous, and a large haematoma spreads from it into the left perirenal and
    pararenal spaces and along the psoas. No active contrast jet.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall normal, with no
    flank bruising or collection.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact; no vertebral erosion beside
    the aneurysm. Degenerative change only.
  lines-tubes: >
    Two peripheral cannulas. No drains, catheters, stents or feeding tubes. No central line
    or other vascular device.
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
    evidence: The infrarenal aorta is a 7.8 cm aneurysm with mural thrombus
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
target_seconds: 140   # 330 words / 4 + 4 s x 15 steps = 142 s, rounded to 5
views:
  scout: >
    Scout: multiple dilated gas-filled small bowel loops in the central abdomen, stacked
    like a ladder; little gas in the colon. No abnormal calcification or devices.
  lung-bases: >
    Lung windows: bases clear apart from slight dependent crowding of vessels; no nodule,
    consolidation or effusion. Heart normal in size.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion in any
    segment. Portal and hepatic veins patent; no gas in the portal veins.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 6 mm, normal for age.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas fatty-replaced as expected at this age, uniform in enhancement; duct not
    dilated. Peripancreatic fat clear, with no collection.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without mass or hydronephrosis. No calculi along
    either ureter. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled. Uterus and ovaries small and normal for age. No pelvic
    lymphadenopathy or mass.
  bowel: >
    Jejunum and ileum dilated to 4 cm with fluid and gas, the walls of normal thickness and
    enhancement. The dilated loops lead down into the right side of the pelvis; beyond that
    point the distal ileum and the colon are collapsed.
  mesentery: >
    Mesenteric vessels patent and normally related, with no whirl or swirl of the vessels.
    Mesenteric fat clear; no enlarged nodes.
  peritoneum: >
    No free gas on lung windows. No free fluid in the abdomen and no collection. Peritoneal
    surfaces smooth.
  retroperitoneum: >
    Abdominal aorta calcified but normal in calibre. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or haematoma.
  body-wall: >
    Below the right inguinal ligament, medial to the femoral vein, which it compresses, a
    2.5 cm sac holds a knuckle of small bowel with a thickened wall and fluid around it. The
    inguinal canals and umbilicus are free.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs osteopenic but intact, with no
    fracture or lytic or sclerotic lesion.
  lines-tubes: >
    No nasogastric tube yet. No drains, catheters or stents. No vascular lines in the field
    apart from a peripheral cannula.
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
target_seconds: 135   # 300 words / 4 + 4 s x 15 steps = 135 s, rounded to 5
views:
  scout: >
    Scout: normal bowel gas pattern. Surgical clips in the right abdomen. No other devices
    or foreign bodies; lung bases clear.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Chest reported
    separately. Heart normal in size.
  liver: >
    Liver normal in size. Just beneath the dome in segment 7 a 14 mm rounded focus of low
    density with a faint brighter rim, not present a year ago. Rest of the liver uniform;
    portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size, with uniform enhancement and no focal lesion or infarct. Splenic
    vein patent.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail; duct not dilated.
    Peripancreatic fat clear.
  kidneys-adrenals: >
    Both kidneys enhance symmetrically, without scarring, mass or hydronephrosis. No
    calculi. Adrenal glands slender and normal.
  pelvis: >
    Bladder thin-walled. Uterus and ovaries small and normal for age. No pelvic mass,
    collection or lymphadenopathy.
  bowel: >
    Ileocolic anastomosis in the right abdomen with no wall thickening or mass at the
    anastomosis. Remaining colon and small bowel normal.
  mesentery: >
    Surgical clips at the ileocolic pedicle. Mesenteric fat clear, with no enlarged or new
    nodes. SMA and SMV patent.
  peritoneum: >
    No free fluid, collection or free gas. Peritoneal surfaces and omentum smooth, with no
    nodules or omental thickening.
  retroperitoneum: >
    Abdominal aorta normal in calibre. IVC normal. No retroperitoneal or para-aortic
    lymphadenopathy, fluid or mass at the nodal stations.
  body-wall: >
    Through a 4 cm defect in the midline laparotomy scar above the umbilicus, a loop of
    transverse colon and fat protrude into the subcutaneous tissue, with no bowel
    dilatation or wall thickening.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart
    from a peripheral cannula.
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
target_seconds: 135   # 295 words / 4 + 4 s x 15 steps = 134 s, rounded to 5
views:
  scout: >
    Scout: normal bowel gas pattern. No abnormal calcification, devices or foreign bodies.
    Lung bases and hips in view unremarkable.
  lung-bases: >
    Lung windows: bases clear, with no nodule, consolidation or effusion. Heart normal in
    size. Chest reported separately.
  liver: >
    Liver normal in size and contour, with uniform enhancement and no focal lesion in any
    segment, including the dome. Portal and hepatic veins patent.
  biliary: >
    Gallbladder thin-walled without stones or pericholecystic fluid. Intrahepatic ducts not
    dilated; common bile duct 5 mm.
  spleen: >
    Spleen normal in size. At the splenic hilum a 12 mm round, smooth nodule that matches
    the spleen exactly in density on every phase. No focal splenic lesion.
  pancreas: >
    Pancreas normal in bulk and enhancement from head to tail, with no mass; duct not
    dilated. Peripancreatic fat clear.
  kidneys-adrenals: >
    The lateral border of the left kidney has a smooth bulge of cortex that enhances exactly
    like the rest of the kidney in every phase. No mass, scarring or hydronephrosis.
    Adrenals normal.
  pelvis: >
    Bladder thin-walled. Prostate and seminal vesicles normal in size for age. No pelvic
    lymphadenopathy or mass.
  bowel: >
    Stomach, small bowel and colon normal in calibre, with no wall thickening or mass.
    Appendix normal. No diverticulitis.
  mesentery: >
    Superior mesenteric artery and vein patent. Mesenteric fat clear, with a few small
    nodes under 5 mm in short axis.
  peritoneum: >
    No free gas, free fluid or collection. Peritoneal surfaces and omentum smooth, with no
    nodules or omental thickening.
  retroperitoneum: >
    Abdominal aorta normal in calibre, without dissection. IVC normal. No retroperitoneal
    lymphadenopathy, fluid or mass.
  body-wall: >
    Inguinal, femoral and umbilical orifices free; no hernia. Abdominal wall muscles and
    subcutaneous fat normal, with no mass.
  bones: >
    Bone windows: lumbar spine, pelvis and lower ribs intact, with no fracture or lytic or
    sclerotic lesion.
  lines-tubes: >
    No drains, catheters, stents or feeding tubes. No vascular lines in the field apart
    from a peripheral cannula.
distractors:
  - step: spleen
    term: splenic-lesion
    note: >
      Splenule (accessory spleen): a small round nodule near the splenic hilum that follows
      the spleen's density in every phase. A normal variant, not a lymph node or deposit.
    evidence: matches the spleen exactly in density on every phase
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
target_seconds: 65   # 162 words / 4 + 4 s x 6 steps = 64 s, rounded to 5
views:
  blood: >
    A biconvex, lens-shaped hyperdense collection, 11 mm thick, lies against the inner
    table over the left temporal lobe, limited in front and behind by the coronal and
    lambdoid sutures. It contains a small swirl of lower density. No subdural,
    subarachnoid or intraventricular blood.
  cisterns: >
    Suprasellar, ambient, interpeduncular and quadrigeminal cisterns patent and symmetric.
    Both Sylvian fissures visible. Foramen magnum normal.
  brain: >
    Left temporal sulci effaced beneath the collection. Grey-white differentiation
    preserved; no contusion in the frontal or temporal poles. Septum pellucidum in the
    midline. Posterior fossa normal.
  ventricles: >
    Lateral, third and fourth ventricles normal in size and symmetric. No hydrocephalus and
    no periventricular low density.
  bone: >
    Bone window: a thin, straight lucent line with sharp, non-sclerotic edges crosses the
    squamous left temporal bone directly beneath the collection, running across the groove
    of the middle meningeal artery. No depression. Left temporal scalp swelling, 9 mm thick.
  sinuses: >
    Paranasal sinuses and mastoid air cells clear; no fluid in the sphenoid sinus or the
    middle ears. Orbits and globes normal.
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
    evidence: A biconvex, lens-shaped hyperdense collection, 11 mm thick
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
    evidence: Left temporal scalp swelling, 9 mm thick
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
target_seconds: 55   # 133 words / 4 + 4 s x 6 steps = 57 s, rounded to 5
views:
  blood: >
    No extra-axial collection over either convexity, along the falx or on the tentorium. No
    intraparenchymal, intraventricular or subarachnoid haemorrhage.
  cisterns: >
    Suprasellar, ambient, interpeduncular and quadrigeminal cisterns patent and symmetric.
    Both Sylvian fissures open and of equal width.
  brain: >
    Grey-white differentiation preserved, including both insular ribbons and lentiform
    nuclei. The proximal left middle cerebral artery is a tubular line of higher density
    than the right middle cerebral artery and the basilar artery, over 2 cm of its length.
    No mass. Midline structures central.
  ventricles: >
    Ventricles normal in size for age and symmetric, with no effacement. Temporal horns not
    dilated. No periventricular low density.
  bone: >
    Bone window: calvarium, skull base and facial bones intact, with no fracture or lytic
    lesion. No scalp swelling.
  sinuses: >
    Paranasal sinuses and mastoid air cells clear. Orbits normal; globes symmetric and the
    optic nerves unremarkable.
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
target_seconds: 60   # 134 words / 4 + 4 s x 6 steps = 58 s, rounded to 5
views:
  blood: >
    No extradural or subdural collection over either convexity or the tentorium. No
    intraparenchymal, intraventricular or subarachnoid hyperdensity. A thin linear plate of
    bone density lies in the midline along the anterior falx.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns patent, slightly prominent as expected
    at this age. Sylvian fissures open. Foramen magnum normal.
  brain: >
    Sulci and Sylvian fissures are evenly widened over both hemispheres, in proportion to
    the ventricles and to age; the hippocampi are not disproportionately small.
    Grey-white differentiation preserved. No mass. Midline central.
  ventricles: >
    Ventricles mildly prominent, in proportion to the sulci; temporal horns not
    disproportionately enlarged. No periventricular low density or effacement.
  bone: >
    Bone window: calvarium and skull base intact, with no fracture or lytic lesion. No
    scalp swelling.
  sinuses: >
    Paranasal sinuses clear and mastoid air cells well aerated. Lens implants in both
    globes; orbits otherwise normal.
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
target_seconds: 60   # 148 words / 4 + 4 s x 6 steps = 61 s, rounded to 5
views:
  blood: >
    No hyperdense collection. Over the left frontal and parietal convexity the cortex is
    separated from the inner table by a crescent of tissue of the same density as brain,
    12 mm thick, into which no sulci extend.
  cisterns: >
    Suprasellar, ambient and quadrigeminal cisterns patent and dark with CSF. Both Sylvian
    fissures visible. Foramen magnum normal.
  brain: >
    Left hemisphere sulci cannot be traced out to the inner table: the grey-white junction
    is pushed inwards and the convexity sulci are effaced. Septum pellucidum displaced 4 mm
    to the right. Right hemisphere sulci normal for age.
  ventricles: >
    Third and fourth ventricles normal in size. The left lateral ventricle is compressed,
    narrower than the right. No periventricular low density and no hydrocephalus.
  bone: >
    Bone window: calvarium and skull base intact, with no fracture or lytic lesion. No scalp
    swelling over either side of the head.
  sinuses: >
    Paranasal sinuses and mastoid air cells clear, without fluid levels. Orbits, globes and
    facial soft tissues normal.
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
target_seconds: 60   # 140 words / 4 + 4 s x 6 steps = 59 s, rounded to 5
views:
  blood: >
    No extradural, subdural or subarachnoid blood over either convexity, along the falx or
    the tentorium, or in the cisterns. No intraparenchymal or intraventricular haemorrhage.
  cisterns: >
    Suprasellar, ambient, interpeduncular and quadrigeminal cisterns patent, symmetric and
    dark with CSF. Both Sylvian fissures open.
  brain: >
    Grey-white differentiation preserved. No contusion in the frontal or temporal poles.
    Sulci normal for age, none effaced. Midline structures central. Posterior fossa normal.
  ventricles: >
    Ventricles normal in size for age and symmetric, without effacement. Third and fourth
    ventricles normal; no periventricular low density.
  bone: >
    Bone window: a thin branching lucent channel with smooth, corticated margins runs in
    the inner table of the right parietal bone, mirrored by a similar channel on the left;
    no step. No scalp haematoma or soft-tissue gas at the right forehead.
  sinuses: >
    Frontal, ethmoid, maxillary and sphenoid sinuses clear, with no fluid level. Mastoid
    air cells clear. Orbits normal.
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
target_seconds: 60   # 139 words / 4 + 4 s x 6 steps = 59 s, rounded to 5
views:
  blood: >
    No extradural or subdural collection. No subarachnoid blood in the cisterns or sulci. No
    intraparenchymal haemorrhage, and no dependent blood layering in the occipital horns.
  cisterns: >
    Basal cisterns patent: suprasellar, ambient and quadrigeminal cisterns contain CSF.
    Foramen magnum normal, with the cerebellar tonsils above it.
  brain: >
    Grey-white differentiation preserved. No parenchymal mass, oedema or infarct. Midline
    structures central. Brainstem and cerebellum normal.
  ventricles: >
    Both lateral ventricles are enlarged and symmetric, with ballooned frontal horns and
    dilated temporal horns; the third and fourth ventricles are normal in size. A smooth
    10 mm round focus, denser than brain, sits in the roof of the third ventricle at the
    foramina of Monro.
  bone: >
    Bone window: calvarium and skull base intact, with no lytic lesion or sutural
    widening. No scalp swelling.
  sinuses: >
    Paranasal sinuses and mastoid air cells clear, without fluid or mucosal thickening.
    Orbits and globes normal.
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
    hyperdensity. The interpeduncular fossa is filled by faintly hyperdense material,
    slightly denser than the adjacent midbrain. The convexity sulci
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
    evidence: filled by faintly hyperdense material, slightly denser than the adjacent midbrain
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
target_seconds: 125   # 285 words / 4 + 4 s x 14 steps = 127 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax or pleural fluid on either side. Mediastinum central. Both domes
    normal in position.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart small. IVC narrow but not flat; hepatic
    veins normal.
  aorta: >
    Thoracic and abdominal aorta normal in calibre and contour to the bifurcation. No
    intimal flap or periaortic blood. Arch vessels normal.
  haemorrhage: >
    A large extraperitoneal haematoma fills the pelvis and displaces the bladder upwards.
    Within it, beside the right internal iliac branches, a 6 mm focus as dense as the
    iliac arteries becomes a larger irregular pool on the portal phase. No intraperitoneal
    fluid.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    The pubic symphysis is widened to 45 mm. Both sacroiliac joints are widened
    anteriorly, the right more than the left, with the posterior joints still aligned.
    Acetabula and hips intact; binder at the level of the trochanters.
  spine: >
    Sagittal and coronal reformats: alignment normal throughout. Vertebral body heights
    preserved; posterior elements, facets and transverse processes intact.
  head: >
    Head included at the trauma team's request: no extradural, subdural or subarachnoid
    blood; midline central; basal cisterns open.
  lungs: >
    Lungs clear on lung windows, with no contusion, laceration or aspiration.
  chest-wall: >
    Ribs counted on both sides, all intact. Sternum intact on the sagittal reformat.
    Scapulae and clavicles intact. No subcutaneous gas.
  bowel-mesentery: >
    Bowel and mesentery normal. No free gas. Hemidiaphragms intact. Bladder wall intact,
    compressed by the haematoma; no contrast outside it on the delayed images.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    Urinary catheter not inserted. Both femoral shafts in the field intact. No foreign body.
    No incidental lesion.
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
    evidence: The pubic symphysis is widened to 45 mm
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
    evidence: a 6 mm focus as dense as the iliac arteries becomes a larger irregular pool on the portal phase
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
    evidence: A large extraperitoneal haematoma fills the pelvis
distractors:
  - step: haemorrhage
    term: flat-ivc
    note: >
      The small heart and narrow IVC on the pericardium images are signs of hypovolaemia
      from the pelvic bleeding, but the IVC is not flat; they belong in the haemorrhage
      call, not in a result of their own.
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
target_seconds: 130   # 287 words / 4 + 4 s x 14 steps = 128 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows, including anteriorly. No pleural fluid on either side.
    Mediastinum central.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size; coronary artery
    calcification. IVC and hepatic veins normal.
  aorta: >
    Aorta of normal calibre with scattered calcified plaque, no flap, pseudoaneurysm or
    periaortic blood. The isthmus contour is smooth. Arch vessels normal.
  haemorrhage: >
    No contrast extravasation on either phase. No free fluid in the abdomen or pelvis. No
    retroperitoneal or pelvic haematoma. IVC round.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal for age.
  spine: >
    At C2 a thin oblique lucent line crosses the base of the dens just above the body, on
    both sagittal and coronal reformats; the dens is tilted 2 mm backwards on the body.
    Prevertebral soft tissue at C2 is 8 mm thick. Rest of the spine aligned.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Generalised volume loss
    appropriate for age. Midline central; basal cisterns open.
  lungs: >
    Lungs clear on lung windows, with no contusion, laceration or aspiration.
  chest-wall: >
    Ribs counted on both sides, all intact. Sternum intact on the sagittal reformat.
    Scapulae and clavicles intact. No subcutaneous gas.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement; sigmoid diverticula without
    inflammation. Mesenteric fat clear. No free gas. Diaphragm and bladder intact.
  face-skull: >
    Right frontal scalp haematoma, 15 mm thick, beneath a skin laceration. On bone windows
    the vault, skull base, orbits and facial bones are intact.
  everything-else: >
    Peripheral cannula in the left arm. Humeral heads and hips in the field intact. No
    foreign body. No incidental lesion needing follow-up.
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
    evidence: Right frontal scalp haematoma, 15 mm thick
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
target_seconds: 130   # 295 words / 4 + 4 s x 14 steps = 130 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact; the left main bronchus is not displaced.
  chest-pleura: >
    No pneumothorax on lung windows. A thin layer of fluid of 45 HU lies at the left
    apex outside the parietal pleura, continuous with the mediastinal blood; the pleural
    space itself holds no fluid. No shift.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size and contour. IVC and
    hepatic veins normal, without contrast reflux.
  aorta: >
    At the isthmus, just beyond the left subclavian origin, the aortic contour bulges into
    a 2 cm outpouching with an irregular intimal flap at its neck. Mediastinal blood
    surrounds the aorta and fills the aortopulmonary window. Arch vessels patent.
  haemorrhage: >
    No contrast extravasation outside the aortic contour on the arterial or portal phases.
    No free fluid in the abdomen or pelvis. IVC round.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    Alignment normal from the skull base to the sacrum. Vertebral heights preserved;
    posterior elements intact. Dens intact.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open. Ventricles normal.
  lungs: >
    Lungs clear, with no contusion or laceration.
  chest-wall: >
    Ribs intact on both sides. On the sagittal reformat the sternal body is crossed by a
    transverse lucent line with a 3 mm step in its posterior cortex and a thin
    retrosternal haematoma. Scapulae and clavicles intact.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear, with no
    haematoma. No free gas. Hemidiaphragms intact; bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    Peripheral cannulas only. Limbs in the field intact. No foreign body. No incidental
    lesion needing follow-up.
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
    evidence: the aortic contour bulges into a 2 cm outpouching with an irregular intimal flap
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
    evidence: A thin layer of fluid of 45 HU lies at the left
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
target_seconds: 120   # 266 words / 4 + 4 s x 14 steps = 122 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows, including anteriorly and at both bases. No pleural
    fluid. Mediastinum central.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size. IVC and hepatic veins
    normal, without contrast reflux.
  aorta: >
    Thoracic and abdominal aorta normal in calibre and contour, with no intimal flap,
    pseudoaneurysm or periaortic blood; the isthmus is smooth. Arch vessels normal.
  haemorrhage: >
    No contrast extravasation on the arterial or portal phases. No free fluid around the
    liver or spleen, in the paracolic gutters or in the pelvis. IVC round.
  solid-organs: >
    On the superolateral border of the spleen a smooth notch, 1 cm deep, with rounded
    margins and no surrounding fluid. Liver, kidneys, adrenals and pancreas enhance
    normally with no laceration.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    Alignment normal throughout. In the posterior centre of each lumbar vertebral body a
    smooth, corticated, Y-shaped lucency opens onto the back of the body. Heights
    preserved; posterior elements and transverse processes intact.
  head: >
    No intracranial haemorrhage or contusion. Grey-white differentiation preserved. Midline
    central; basal cisterns open; ventricles normal.
  lungs: >
    Lungs clear, with no contusion, laceration or aspiration.
  chest-wall: >
    Ribs counted on both sides, all intact. Sternum, scapulae and clavicles intact. No
    subcutaneous gas.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear. No free gas.
    Hemidiaphragms intact; bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits and facial bones intact. Scalp soft tissues of
    even thickness over the occiput.
  everything-else: >
    No tubes or lines other than peripheral cannulas. Limbs in the field intact. No foreign
    body. No incidental lesion needing follow-up.
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
target_seconds: 130   # 295 words / 4 + 4 s x 14 steps = 130 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows, including anteriorly. No pleural fluid on either side.
    Mediastinum central.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size and contour. IVC and
    hepatic veins normal, without contrast reflux.
  aorta: >
    Thoracic and abdominal aorta normal in calibre and contour, with no intimal flap or
    periaortic blood. Arch vessels and visceral branches normal.
  haemorrhage: >
    No contrast extravasation on either phase. No free fluid around the liver or spleen
    or in the pelvis. No retroperitoneal haematoma. IVC round.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    At L2 a horizontal fracture runs through the spinous process, both laminae and pedicles
    into the back of the vertebral body; the upper and lower fragments of L2 are separated
    by a gap that widens posteriorly, and the body hinges open. Alignment otherwise normal.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open.
  lungs: >
    Lungs clear on lung windows, with no contusion, laceration or aspiration.
  chest-wall: >
    Ribs counted on both sides, all intact. Sternum intact on the sagittal reformat.
    Scapulae and clavicles intact. No subcutaneous gas.
  bowel-mesentery: >
    A 6 cm segment of proximal jejunum has a thickened wall that enhances more than the
    loops around it, with stranding of the adjacent mesenteric fat and a small triangle of
    fluid between the mesenteric leaves. No free gas. Diaphragm and bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    A band of subcutaneous fat stranding crosses the lower abdominal wall along the belt
    line. Peripheral cannulas only. No foreign body or incidental lesion.
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
    evidence: a horizontal fracture runs through the spinous process, both laminae and pedicles
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
target_seconds: 145   # 351 words / 4 + 4 s x 14 steps = 144 s, rounded to 5
views:
  airway:
    text: >
      No endotracheal tube. Trachea and main bronchi intact and aerated.
    available_after: 30
  chest-pleura:
    text: >
      On lung windows a thin anterior sliver of gas, 6 mm deep, separates the left lung from
      the anterior chest wall over the lower lobe, with no lung markings within it. No
      mediastinal shift. No pleural fluid on either side.
    available_after: 30
  pericardium:
    text: >
      Pericardium thin, with no fluid or gas. Heart normal in size and contour. IVC and
      hepatic veins not distended. No contrast reflux.
    available_after: 30
  aorta:
    text: >
      Thoracic aorta normal in calibre and contour from the root through the isthmus to the
      hiatus, with no intimal flap, pseudoaneurysm or periaortic blood. Arch vessels
      normal.
    available_after: 30
  haemorrhage:
    text: >
      In the arterial phase a 12 mm focus as dense as the aorta lies in the lower pole of the
      spleen; on the portal phase it has grown into a larger irregular pool. Fluid of 50 HU
      surrounds the spleen and liver and fills the paracolic gutters and the pelvis.
    available_after: 45
  solid-organs:
    text: >
      A jagged low-density band 4 cm long crosses the lower pole of the spleen and reaches
      the hilum, with a surrounding perisplenic haematoma. Liver, kidneys, adrenals and
      pancreas intact.
    available_after: 45
  pelvis:
    text: >
      Pelvic ring intact, with the binder at the level of the trochanters: symphysis and
      both sacroiliac joints normal in width and aligned. Sacrum, acetabula and both hips
      normal.
    available_after: 45
  spine:
    text: >
      Sagittal and coronal reformats: alignment normal from the skull base to the sacrum.
      Vertebral body heights preserved; posterior elements, facets and transverse processes
      intact. Dens intact.
    available_after: 90
  head:
    text: >
      No extradural, subdural or subarachnoid blood. No contusion. Grey-white
      differentiation preserved; midline central; basal cisterns open. Ventricles normal.
  lungs:
    text: >
      Lungs clear on lung windows, with no contusion, laceration or aspiration.
    available_after: 30
  chest-wall:
    text: >
      Fractures of the left ninth, tenth and eleventh ribs posterolaterally, each displaced by
      half a shaft width; each rib broken in one place only. Sternum, scapulae and clavicles
      intact.
    available_after: 30
  bowel-mesentery:
    text: >
      Bowel walls normal in thickness and enhancement. Mesentery clear. No free gas. Both
      hemidiaphragms intact. Bladder intact and distended with urine.
    available_after: 45
  face-skull:
    text: >
      Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
      haematoma. Paranasal sinuses and mastoids clear.
  everything-else:
    text: >
      Peripheral cannulas in both arms. Humeral heads and proximal femora in the field
      intact. No foreign body and no incidental lesion.
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
    evidence: on the portal phase it has grown into a larger irregular pool
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
    evidence: Fractures of the left ninth, tenth and eleventh ribs posterolaterally
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
target_seconds: 130   # 292 words / 4 + 4 s x 14 steps = 129 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows, including anteriorly and at both bases. No pleural
    fluid. Mediastinum central.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size and contour. IVC and
    hepatic veins normal, without contrast reflux.
  aorta: >
    Thoracic and abdominal aorta normal in calibre and contour, with no intimal flap,
    pseudoaneurysm or periaortic blood. Arch vessels normal.
  haemorrhage: >
    No contrast extravasation on either phase. No free fluid around the liver or spleen,
    in the paracolic gutters or in the pelvis. IVC round.
  solid-organs: >
    Dark linear bands cross the liver from side to side in line with the humeri, running
    on beyond the liver edge into the fat and the abdominal wall. Spleen, kidneys, adrenals
    and pancreas enhance normally with no laceration.
  pelvis: >
    Pelvic ring intact; symphysis and sacroiliac joints normal. At the superolateral rim of
    the left acetabulum a small triangular ossicle with a smooth, fully corticated margin,
    matched by a smaller one on the right. Hips normal.
  spine: >
    Sagittal and coronal reformats: alignment normal throughout. Vertebral body heights
    preserved; posterior elements, facets and transverse processes intact.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open. Ventricles normal.
  lungs: >
    Lungs clear on lung windows, with no contusion, laceration or aspiration.
  chest-wall: >
    Ribs counted on both sides, all intact. Sternum intact on the sagittal reformat.
    Scapulae and clavicles intact. No subcutaneous gas.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear, with no
    haematoma. No free gas. Hemidiaphragms intact; bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    Both humeri lie beside the abdomen; the visible humeral shafts and femora are intact.
    Peripheral cannula only. No foreign body or incidental lesion.
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
target_seconds: 125   # 278 words / 4 + 4 s x 14 steps = 126 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows, including anteriorly and at both bases. No pleural
    fluid on either side. Mediastinum central.
  pericardium: >
    Pericardium thin, with no fluid or gas. Heart normal in size and contour. IVC and
    hepatic veins normal, without contrast reflux.
  aorta: >
    On the inner curve of the isthmus a smooth, broad-based bulge with gently sloping,
    obtuse margins, and no flap. The mediastinal fat around it is clean. The rest of the
    aorta and the arch vessels are normal.
  haemorrhage: >
    No contrast extravasation on either phase. No free fluid around the liver or spleen, in
    the paracolic gutters or in the pelvis. IVC round.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    Sagittal and coronal reformats: alignment normal throughout. Vertebral body heights
    preserved; posterior elements, facets and transverse processes intact.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open. Ventricles normal.
  lungs: >
    Lungs clear on lung windows, with no contusion, laceration or aspiration.
  chest-wall: >
    The left seventh and eighth ribs each show a smooth bulge of mature, corticated callus
    laterally with no lucent line or step. All other ribs, the sternum, scapulae and
    clavicles intact.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear, with no
    haematoma. No free gas. Hemidiaphragms intact; bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    Peripheral cannula only. Limbs in the field intact. No foreign body. No incidental
    lesion needing follow-up.
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
target_seconds: 125   # 284 words / 4 + 4 s x 14 steps = 127 s, rounded to 5
views:
  airway: >
    Trachea and main bronchi intact and aerated.
  chest-pleura: >
    No pneumothorax on lung windows. No pleural fluid on either side. Mediastinum central.
    The left pleural space is intact along the wound track.
  pericardium: >
    Fluid of 48 HU, 14 mm deep, surrounds the heart and compresses the front of the right
    ventricle. The IVC and hepatic veins are distended and fill with contrast refluxing from
    the right atrium.
  aorta: >
    Thoracic aorta normal in calibre and contour from root to hiatus, with no flap or
    periaortic blood. Arch vessels and internal mammary arteries normal.
  haemorrhage: >
    No contrast extravasation outside the heart on either phase. No free fluid in the
    abdomen or pelvis. No retroperitoneal haematoma.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    Sagittal and coronal reformats: alignment normal throughout. Vertebral body heights
    preserved; posterior elements, facets and transverse processes intact.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open. Ventricles normal.
  lungs: >
    Lungs clear on lung windows, with no contusion or laceration along the track.
  chest-wall: >
    A gas-containing track runs through the left parasternal soft tissues of the fourth
    intercostal space towards the pericardium, with gas in the overlying subcutaneous fat.
    Ribs and sternum intact.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear. No free gas.
    Left hemidiaphragm intact beneath the wound; bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    Peripheral cannulas in both arms. No retained blade fragment or other foreign body.
    Limbs in the field intact. No incidental lesion.
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
target_seconds: 130   # 299 words / 4 + 4 s x 14 steps = 131 s, rounded to 5
views:
  airway: >
    Endotracheal tube tip 4 cm above the carina. Trachea pushed to the left, intact.
  chest-pleura: >
    A large right pneumothorax: the right lung is collapsed towards the hilum, the heart and
    mediastinum are pushed to the left, and the right hemidiaphragm is flattened and
    inverted. No pleural fluid on either side.
  pericardium: >
    No pericardial fluid or gas. The heart is displaced to the left; the superior and
    inferior venae cavae are narrowed.
  aorta: >
    Aorta normal in calibre and contour from root to bifurcation, displaced to the left,
    with no flap, pseudoaneurysm or periaortic blood. Arch vessels normal.
  haemorrhage: >
    No contrast extravasation on either phase. No free fluid in the abdomen or pelvis. No
    retroperitoneal or pelvic haematoma.
  solid-organs: >
    Spleen, liver, kidneys, adrenals and pancreas enhance normally and uniformly, with no
    laceration, haematoma or devascularised segment.
  pelvis: >
    Pelvic ring intact: symphysis and both sacroiliac joints normal in width and aligned.
    Sacrum, acetabula and both hips normal.
  spine: >
    Sagittal and coronal reformats: alignment normal throughout. Vertebral body heights
    preserved; posterior elements, facets and transverse processes intact.
  head: >
    No extradural, subdural or subarachnoid blood and no contusion. Grey-white
    differentiation preserved; midline central; basal cisterns open.
  lungs: >
    Right lung collapsed but its bronchi are patent to the hilum. Left lung clear, with no
    contusion or aspiration.
  chest-wall: >
    Fractures of the right fourth to eighth ribs laterally, displaced; the fifth to seventh
    are also broken anteriorly. A thin lucent line crosses the body of the right scapula
    from its lateral border, undisplaced. Subcutaneous gas over the right chest wall.
  bowel-mesentery: >
    Bowel walls normal in thickness and enhancement. Mesenteric fat clear, with no
    haematoma. No free gas. Left hemidiaphragm and bladder intact.
  face-skull: >
    Bone windows: vault, skull base, orbits, facial bones and mandible intact. No scalp
    haematoma. Paranasal sinuses and mastoids clear.
  everything-else: >
    No chest drain or decompression cannula in place. Limbs in the field intact. No foreign
    body.
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
    evidence: the fifth to seventh are also broken anteriorly
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
    evidence: A thin lucent line crosses the body of the right scapula
  - id: right-chest-wall-surgical-emphysema
    step: chest-wall
    term: subcutaneous-emphysema
    side: right
    severity: minor
    conspicuity: obvious
    teaching: >
      Surgical emphysema over rib fractures means the pleura is breached; with a
      pneumothorax under positive pressure it can spread fast, so it is worth recording.
    evidence: Subcutaneous gas over the right chest wall
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
target_seconds: 60   # 149 words / 4 + 4 s x 6 steps = 61 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 360 HU. Segmental and subsegmental arteries well opacified. No
    motion or streak artefact; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm, smaller than the ascending aorta. Right, left and all
    lobar arteries fully opacified. Beside the right interlobar artery, outside its wall,
    a 7 mm oval of soft tissue sits in the angle between artery and bronchus.
  peripheral-arteries: >
    Segmental and subsegmental arteries followed lobe by lobe in both lungs: all fully
    opacified to their edges, with no filling defect.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum bows
    normally towards the right. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    Lungs clear on lung windows: no consolidation, nodule, ground-glass opacity or
    peripheral wedge-shaped opacity. No pleural effusion or pneumothorax.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. No enlarged mediastinal or hilar
    nodes. Upper abdomen, bones and thyroid unremarkable.
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
target_seconds: 60   # 144 words / 4 + 4 s x 6 steps = 60 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 390 HU. Segmental and subsegmental arteries well opacified. No
    motion artefact; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm. Right, left and all lobar arteries fully opacified, with
    no filling defect.
  peripheral-arteries: >
    Segmental and subsegmental arteries followed lobe by lobe in both lungs: all fully
    opacified to their edges, with no filling defect.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. A thin rim of pericardial fluid, 4 mm.
  lungs: >
    Lungs clear on lung windows: no consolidation, nodule, ground-glass opacity or
    peripheral wedge-shaped opacity. No pleural effusion or pneumothorax.
  everything-else: >
    The ascending aorta measures 46 mm. A thin curved line of lower density crosses its
    lumen on every slice from the root to the arch, dividing it into a brighter and a
    darker channel. Descending aorta normal. No lymphadenopathy.
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
    evidence: A thin rim of pericardial fluid, 4 mm
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
target_seconds: 60   # 147 words / 4 + 4 s x 6 steps = 61 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 370 HU. Segmental and subsegmental arteries well opacified. No
    motion or streak artefact; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 25 mm, smaller than the ascending aorta. Right, left and lobar
    arteries smooth-walled and fully opacified, with no web or eccentric thrombus.
  peripheral-arteries: >
    Segmental and subsegmental arteries followed lobe by lobe in both lungs: all fully
    opacified and tapering normally, with no filling defect or web.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum bows
    normally towards the right. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    In the left lower lobe a 3 mm nodule as dense as bone. Lungs otherwise clear, with no
    mosaic attenuation, consolidation or ground-glass opacity. No pleural effusion.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. A few small calcified nodes at
    the left hilum. Upper abdomen, bones, breasts and thyroid unremarkable.
distractors:
  - step: lungs
    term: nodule
    side: left
    note: >
      A small, densely calcified nodule is a healed granuloma (often with calcified hilar
      nodes) and needs no follow-up; Fleischner guidance excludes calcified benign
      nodules.
    evidence: a 3 mm nodule as dense as bone
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
target_seconds: 60   # 143 words / 4 + 4 s x 6 steps = 60 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 350 HU. Segmental and subsegmental arteries well opacified. No
    motion or streak artefact; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 27 mm. Right, left and all lobar arteries fully opacified, with
    no filling defect.
  peripheral-arteries: >
    Segmental and subsegmental arteries followed lobe by lobe in both lungs: all fully
    opacified, including those running through the consolidated left lower lobe.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    Dense consolidation with air bronchograms fills most of the left lower lobe. Mild
    centrilobular emphysema in both upper lobes. In the right upper lobe an 11 mm
    soft-tissue opacity with spiculated margins pulls the nearby pleura inwards.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. Reactive left hilar nodes under
    1 cm. Upper abdomen and bones unremarkable.
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
    evidence: Dense consolidation with air bronchograms fills most of the left lower lobe
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
    evidence: Mild centrilobular emphysema in both upper lobes
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
  Inpatient with pneumonia treated for a week; new breathlessness and tachycardia. Query
  pulmonary embolism. Cannula in the left hand.
routine: ctpa
target_seconds: 60   # 147 words / 4 + 4 s x 6 steps = 61 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery only 150 HU; dense contrast still in the left subclavian vein and
    SVC. Segmental and subsegmental arteries are grey, barely brighter than the adjacent
    soft tissue.
  central-arteries: >
    Main, right and left pulmonary arteries and the lobar arteries are opacified enough to
    show no filling defect within them. Main pulmonary artery 26 mm.
  peripheral-arteries: >
    Segmental and subsegmental arteries are too faintly opacified to tell clot from blood;
    no definite filling defect is seen at this density.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    Lungs clear on lung windows apart from resolving patchy opacity in the right middle
    lobe, smaller than on the admission radiograph. No pleural effusion or pneumothorax.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. A few small mediastinal nodes,
    none enlarged. Upper abdomen and bones unremarkable.
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
    evidence: Main pulmonary artery only 150 HU
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
    evidence: resolving patchy opacity in the right middle lobe
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
target_seconds: 65   # 155 words / 4 + 4 s x 6 steps = 63 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 300 HU, denser in the upper lobe arteries than in the lower.
    Segmental and subsegmental arteries adequately opacified. No breathing blur;
    diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 25 mm. Right, left and all lobar arteries fully opacified, with no
    filling defect.
  peripheral-arteries: >
    In the right lower lobe basal arteries an ill-defined area of lower density has fuzzy
    margins that fade into the surrounding contrast; it is absent on the next slice and
    vanishes on a wider window. All other segmental and subsegmental arteries fully
    opacified.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    Lungs clear on lung windows: no consolidation, nodule, ground-glass opacity or
    peripheral wedge-shaped opacity. No pleural effusion or pneumothorax.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. No mediastinal or hilar
    lymphadenopathy. Lactating breast tissue, symmetric. Upper abdomen and bones
    unremarkable.
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
target_seconds: 65   # 161 words / 4 + 4 s x 6 steps = 64 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 340 HU. Segmental and subsegmental arteries well opacified. Mild
    breathing blur at the bases only; diagnostic to the subsegmental level.
  central-arteries: >
    A long filling defect straddles the bifurcation of the main pulmonary artery and
    extends into both the right and left pulmonary arteries. Main pulmonary artery 30 mm.
  peripheral-arteries: >
    Clot continues into both lower lobe arteries and fills most of their segmental
    branches; the right middle lobe and left upper lobe segmental arteries are also
    occluded. Upper lobe subsegmental branches partly opacified.
  right-heart: >
    On the axial four-chamber image the right ventricle measures 48 mm across and the left
    ventricle 33 mm. The interventricular septum is straight. Contrast refluxes into the IVC
    and hepatic veins. No pericardial effusion.
  lungs: >
    Lungs clear on lung windows, apart from a few linear bands at both bases. No
    peripheral wedge-shaped opacity. No pleural effusion or pneumothorax.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. No mediastinal or hilar
    lymphadenopathy. Upper abdomen, bones, breasts and thyroid unremarkable.
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
    evidence: A long filling defect straddles the bifurcation of the main pulmonary artery
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
    evidence: Clot continues into both lower lobe arteries
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
target_seconds: 60   # 151 words / 4 + 4 s x 6 steps = 62 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 330 HU. Segmental and subsegmental arteries well opacified. Mild
    breathing blur at the bases; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 28 mm. Right, left and lobar arteries fully opacified, with no
    filling defect.
  peripheral-arteries: >
    The posterior basal segmental artery of the left lower lobe is expanded and completely
    filled by low-density material, with a convex meniscus of contrast at its upper end.
    Other segmental and subsegmental arteries opacified.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    In the posterior left lower lobe a wedge-shaped opacity with its broad base on the
    pleura and a rounded, convex margin facing the hilum, small central lucencies and no
    air bronchograms. Rest of both lungs clear. No pleural effusion.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. No mediastinal or hilar
    lymphadenopathy. Upper abdomen and bones unremarkable.
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
target_seconds: 60   # 147 words / 4 + 4 s x 6 steps = 61 s, rounded to 5
views:
  contrast: >
    Main pulmonary artery 410 HU. Segmental and subsegmental arteries well opacified. No
    motion or streak artefact; diagnostic to the subsegmental level.
  central-arteries: >
    Main pulmonary artery 24 mm. Right, left and all lobar arteries fully opacified, with
    no filling defect.
  peripheral-arteries: >
    Segmental arteries of both lungs fully opacified. In the posterior basal segment of the
    right lower lobe, one subsegmental branch holds a 3 mm central low-density defect with
    contrast on both sides of it, on three consecutive thin slices and in both planes.
  right-heart: >
    Right ventricle smaller than the left on the axial four-chamber image. Septum normal in
    position. No contrast reflux into the IVC. No pericardial effusion.
  lungs: >
    Lungs clear on lung windows: no consolidation, nodule or ground-glass opacity, and no
    peripheral wedge-shaped opacity. No pleural effusion or pneumothorax.
  everything-else: >
    Thoracic aorta normal in calibre with no intimal flap. No mediastinal or hilar
    lymphadenopathy. Upper abdomen, bones, breasts and thyroid unremarkable.
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
    evidence: one subsegmental branch holds a 3 mm central low-density defect
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
  Day 4 of mechanical ventilation for ARDS after severe acute pancreatitis, on high PEEP.
  Routine morning film.
routine: cxr-portable
target_seconds: 95   # 232 words / 4 + 4 s x 9 steps = 94 s, rounded to 5
views:
  technical: >
    AP supine portable film. Not rotated. Exposure adequate for the dense lungs. Both
    apices and both costophrenic angles included.
  lines: >
    Endotracheal tube tip 4.5 cm above the carina. Left internal jugular line crosses the
    midline to a tip in the lower superior vena cava. Nasogastric tube tip in the stomach.
    No chest drain.
  airway: >
    Trachea central and of normal calibre; the cuff lies within the tracheal outline.
    Carina and main bronchi normal and aerated.
  lungs: >
    Extensive bilateral airspace opacity with air bronchograms in all zones, worst in the
    mid and lower zones, without Kerley lines and with a heart of normal size. Unchanged
    from yesterday.
  pleura: >
    The left lateral costophrenic angle is deep and sharply pointed, reaching well below
    the right, and the left upper quadrant beneath it is darker than the right. The left
    dome's outline is sharper than the right's. Right costophrenic angle normal.
  circulation: >
    Heart normal in size for an AP film. Mediastinum central and not widened. Vascular
    pedicle normal in width. Hila obscured by the airspace opacity.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, shoulders and visualised
    spine intact. No destructive bone lesion.
  diaphragm: >
    Right dome normal. Below the left dome the stomach holds the nasogastric tube and a
    little gas; bowel gas pattern normal. No gas outlining both sides of a bowel wall.
  soft-tissues: >
    No gas in the soft tissues of the chest wall, axillae or neck. No soft-tissue mass.
    ECG electrodes over the chest.
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
    evidence: Extensive bilateral airspace opacity with air bronchograms in all zones
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
target_seconds: 95   # 228 words / 4 + 4 s x 9 steps = 93 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film. Not rotated. Six anterior ribs above the right dome.
    Exposure adequate. Apices, lower neck and both costophrenic angles included.
  lines: >
    Left subclavian central line: it runs medially under the clavicle, then turns sharply
    upwards and its tip ends in the left side of the neck at the level of C6. Nasogastric
    tube descends in the midline; its tip projects over the T10 vertebral body, 3 cm above
    the left dome, with the side hole above it.
  airway: >
    Trachea central and of normal calibre, with a thin right paratracheal stripe. Carina
    normal in angle; both main bronchi patent.
  lungs: >
    Both lungs clear, with no consolidation, collapse or oedema. Apices and the
    retrocardiac region clear.
  pleura: >
    After the subclavian puncture, lung markings reach the chest wall at the left apex and
    along the lateral chest wall. Costophrenic angles sharp on both sides. No fluid.
  circulation: >
    Heart normal in size for a semi-erect film. Mediastinum and vascular pedicle normal in
    width, with no haematoma along the line. Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles and shoulders intact.
    Visualised spine normal. No destructive bone lesion.
  diaphragm: >
    Both domes in normal position. Several dilated gas-filled small bowel loops lie in the
    upper abdomen. No free gas.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas at the left
    infraclavicular puncture site.
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
target_seconds: 90   # 214 words / 4 + 4 s x 9 steps = 90 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film on the ward. Not rotated. Inspiration adequate, six
    anterior ribs above the right dome. Exposure adequate. Both apices and costophrenic
    angles included.
  lines: >
    A fine-bore feeding tube with a radiopaque guidewire runs down the midline of the neck
    within the tracheal air column, passes the carina into the right main bronchus and
    follows the bronchus intermedius to end in the right lower zone, 3 cm above the right
    dome. No other tubes or lines.
  airway: >
    Trachea central and of normal calibre. Carina normal in angle. Both main bronchi
    patent, the right containing the feeding tube. No tracheostomy.
  lungs: >
    Lungs clear. No consolidation in either lower lobe, including the right lower zone
    around the tube tip. No collapse, nodule or mass.
  pleura: >
    No pneumothorax at either apex or along the lateral chest walls. Costophrenic angles
    sharp. No pleural fluid.
  circulation: >
    Heart normal in size for an AP film. Mediastinum and vascular pedicle normal in width.
    Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles and shoulders intact.
    Thoracic spine alignment normal. No destructive bone lesion.
  diaphragm: >
    Both domes smooth and in normal position. Gastric bubble under the left dome, with no
    tube projecting over it. No free gas.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas and no foreign
    body.
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
target_seconds: 85   # 195 words / 4 + 4 s x 9 steps = 85 s, rounded to 5
views:
  technical: >
    AP supine portable film. Not rotated. Exposure adequate. Both apices, the lower neck and
    both costophrenic angles included.
  lines: >
    The endotracheal tube runs down the neck slightly to the left of the tracheal air
    column, which can be traced separately beside it down to the carina. The tube tip
    projects over T4, its cuff outside the tracheal outline. No nasogastric tube.
  airway: >
    Tracheal air column central and of normal calibre from the larynx to the carina.
    Carina and main bronchi normal.
  lungs: >
    Both lungs clear and symmetric, including the apices and behind the heart. No
    consolidation, collapse or aspiration pattern.
  pleura: >
    No pneumothorax: costophrenic angles normal in depth, no anterior basal lucency. No
    pleural fluid layering behind either lung.
  circulation: >
    Heart normal in size for an AP supine film. Mediastinum not widened; contour normal.
    Hila normal in size and density.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, shoulders and visualised
    spine intact. No destructive lesion.
  diaphragm: >
    The stomach is grossly distended with gas, filling the left upper quadrant. No free
    gas; bowel gas pattern otherwise normal.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas around the neck or
    larynx. ECG electrodes over the chest.
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
target_seconds: 90   # 220 words / 4 + 4 s x 9 steps = 91 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film. Not rotated. Inspiration adequate, six anterior ribs
    above the right dome. Exposure adequate. Both apices and costophrenic angles included.
  lines: >
    Right internal jugular sheath carrying a pulmonary artery catheter whose tip lies in
    the proximal right pulmonary artery, within the hilum. Mediastinal drain and left
    pleural drain in place, their side holes inside the chest. Epicardial pacing wires over
    the heart. No endotracheal or nasogastric tube.
  airway: >
    Trachea central and of normal calibre, with no narrowing after the recent intubation.
    Carina and both main bronchi normal.
  lungs: >
    Both lungs clear. The left lower lobe is aerated behind the heart. No consolidation,
    collapse or oedema.
  pleura: >
    The left pleural drain lies in the lower chest with no fluid around it. No
    pneumothorax at either apex or base. Costophrenic angles sharp.
  circulation: >
    Heart normal in size. The upper mediastinum measures 7.5 cm, 1 cm wider than on the
    pre-operative film, with smooth margins. Vascular pedicle normal. Hila normal.
  bones: >
    Median sternotomy: seven wires aligned in a vertical column, each intact, none rotated
    or displaced. Ribs and clavicles intact.
  diaphragm: >
    Both domes smooth and in normal position. Gastric bubble normal. No free gas under
    either dome.
  soft-tissues: >
    A thin vertical streak of gas lies in the anterior chest wall along the sternotomy
    incision, with skin staples over it. No gas in the neck or lateral chest wall.
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
target_seconds: 90   # 226 words / 4 + 4 s x 9 steps = 92 s, rounded to 5
views:
  technical: >
    AP supine portable film. Not rotated: the clavicle heads are equidistant from the
    spinous processes. Inspiration adequate on the ventilator. Exposure adequate. Apices
    and both costophrenic angles included; the chin is clear of the neck.
  lines: >
    Endotracheal tube tip 5 cm above the carina with the neck neutral. Right internal
    jugular line descends to a tip at the cavoatrial junction. Nasogastric tube crosses the
    left dome, its side holes and tip in the gastric body. ECG leads are external.
  airway: >
    Trachea central; the tube cuff sits within the tracheal outline without bulging its
    walls. Carina normal; both main bronchi aerated.
  lungs: >
    Both lungs clear and symmetric, including behind the heart and above the domes. No
    consolidation, collapse or oedema.
  pleura: >
    An ECG lead wire runs vertically across the left upper zone and continues above the
    clavicle into the neck; lung markings are seen on both sides of it. Costophrenic angles
    sharp and normal in depth. No layering fluid.
  circulation: >
    Heart normal in size for an AP supine film. Mediastinum and vascular pedicle not
    widened. Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, shoulders and
    visualised spine intact. No destructive lesion.
  diaphragm: >
    Both domes smooth and normally placed. Stomach not distended. No free gas, although a
    supine film is insensitive for it.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas around the line
    insertion site.
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
title: After subclavian line, query pneumothorax
modality: XR
exam: Chest AP (semi-erect, portable)
priority: stat
patient: {age: 61, sex: F}
indication: >
  Right subclavian central line inserted on the second pass; now mild right chest
  discomfort. Query pneumothorax; confirm line position.
routine: cxr-portable
target_seconds: 85   # 194 words / 4 + 4 s x 9 steps = 84 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film. Not rotated. Inspiration adequate. Exposure adequate. Both
    apices and both costophrenic angles included.
  lines: >
    Right subclavian line passes under the clavicle into the brachiocephalic vein and down
    the superior vena cava; its tip lies at the cavoatrial junction, two vertebral bodies
    below the carina. No other tubes or lines.
  airway: >
    Trachea central and of normal calibre, not displaced by any neck or mediastinal
    haematoma. Carina and main bronchi normal.
  lungs: >
    Both lungs clear. Vessels reach the periphery on both sides, including the right apex.
    No consolidation, collapse or nodule.
  pleura: >
    Over the right upper zone a smooth curved line descends from the axilla, continuous
    above and below with the outline of the right scapula; lung markings continue lateral
    to it. Costophrenic angles sharp.
  circulation: >
    Heart normal in size. Mediastinum not widened, with no haematoma along the line's
    course. Hila normal.
  bones: >
    Ribs, clavicles and scapulae intact. Both scapulae project over the upper lateral chest
    because the arms are by the sides.
  diaphragm: >
    Both domes smooth and normal in position, the right slightly higher. Gastric bubble
    under the left dome. No free gas.
  soft-tissues: >
    No subcutaneous gas at the puncture site or in the neck. Soft tissues otherwise
    normal.
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
target_seconds: 90   # 210 words / 4 + 4 s x 9 steps = 88 s, rounded to 5
views:
  technical: >
    AP supine portable film. Not rotated. Inspiration adequate on the ventilator. Exposure
    adequate. Apices and both costophrenic angles included.
  lines: >
    Right internal jugular introducer in place. The pulmonary artery catheter loops through
    the right heart and its tip lies in the right lower zone, 6 cm lateral to the right
    hilum, in a lower lobe artery. Endotracheal tube tip 5 cm above the carina.
    Nasogastric tube tip in the stomach.
  airway: >
    Trachea central and of normal calibre; the cuff does not distend the trachea. Carina
    and main bronchi normal.
  lungs: >
    Lung vessels normal for a supine film. No consolidation, collapse or alveolar oedema.
    Apices clear.
  pleura: >
    The left hemithorax is uniformly greyer than the right, with lung vessels still
    visible through the haze and no air bronchograms. The left costophrenic angle has lost
    its sharp point. No pneumothorax.
  circulation: >
    Heart at the upper limit of normal size for an AP supine film. Mediastinum and vascular
    pedicle normal in width. Hila normal.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, shoulders and visualised
    spine intact. No destructive lesion.
  diaphragm: >
    Right dome smooth and normally placed. Left dome outline indistinct through the haze.
    Gastric bubble present. No free gas.
  soft-tissues: >
    Soft tissues of the neck and chest wall normal. No subcutaneous gas. ECG electrodes
    over the chest.
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
target_seconds: 85   # 203 words / 4 + 4 s x 9 steps = 87 s, rounded to 5
views:
  technical: >
    AP semi-erect portable film. Not rotated. Inspiration adequate. Exposure adequate: the
    thoracic spine is visible through the heart. Apices and costophrenic angles included.
  lines: >
    Endotracheal tube tip 5 cm above the carina. Right subclavian line tip in the lower
    superior vena cava. Nasogastric tube tip in the stomach. No drains.
  airway: >
    Trachea central and of normal calibre; cuff normal. Carina normal. The left main
    bronchus runs more steeply downwards than usual.
  lungs: >
    Behind the heart a triangular opacity with a sharp, straight lateral edge runs from the
    hilum down to the medial left dome. The left upper zone is more lucent than the right.
    Right lung clear.
  pleura: >
    No pneumothorax at either apex or base. Costophrenic angles sharp on both sides. No
    layering pleural fluid.
  circulation: >
    Heart normal in size. The left hilum sits lower than usual, level with the right.
    Mediastinum not widened.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, shoulders and visualised
    spine intact. No destructive lesion.
  diaphragm: >
    Right dome smooth. The medial half of the left dome cannot be traced behind the heart;
    its lateral half is sharp. Gastric bubble normal. No free gas.
  soft-tissues: >
    Midline laparotomy dressing and skin staples over the upper abdomen. No subcutaneous
    gas in the chest wall or neck.
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
target_seconds: 90   # 226 words / 4 + 4 s x 9 steps = 92 s, rounded to 5
views:
  technical: >
    PA erect, good inspiration. Not rotated. Exposure adequate, the spine just visible
    through the heart. Apices and both costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina normal; both main bronchi patent. Right
    paratracheal stripe thin.
  lungs: >
    Aerated right lung above the fluid clear. Left mid and lower zones clear. At the left
    apex a faint rounded opacity about 1 cm across sits where the anterior end of the
    first rib crosses the medial clavicle; the same place on the right is clear.
  pleura: >
    Homogeneous opacity fills the right costophrenic angle and rises laterally in a
    concave meniscus to the level of the eighth posterior rib, obscuring the right dome.
    Left costophrenic angle sharp. No pneumothorax.
  circulation: >
    Heart normal in size; left heart border crisp, right heart border visible above the
    fluid. Mediastinum normal in width and contour. Hila normal in size and density.
  bones: >
    Ribs traced on both sides, including the first ribs behind the clavicles, without a
    cortical break or destructive lesion. Clavicles, scapulae and thoracic spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the chest.
  diaphragm: >
    Right dome hidden by the pleural fluid. Left dome smooth, with the gastric bubble
    beneath it. No free gas under the left dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present
    and symmetric. No subcutaneous gas.
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
    evidence: rises laterally in a concave meniscus to the level of the eighth posterior rib
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
priority: urgent
patient: {age: 61, sex: M}
indication: >
  Epigastric pain since this afternoon with vomiting; takes ibuprofen for back pain.
  Query aspiration.
routine: cxr
target_seconds: 85   # 197 words / 4 + 4 s x 9 steps = 85 s, rounded to 5
views:
  technical: >
    PA erect. Not rotated. Six anterior ribs visible. Exposure adequate. Apices, costophrenic angles and
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
    Heart normal in size and shape; borders crisp. Mediastinum central. Hila normal in size and density. No mediastinal air.
  bones: >
    Ribs traced on both sides without a cortical break. Clavicles, scapulae and thoracic
    spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices are present. No external objects project
    over the lungs.
  diaphragm: >
    Hemidiaphragms in normal position with sharp outlines. Gastric bubble normal. No free gas under either dome.
  soft-tissues: >
    No gas in the soft tissues of the chest wall, axillae or neck. Soft tissues otherwise
    unremarkable.
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
target_seconds: 95   # 243 words / 4 + 4 s x 9 steps = 97 s, rounded to 5
views:
  technical: >
    PA erect in full inspiration. Not rotated: the spinous processes lie midway between the
    medial clavicle ends. Six anterior ribs above the right dome. Exposure adequate; apices
    and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre, with a thin right paratracheal stripe. Carina
    normal in angle; both main bronchi outlined by air.
  lungs: >
    Both lungs clear and of equal lucency, compared zone by zone. Vessels taper normally to
    the periphery. Apices, retrocardiac region and the lung behind both domes clear. No
    nodule, mass or consolidation.
  pleura: >
    Along the lower margin of the first and second ribs in both upper zones, a smooth band
    of soft-tissue density 2 to 3 mm wide runs parallel to the rib, identical on the two
    sides. Costophrenic angles sharp. No pneumothorax.
  circulation: >
    Heart normal in size, cardiothoracic ratio 0.44. Heart borders crisp. Mediastinum not
    widened; aortic knuckle normal. Hila normal in size, density and position, the left
    slightly higher than the right.
  bones: >
    Ribs traced on both sides without a cortical break or destructive lesion. Clavicles,
    scapulae and shoulders normal. Thoracic spine alignment normal; vertebral body heights
    preserved.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest;
    jewellery was removed before the exposure.
  diaphragm: >
    Both domes smooth and normally placed, the right 2 cm higher than the left. Gastric
    bubble under the left dome. No gas under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas. No
    soft-tissue mass or calcification.
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
target_seconds: 95   # 240 words / 4 + 4 s x 9 steps = 96 s, rounded to 5
views:
  technical: >
    AP supine trauma film on the resuscitation trolley, taken through the spinal board. Not
    rotated. Seven anterior ribs above the right dome. Exposure adequate; both
    apices and costophrenic angles included.
  airway: >
    Trachea of normal calibre and in the midline. Carina normal in position; both main
    bronchi outlined by air.
  lungs: >
    Both lungs clear for a supine film. No consolidation, contusion, collapse or mass. Apices
    and retrocardiac region clear.
  pleura: >
    No pneumothorax: no deep sulcus, no double diaphragm and no anterior basal lucency on
    either side. No pleural fluid layering posteriorly. No apical cap.
  circulation: >
    The upper mediastinum measures 9.5 cm at the level of the aortic knuckle, whose outline
    is lost; the aortopulmonary window is filled in. Heart normal in size for an AP supine
    film. Hila normal.
  bones: >
    The posterior arc of the left first rib, behind the clavicle, is crossed by a sharp
    lucent line with a 2 mm step in its upper cortex. Other ribs, both clavicles, scapulae
    and visualised thoracic spine intact.
  lines: >
    No endotracheal tube, nasogastric tube or central line. A peripheral cannula in the
    right antecubital fossa. Spinal board straps and ECG leads overlie the chest.
  diaphragm: >
    Both domes smooth and in normal position. Gastric bubble under the left dome. No free
    gas seen, though a supine film is insensitive for it.
  soft-tissues: >
    A diagonal band of soft-tissue swelling crosses the left shoulder and chest wall along
    the seat-belt line, without gas. Neck soft tissues normal.
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
target_seconds: 80   # 170 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Along its right side the soft-tissue band between
    tracheal air and lung measures 8 mm, with a smooth lobulated outer edge. Carina normal.
  lungs: >
    Lungs clear, compared zone by zone, with no nodules, reticulation or consolidation.
    Apices and the lung behind the heart clear.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. Both hila are enlarged, symmetric and lobulated, with well-defined
    outer margins. Mediastinum otherwise normal.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 75   # 161 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Hazy airspace opacity spreads out from both hila, and short thin horizontal lines reach
    the pleura at both bases. No focal consolidation.
  pleura: >
    Both costophrenic angles are filled by small meniscus-shaped fluid collections, rising
    laterally. No pneumothorax at either apex.
  circulation: >
    Heart enlarged, cardiothoracic ratio 0.62 on this PA film. Upper lobe vessels wider than
    the lower lobe vessels. Mediastinum normal.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
    evidence: Both costophrenic angles are filled by small meniscus-shaped fluid collections
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
target_seconds: 75   # 160 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. Behind the heart, below the carina, a rounded well-defined opacity
    contains a horizontal gas-fluid level. Mediastinum otherwise normal.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 80   # 175 words / 4 + 4 s x 9 steps = 80 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    A 5 cm mass of soft-tissue density occupies the left apex, with a lobulated lower
    border; right apex clear. Rest of both lungs clear.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    The posterior part of the left second rib cannot be traced for 3 cm beneath the apical
    opacity; its ends are ragged. Other ribs, clavicles and spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
    evidence: A 5 cm mass of soft-tissue density occupies the left apex
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
target_seconds: 80   # 169 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Behind the heart a triangular opacity with a straight, sharp lateral edge runs down to
    the medial left dome. Left upper zone slightly more lucent than the right. Right lung
    clear.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. Left hilum smaller and lower than usual, level with the right.
    Mediastinum normal.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Medial half of the left dome not seen behind the heart; lateral half sharp. Gastric
    bubble normal. No free gas.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 80   # 177 words / 4 + 4 s x 9 steps = 80 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    In the lateral arc of the right sixth rib a moth-eaten lucent segment 3 cm long with
    an indistinct cortex. Other ribs, clavicles and spine intact.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    The left breast shadow is absent and the left axillary fold is straight; right breast
    shadow normal. Surgical clips in the left axilla.
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
target_seconds: 80   # 169 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    A thin curved line runs down through the right upper zone from the apex to a small
    teardrop-shaped opacity just above the right hilum. Lungs otherwise clear, with no
    consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 75   # 161 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. Mediastinum 6 cm wide with a sharp aortic knuckle and a clear
    aortopulmonary window. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
target_seconds: 80   # 168 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Right lower zone now clear. Small dense irregular opacities lie at the anterior ends of
    several ribs on both sides, continuous with the rib ends. No nodule or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 75   # 160 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio 0.46. Aortic knuckle of normal size.
    Mediastinum normal in width. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 80   # 169 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    The right heart border is indistinct, with a hazy density over the medial right lower
    zone. The anterior ribs slope steeply downwards. Lungs otherwise clear, with no air
    bronchograms.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart displaced to the left and appears wide on this projection. Mediastinum otherwise
    normal in contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
target_seconds: 80   # 166 words / 4 + 4 s x 9 steps = 78 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. Below the aortic knuckle the left heart border shows a smooth,
    gentle convexity at the pulmonary trunk. Both hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 75   # 157 words / 4 + 4 s x 9 steps = 75 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
target_seconds: 75   # 160 words / 4 + 4 s x 9 steps = 76 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear and equally lucent, with normal vessel markings. Lung volumes normal:
    six anterior ribs. No consolidation, nodule or collapse.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. Both breast shadows present. No
    subcutaneous gas.
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
target_seconds: 80   # 174 words / 4 + 4 s x 9 steps = 80 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Both lungs clear, compared zone by zone, including apices, hila and the retrocardiac
    region. No nodule, mass or consolidation.
  pleura: >
    At the right apex a thin white line runs parallel to the chest wall about 15 mm inside
    it, with no lung markings lateral to it. Left apex and both costophrenic angles normal.
  circulation: >
    Heart normal in size, cardiothoracic ratio under 0.5. Mediastinum normal in width and
    contour. Hila normal in size and density.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
target_seconds: 80   # 178 words / 4 + 4 s x 9 steps = 80 s, rounded to 5
views:
  technical: >
    PA erect, not rotated, good inspiration with six anterior ribs above the right dome.
    Exposure adequate; apices and costophrenic angles included.
  airway: >
    Trachea central and of normal calibre. Carina and both main bronchi normal. Right
    paratracheal stripe thin.
  lungs: >
    Dense opacity fills the right upper zone, bounded below by the horizontal fissure, which
    is pulled upwards; that edge is concave laterally but convex medially near the hilum.
    Left lung clear.
  pleura: >
    No pneumothorax; pleural edges traced at both apices. Costophrenic angles sharp. No
    effusion or pleural thickening.
  circulation: >
    Heart normal in size. The right hilum is denser than the left and bulges outwards,
    continuous with the convex medial edge of the upper zone opacity. Left hilum normal.
  bones: >
    Ribs, clavicles, scapulae, shoulders and visualised thoracic spine intact, with no
    fracture or destructive lesion.
  lines: >
    No tubes, lines, drains or cardiac devices. No external objects project over the chest
    or neck.
  diaphragm: >
    Both domes smooth and normally placed. Gastric bubble under the left dome. No free gas
    under either dome.
  soft-tissues: >
    Soft tissues of the neck, axillae and chest wall normal. No subcutaneous gas or
    soft-tissue mass.
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
target_seconds: 50   # 119 words / 4 + 4 s x 5 steps = 50 s, rounded to 5
views:
  alignment: >
    Ankle mortise congruent; medial clear space 3 mm, equal to the superior clear space.
    Tibiofibular overlap preserved. Talus not tilted or shifted. Subtalar joint aligned.
  bone: >
    Medial, lateral and posterior malleoli intact. Behind the talus on the lateral view a
    10 mm rounded ossicle with a smooth, complete cortex all round, and a matching smooth
    facet on the talus. Base of the fifth metatarsal intact.
  joints: >
    Tibiotalar joint space even. Talar dome smooth, with no osteochondral defect. Subtalar
    and talonavicular joints normal.
  soft-tissues: >
    No significant soft-tissue swelling over either malleolus. Kager fat pad clear; anterior
    and posterior ankle fat pads not displaced, so no effusion.
  everything-else: >
    No hardware. Calcaneus and visible tarsal bones intact. No incidental lesion at the
    edges of the films.
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
target_seconds: 55   # 138 words / 4 + 4 s x 5 steps = 54 s, rounded to 5
views:
  alignment: >
    Ankle mortise congruent: the medial clear space is 3 mm and equal to the superior clear
    space; tibiofibular overlap preserved. Talus not shifted or tilted. Subtalar joint
    aligned on the lateral.
  bone: >
    An oblique fracture runs up and back across the lateral malleolus, starting at the
    level of the tibial plafond, with 2 mm of displacement. Medial and posterior malleoli
    intact. At the lower edge of the lateral view, a thin transverse lucent line crosses the
    tuberosity at the base of the fifth metatarsal.
  joints: >
    Tibiotalar joint space even and preserved. Talar dome smooth, with no osteochondral
    defect. Subtalar and talonavicular joints normal.
  soft-tissues: >
    Marked soft-tissue swelling over the lateral malleolus. Anterior and posterior ankle fat
    pads not displaced. No gas or foreign body.
  everything-else: >
    No hardware. Calcaneus and visible tarsal bones intact. No incidental lesion at the
    edges of the films.
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
    evidence: An oblique fracture runs up and back across the lateral malleolus
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
    evidence: Marked soft-tissue swelling over the lateral malleolus
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
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    On the lateral view the anterior humeral line passes through the middle third of the
    capitellum, and the radiocapitellar line passes through the capitellum on both views.
    Ulnohumeral joint congruent.
  bone: >
    Distal humeral metaphysis intact with smooth cortices on both views. Ossification
    centres for the capitellum, radial head and medial epicondyle are present; the medial
    epicondyle centre is separated from the humerus by a smooth, even lucent gap. No
    trochlear centre yet.
  joints: >
    On the lateral the anterior fat pad lies flat against the humerus; no posterior fat
    pad is visible. Physes of even width, with smooth margins.
  soft-tissues: >
    No soft-tissue swelling around the elbow or over the supracondylar region. No gas,
    foreign body or soft-tissue calcification.
  everything-else: >
    No hardware. Visible humeral shaft and proximal radius and ulna normal, with no
    incidental lesion.
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
target_seconds: 55   # 137 words / 4 + 4 s x 5 steps = 54 s, rounded to 5
views:
  alignment: >
    Metatarsophalangeal and interphalangeal joints aligned. Tarsometatarsal alignment
    normal: the second metatarsal base lines up with the middle cuneiform. No Charcot
    collapse of the midfoot.
  bone: >
    The head of the second metatarsal has lost its cortex on the plantar side, with
    ragged lucency and a thin layer of new bone along the distal shaft. Adjacent proximal
    phalanx base also eroded. Other bones normal.
  joints: >
    Second metatarsophalangeal joint space narrowed and its margins indistinct, part of the
    same infection. Other joints preserved; no chondrocalcinosis.
  soft-tissues: >
    Diffuse swelling of the forefoot and ulcer crater under the second metatarsal head.
    Small dark bubbles and streaks run in lines along the dorsum of the midfoot, away from
    the ulcer, between the tissue planes. No foreign body.
  everything-else: >
    The dorsalis pedis and plantar arteries show continuous tram-track calcification of
    their walls. No hardware. No other incidental finding.
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
target_seconds: 50   # 129 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    On the lateral view the radiocapitellar line passes through the capitellum and the
    anterior humeral line through its middle third. Ulnohumeral joint congruent. Elbow
    not dislocated.
  bone: >
    Distal humerus, olecranon and coronoid intact. On the AP view the lateral half of the
    radial head shows a 1 mm step in its articular surface with a faint vertical lucent
    line below it. Radial neck and shaft intact.
  joints: >
    The anterior fat pad is lifted away from the humerus into a triangular shape, and a
    lucent posterior fat pad is visible behind the distal humerus. Joint spaces preserved.
  soft-tissues: >
    Mild swelling of the subcutaneous tissues over the lateral elbow. No subcutaneous gas,
    foreign body or soft-tissue calcification.
  everything-else: >
    No hardware. The visible distal humeral shaft and proximal forearm bones are otherwise
    normal. No incidental lesion.
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
    evidence: Mild swelling of the subcutaneous tissues over the lateral elbow
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
target_seconds: 50   # 113 words / 4 + 4 s x 5 steps = 48 s, rounded to 5
views:
  alignment: >
    Femorotibial alignment normal, with no subluxation. Patella normally placed, neither
    high nor low. Tibiofibular joint aligned.
  bone: >
    Femoral condyles, patella and fibular head intact. The lateral tibial plateau has a
    faint band of increased density 1 cm below its articular surface, and its lateral
    cortex shows a small outward step. Medial plateau and tibial spines intact.
  joints: >
    Medial and lateral joint spaces preserved. No chondrocalcinosis, erosions or loose
    bodies. Patellofemoral joint normal.
  soft-tissues: >
    On the horizontal-beam lateral a large suprapatellar collection shows a straight
    horizontal interface, with a darker layer floating on a denser one. Mild prepatellar
    swelling. No gas.
  everything-else: >
    No hardware. Popliteal vessels not calcified. Visible femoral and tibial shafts normal,
    with no incidental lesion.
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
target_seconds: 50   # 128 words / 4 + 4 s x 5 steps = 52 s, rounded to 5
views:
  alignment: >
    Pelvic ring symmetric. Pubic symphysis 5 mm wide with its upper borders level. Both
    sacroiliac joints of equal width. Shenton's lines smooth; both femoral heads centred in
    the acetabula.
  bone: >
    Iliac wings, sacrum, pubic rami, acetabula and proximal femora intact; the sacral
    arcuate lines are smooth and unbroken. A 6 mm dense oval focus with fine spiculated
    margins lies in the right femoral neck.
  joints: >
    Hip joint spaces preserved and symmetric. Sacroiliac joints smooth, without erosion or
    widening. Symphysis margins smooth and parallel.
  soft-tissues: >
    Several small round calcifications with lucent centres lie low in the pelvis on both
    sides. Obturator and gluteal fat planes symmetric. Pelvic binder at the level of the
    greater trochanters.
  everything-else: >
    No hardware. Bowel gas pattern normal. Lower lumbar spine in the field aligned, with
    intact transverse processes.
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
target_seconds: 55   # 134 words / 4 + 4 s x 5 steps = 54 s, rounded to 5
views:
  alignment: >
    Radiocarpal and midcarpal joints congruent. The three carpal arcs are smooth and
    unbroken on the PA view. Lateral: radius, lunate and capitate are colinear.
    Scapholunate interval 2 mm.
  bone: >
    Distal radius and ulna intact. On the ulnar-deviated scaphoid view a thin lucent line
    crosses the middle third of the scaphoid from the radial to the ulnar cortex, without
    displacement or step; it is not seen on the PA. Other carpal bones and metacarpal bases
    intact.
  joints: >
    Radiocarpal, intercarpal and carpometacarpal joint spaces preserved and even. No
    erosions or chondrocalcinosis. Distal radioulnar joint normal.
  soft-tissues: >
    The scaphoid fat stripe on the radial side of the scaphoid is displaced outwards and
    blurred. Pronator quadratus fat plane normal. No radiopaque foreign body.
  everything-else: >
    No hardware. Visualised distal forearm and metacarpals otherwise normal. No incidental
    lesion at the edges of the films.
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
target_seconds: 50   # 125 words / 4 + 4 s x 5 steps = 51 s, rounded to 5
views:
  alignment: >
    The humeral head has a symmetric, rounded outline with no greater tuberosity in
    profile, as if fixed in internal rotation. The normal half-moon overlap of head and
    glenoid is absent, and the gap between the head and the anterior glenoid rim measures
    8 mm.
  bone: >
    Glenoid, acromion, coracoid, clavicle and proximal humeral shaft intact on this view. No
    displaced fracture of the greater tuberosity or surgical neck.
  joints: >
    Acromioclavicular joint normal in width and aligned. Glenohumeral cartilage space cannot
    be judged on this view. No erosions or chondrocalcinosis.
  soft-tissues: >
    Soft tissues around the shoulder unremarkable. No calcification in the rotator cuff. No
    gas or foreign body.
  everything-else: >
    Visible right upper ribs intact and the right lung apex clear. No hardware. No
    incidental lesion at the edges of the film.
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
target_seconds: 45   # 100 words / 4 + 4 s x 5 steps = 45 s, rounded to 5
views:
  alignment: >
    Radiocarpal joint congruent; distal radial epiphysis centred on the metaphysis. No
    angulation of the radius or ulna.
  bone: >
    On the lateral view the dorsal cortex of the distal radial metaphysis, 2 cm from the
    physis, has a small smooth outward kink; the volar cortex is intact. Ulna intact.
  joints: >
    Distal radial and ulnar physes of even width and not widened. Radiocarpal joint space
    normal for age.
  soft-tissues: >
    No measurable soft-tissue swelling; the pronator quadratus fat plane is not displaced.
    No gas or foreign body.
  everything-else: >
    No hardware. Visible forearm shafts, carpus and metacarpals normal, with no incidental
    lesion at the edges of the films.
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
target_seconds: 50   # 114 words / 4 + 4 s x 5 steps = 48 s, rounded to 5
views:
  alignment: >
    The distal radial fragment is tilted dorsally by 20 degrees and displaced dorsally on
    the lateral; the carpus follows it. Distal radioulnar joint congruent on the PA.
  bone: >
    A transverse fracture crosses the distal radial metaphysis 2 cm from the articular
    surface, impacted, with shortening of radial height. The tip of the ulnar styloid is
    separated from the ulna by a thin lucent gap with sharp edges.
  joints: >
    Radiocarpal and intercarpal joint spaces preserved; the fracture does not enter the
    joint. No chondrocalcinosis.
  soft-tissues: >
    Soft-tissue swelling around the distal forearm; the pronator quadratus fat plane is
    bowed. No gas.
  everything-else: >
    No hardware. Visible metacarpals and forearm shafts otherwise normal. No incidental
    lesion at the edges of the films.
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
    evidence: A transverse fracture crosses the distal radial metaphysis
  - id: ulnar-styloid-fracture
    step: bone
    term: avulsion-fracture
    side: right
    severity: minor
    conspicuity: subtle
    teaching: >
      Satisfaction of search: the ulnar styloid often breaks with the radius. A base
      fracture may mean distal radioulnar instability, so look at the other bone every time.
    evidence: The tip of the ulnar styloid is separated from the ulna by a thin lucent gap
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling and a bowed pronator quadratus fat plane go with the fracture; record them in
      one line.
    evidence: Soft-tissue swelling around the distal forearm
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
target_seconds: 45   # 109 words / 4 + 4 s x 5 steps = 47 s, rounded to 5
views:
  alignment: >
    Both femoral heads centred in the acetabula. Shenton's lines smooth and symmetric.
    Pelvic ring and sacroiliac joints aligned, with no diastasis.
  bone: >
    A faint band of increased density crosses the left subcapital femoral neck on both
    views, with a small step in the lateral cortex at the head-neck junction; the trabeculae
    there are angulated. Right hip and pubic rami intact.
  joints: >
    Hip joint spaces symmetrically preserved for age. Sacroiliac joints and symphysis
    normal, without widening or erosion.
  soft-tissues: >
    Fat planes around both hips symmetric, with no displacement of the capsular fat lines.
    No soft-tissue gas.
  everything-else: >
    No hardware. Visible lower lumbar spine aligned. No destructive bone lesion in the
    pelvis or proximal femora.
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
target_seconds: 50   # 110 words / 4 + 4 s x 5 steps = 48 s, rounded to 5
views:
  alignment: >
    On the AP the medial border of the second metatarsal base is offset 3 mm laterally from
    the medial border of the middle cuneiform. The other tarsometatarsal joints line up on
    the oblique.
  bone: >
    A small bony fleck lies in the gap between the first and second metatarsal bases.
    Metatarsal shafts and phalanges intact.
  joints: >
    The gap between the first and second metatarsal bases is wider than between the second
    and third. Other joint spaces preserved.
  soft-tissues: >
    Soft tissues of the forefoot and midfoot otherwise unremarkable on the radiographs. No
    gas or radiopaque foreign body.
  everything-else: >
    No hardware. Calcaneus, talus and the other visible tarsal bones intact, with no
    incidental lesion at the edges.
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
target_seconds: 45   # 100 words / 4 + 4 s x 5 steps = 45 s, rounded to 5
views:
  alignment: >
    Femorotibial alignment normal on both views. Patella normally placed, not high or low.
    Tibiofibular and patellofemoral joints congruent.
  bone: >
    The superolateral corner of the patella is a separate fragment with smooth, rounded,
    corticated margins facing a matching smooth edge. Femur and tibia intact; the tibial
    tuberosity is normal for age.
  joints: >
    Medial, lateral and patellofemoral joint spaces preserved. Physes of normal width for
    age. No loose body.
  soft-tissues: >
    No suprapatellar effusion or fat-fluid level. No prepatellar or infrapatellar swelling.
    No gas or radiopaque foreign body.
  everything-else: >
    No hardware. No incidental lesion in the visible distal femur, proximal tibia and
    fibula, and no vascular calcification.
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
target_seconds: 50   # 115 words / 4 + 4 s x 5 steps = 49 s, rounded to 5
views:
  alignment: >
    Radiocarpal joint congruent; distal radial epiphysis centred on the metaphysis on both
    views. Carpal bones normally spaced for age.
  bone: >
    A smooth lucent band of even width with fine sclerotic margins crosses the distal radius
    1 cm from the articular surface, matched by a similar band in the distal ulna.
    Metaphyseal cortices smooth, with no bulge or step.
  joints: >
    Radiocarpal joint space normal for age. Carpal ossification appropriate for age. No
    widening of either physis compared with the other bones.
  soft-tissues: >
    Pronator quadratus fat plane lies flat against the radius, not displaced. No soft-tissue
    swelling, gas or radiopaque foreign body.
  everything-else: >
    No hardware. Visible forearm shafts, carpus and metacarpals normal for age, with no
    incidental lesion at the edges.
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
target_seconds: 45   # 102 words / 4 + 4 s x 5 steps = 46 s, rounded to 5
views:
  alignment: >
    Tarsometatarsal joints aligned: the medial borders of the second metatarsal and middle
    cuneiform line up. Metatarsophalangeal joints congruent.
  bone: >
    Metatarsals, phalanges and tarsal bones intact; the base of the fifth metatarsal has a
    smooth, intact cortex. Beside the cuboid, lateral and plantar, a rounded ossicle with a
    complete smooth cortex.
  joints: >
    Talonavicular, calcaneocuboid, tarsometatarsal and metatarsophalangeal joint spaces
    preserved and even. No erosions or chondrocalcinosis in any joint.
  soft-tissues: >
    No soft-tissue swelling over the lateral border of the foot or the fifth metatarsal
    base. No gas or foreign body.
  everything-else: >
    No hardware. Calcaneus in the field intact. No incidental lesion at the edges of the
    films.
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
target_seconds: 45   # 98 words / 4 + 4 s x 5 steps = 44 s, rounded to 5
views:
  alignment: >
    Metacarpophalangeal and interphalangeal joints congruent. Carpometacarpal joints aligned
    on the oblique, including the fourth and fifth.
  bone: >
    Metacarpal necks and shafts intact, including the fourth and fifth, with no angulation.
    Phalanges intact. Two small smooth oval ossicles lie over the palmar thumb
    metacarpophalangeal joint.
  joints: >
    Joint spaces preserved throughout the fingers, thumb and wrist. No erosions,
    periarticular osteopenia or chondrocalcinosis.
  soft-tissues: >
    Soft tissues over the knuckles normal, without swelling. No radiopaque foreign body,
    such as a tooth fragment, and no gas.
  everything-else: >
    No hardware. Visible carpus and distal radius and ulna normal, with no incidental lesion
    at the edges of the films.
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
target_seconds: 50   # 115 words / 4 + 4 s x 5 steps = 49 s, rounded to 5
views:
  alignment: >
    Shenton's lines smooth and symmetric. Both femoral heads centred in the acetabula.
    Pelvic ring and sacroiliac joints aligned.
  bone: >
    Cortex of both femoral necks continuous on both views; trabeculae run uninterrupted
    through the left neck. Where the greater trochanter overlaps the lateral neck on the AP
    a band of increased density crosses it, absent on the lateral view. Pubic rami intact.
  joints: >
    Hip joint spaces symmetrically preserved for age. Sacroiliac joints and symphysis
    normal, without widening or erosion.
  soft-tissues: >
    Fat planes around both hips symmetric, with no capsular bulge. No soft-tissue swelling,
    calcification or gas. Phleboliths in the pelvis.
  everything-else: >
    No hardware. Lower lumbar spine in the field aligned. No destructive bone lesion at the
    edges of the film.
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
target_seconds: 45   # 91 words / 4 + 4 s x 5 steps = 43 s, rounded to 5
views:
  alignment: >
    Femorotibial alignment normal on both views. Patella normally placed, neither high nor
    low. Proximal tibiofibular joint aligned.
  bone: >
    Femur, tibia, fibula and patella intact, with no fracture line or cortical step. Tibial
    plateaus smooth. Behind the lateral femoral condyle, within the soft tissues, a 7 mm
    smooth, corticated oval ossicle.
  joints: >
    Medial, lateral and patellofemoral joint spaces preserved, the medial 5 mm wide on the
    AP. No chondrocalcinosis and no osteophyte at the joint margins.
  soft-tissues: >
    No suprapatellar effusion and no fat-fluid level on the lateral. No popliteal or
    prepatellar swelling, gas or foreign body.
  everything-else: >
    No hardware. Popliteal vessels not calcified. No incidental lesion in the visible femur
    and tibia.
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
target_seconds: 40   # 88 words / 4 + 4 s x 5 steps = 42 s, rounded to 5
views:
  alignment: >
    Glenohumeral joint congruent on both views; on the Y view the humeral head is centred on
    the glenoid. Acromioclavicular joint aligned.
  bone: >
    Humeral head, neck and tuberosities intact. Glenoid, scapula, acromion, coracoid and
    clavicle intact, with no fracture line.
  joints: >
    Glenohumeral and acromioclavicular joint spaces preserved, with smooth articular
    margins. No chondrocalcinosis, erosions or osteophytes.
  soft-tissues: >
    No calcification in the rotator cuff or subacromial bursa. No soft-tissue swelling, gas
    or radiopaque foreign body.
  everything-else: >
    Visible right upper ribs intact and the right lung apex clear, with no mass or
    pneumothorax. No hardware.
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
target_seconds: 45   # 92 words / 4 + 4 s x 5 steps = 43 s, rounded to 5
views:
  alignment: >
    Radiocarpal and distal radioulnar joints congruent. The three carpal arcs are smooth. On
    the lateral the radius, lunate and capitate are in line.
  bone: >
    Distal radius and ulna intact, with normal volar tilt and radial height. Scaphoid, other
    carpal bones and metacarpal bases intact.
  joints: >
    Radiocarpal, intercarpal and carpometacarpal joint spaces even, including the
    scapholunate interval. No chondrocalcinosis or erosions.
  soft-tissues: >
    Pronator quadratus fat plane flat against the radius. Scaphoid fat stripe normal. No
    swelling, gas or foreign body.
  everything-else: >
    No hardware. Visible distal forearm and hand otherwise normal, with no incidental lesion
    at the edges.
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
target_seconds: 45   # 99 words / 4 + 4 s x 5 steps = 45 s, rounded to 5
views:
  alignment: >
    The humeral shaft is angulated 15 degrees at the junction of its middle and upper
    thirds. Shoulder and elbow joints congruent.
  bone: >
    A 4 cm ill-defined lucent lesion destroys the medullary bone and thins the cortex at the
    junction of the middle and upper thirds, with a transverse fracture through it.
  joints: >
    Shoulder and elbow joint spaces preserved at both ends of the film. No
    chondrocalcinosis, erosions or effusion.
  soft-tissues: >
    Soft-tissue swelling around the fracture site in the upper arm. No gas and no calcified
    soft-tissue mass.
  everything-else: >
    No hardware. Visible ribs and lung edge at the top of the film are unremarkable.
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
    evidence: A 4 cm ill-defined lucent lesion destroys the medullary bone
  - id: soft-tissue-swelling
    step: soft-tissues
    term: soft-tissue-swelling
    side: right
    severity: incidental
    conspicuity: obvious
    teaching: >
      Swelling around an acute fracture is expected; a calcified or large soft-tissue mass
      would instead suggest a primary bone tumour.
    evidence: Soft-tissue swelling around the fracture site
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
target_seconds: 50   # 111 words / 4 + 4 s x 5 steps = 48 s, rounded to 5
views:
  alignment: >
    On the PA the carpal arcs are broken at the midcarpal row and the lunate looks
    triangular. On the lateral the lunate stays in line with the radius, but the capitate
    sits behind it, off the lunate cup.
  bone: >
    Distal radius and ulna intact. No fracture line through the scaphoid waist, capitate or
    triquetrum on either view.
  joints: >
    Radiocarpal joint space normal. The midcarpal joint space is lost where the capitate
    overlaps the lunate on the PA.
  soft-tissues: >
    Marked soft-tissue swelling around the wrist, most on the palmar side. No gas or
    radiopaque foreign body.
  everything-else: >
    No hardware. Visible metacarpals and distal forearm shafts normal, with no incidental
    lesion at the edges of the films.
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
    evidence: Marked soft-tissue swelling around the wrist
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
target_seconds: 45   # 104 words / 4 + 4 s x 5 steps = 46 s, rounded to 5
views:
  alignment: >
    On both views a line drawn along the superior border of the right femoral neck does not
    cut the right epiphysis, which sits lower and behind the neck; on the left the line cuts
    the epiphysis.
  bone: >
    Femoral necks, pelvis and proximal femora intact, with no fracture, periosteal reaction
    or destructive lesion; bone density normal.
  joints: >
    The right physis is wider and its margins blurred compared with the left. Hip joint
    spaces preserved.
  soft-tissues: >
    Fat planes around both hips symmetric, with no capsular bulge. No soft-tissue swelling,
    calcification or gas.
  everything-else: >
    No hardware. The knees are not included in the field.
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
target_seconds: 50   # 112 words / 4 + 4 s x 5 steps = 48 s, rounded to 5
views:
  alignment: >
    On the lateral the anterior humeral line passes in front of the capitellum instead of
    through its middle third. The radiocapitellar line passes through the capitellum.
  bone: >
    On the AP a faint transverse lucent line crosses the distal humeral metaphysis just
    above the olecranon fossa, without displacement. Radius and ulna intact. Ossification
    centres normal for age.
  joints: >
    The anterior fat pad is lifted into a triangle and a posterior fat pad is visible behind
    the humerus. Physes normal.
  soft-tissues: >
    Soft-tissue swelling around the elbow, most marked anteriorly over the distal humerus.
    No gas or radiopaque foreign body.
  everything-else: >
    No hardware. Visible humeral shaft and proximal forearm normal for age, with no
    incidental lesion at the edges.
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
    evidence: Soft-tissue swelling around the elbow, most marked anteriorly
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
    answers:
      - id: sah-present
        text: "Not clear: a small SAH in the interpeduncular cistern. No LP; CTA."
        correct: true
      - id: normal-do-lp
        text: "Clear: no blood and no hydrocephalus. Go ahead with the LP."
        correct: false
      - id: frontal-haematoma
        text: "A left frontal haematoma with mass effect: call neurosurgery now."
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
# and STATs keep arriving while others wait. Three interruptions: the ED registrar, a CT
# radiographer (who gives the number on the phone, so it needs no read: needs_read: false)
# and a ward nurse. Turnaround and the communication window use the defaults
# (stat 600 s, urgent 1800 s, routine before the end; 120 s to telephone a critical
# result). Draft content, not reviewed by a radiologist.
kind: scenario
id: ed-evening
title: ED evening shift
description: >
  Fifty minutes on call for the emergency department and the wards: radiographs, head and
  body CT arrive through the evening with mixed priorities, and a third of them are
  normal, STATs included. Triage the queue, read each study in full, telephone critical
  results, and answer the registrar, the radiographer and the ward nurse who call.
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
        text: "Not clear: a small SAH in the interpeduncular cistern. No LP; CTA."
        correct: true
      - id: normal-do-lp
        text: "Clear: no blood and no hydrocephalus. Go ahead with the LP."
        correct: false
      - id: frontal-haematoma
        text: "A left frontal haematoma with mass effect: call neurosurgery now."
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
# anaesthetics each ring about their region. STAT turnaround is 5 minutes, as for a
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
        text: "Chest clear: no pneumothorax, no haemopericardium, aorta fine."
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
        text: "No head injury and nothing in the chest: ventilate as normal."
        correct: false
      - id: extradural
        text: "A left extradural haematoma: neurosurgery before the abdomen."
        correct: false
    explanation: >
      The head shows no blood, contusion or shift, but the chest holds a small left anterior
      pneumothorax: positive-pressure ventilation can enlarge it, even to tension, so a drain
      should be considered before intubation. That is why the pneumothorax goes into the
      primary-survey call (RCR trauma radiology guidance, 2015).
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
