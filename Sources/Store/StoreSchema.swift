import GRDB

/// The store's tables, as numbered migrations: a database is brought forward one migration at a
/// time and never backwards; a migration, once shipped, is never edited.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-runs-findings-audit") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    key TEXT NOT NULL,
                    source TEXT NOT NULL,
                    markets TEXT NOT NULL,
                    packs TEXT NOT NULL,
                    tool TEXT NOT NULL,
                    icu TEXT NOT NULL,
                    cldr TEXT NOT NULL,
                    day TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    items_done INTEGER NOT NULL DEFAULT 0,
                    listings INTEGER NOT NULL DEFAULT 0,
                    pass INTEGER NOT NULL DEFAULT 0,
                    review INTEGER NOT NULL DEFAULT 0,
                    block INTEGER NOT NULL DEFAULT 0,
                    errors INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX run_key ON run(key);
                CREATE TABLE listing_version (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    listing_id TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    content TEXT NOT NULL,
                    UNIQUE (listing_id, content_hash)
                );
                CREATE TABLE result (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    item INTEGER NOT NULL,
                    market TEXT NOT NULL,
                    version_id INTEGER NOT NULL REFERENCES listing_version(id),
                    engine_decision TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    PRIMARY KEY (run_id, item, market)
                );
                CREATE INDEX result_version ON result(version_id, market);
                CREATE TABLE override (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    version_id INTEGER NOT NULL REFERENCES listing_version(id),
                    market TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    officer TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires TEXT
                );
                CREATE INDEX override_version ON override(version_id, market);
                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    item INTEGER NOT NULL,
                    market TEXT NOT NULL,
                    rule TEXT NOT NULL,
                    category TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    field TEXT NOT NULL,
                    match TEXT NOT NULL,
                    utf8_start INTEGER NOT NULL,
                    utf8_end INTEGER NOT NULL,
                    message TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    overridden_by INTEGER REFERENCES override(id)
                );
                CREATE INDEX finding_result ON finding(run_id, item, market);
                CREATE TABLE run_error (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    item INTEGER NOT NULL,
                    message TEXT NOT NULL
                );
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    version_id INTEGER NOT NULL REFERENCES listing_version(id),
                    market TEXT NOT NULL,
                    verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'reject')),
                    officer TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    at TEXT NOT NULL
                );
                CREATE INDEX decision_version ON decision(version_id, market);
                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    action TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    packs TEXT NOT NULL,
                    reason TEXT,
                    detail TEXT NOT NULL,
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                -- The last entry, kept beside the trail: a deleted last entry shows against it.
                CREATE TABLE audit_head (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    seq INTEGER NOT NULL,
                    hash TEXT NOT NULL
                );
                -- Append-only through SQL: an edit has to remove these first, and the hash chain
                -- shows it then.
                CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
        }
        migrator.registerMigration("2-tokens") { db in
            try db.execute(sql: """
                CREATE TABLE token (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('seller', 'officer', 'admin')),
                    hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT
                );
                """)
        }
        migrator.registerMigration("3-sessions") { db in
            // Browser sessions of the web UI: a token proved once at login; the cookie's secret is
            // kept hashed, like tokens.
            try db.execute(sql: """
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    token_id INTEGER NOT NULL REFERENCES token(id),
                    hash TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL,
                    ended_at TEXT
                );
                """)
        }
        migrator.registerMigration("4-latest-result") { db in
            // The newest result of each listing in each market (the highest run, then item),
            // kept as results are recorded, so the review queue and the dashboard read an index
            // instead of ranking every result on each request.
            try db.execute(sql: """
                CREATE TABLE latest_result (
                    listing_id TEXT NOT NULL,
                    market TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    item INTEGER NOT NULL,
                    version_id INTEGER NOT NULL REFERENCES listing_version(id),
                    decision TEXT NOT NULL,
                    engine_decision TEXT NOT NULL,
                    PRIMARY KEY (listing_id, market)
                ) WITHOUT ROWID;
                CREATE INDEX latest_result_market ON latest_result(market, decision);
                INSERT INTO latest_result (listing_id, market, run_id, item, version_id, decision, engine_decision)
                SELECT listing_id, market, run_id, item, version_id, decision, engine_decision FROM (
                    SELECT v.listing_id, r.market, r.run_id, r.item, r.version_id, r.decision, r.engine_decision,
                           ROW_NUMBER() OVER (PARTITION BY v.listing_id, r.market ORDER BY r.run_id DESC, r.item DESC) AS n
                    FROM result r JOIN listing_version v ON v.id = r.version_id
                ) WHERE n = 1;
                """)
        }
        migrator.registerMigration("5-work-queue") { db in
            // A run's catalog in batches for `clearance worker` processes: pending, claimed by a
            // worker (with a token naming that claim), or done. `queue_closed` on the run says
            // every batch is queued, so the last batch done finishes the run.
            try db.execute(sql: """
                CREATE TABLE work_batch (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    first_item INTEGER NOT NULL,
                    items INTEGER NOT NULL,
                    payload TEXT NOT NULL,
                    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done')),
                    claim TEXT,
                    claimed_by TEXT,
                    claimed_at TEXT,
                    PRIMARY KEY (run_id, first_item)
                );
                CREATE INDEX work_batch_state ON work_batch(state, run_id, first_item);
                ALTER TABLE run ADD COLUMN queue_closed INTEGER;
                """)
        }
        return migrator
    }
}
