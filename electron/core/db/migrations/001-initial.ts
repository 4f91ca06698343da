import type { Migration } from '../migration';

/**
 * The first schema: committee profile, directory (organisations, people) and meetings with
 * everything a meeting record holds. Child rows carry text ids made by the renderer, so that
 * autosave can upsert them and later features (tasks from conclusions) can point at them.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE committee_profile (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  committee_name TEXT NOT NULL,
  parent_body TEXT NOT NULL DEFAULT '',
  place_name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('trung_uong', 'tinh', 'xa', 'huyen')),
  abbreviation TEXT NOT NULL,
  chair_name TEXT,
  chair_title TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE committee_deputies (
  position INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  abbreviation TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_organisation ON people(organisation_id);

CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  kind_other TEXT NOT NULL DEFAULT '',
  start_at TEXT NOT NULL,
  end_at TEXT,
  place TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL DEFAULT 'truc_tiep',
  host_name TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'du_kien',
  notes TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX meetings_start ON meetings(start_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX meetings_updated ON meetings(updated_at DESC) WHERE deleted_at IS NULL;

CREATE TABLE meeting_connected_points (
  id TEXT PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX meeting_connected_points_meeting ON meeting_connected_points(meeting_id, position);

CREATE TABLE meeting_attendees (
  id TEXT PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  full_name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  organisation_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  attendance TEXT NOT NULL,
  absence_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id, position);
CREATE INDEX meeting_attendees_person ON meeting_attendees(person_id);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  presenter TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE speeches (
  id TEXT PRIMARY KEY,
  agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker_name TEXT NOT NULL DEFAULT '',
  speaker_title TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX speeches_meeting ON speeches(meeting_id, agenda_item_id, position);

CREATE TABLE conclusions (
  id TEXT PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  content TEXT NOT NULL
);
CREATE INDEX conclusions_meeting ON conclusions(meeting_id, position);

CREATE TABLE awards (
  id TEXT PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  form TEXT NOT NULL,
  form_other TEXT NOT NULL DEFAULT '',
  recipient TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,
  issuer TEXT NOT NULL DEFAULT ''
);
CREATE INDEX awards_meeting ON awards(meeting_id, position);
`,
};
