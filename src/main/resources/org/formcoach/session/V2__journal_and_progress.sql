-- The symptom journal, the push-up ladder and the settings that used to live in settings.properties.
CREATE TABLE journal (
  id         TEXT PRIMARY KEY,
  at         TEXT NOT NULL,
  local_date TEXT NOT NULL,
  pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
  location   TEXT NOT NULL DEFAULT '',
  pattern    TEXT NOT NULL DEFAULT '',
  notes      TEXT NOT NULL DEFAULT '',
  session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL
);

CREATE TABLE journal_red_flags (
  entry_id TEXT NOT NULL REFERENCES journal(id) ON DELETE CASCADE,
  flag_id  TEXT NOT NULL,
  answer   INTEGER NOT NULL,
  PRIMARY KEY (entry_id, flag_id)
);

-- The current rung of each ladder (family = the ladder's first exercise) and its dose.
CREATE TABLE rungs (
  family      TEXT PRIMARY KEY,
  exercise_id TEXT NOT NULL,
  sets        INTEGER NOT NULL,
  reps        INTEGER NOT NULL,
  since       TEXT NOT NULL
);

-- What happened on the ladder: dose grown, moved up, stayed, stepped back.
CREATE TABLE ladder_events (
  id            TEXT PRIMARY KEY,
  at            TEXT NOT NULL,
  family        TEXT NOT NULL,
  kind          TEXT NOT NULL,
  from_exercise TEXT,
  to_exercise   TEXT,
  sets          INTEGER,
  reps          INTEGER
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE INDEX sessions_by_date ON sessions(local_date);
CREATE INDEX journal_by_date ON journal(local_date);
