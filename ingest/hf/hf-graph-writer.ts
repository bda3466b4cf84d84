import type { Gateway, QueryRunner } from "../../db/gateway.ts";
import { saveCheckpoint } from "../common/checkpoint.ts";
import type { IngestProblem } from "../common/ingest-report.ts";
import { ownerOf } from "./hf-id.ts";
import type { HfEntry, LineageLink, ModelRecord, PlaceholderReason } from "./hf-records.ts";
import type { HfIngestReport } from "./hf-ingest-report.ts";

/** Options for a writer. */
export interface HfGraphWriterOptions {
  /** Models per write transaction. */
  readonly batchSize?: number;
}

/** A checkpoint to save in the same transaction as the batch it follows. */
export interface BatchCheckpoint {
  readonly key: string;
  readonly state: unknown;
  readonly done?: boolean;
}

interface ModelRow {
  key: string;
  id: string;
  source: string;
  props: Record<string, unknown>;
  createdAt: string | null;
  lastModified: string | null;
}

/**
 * Collects normalized Hugging Face entries and writes them in batches, each batch one transaction:
 * models, placeholders for parents and listed children not fetched, accounts, datasets, then lineage edges
 * after the cycle check (self-loops and edges that would close a cycle are refused and reported).
 */
export class HfGraphWriter {
  private models = new Map<string, ModelRecord>();
  private entries: HfEntry[] = [];
  private readonly extraPlaceholders = new Map<string, PlaceholderRow>();
  private readonly batchSize: number;
  /** The batch most recently handed to Neo4j, which the next one may overlap. */
  private inFlight: { readonly footprint: BatchFootprint; readonly settled: Settled } | undefined;

  constructor(
    private readonly gateway: Gateway,
    private readonly report: HfIngestReport,
    options: HfGraphWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 2000;
  }

  /** Models waiting for the next flush. */
  get pending(): number {
    return this.models.size;
  }

  /** Queues one entry (its problems are reported now); writes a batch when enough have gathered. */
  async add(entry: HfEntry): Promise<void> {
    this.report.read += 1;
    for (const problem of entry.problems) this.report.skip(problem);
    this.models.set(entry.model.key, entry.model);
    this.entries.push(entry);
    if (this.models.size >= this.batchSize) await this.flush();
  }

  /** A model known only by name (a 404 parent, say), written as a placeholder with its reason. */
  addPlaceholder(id: string, key: string, reason: PlaceholderReason): void {
    this.extraPlaceholders.set(key, { id, key, reason });
  }

  /**
   * Writes what is queued in one transaction, with the checkpoint if given. A caller may start the next flush
   * before this one has settled (two batches in flight, as the snapshot replay does): the later batch first
   * writes what the earlier one cannot touch, then waits for it to commit before the rest (see BatchFootprint).
   */
  async flush(checkpoint?: BatchCheckpoint): Promise<void> {
    if (this.models.size === 0 && this.extraPlaceholders.size === 0 && checkpoint === undefined) return;
    const models = [...this.models.values()];
    const entries = this.entries;
    const extra = [...this.extraPlaceholders.values()];
    this.models = new Map();
    this.entries = [];
    this.extraPlaceholders.clear();

    const placeholders = new Map<string, PlaceholderRow>();
    const modelKeys = new Set(models.map((m) => m.key));
    const notePlaceholder = (p: PlaceholderRow): void => {
      if (modelKeys.has(p.key)) return;
      const current = placeholders.get(p.key);
      if (current === undefined || current.reason === "referenced") placeholders.set(p.key, p);
    };
    const links = dedupeLinks(entries.flatMap((e) => e.links));
    for (const link of links) {
      if (!modelKeys.has(link.parentKey))
        notePlaceholder({ id: link.parentId, key: link.parentKey, reason: "referenced" });
      if (!modelKeys.has(link.childKey))
        notePlaceholder({ id: link.childId, key: link.childKey, reason: "referenced" });
    }
    for (const entry of entries)
      for (const ref of entry.referenced ?? []) if (!modelKeys.has(ref.key)) notePlaceholder(ref);
    for (const p of extra) if (!modelKeys.has(p.key)) placeholders.set(p.key, p);

    const accounts = groupAccounts([
      ...models.map((m) => accountRow(m.author ?? ownerOf(m.id), m.authorKind, m.authorFullname, m.key)),
      ...[...placeholders.values()].map((p) => accountRow(ownerOf(p.id), undefined, undefined, p.key)),
    ]);
    const datasets = new Map<string, DatasetRow>();
    for (const entry of entries)
      for (const d of entry.datasets)
        datasets.set(`${entry.model.key}\u0000${d.key}`, {
          key: d.key,
          id: d.id,
          modelKey: entry.model.key,
          source: entry.model.source,
        });
    const allKeys = [...new Set([...modelKeys, ...placeholders.keys()])];
    const footprint: BatchFootprint = {
      models: new Set(allKeys),
      accounts: new Set(accounts.map((a) => a.key)),
      datasets: new Set([...datasets.values()].map((d) => d.key)),
    };
    const before = this.inFlight;
    const settled = new Settled();
    this.inFlight = { footprint, settled };

    try {
      const result = await this.gateway.writeTransaction(async (tx) => {
        // Models not in the graph yet are CREATEd with their edges (they cannot have any) in one statement: a
        // fresh snapshot then costs no per-row MERGE and no index seek per edge end; models already there go
        // through the comparing upserts. What the batch before this one (if still in flight) writes is left to
        // the second part, which runs once that batch has committed: the first part then neither waits for its
        // locks nor misses a node it has not committed yet.
        // Decided before the existence read: had the earlier batch committed only after it, the read would
        // not have seen its nodes, and this batch would try to create them too.
        const busy = before?.settled.done === false ? before.footprint : NO_FOOTPRINT;
        const existing = new Set(
          (await tx.run<{ key: string }>("hf/existing-models", { keys: allKeys })).map((r) => r.key),
        );
        const old = (key: string): boolean => existing.has(key) || busy.models.has(key);
        const counts = { created: 0, updated: 0, unchanged: 0 };

        // First part. Links from a new model to a new model or to one the earlier batch leaves alone can only
        // close a cycle among the batch's new models (nothing else points at a new model yet), so they are
        // checked among themselves, without reading the graph.
        const firstLinks = links.filter((l) => !old(l.childKey) && !busy.models.has(l.parentKey));
        const first = await refuseCycles(tx, firstLinks, "batch-only");
        const fresh = freshBatch(
          models.filter((m) => !old(m.key)),
          [...placeholders.values()].filter((p) => !old(p.key)),
          accounts.filter((a) => !busy.accounts.has(a.key)),
          [...datasets.values()].filter((d) => !busy.datasets.has(d.key)),
          first.accepted,
        );
        if (fresh.keys.length + fresh.placeholderKeys.length > 0) {
          await tx.run("hf/create-fresh", { ...fresh });
          counts.created += fresh.keys.length;
        }

        // Second part, after the earlier batch: every other row through the MERGE-ing upserts. Its statements go
        // out together rather than each after the answer to the one before: Neo4j runs a transaction's statements
        // in the order they arrive, so each still sees the writes before it, and Node (parsing the next batch
        // meanwhile) answered each late, while the next batch waits for this commit.
        await before?.settled.wait();
        const oldRows = models.filter((m) => old(m.key)).map(toModelRow);
        const upserting =
          oldRows.length > 0
            ? tx.run<{ created: number; updated: number; unchanged: number }>("hf/upsert-models", {
                rows: oldRows,
              })
            : undefined;
        const writing: Promise<unknown>[] = [];
        const oldPlaceholders = [...placeholders.values()].filter((p) => old(p.key));
        if (oldPlaceholders.length > 0)
          writing.push(tx.run("hf/upsert-placeholders", { rows: oldPlaceholders }));
        const laterAccounts = accounts
          .map(({ modelKeys: keys, ...account }) => ({
            ...account,
            modelKeys: busy.accounts.has(account.key) ? keys : keys.filter(old),
          }))
          .filter((account) => account.modelKeys.length > 0);
        if (laterAccounts.length > 0) writing.push(tx.run("hf/upsert-accounts", { rows: laterAccounts }));
        const laterDatasets = [...datasets.values()].filter(
          (d) => old(d.modelKey) || busy.datasets.has(d.key),
        );
        if (laterDatasets.length > 0) writing.push(tx.run("hf/upsert-datasets", { rows: laterDatasets }));
        // The first part's links are in the graph now, so the check of the others (sent after the writes above)
        // sees them.
        const checked = new Set(firstLinks);
        const [upserted, second] = await Promise.all([
          upserting,
          refuseCycles(
            tx,
            links.filter((l) => !checked.has(l)),
            "read-graph",
          ),
          ...writing,
        ]);
        counts.created += upserted?.[0]?.created ?? 0;
        counts.updated += upserted?.[0]?.updated ?? 0;
        counts.unchanged += upserted?.[0]?.unchanged ?? 0;
        await Promise.all([
          second.accepted.length > 0
            ? tx.run("hf/upsert-derived-from", { rows: second.accepted })
            : undefined,
          checkpoint !== undefined
            ? saveCheckpoint(tx, checkpoint.key, checkpoint.state, checkpoint.done ?? false)
            : undefined,
        ]);
        return {
          counts,
          accepted: first.accepted.length + second.accepted.length,
          refused: [...first.refused, ...second.refused],
        };
      });
      settled.resolve();

      this.report.created += result.counts.created;
      this.report.updated += result.counts.updated;
      this.report.unchanged += result.counts.unchanged;
      this.report.links += result.accepted;
      this.report.placeholders += placeholders.size;
      this.report.linksRefused += result.refused.length;
      const origin = new Map(entries.map((e) => [e.model.key, e.origin]));
      for (const link of result.refused) this.report.skip(cycleProblem(link, origin.get(link.childKey)));
    } catch (error) {
      settled.reject(error);
      throw error;
    }
  }
}

/**
 * The nodes a batch writes or links to, by label. While it is in flight, the next batch leaves every one of them
 * to its second part: those are the only nodes whose locks the two could both take, so the earlier batch never
 * waits for the later one (no deadlock, and a retry of the earlier batch cannot block on the later one).
 */
interface BatchFootprint {
  readonly models: ReadonlySet<string>;
  readonly accounts: ReadonlySet<string>;
  readonly datasets: ReadonlySet<string>;
}

const NO_FOOTPRINT: BatchFootprint = { models: new Set(), accounts: new Set(), datasets: new Set() };

/** Whether a batch's transaction has ended; wait() fails as the batch did, so a later one never commits past it. */
class Settled {
  done = false;
  private failure: { error: unknown } | undefined;
  private readonly waiters: (() => void)[] = [];

  resolve(): void {
    this.done = true;
    for (const wake of this.waiters.splice(0)) wake();
  }

  reject(error: unknown): void {
    this.failure = { error };
    this.resolve();
  }

  async wait(): Promise<void> {
    if (!this.done) await new Promise<void>((wake) => this.waiters.push(wake));
    if (this.failure !== undefined)
      throw new Error("the batch before this one failed, so this one is not written", {
        cause: this.failure.error,
      });
  }
}

interface DatasetRow {
  key: string;
  id: string;
  modelKey: string;
  source: string;
}

function toModelRow(model: ModelRecord): ModelRow {
  const props: Record<string, unknown> = {};
  const set = (name: string, value: unknown): void => {
    if (value !== undefined && value !== null && value !== "") props[name] = value;
  };
  set("author", model.author);
  set("downloads", model.downloads);
  set("likes", model.likes);
  set("pipelineTag", model.pipelineTag);
  set("libraryName", model.libraryName);
  set("license", model.license);
  set("tags", model.tags !== undefined && model.tags.length > 0 ? [...model.tags] : undefined);
  set("gated", model.gated);
  set("private", model.private);
  set("description", model.description);
  return {
    key: model.key,
    id: model.id,
    source: model.source,
    props,
    createdAt: model.createdAt ?? null,
    lastModified: model.lastModified ?? null,
  };
}

interface PlaceholderRow {
  id: string;
  key: string;
  reason: PlaceholderReason;
}

type AccountGroup = Omit<AccountRow, "modelKey"> & { modelKeys: string[] };

/**
 * The parameters of hf/create-fresh: one list per property (see there why), edge ends as positions in its node
 * lists rather than keys to seek. Lists of models hold null where a model has no value. Strings that repeat
 * across rows (sources, rules, licenses, authors, …) go once each in `strings`, the rows naming them by position:
 * the driver packs every string on its own (an encode and a buffer each), a number costs it next to nothing.
 */
interface FreshBatch {
  separator: string;
  strings: string[];
  /** null where the key is the id lowercased (hf/create-fresh lowercases it then). */
  keys: (string | null)[];
  ids: string[];
  sources: StringRef[];
  authors: (StringRef | null)[];
  downloads: (number | null)[];
  likes: (number | null)[];
  pipelineTags: (StringRef | null)[];
  libraryNames: (StringRef | null)[];
  licenses: (StringRef | null)[];
  tags: (string | null)[];
  tagLists: (readonly string[] | null)[];
  gated: (boolean | null)[];
  private: (boolean | null)[];
  descriptions: (string | null)[];
  /** Milliseconds since the epoch, as the ISO strings of ModelRecord say. */
  createdAt: (number | null)[];
  lastModified: (number | null)[];
  placeholderKeys: (string | null)[];
  placeholderIds: string[];
  placeholderReasons: StringRef[];
  accountKeys: (string | null)[];
  accountNames: StringRef[];
  accountKinds: (StringRef | null)[];
  accountFullnames: (StringRef | null)[];
  datasetKeys: string[];
  datasetIds: string[];
  publishedAccounts: number[];
  publishedModels: number[];
  trainedOnModels: number[];
  trainedOnDatasets: number[];
  trainedOnSources: StringRef[];
  derivedChildren: number[];
  derivedParents: number[];
  derivedRelations: StringRef[];
  derivedSources: StringRef[];
  derivedRules: StringRef[];
  derivedEvidence: StringRef[];
  toExisting: (DerivedFromProps & { child: number; parentKey: string })[];
}

/** A position in FreshBatch.strings. */
type StringRef = number;

type DerivedFromProps = Pick<LineageLink, "relation" | "source" | "rule" | "evidence">;

/** Joins a model's tags in hf/create-fresh's $tags; a Hub tag never holds it (else the list goes as it is). */
const TAG_SEPARATOR = "\u001f";

/**
 * What hf/create-fresh writes for the models and placeholders new to the graph: every account and dataset one
 * of them names (once each), and their edges by position; a parent not new to the graph is named by its key.
 * A model's values follow toModelRow: absent, empty strings and empty tag lists are not stored.
 */
function freshBatch(
  models: readonly ModelRecord[],
  placeholders: readonly PlaceholderRow[],
  accounts: readonly AccountGroup[],
  datasets: readonly DatasetRow[],
  links: readonly LineageLink[],
): FreshBatch {
  const position = new Map<string, number>();
  for (const row of [...models, ...placeholders]) position.set(row.key, position.size);
  const strings: string[] = [];
  const stringPositions = new Map<string, StringRef>();
  const ref = (value: string): StringRef => {
    let at = stringPositions.get(value);
    if (at === undefined) {
      at = strings.length;
      stringPositions.set(value, at);
      strings.push(value);
    }
    return at;
  };
  const optionalRef = (value: string | null): StringRef | null => (value === null ? null : ref(value));
  const batch: FreshBatch = {
    separator: TAG_SEPARATOR,
    strings,
    keys: [],
    ids: [],
    sources: [],
    authors: [],
    downloads: [],
    likes: [],
    pipelineTags: [],
    libraryNames: [],
    licenses: [],
    tags: [],
    tagLists: [],
    gated: [],
    private: [],
    descriptions: [],
    createdAt: [],
    lastModified: [],
    placeholderKeys: placeholders.map((p) => keyUnlessLowercasedId(p.key, p.id)),
    placeholderIds: placeholders.map((p) => p.id),
    placeholderReasons: placeholders.map((p) => ref(p.reason)),
    accountKeys: [],
    accountNames: [],
    accountKinds: [],
    accountFullnames: [],
    datasetKeys: [],
    datasetIds: [],
    publishedAccounts: [],
    publishedModels: [],
    trainedOnModels: [],
    trainedOnDatasets: [],
    trainedOnSources: [],
    derivedChildren: [],
    derivedParents: [],
    derivedRelations: [],
    derivedSources: [],
    derivedRules: [],
    derivedEvidence: [],
    toExisting: [],
  };
  for (const m of models) {
    const tags = m.tags !== undefined && m.tags.length > 0 ? m.tags : undefined;
    const joinable = tags?.every((tag) => !tag.includes(TAG_SEPARATOR)) ?? true;
    batch.keys.push(keyUnlessLowercasedId(m.key, m.id));
    batch.ids.push(m.id);
    batch.sources.push(ref(m.source));
    batch.authors.push(optionalRef(stored(m.author)));
    batch.downloads.push(m.downloads ?? null);
    batch.likes.push(m.likes ?? null);
    batch.pipelineTags.push(optionalRef(stored(m.pipelineTag)));
    batch.libraryNames.push(optionalRef(stored(m.libraryName)));
    batch.licenses.push(optionalRef(stored(m.license)));
    batch.tags.push(tags !== undefined && joinable ? tags.join(TAG_SEPARATOR) : null);
    batch.tagLists.push(joinable ? null : (tags ?? null));
    batch.gated.push(m.gated ?? null);
    batch.private.push(m.private ?? null);
    batch.descriptions.push(stored(m.description));
    batch.createdAt.push(epochMillis(m.createdAt));
    batch.lastModified.push(epochMillis(m.lastModified));
  }
  for (const { modelKeys, ...account } of accounts) {
    const fresh = modelKeys.flatMap((key) => position.get(key) ?? []);
    if (fresh.length === 0) continue;
    for (const model of fresh) {
      batch.publishedAccounts.push(batch.accountKeys.length);
      batch.publishedModels.push(model);
    }
    batch.accountKeys.push(keyUnlessLowercasedId(account.key, account.name));
    batch.accountNames.push(ref(account.name));
    batch.accountKinds.push(optionalRef(account.kind));
    batch.accountFullnames.push(optionalRef(account.fullname));
  }
  const datasetPosition = new Map<string, number>();
  for (const { key, id, modelKey, source } of datasets) {
    const model = position.get(modelKey);
    if (model === undefined) continue;
    let dataset = datasetPosition.get(key);
    if (dataset === undefined) {
      dataset = batch.datasetKeys.length;
      datasetPosition.set(key, dataset);
      batch.datasetKeys.push(key);
      batch.datasetIds.push(id);
    }
    batch.trainedOnModels.push(model);
    batch.trainedOnDatasets.push(dataset);
    batch.trainedOnSources.push(ref(source));
  }
  for (const { childKey, parentKey, relation, source, rule, evidence } of links) {
    const child = position.get(childKey);
    if (child === undefined) continue;
    const parent = position.get(parentKey);
    if (parent === undefined) {
      batch.toExisting.push({ relation, source, rule, evidence, child, parentKey });
      continue;
    }
    batch.derivedChildren.push(child);
    batch.derivedParents.push(parent);
    batch.derivedRelations.push(ref(relation));
    batch.derivedSources.push(ref(source));
    batch.derivedRules.push(ref(rule));
    batch.derivedEvidence.push(ref(evidence));
  }
  return batch;
}

/** Printable ASCII only: what Cypher's toLower and JavaScript's toLowerCase lowercase alike. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** null when hf/create-fresh can lowercase the id (or name) into the key itself; the key otherwise. */
function keyUnlessLowercasedId(key: string, id: string): string | null {
  return key === id.toLowerCase() && PRINTABLE_ASCII.test(id) ? null : key;
}

/** An ISO time (as normalizeHubModel writes them) as milliseconds since the epoch. */
function epochMillis(iso: string | undefined): number | null {
  return iso === undefined ? null : Date.parse(iso);
}

/** A model value as hf/create-fresh stores it: an empty string is not stored. */
function stored(value: string | undefined): string | null {
  return value === undefined || value === "" ? null : value;
}

interface AccountRow {
  key: string;
  name: string;
  kind: string | null;
  fullname: string | null;
  modelKey: string;
}

function accountRow(
  name: string | undefined,
  kind: "user" | "org" | undefined,
  fullname: string | undefined,
  modelKey: string,
): AccountRow | undefined {
  if (name === undefined || name === "") return undefined;
  return { key: name.toLowerCase(), name, kind: kind ?? null, fullname: fullname ?? null, modelKey };
}

/** One row per account with the keys of its models, so each account is merged once per batch. */
function groupAccounts(rows: readonly (AccountRow | undefined)[]): AccountGroup[] {
  const byKey = new Map<string, AccountGroup>();
  for (const row of rows) {
    if (row === undefined) continue;
    const current = byKey.get(row.key);
    if (current === undefined) {
      const { modelKey, ...account } = row;
      byKey.set(row.key, { ...account, modelKeys: [modelKey] });
    } else {
      current.modelKeys.push(row.modelKey);
      current.kind ??= row.kind;
      current.fullname ??= row.fullname;
    }
  }
  return [...byKey.values()];
}

/** One link per (child, parent): an explicit relation wins over an inferred one; otherwise the last seen. */
function dedupeLinks(links: readonly LineageLink[]): LineageLink[] {
  const byPair = new Map<string, LineageLink>();
  for (const link of links) {
    const pair = `${link.childKey}\u0000${link.parentKey}`;
    const current = byPair.get(pair);
    if (current !== undefined && !current.rule.startsWith("inferred:") && link.rule.startsWith("inferred:"))
      continue;
    byPair.set(pair, link);
  }
  return [...byPair.values()];
}

/**
 * Refuses every link whose parent already derives from its child, through the graph, the batch, or both:
 * the graph's ancestry among the links' ends is read once ("read-graph"), then links are accepted in order.
 * "batch-only" skips the read, for links that can only close a cycle among themselves (see flush).
 */
async function refuseCycles(
  tx: QueryRunner,
  links: readonly LineageLink[],
  ancestry: "read-graph" | "batch-only",
): Promise<{ accepted: LineageLink[]; refused: LineageLink[] }> {
  if (links.length === 0) return { accepted: [], refused: [] };
  const keys = [...new Set(links.flatMap((l) => [l.childKey, l.parentKey]))];
  const rows =
    ancestry === "batch-only"
      ? []
      : await tx.run<{ key: string; ancestors: string[] }>("hf/ancestors-within", { keys });
  const up = new Map<string, Set<string>>(rows.map((r) => [r.key, new Set(r.ancestors)]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const node = stack.pop() as string;
      if (node === to) return true;
      for (const next of up.get(node) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };
  const accepted: LineageLink[] = [];
  const refused: LineageLink[] = [];
  for (const link of links) {
    if (link.childKey === link.parentKey || reaches(link.parentKey, link.childKey)) {
      refused.push(link);
      continue;
    }
    accepted.push(link);
    const parents = up.get(link.childKey) ?? new Set<string>();
    parents.add(link.parentKey);
    up.set(link.childKey, parents);
  }
  return { accepted, refused };
}

function cycleProblem(link: LineageLink, origin: HfEntry["origin"] | undefined): IngestProblem {
  return {
    kind: link.childKey === link.parentKey ? "self-loop" : "cycle",
    source: origin?.source ?? "",
    where: `${origin?.where ?? ""} DERIVED_FROM ${link.childId} -> ${link.parentId} (${link.source}: ${link.evidence})`,
    reason:
      link.childKey === link.parentKey
        ? `${link.childId} names itself as its parent`
        : `${link.parentId} already derives from ${link.childId}; this edge would close a cycle`,
  };
}
