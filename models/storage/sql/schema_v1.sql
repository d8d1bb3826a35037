-- Crosswalk database schema, version 1.
-- Portable SQL: plain SQL-92 plus what PostgreSQL also accepts. One statement per ';' line end;
-- no statement contains a semicolon. Dates are ISO 8601 text: YYYY, YYYY-MM or YYYY-MM-DD for
-- calendar dates (precision as known), YYYY-MM-DDTHH:MM:SSZ for timestamps.

CREATE TABLE markings (
    level       TEXT PRIMARY KEY,
    rank        INTEGER NOT NULL UNIQUE,
    description TEXT NOT NULL
);

INSERT INTO markings (level, rank, description) VALUES ('CLEAR', 0, 'Disclosure is not limited');
INSERT INTO markings (level, rank, description) VALUES ('GREEN', 1, 'Limited disclosure, recipients can spread this within their community');
INSERT INTO markings (level, rank, description) VALUES ('AMBER', 2, 'Limited disclosure, recipients can only spread this on a need-to-know basis within their organisation and its clients');
INSERT INTO markings (level, rank, description) VALUES ('AMBER+STRICT', 3, 'Limited disclosure, restricted to the organisation');
INSERT INTO markings (level, rank, description) VALUES ('RED', 4, 'For the eyes and ears of individual recipients only, no further disclosure');

CREATE TABLE themes (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    name_en    TEXT NOT NULL CHECK (LENGTH(name_en) > 0),
    name_orig  TEXT NOT NULL DEFAULT '',
    marking    TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE parties (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    name_en           TEXT NOT NULL CHECK (LENGTH(name_en) > 0),
    name_orig         TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL CHECK (kind IN ('state', 'alliance', 'organisation', 'agency')),
    parent_id         INTEGER REFERENCES parties (id),
    notes             TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE frameworks (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    title_en          TEXT NOT NULL CHECK (LENGTH(title_en) > 0),
    title_orig        TEXT NOT NULL DEFAULT '',
    short_name        TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT 'en',
    kind              TEXT NOT NULL CHECK (kind IN ('law', 'strategy', 'policy', 'pledge', 'decision', 'partnership', 'taxonomy')),
    issuer_party_id   INTEGER REFERENCES parties (id),
    adopted_date      TEXT CHECK (adopted_date IS NULL OR LENGTH(adopted_date) IN (4, 7, 10)),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'adopted', 'in_force', 'superseded')),
    version           TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE provisions (
    id                INTEGER PRIMARY KEY,
    framework_id      INTEGER NOT NULL REFERENCES frameworks (id),
    parent_id         INTEGER REFERENCES provisions (id),
    sort_order        INTEGER NOT NULL DEFAULT 0,
    code              TEXT NOT NULL CHECK (LENGTH(code) > 0),
    ref_label         TEXT NOT NULL DEFAULT '',
    title_en          TEXT NOT NULL CHECK (LENGTH(title_en) > 0),
    title_orig        TEXT NOT NULL DEFAULT '',
    summary_en        TEXT NOT NULL DEFAULT '',
    summary_orig      TEXT NOT NULL DEFAULT '',
    effective_date    TEXT CHECK (effective_date IS NULL OR LENGTH(effective_date) IN (4, 7, 10)),
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (framework_id, code),
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX provisions_framework ON provisions (framework_id, parent_id, sort_order);
CREATE INDEX provisions_parent ON provisions (parent_id);

CREATE TABLE mappings (
    id                  INTEGER PRIMARY KEY,
    source_provision_id INTEGER NOT NULL REFERENCES provisions (id),
    target_provision_id INTEGER NOT NULL REFERENCES provisions (id),
    relationship        TEXT NOT NULL CHECK (relationship IN ('equal', 'subset_of', 'superset_of', 'intersects_with', 'no_relationship')),
    rationale           TEXT NOT NULL CHECK (rationale IN ('syntactic', 'semantic', 'functional')),
    strength            INTEGER CHECK (strength IS NULL OR (strength >= 0 AND strength <= 10)),
    justification       TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    review_status       TEXT NOT NULL DEFAULT 'draft' CHECK (review_status IN ('draft', 'complete', 'deprecated', 'superseded')),
    author              TEXT NOT NULL DEFAULT '',
    reviewer            TEXT NOT NULL DEFAULT '',
    review_date         TEXT CHECK (review_date IS NULL OR LENGTH(review_date) = 10),
    marking             TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat              TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (source_provision_id, target_provision_id),
    CHECK (source_provision_id <> target_provision_id),
    CHECK (relationship <> 'equal' OR (strength IS NOT NULL AND strength = 10)),
    CHECK (relationship <> 'no_relationship' OR (strength IS NOT NULL AND strength = 0)),
    CHECK (relationship IN ('equal', 'no_relationship') OR strength IS NULL OR (strength >= 1 AND strength <= 9))
);

CREATE INDEX mappings_target ON mappings (target_provision_id);

CREATE TABLE applicability (
    id            INTEGER PRIMARY KEY,
    provision_id  INTEGER NOT NULL REFERENCES provisions (id),
    party_id      INTEGER NOT NULL REFERENCES parties (id),
    justification TEXT NOT NULL CHECK (LENGTH(justification) > 0),
    source        TEXT NOT NULL DEFAULT '',
    marking       TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (provision_id, party_id)
);

CREATE TABLE dialogues (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    title_en          TEXT NOT NULL CHECK (LENGTH(title_en) > 0),
    title_orig        TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL CHECK (kind IN ('cyber_dialogue', 'staff_talks', 'summit', 'consultation', 'milestone')),
    series            TEXT NOT NULL DEFAULT '',
    round_number      INTEGER CHECK (round_number IS NULL OR round_number > 0),
    dialogue_date     TEXT CHECK (dialogue_date IS NULL OR LENGTH(dialogue_date) IN (4, 7, 10)),
    date_note         TEXT NOT NULL DEFAULT '',
    place             TEXT NOT NULL DEFAULT '',
    objectives_en     TEXT NOT NULL DEFAULT '',
    objectives_orig   TEXT NOT NULL DEFAULT '',
    key_messages_en   TEXT NOT NULL DEFAULT '',
    key_messages_orig TEXT NOT NULL DEFAULT '',
    outcomes_en       TEXT NOT NULL DEFAULT '',
    outcomes_orig     TEXT NOT NULL DEFAULT '',
    content_note      TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE dialogue_parties (
    dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
    party_id    INTEGER NOT NULL REFERENCES parties (id),
    PRIMARY KEY (dialogue_id, party_id)
);

CREATE TABLE delegates (
    id          INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),
    party_id    INTEGER NOT NULL REFERENCES parties (id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (LENGTH(name) > 0),
    position    TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('head', 'deputy', 'member', 'adviser')),
    marking     TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE commitments (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    title_en             TEXT NOT NULL CHECK (LENGTH(title_en) > 0),
    title_orig           TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    origin_dialogue_id   INTEGER REFERENCES dialogues (id),
    origin_provision_id  INTEGER REFERENCES provisions (id),
    origin_note          TEXT NOT NULL DEFAULT '',
    lead_party_id        INTEGER REFERENCES parties (id),
    counterpart_party_id INTEGER REFERENCES parties (id),
    due_date             TEXT CHECK (due_date IS NULL OR LENGTH(due_date) IN (4, 7, 10)),
    status               TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'in_progress', 'done', 'stalled', 'dropped')),
    progress             INTEGER NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 100),
    source               TEXT NOT NULL DEFAULT '',
    verification         TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note    TEXT NOT NULL DEFAULT '',
    marking              TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat               TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE commitment_updates (
    id                INTEGER PRIMARY KEY,
    commitment_id     INTEGER NOT NULL REFERENCES commitments (id),
    update_date       TEXT NOT NULL CHECK (LENGTH(update_date) IN (4, 7, 10)),
    status            TEXT NOT NULL CHECK (status IN ('proposed', 'agreed', 'in_progress', 'done', 'stalled', 'dropped')),
    progress          INTEGER NOT NULL CHECK (progress >= 0 AND progress <= 100),
    note_en           TEXT NOT NULL DEFAULT '',
    note_orig         TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE INDEX commitment_updates_commitment ON commitment_updates (commitment_id, update_date);

CREATE TABLE programmes (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    name_en           TEXT NOT NULL CHECK (LENGTH(name_en) > 0),
    name_orig         TEXT NOT NULL DEFAULT '',
    kind              TEXT NOT NULL CHECK (kind IN ('training', 'exercise', 'centre', 'secondment', 'conference', 'funding')),
    lead_party_id     INTEGER REFERENCES parties (id),
    start_date        TEXT CHECK (start_date IS NULL OR LENGTH(start_date) IN (4, 7, 10)),
    end_date          TEXT CHECK (end_date IS NULL OR LENGTH(end_date) IN (4, 7, 10)),
    status            TEXT NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    budget            NUMERIC CHECK (budget IS NULL OR budget >= 0),
    currency          TEXT NOT NULL DEFAULT '',
    beneficiaries     TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE programme_partners (
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    party_id     INTEGER NOT NULL REFERENCES parties (id),
    PRIMARY KEY (programme_id, party_id)
);

CREATE TABLE gaps (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE CHECK (LENGTH(code) > 0),
    title_en          TEXT NOT NULL CHECK (LENGTH(title_en) > 0),
    title_orig        TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    provision_id      INTEGER REFERENCES provisions (id),
    kind              TEXT NOT NULL CHECK (kind IN ('uncovered', 'partial', 'implementation', 'capacity')),
    severity          TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status            TEXT NOT NULL CHECK (status IN ('open', 'mitigating', 'closed', 'accepted')),
    owner_party_id    INTEGER REFERENCES parties (id),
    due_date          TEXT CHECK (due_date IS NULL OR LENGTH(due_date) IN (4, 7, 10)),
    opened_date       TEXT CHECK (opened_date IS NULL OR LENGTH(opened_date) IN (4, 7, 10)),
    closed_date       TEXT CHECK (closed_date IS NULL OR LENGTH(closed_date) IN (4, 7, 10)),
    source            TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('official', 'secondary', 'unverified')),
    verification_note TEXT NOT NULL DEFAULT '',
    marking           TEXT NOT NULL DEFAULT 'CLEAR' REFERENCES markings (level),
    caveat            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK (opened_date IS NULL OR closed_date IS NULL OR closed_date >= opened_date)
);

CREATE INDEX gaps_provision ON gaps (provision_id);

CREATE TABLE commitment_themes (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    theme_id      INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (commitment_id, theme_id)
);

CREATE TABLE programme_themes (
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    theme_id     INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (programme_id, theme_id)
);

CREATE TABLE gap_themes (
    gap_id   INTEGER NOT NULL REFERENCES gaps (id),
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    PRIMARY KEY (gap_id, theme_id)
);

CREATE TABLE commitment_gaps (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    gap_id        INTEGER NOT NULL REFERENCES gaps (id),
    PRIMARY KEY (commitment_id, gap_id)
);

CREATE TABLE commitment_programmes (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    programme_id  INTEGER NOT NULL REFERENCES programmes (id),
    PRIMARY KEY (commitment_id, programme_id)
);

CREATE TABLE programme_gaps (
    programme_id INTEGER NOT NULL REFERENCES programmes (id),
    gap_id       INTEGER NOT NULL REFERENCES gaps (id),
    PRIMARY KEY (programme_id, gap_id)
);

CREATE TABLE commitment_provisions (
    commitment_id INTEGER NOT NULL REFERENCES commitments (id),
    provision_id  INTEGER NOT NULL REFERENCES provisions (id),
    PRIMARY KEY (commitment_id, provision_id)
);

CREATE TABLE audit_entries (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json  TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL DEFAULT '',
    hash        TEXT NOT NULL
);

CREATE INDEX audit_entries_entity ON audit_entries (entity, entity_id);
