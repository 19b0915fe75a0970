-- Patient profiles kept by a physiotherapist: who, notes, the routine and ladder rung assigned, and
-- per-exercise threshold overrides (a rule's allowed range for this person).
CREATE TABLE patients (
  code       TEXT PRIMARY KEY,
  name       TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  routine    TEXT NOT NULL DEFAULT '',
  rung       TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE patient_thresholds (
  code     TEXT NOT NULL REFERENCES patients(code) ON DELETE CASCADE,
  exercise TEXT NOT NULL,
  rule     TEXT NOT NULL,
  min      REAL,
  max      REAL,
  PRIMARY KEY (code, exercise, rule)
);
