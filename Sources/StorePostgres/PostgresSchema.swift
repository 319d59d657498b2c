import PostgresNIO
import Store

/// The store's tables in PostgreSQL, as named migrations recorded in `clearance_migration`: a
/// database is brought forward one migration at a time and never backwards; a migration, once
/// shipped, is never edited. Migrations run in one transaction under an advisory lock, so
/// processes starting at once apply each migration once.
///
/// Migration 1 holds what SQLite's migrations 1 to 4 built (no PostgreSQL store existed before);
/// migration 2 is SQLite's 5; later migrations are numbered on from them. Text that is sorted or compared by order (listing
/// ids, markets, rules, days, times) uses the "C" collation: bytes, as SQLite compares them.
enum PostgresSchema {
    static let migrations: [(name: String, statements: [PostgresQuery])] = [
        ("1-runs-findings-audit", [
            """
            CREATE TABLE run (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key text NOT NULL,
                source text NOT NULL,
                markets text NOT NULL,
                packs text NOT NULL,
                tool text NOT NULL,
                icu text NOT NULL,
                cldr text NOT NULL,
                day text COLLATE "C" NOT NULL,
                started_at text COLLATE "C" NOT NULL,
                finished_at text COLLATE "C",
                items_done bigint NOT NULL DEFAULT 0,
                listings bigint NOT NULL DEFAULT 0,
                pass bigint NOT NULL DEFAULT 0,
                review bigint NOT NULL DEFAULT 0,
                block bigint NOT NULL DEFAULT 0,
                errors bigint NOT NULL DEFAULT 0
            )
            """,
            "CREATE INDEX run_key ON run (key)",
            """
            CREATE TABLE listing_version (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                listing_id text COLLATE "C" NOT NULL,
                content_hash text COLLATE "C" NOT NULL,
                content text NOT NULL,
                UNIQUE (listing_id, content_hash)
            )
            """,
            // Listings' content compressed with lz4 where the server has it (PostgreSQL 14 and
            // later, built with lz4): a second less than the default on 100,000 listings.
            """
            DO $$
            BEGIN
                EXECUTE 'ALTER TABLE listing_version ALTER COLUMN content SET COMPRESSION lz4';
            EXCEPTION WHEN syntax_error OR feature_not_supported OR invalid_parameter_value THEN
                NULL;
            END
            $$
            """,
            """
            CREATE TABLE result (
                run_id bigint NOT NULL REFERENCES run (id),
                item bigint NOT NULL,
                market text COLLATE "C" NOT NULL,
                version_id bigint NOT NULL REFERENCES listing_version (id),
                engine_decision text NOT NULL,
                decision text NOT NULL,
                PRIMARY KEY (run_id, item, market)
            )
            """,
            "CREATE INDEX result_version ON result (version_id, market)",
            """
            CREATE TABLE override (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                version_id bigint NOT NULL REFERENCES listing_version (id),
                market text COLLATE "C" NOT NULL,
                fingerprint text NOT NULL,
                officer text NOT NULL,
                reason text NOT NULL,
                created_at text COLLATE "C" NOT NULL,
                expires text COLLATE "C"
            )
            """,
            "CREATE INDEX override_version ON override (version_id, market)",
            """
            CREATE TABLE finding (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                run_id bigint NOT NULL REFERENCES run (id),
                item bigint NOT NULL,
                market text COLLATE "C" NOT NULL,
                rule text COLLATE "C" NOT NULL,
                category text COLLATE "C" NOT NULL,
                severity text NOT NULL,
                field text NOT NULL,
                match text NOT NULL,
                utf8_start bigint NOT NULL,
                utf8_end bigint NOT NULL,
                message text NOT NULL,
                fingerprint text NOT NULL,
                overridden_by bigint REFERENCES override (id)
            )
            """,
            "CREATE INDEX finding_result ON finding (run_id, item, market)",
            """
            CREATE TABLE run_error (
                run_id bigint NOT NULL REFERENCES run (id),
                item bigint NOT NULL,
                message text NOT NULL
            )
            """,
            """
            CREATE TABLE decision (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                version_id bigint NOT NULL REFERENCES listing_version (id),
                market text COLLATE "C" NOT NULL,
                verdict text NOT NULL CHECK (verdict IN ('approve', 'reject')),
                officer text NOT NULL,
                reason text NOT NULL,
                at text COLLATE "C" NOT NULL
            )
            """,
            "CREATE INDEX decision_version ON decision (version_id, market)",
            """
            CREATE TABLE audit (
                seq bigint PRIMARY KEY,
                at text NOT NULL,
                actor text NOT NULL,
                action text NOT NULL,
                subject text NOT NULL,
                packs text NOT NULL,
                reason text,
                detail text NOT NULL,
                previous_hash text NOT NULL,
                hash text NOT NULL
            )
            """,
            // The last entry, kept beside the trail: a deleted last entry shows against it. Its
            // row is there from the start, so each append locks it (FOR UPDATE) and appends
            // from any number of processes line up behind one another.
            """
            CREATE TABLE audit_head (
                id bigint PRIMARY KEY CHECK (id = 1),
                seq bigint NOT NULL,
                hash text NOT NULL
            )
            """,
            "INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, \(AuditChain.genesis))",
            // Append-only through SQL: an edit has to remove these first, and the hash chain
            // shows it then. TRUNCATE skips row triggers, so it has its own.
            """
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'the audit trail is append-only';
            END
            $$
            """,
            "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
            "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
            "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
            """
            CREATE TABLE token (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                name text NOT NULL,
                role text NOT NULL CHECK (role IN ('seller', 'officer', 'admin')),
                hash text NOT NULL UNIQUE,
                created_at text COLLATE "C" NOT NULL,
                revoked_at text COLLATE "C"
            )
            """,
            // Browser sessions of the web UI: a token proved once at login; the cookie's secret
            // is kept hashed, like tokens.
            """
            CREATE TABLE session (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                token_id bigint NOT NULL REFERENCES token (id),
                hash text NOT NULL UNIQUE,
                created_at text COLLATE "C" NOT NULL,
                expires_at text COLLATE "C" NOT NULL,
                ended_at text COLLATE "C"
            )
            """,
            // The newest result of each listing in each market (the highest run, then item),
            // kept as results are recorded, so the review queue and the dashboard read an index
            // instead of ranking every result on each request.
            """
            CREATE TABLE latest_result (
                listing_id text COLLATE "C" NOT NULL,
                market text COLLATE "C" NOT NULL,
                run_id bigint NOT NULL REFERENCES run (id),
                item bigint NOT NULL,
                version_id bigint NOT NULL REFERENCES listing_version (id),
                decision text NOT NULL,
                engine_decision text NOT NULL,
                PRIMARY KEY (listing_id, market)
            )
            """,
            "CREATE INDEX latest_result_market ON latest_result (market, decision)",
        ]),
        // A run's catalog in batches for `clearance worker` processes: pending, claimed by a
        // worker (with a token naming that claim), or done. `queue_closed` on the run: null
        // when the run is not queued, false while batches are being queued, true once every
        // batch is, so the last batch done finishes the run.
        ("2-work-queue", [
            """
            CREATE TABLE work_batch (
                run_id bigint NOT NULL REFERENCES run (id),
                first_item bigint NOT NULL,
                items bigint NOT NULL,
                payload text NOT NULL,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done')),
                claim text,
                claimed_by text,
                claimed_at text COLLATE "C",
                PRIMARY KEY (run_id, first_item)
            )
            """,
            "CREATE INDEX work_batch_state ON work_batch (state, run_id, first_item)",
            "ALTER TABLE run ADD COLUMN queue_closed boolean",
        ]),
    ]

    /// Creates `schema` when missing and applies the migrations not yet recorded, all in one
    /// transaction on `connection`, under a transaction-level advisory lock keyed by the schema.
    static func migrate(_ connection: PostgresConnection, schema: String?, logger: Logger) async throws {
        try await PostgresStore.transaction(connection, begin: "BEGIN", logger: logger) { connection in
            // 0x636c7200: "clr". The second key tells schemas apart, so test schemas don't wait.
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Int32(0x636c_7200)), hashtext(\(schema ?? "")))",
                                           logger: logger).collect()
            if let schema {
                // A plain name (checked by the store): quoted, not bound, since DDL takes no parameters.
                _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""), logger: logger).collect()
                _ = try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \"\(schema)\""), logger: logger).collect()
            }
            _ = try await connection.query("""
                CREATE TABLE IF NOT EXISTS clearance_migration (
                    name text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger).collect()
            var applied: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM clearance_migration", logger: logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    _ = try await connection.query(statement, logger: logger).collect()
                }
                _ = try await connection.query("INSERT INTO clearance_migration (name) VALUES (\(migration.name))", logger: logger).collect()
            }
        }
    }
}
