"""Regenerates the per-routine case tables and counts of Cases/README.md from the YAML files.

Usage: python3 scripts/case-tables.py Cases   (needs PyYAML)
"""
import glob, re, sys, yaml
root = sys.argv[1]
cases = []
for path in glob.glob(f"{root}/cases/**/*.yaml", recursive=True):
    with open(path) as f:
        d = yaml.safe_load(f)
    if d.get("kind") == "case":
        cases.append(d)

def fmt_findings(c):
    parts = []
    for f in c.get("findings") or []:
        side = f" {f['side']}" if f.get("side") else ""
        parts.append(f"{f['term']}{side} ({f['severity']}, {f['conspicuity']})")
    text = "; ".join(parts) if parts else "none"
    ds = [d.get("term") for d in c.get("distractors") or [] if d.get("term")]
    if ds:
        text += "; distractor" + ("s" if len(ds) > 1 else "") + ": " + ", ".join(ds)
    return text

def rows(group):
    order = {"stat": 0, "urgent": 1, "routine": 2}
    out = []
    for c in sorted(group, key=lambda c: (order[c["priority"]], c["id"])):
        kind = "finding" if c.get("findings") else "normal"
        out.append(f"| `{c['id']}` | {c['priority']} | {kind} | {fmt_findings(c)} | {c['target_seconds']} s |")
    return out

routines = []
for path in sorted(glob.glob(f"{root}/routines/*.yaml")):
    with open(path) as f:
        d = yaml.safe_load(f)
    if d.get("kind") == "routine":
        routines.append(d)

def routine_row(r):
    steps = [s["id"] for s in r["steps"]]
    order = r.get("order", "strict")
    if order == "groups":
        order = f"groups (weight {r.get('order_weight', 10)})"
        groups = " · ".join(f"{g['id']}: " + ", ".join(g["steps"]) for g in r.get("groups", []))
        steps_text = groups
    else:
        steps_text = ", ".join(steps)
    terms = sum(len(s.get("terms") or []) for s in r["steps"])
    return f"| `{r['id']}` | {r['title']} | {r.get('modality', '')} | {order} | {steps_text} | {terms} |"

text = open(f"{root}/README.md").read()
# The routine table, in the order it already lists them, new routines after.
listed = re.findall(r"^\| `([^`]+)` \| [^|]+ \| (?:XR|CT|US|MR) \|", text, re.M)
known = {r["id"]: r for r in routines}
ordered = [known[i] for i in listed if i in known] + [r for r in routines if r["id"] not in listed]
table = re.compile(r"(\| id \| title \| modality \| order \| steps \(in order\) \| terms \|\n\|[-|]+\|\n)((?:\| `.*\n)+)")
text = table.sub(lambda m: m.group(1) + "\n".join(routine_row(r) for r in ordered) + "\n", text, count=1)
# A case table per routine: headings for routines not yet listed go before the scenarios.
for r in ordered:
    if f"#### `{r['id']}`, drill and shift" not in text:
        block = (f"#### `{r['id']}`, drill and shift: 0 cases\n\n"
                 "| id | priority | normal / finding | findings: term side (severity, conspicuity); distractors | target |\n"
                 "|---|---|---|---|---|\n\n")
        text = text.replace("### Scenarios\n", block + "### Scenarios\n", 1)
lines = text.split("\n")
out = []
i = 0
heading = re.compile(r"^#### `([^`]+)`, (drill and shift|exam-only, rapids pool): .*$")
while i < len(lines):
    m = heading.match(lines[i])
    if not m:
        out.append(lines[i]); i += 1; continue
    routine, pool = m.group(1), m.group(2)
    exam = pool.startswith("exam")
    group = [c for c in cases if c["routine"] == routine and bool(c.get("exam_only")) == exam]
    n = len(group); normal = sum(1 for c in group if not c.get("findings"))
    counts = {p: sum(1 for c in group if c["priority"] == p) for p in ("stat", "urgent", "routine")}
    out.append(f"#### `{routine}`, {pool}: {n} cases, {normal} normal (stat {counts['stat']}, urgent {counts['urgent']}, routine {counts['routine']})")
    i += 1
    # keep blank line, header and separator; replace the table body
    while i < len(lines) and not lines[i].startswith("| id |"):
        out.append(lines[i]); i += 1
    out.append(lines[i]); out.append(lines[i + 1]); i += 2
    while i < len(lines) and lines[i].startswith("| `"):
        i += 1
    out.extend(rows(group))
su = [c for c in cases if c["priority"] in ("stat", "urgent")]
sun = sum(1 for c in su if not c.get("findings"))
total_normal = sum(1 for c in cases if not c.get("findings"))
new = "\n".join(out)
new = re.sub(r"  - \d+ normal \(\d+%\); among the \d+ STAT and urgent cases \d+ are normal \(\d+%\)",
             f"  - {total_normal} normal ({round(100*total_normal/len(cases))}%); among the {len(su)} STAT and urgent cases {sun} are normal ({round(100*sun/len(su))}%)", new)
open(f"{root}/README.md", "w").write(new)
print(len(cases), "cases;", total_normal, "normal;", len(su), "stat+urgent,", sun, "normal")
