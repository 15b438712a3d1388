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

text = open(f"{root}/README.md").read()
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
