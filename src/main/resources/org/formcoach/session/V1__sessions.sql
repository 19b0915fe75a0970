-- Sessions and what was done in them. Times are ISO-8601 instants in UTC; local_date is the user's
-- calendar day when the session started (the history's calendar is about the user's days).
CREATE TABLE sessions (
  id           TEXT PRIMARY KEY,
  program_id   TEXT NOT NULL,
  program_kind TEXT NOT NULL CHECK (program_kind IN ('routine', 'exercise')),
  started_at   TEXT NOT NULL,
  local_date   TEXT NOT NULL,
  ended_at     TEXT,
  -- completed, stopped, source-ended, failed; interrupted when the process died during the session
  end_reason   TEXT
);

-- One set of one exercise; written the moment it ends.
CREATE TABLE sets (
  id            TEXT PRIMARY KEY,
  session_id    TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  exercise_id   TEXT NOT NULL,
  set_number    INTEGER NOT NULL,
  target_reps   INTEGER NOT NULL DEFAULT 0,
  reps          INTEGER NOT NULL DEFAULT 0,
  clean_reps    INTEGER NOT NULL DEFAULT 0,
  rejected_reps INTEGER NOT NULL DEFAULT 0,
  target_hold_s REAL NOT NULL DEFAULT 0,
  hold_s        REAL NOT NULL DEFAULT 0,
  started_at    TEXT NOT NULL,
  ended_at      TEXT NOT NULL,
  -- done (the dose was reached), skipped, stopped
  outcome       TEXT NOT NULL,
  UNIQUE (session_id, seq)
);

CREATE TABLE set_faults (
  set_id TEXT NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
  fault  TEXT NOT NULL,
  count  INTEGER NOT NULL,
  PRIMARY KEY (set_id, fault)
);

CREATE TABLE reps (
  set_id     TEXT NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
  number     INTEGER NOT NULL,
  duration_s REAL NOT NULL,
  depth_deg  REAL,
  counted    INTEGER NOT NULL,
  -- fault ids, comma-separated; empty for a clean rep
  faults     TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (set_id, number)
);

-- Desk mode: posture alerts in each clock hour of a desk session.
CREATE TABLE desk_alerts (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  hour_start TEXT NOT NULL,
  alerts     INTEGER NOT NULL,
  PRIMARY KEY (session_id, hour_start)
);

CREATE INDEX sets_by_session ON sets(session_id);
