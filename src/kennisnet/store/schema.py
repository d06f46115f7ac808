"""The SQLite schema of a project file and its migrations.

A project file is recognised by its SQLite ``application_id``; ``user_version``
is the schema version. ``MIGRATIONS[n]`` brings a file from version n to n + 1;
version 0 is an empty database.
"""

from __future__ import annotations

#: 'KNET' as a big-endian 32-bit integer, stored in the SQLite header.
APPLICATION_ID = 0x4B4E4554
SCHEMA_VERSION = 3

_V1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE questionnaire (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (name <> ''),
    department TEXT,
    team TEXT,
    role TEXT,
    employee_number TEXT,
    email TEXT,
    trained_hr INTEGER CHECK (trained_hr IN (0, 1)),
    training TEXT,
    start_date TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX people_employee_number ON people (employee_number)
    WHERE employee_number IS NOT NULL;
CREATE TABLE waves (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    wave_id INTEGER NOT NULL REFERENCES waves (id),
    respondent_id INTEGER REFERENCES people (id),
    respondent_written TEXT,
    submitted_at TEXT NOT NULL,
    laptop_id TEXT,
    language TEXT,
    consent INTEGER NOT NULL DEFAULT 1 CHECK (consent = 1),
    origin TEXT NOT NULL,
    more_sources INTEGER NOT NULL DEFAULT 0,
    channel_other TEXT,
    training TEXT CHECK (training IN ('yes', 'no', 'dont_know')),
    training_which TEXT,
    training_when TEXT,
    replaced_by TEXT,
    CHECK (respondent_id IS NOT NULL OR respondent_written IS NOT NULL)
);
CREATE INDEX responses_respondent ON responses (wave_id, respondent_id);
CREATE TABLE nominations (
    id INTEGER PRIMARY KEY,
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source_id INTEGER REFERENCES people (id),
    written TEXT,
    frequency TEXT CHECK (frequency IN ('daily', 'weekly', 'monthly', 'less')),
    topic TEXT,
    CHECK (source_id IS NOT NULL OR written IS NOT NULL)
);
CREATE INDEX nominations_response ON nominations (response_id);
CREATE INDEX nominations_source ON nominations (source_id);
CREATE TABLE channels (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    channel TEXT NOT NULL,
    PRIMARY KEY (response_id, rank)
);
CREATE TABLE name_decisions (
    key TEXT PRIMARY KEY,
    written TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('person', 'external', 'drop')),
    person_id INTEGER REFERENCES people (id),
    decided_at TEXT NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
"""

#: Version 2: the HR training record as it stood during each earlier wave, so that a
#: wave after a training programme can be compared with the one before it.
_V2 = """
CREATE TABLE wave_training (
    wave_id INTEGER NOT NULL REFERENCES waves (id),
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    trained_hr INTEGER CHECK (trained_hr IN (0, 1)),
    PRIMARY KEY (wave_id, person_id)
);
"""

#: Version 3 (additive): the learning plan per wave — HR's decisions on the proposed
#: actions and HR's own actions, the people they name — and the work HR marked as
#: high-risk. The proposal itself is not stored: it is worked out from the analysis.
_V3 = """
CREATE TABLE plan_actions (
    id INTEGER PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES waves (id),
    key TEXT NOT NULL,
    phase INTEGER NOT NULL CHECK (phase IN (1, 2)),
    form TEXT NOT NULL CHECK (form IN ('formal_training', 'job_shadowing', 'mentoring',
        'project', 'peer_learning', 'stretch_assignment', 'reflection', 'onboarding_buddy')),
    finding TEXT NOT NULL CHECK (finding IN ('risk_cluster', 'habit_spreader', 'gatekeeper',
        'overloaded', 'learns_alone', 'newcomer', 'high_risk', 'hr')),
    sentence TEXT NOT NULL,
    text TEXT,
    after TEXT NOT NULL DEFAULT '[]',
    cluster INTEGER,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'done')),
    owner TEXT,
    due TEXT,
    done_at TEXT,
    edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (wave_id, key)
);
CREATE TABLE plan_people (
    action_id INTEGER NOT NULL REFERENCES plan_actions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('people', 'partners')),
    position INTEGER NOT NULL,
    PRIMARY KEY (action_id, role, person_id)
);
CREATE INDEX plan_people_person ON plan_people (person_id);
CREATE TABLE high_risk (
    kind TEXT NOT NULL CHECK (kind IN ('role', 'department')),
    value TEXT NOT NULL COLLATE NOCASE CHECK (value <> ''),
    PRIMARY KEY (kind, value)
);
"""

MIGRATIONS: dict[int, str] = {0: _V1, 1: _V2, 2: _V3}
