// The graph's schema: a uniqueness constraint for every node key of DESIGN.md's graph model, indexes for the
// properties queries filter or sort on, and full-text indexes for search. Every statement is IF NOT EXISTS
// (or IF EXISTS), so `commons db schema` can apply this file any number of times.
// Hugging Face ids are case-insensitive on the Hub, so models, accounts and datasets also carry `key`, the
// lowercased id, which is what writes MERGE on; `id` / `name` keep the display form. A Model's id is unique
// because its key is (key = toLower(id)), so only the key is constrained: a second unique index on id would
// cost every model write an index entry and a lock that can never refuse anything the key does not.

CREATE CONSTRAINT subreddit_name IF NOT EXISTS FOR (n:Subreddit) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT thread_id IF NOT EXISTS FOR (n:Thread) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (n:Comment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reddit_user_name IF NOT EXISTS FOR (n:RedditUser) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT model_key IF NOT EXISTS FOR (n:Model) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT hf_account_name IF NOT EXISTS FOR (n:HFAccount) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT hf_account_key IF NOT EXISTS FOR (n:HFAccount) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (n:Dataset) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT hardware_name IF NOT EXISTS FOR (n:Hardware) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT engine_name IF NOT EXISTS FOR (n:Engine) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT code_name IF NOT EXISTS FOR (n:Code) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT theme_name IF NOT EXISTS FOR (n:Theme) REQUIRE n.name IS UNIQUE;
// Ingest and analysis bookkeeping: one checkpoint per source (file, crawl, analyzer).
CREATE CONSTRAINT checkpoint_key IF NOT EXISTS FOR (n:Checkpoint) REQUIRE n.key IS UNIQUE;

CREATE INDEX thread_flair IF NOT EXISTS FOR (n:Thread) ON (n.flair);
CREATE INDEX comment_thread IF NOT EXISTS FOR (n:Comment) ON (n.threadId);
CREATE INDEX comment_parent IF NOT EXISTS FOR (n:Comment) ON (n.parentId);
CREATE INDEX thread_pending IF NOT EXISTS FOR (n:Thread) ON (n.analysisPending);
CREATE INDEX comment_pending IF NOT EXISTS FOR (n:Comment) ON (n.analysisPending);
CREATE INDEX helped_weight IF NOT EXISTS FOR ()-[r:HELPED]-() ON (r.weight);

CREATE FULLTEXT INDEX model_text IF NOT EXISTS FOR (n:Model) ON EACH [n.id, n.description];
// post_search is updated after commit, on a thread of its own: Lucene's work per post (a third of Neo4j's CPU
// in a Reddit load) then runs beside the next batch instead of inside every commit. A writer whose posts must be
// searchable when it returns awaits the refresh (ingest/reddit/await-post-search.ts). It replaces post_text, the
// same index updated inside every commit (settings cannot be changed in place); that one is dropped first, since
// CREATE … IF NOT EXISTS does nothing while an index on the same labels and properties exists.
DROP INDEX post_text IF EXISTS;
CREATE FULLTEXT INDEX post_search IF NOT EXISTS FOR (n:Thread|Comment) ON EACH [n.title, n.body]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX person_text IF NOT EXISTS FOR (n:RedditUser|HFAccount) ON EACH [n.name];

// Retired: no query seeks or sorts through these (every Model read starts from its key or the full-text index,
// and DERIVED_FROM is filtered on relation only after an expand from a bound model), yet each model or edge a
// Hub snapshot writes paid an entry in every one of them. Dropped from databases made before.
DROP CONSTRAINT model_id IF EXISTS;
DROP INDEX model_downloads IF EXISTS;
DROP INDEX model_author IF EXISTS;
DROP INDEX model_placeholder IF EXISTS;
DROP INDEX model_created IF EXISTS;
DROP INDEX derived_relation IF EXISTS;
// Nothing seeks or sorts Threads or Comments through createdAt (ORDER BY createdAt follows an expand or a threadId
// seek), yet every comment paid an entry.
DROP INDEX thread_created IF EXISTS;
DROP INDEX comment_created IF EXISTS;
