import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listQueryNames } from "../../db/cypher.ts";
import type { Gateway } from "../../db/gateway.ts";
import { loadAnalysisInputs } from "../../ingest/analyze/analysis-inputs.ts";
import { openAiCompatibleClassifier } from "../../ingest/analyze/classify-openai-compatible.ts";
import { runAnalyze } from "../../ingest/analyze/run-analyze.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import { closeTestGraph, openTestGraph } from "../support/neo4j.ts";

// The six real Reddit API thread responses of samples/reddit and the real model cards of samples/hf/cards.
const inputs = loadAnalysisInputs();
let gateway: Gateway;

/** Every relationship the analyzer derives, as sorted lines, to compare runs. */
async function derivedEdges(): Promise<string[]> {
  const rows = await gateway.runAutoCommit<{
    from: string;
    type: string;
    to: string;
    props: Record<string, unknown>;
  }>(
    `MATCH (a)-[r:MENTIONS|CLASSIFIED|ANNOUNCES|EVALUATES|HELPED|SAME_AS]->(b)
     RETURN coalesce(a.id, a.name) AS from, type(r) AS type, coalesce(b.key, b.name, b.id) AS to, properties(r) AS props`,
  );
  return rows
    .map((row) => {
      const props = Object.fromEntries(Object.entries(row.props).sort(([a], [b]) => a.localeCompare(b)));
      return `${row.from} ${row.type} ${row.to} ${JSON.stringify(props)}`;
    })
    .sort();
}

/**
 * A thread the samples do not hold, written as the Reddit ingest writes one (pending, with its author), for the
 * card tests: the real cards link threads outside the sample.
 */
async function addThread(id: string, author: string, body: string): Promise<void> {
  await gateway.runAutoCommit(
    `MERGE (t:Thread {id: $id})
     SET t.title = 'thread ' + $id, t.body = $body, t.permalink = '/r/LocalLLaMA/comments/' + $id + '/',
         t.createdAt = datetime(), t.analysisPending = true
     MERGE (u:RedditUser {name: $author})
     MERGE (u)-[:POSTED]->(t)`,
    { id, author, body },
  );
}

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await gateway.runAutoCommit<{ n: number }>(cypher, params);
  return row?.n ?? -1;
}

beforeAll(async () => {
  gateway = await openTestGraph();
  await ingestRedditFiles(gateway, ["samples/reddit"]);
  await ingestHfCards(gateway, "samples/hf/cards");
});
afterAll(() => closeTestGraph(gateway));

describe("commons analyze on the real samples", () => {
  it("plans every analyze query against the real database", async () => {
    const names = listQueryNames().filter((name) => name.startsWith("analyze/"));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) await gateway.explain(name);
  });

  it("analyzes every pending thread and comment once and clears the flags", async () => {
    const pending = await count(
      "MATCH (p) WHERE (p:Thread OR p:Comment) AND p.analysisPending = true RETURN count(p) AS n",
    );
    expect(pending).toBeGreaterThan(150);
    // A researcher's code, set before the run, which the machine must never touch.
    await gateway.runAutoCommit(
      "MATCH (c:Comment {id: 'n551eyx'}) MERGE (k:Code {name: 'privacy'}) MERGE (c)-[:CODED {coder: 'ana', at: datetime()}]->(k)",
    );
    const report = await runAnalyze(gateway, inputs);
    expect(report.threads + report.comments).toBe(pending);
    expect(await count("MATCH (p) WHERE p.analysisPending = true RETURN count(p) AS n")).toBe(0);
    expect(
      await count(
        "MATCH (:Comment {id: 'n551eyx'})-[r:CODED {coder: 'ana'}]->(:Code {name: 'privacy'}) RETURN count(r) AS n",
      ),
    ).toBe(1);
  });

  it("links a comment to the model it links, creating a placeholder for an unknown model", async () => {
    const rows = await gateway.runAutoCommit<{
      rule: string;
      surface: string;
      placeholder: boolean;
      reason: string;
    }>(
      `MATCH (:Comment {id: 'n09gqwy'})-[r:MENTIONS]->(m:Model {key: 'qwen/qwen3-30b-a3b-fp8'})
       RETURN r.rule AS rule, r.surface AS surface, m.placeholder AS placeholder, m.placeholderReason AS reason`,
    );
    expect(rows).toEqual([
      {
        rule: "link",
        surface: "https://huggingface.co/Qwen/Qwen3-30B-A3B-FP8",
        placeholder: true,
        reason: "referenced",
      },
    ]);
    expect(
      await count(
        "MATCH (:Thread {id: '1lwnj5x'})-[:MENTIONS]->(h:Hardware {name: 'RTX 3090'}) RETURN count(h) AS n",
      ),
    ).toBe(1);
    expect(
      await count(
        "MATCH (:Thread {id: '1lmggiz'})-[:MENTIONS]->(e:Engine {name: 'vLLM'}) RETURN count(e) AS n",
      ),
    ).toBe(1);
  });

  it("derives peer help with its evidence and the asker's thanks", async () => {
    const [helped] = await gateway.runAutoCommit<{
      weight: number;
      evidence: string[];
      acks: string[];
      acknowledged: boolean;
      rule: string;
    }>(
      `MATCH (:RedditUser {name: 'Conscious_Cut_6144'})-[h:HELPED]->(:RedditUser {name: 'Lissanro'})
       RETURN h.weight AS weight, h.evidence AS evidence, h.acknowledgements AS acks, h.acknowledged AS acknowledged, h.rule AS rule`,
    );
    expect(helped).toMatchObject({ acknowledged: true, rule: "help-flair", acks: ["n5523o4"] });
    expect(helped?.evidence).toEqual(expect.arrayContaining(["n551eyx", "n553ubp"]));
    expect(helped?.weight).toBe(helped?.evidence.length);
    expect(await count("MATCH (u:RedditUser)-[h:HELPED]->(u) RETURN count(h) AS n")).toBe(0);
  });

  it("announces a release, and links a user to the account whose model they say they trained", async () => {
    expect(
      await count(
        "MATCH (:Thread {id: '1lvnkuk'})-[r:ANNOUNCES {rule: 'release-flair-link'}]->(m:Model) WHERE m.key STARTS WITH 'thedrummer/' RETURN count(m) AS n",
      ),
    ).toBe(2);
    const [same] = await gateway.runAutoCommit<{ confidence: number; evidence: string[]; rule: string }>(
      "MATCH (:RedditUser {name: 'codys12'})-[s:SAME_AS]->(:HFAccount {key: 'codys12'}) RETURN s.confidence AS confidence, s.evidence AS evidence, s.rule AS rule",
    );
    expect(same).toEqual({
      confidence: 0.6,
      evidence: ["/r/LocalLLaMA/comments/1ltxsqh/qwen38bbitnet/"],
      rule: "claims-own-link",
    });
    expect(
      await count(
        "MATCH (:Thread {id: '1ltxsqh'})-[:ANNOUNCES]->(:Model {key: 'codys12/qwen3-8b-bitnet'}) RETURN 1 AS n",
      ),
    ).toBe(1);
  });

  it("ties identities through cards only when card and release thread link each other", async () => {
    // samples/hf/cards/SanjiWatsuki/Kunoichi-7B cites thread 18u0tu3 (someone's benchmark post, not in the samples).
    await addThread("18u0tu3", "bench_author", "Benchmarking the benchmarks: which correlate with Arena Elo");
    await runAnalyze(gateway, inputs, { cards: "samples/hf/cards" });
    expect(
      await count("MATCH (:RedditUser {name: 'bench_author'})-[s:SAME_AS]->() RETURN count(s) AS n"),
    ).toBe(0);
    // The same thread, had it been the release post linking the model back: now the links go both ways.
    await addThread(
      "18u0tu3",
      "bench_author",
      "Kunoichi-7B is out: https://huggingface.co/SanjiWatsuki/Kunoichi-7B",
    );
    await runAnalyze(gateway, inputs, { cards: "samples/hf/cards" });
    const [same] = await gateway.runAutoCommit<{ rule: string; confidence: number; evidence: string[] }>(
      "MATCH (:RedditUser {name: 'bench_author'})-[s:SAME_AS]->(:HFAccount {key: 'sanjiwatsuki'}) RETURN s.rule AS rule, s.confidence AS confidence, s.evidence AS evidence",
    );
    expect(same).toEqual({
      rule: "card-and-post-link-each-other",
      confidence: 0.8,
      evidence: ["https://huggingface.co/SanjiWatsuki/Kunoichi-7B links /r/LocalLLaMA/comments/18u0tu3/"],
    });
  });

  it("marks the benchmark thread as evaluating the models it compares", async () => {
    const rows = await gateway.runAutoCommit<{ evidence: string[] }>(
      "MATCH (:Thread {id: '1lwnj5x'})-[r:EVALUATES]->(m:Model) RETURN r.evidence AS evidence LIMIT 1",
    );
    expect(rows[0]?.evidence).toEqual(expect.arrayContaining(["tokens-per-second"]));
  });

  it("seeds the codebook and suggests codes with the rule that fired", async () => {
    expect(await count("MATCH (c:Code)-[:IN_THEME]->(:Theme) RETURN count(c) AS n")).toBe(
      inputs.codebook.codes.length,
    );
    const rows = await gateway.runAutoCommit<{ rule: string; score: number }>(
      "MATCH (:Comment)-[r:CLASSIFIED {classifier: 'rules-v1'}]->(:Code) RETURN r.rule AS rule, r.score AS score",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.rule).toMatch(/^[a-z-]+\.[a-z-]+/);
      expect(row.score).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("is idempotent: a second incremental run does nothing, and --all rebuilds the same graph", async () => {
    const before = await derivedEdges();
    const again = await runAnalyze(gateway, inputs, { cards: "samples/hf/cards" });
    expect(again.threads + again.comments).toBe(0);
    expect(await derivedEdges()).toEqual(before);
    // The same inputs (the cards included) rebuild the same graph.
    const rebuilt = await runAnalyze(gateway, inputs, { all: true, pageSize: 50, cards: "samples/hf/cards" });
    expect(rebuilt.comments).toBeGreaterThan(150);
    expect(await derivedEdges()).toEqual(before);
    // Every post pending again with its text unchanged (a re-ingest that saw edits the analyzers do not read):
    // each is analyzed, keeps exactly what it derived (edges it already holds are not rewritten) and its flag goes.
    await gateway.runAutoCommit("MATCH (p) WHERE p:Thread OR p:Comment SET p.analysisPending = true");
    // One HELPED edge whose times went stale: it no longer holds its row, so it is written again, not left out.
    await gateway.runAutoCommit(
      `MATCH ()-[h:HELPED]->() WITH h ORDER BY h.weight DESC LIMIT 1
       WITH h, h.firstAt AS first, h.lastAt AS last
       SET h.firstAt = last + duration({days: 1}), h.lastAt = first - duration({days: 1})`,
    );
    const repeated = await runAnalyze(gateway, inputs, { pageSize: 50, cards: "samples/hf/cards" });
    expect(repeated.comments).toBe(rebuilt.comments);
    expect(await derivedEdges()).toEqual(before);
    expect(await count("MATCH (p) WHERE p.analysisPending = true RETURN count(p) AS n")).toBe(0);
  });

  it("keeps the help a changed comment's grandchild gave: judged again only as an acknowledgement", async () => {
    // F answers R, which replies to X; X changes (its thread does not), so X, its parent and R are judged again
    // and F only as one of R's replies: F's own answer must stay where it is.
    const [chain] = await gateway.runAutoCommit<{ x: string }>(
      `MATCH (fu:RedditUser)-[h:HELPED]->()
       UNWIND h.evidence AS f
       MATCH (fc:Comment {id: f}), (r:Comment {id: fc.parentId}), (x:Comment {id: r.parentId})
       MATCH (xu:RedditUser)-[:POSTED]->(x)
       WHERE xu = fu
       RETURN x.id AS x ORDER BY x LIMIT 1`,
    );
    expect(chain).toBeDefined();
    const before = await derivedEdges();
    await gateway.runAutoCommit("MATCH (c:Comment {id: $id}) SET c.analysisPending = true", { id: chain?.x });
    const report = await runAnalyze(gateway, inputs, { cards: "samples/hf/cards" });
    expect(report.comments).toBe(1);
    expect(await derivedEdges()).toEqual(before);
  });

  it("re-analyzes only a changed comment, replacing what it derived", async () => {
    // What ingest does when a body changes: new text, analysisPending.
    await gateway.runAutoCommit(
      "MATCH (c:Comment {id: 'n09gqwy'}) SET c.body = 'Now on https://hf.co/RedHatAI/Qwen3-30B-A3B-FP8-dynamic with vLLM', c.analysisPending = true",
    );
    const report = await runAnalyze(gateway, inputs);
    expect(report.comments).toBe(1);
    const targets = await gateway.runAutoCommit<{ target: string }>(
      "MATCH (:Comment {id: 'n09gqwy'})-[:MENTIONS]->(n) RETURN coalesce(n.key, n.name) AS target ORDER BY target",
    );
    expect(targets.map((t) => t.target)).toEqual(["redhatai/qwen3-30b-a3b-fp8-dynamic", "vLLM"]);
  });
});

describe("the openai-compatible classifier against a local stand-in server", () => {
  let server: Server;
  let endpoint: string;
  const requests: { model: string; system: string }[] = [];

  beforeAll(async () => {
    // A stand-in for llama.cpp server / Ollama / vLLM: answers privacy for texts that say "private", garbage for "BROKEN".
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const parsed = JSON.parse(body) as { model: string; messages: { role: string; content: string }[] };
        const text = parsed.messages.find((m) => m.role === "user")?.content ?? "";
        requests.push({ model: parsed.model, system: parsed.messages[0]?.content ?? "" });
        const content = text.includes("BROKEN")
          ? "I cannot answer that."
          : JSON.stringify({
              codes: text.includes("private")
                ? [
                    { code: "privacy", score: 0.9, evidence: "private" },
                    { code: "made-up", score: 1 },
                  ]
                : [],
            });
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content } }] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("records model and prompt on each suggestion, drops unknown codes, keeps failed items pending", async () => {
    await gateway.runAutoCommit(
      `MATCH (a:Comment {id: 'n5dp978'}) SET a.body = 'I keep my code private, so local only.', a.analysisPending = true
       WITH count(*) AS _
       MATCH (b:Comment {id: 'n5doyh5'}) SET b.body = 'BROKEN answer please', b.analysisPending = true`,
    );
    const problems: string[] = [];
    const classifier = openAiCompatibleClassifier({
      endpoint,
      model: "qwen3-8b-q4",
      codebook: inputs.codebook,
      onProblem: (id, why) => problems.push(`${id}: ${why}`),
    });
    const report = await runAnalyze(gateway, inputs, { classifier });
    expect(report.unclassified).toBe(1);
    expect(problems).toEqual([expect.stringMatching(/^n5doyh5: the model's answer is not/)]);
    expect(requests.every((r) => r.model === "qwen3-8b-q4" && r.system.includes("purist"))).toBe(true);
    const [row] = await gateway.runAutoCommit<{
      model: string;
      prompt: string;
      rule: string;
      evidence: string[];
    }>(
      `MATCH (:Comment {id: 'n5dp978'})-[r:CLASSIFIED {classifier: 'openai-compatible'}]->(:Code {name: 'privacy'})
       RETURN r.model AS model, r.prompt AS prompt, r.rule AS rule, r.evidence AS evidence`,
    );
    expect(row).toMatchObject({ model: "qwen3-8b-q4", rule: "llm", evidence: ["private"] });
    expect(row?.prompt).toContain("Answer with JSON only");
    expect(
      await count(
        "MATCH (:Comment {id: 'n5dp978'})-[r:CLASSIFIED]->(:Code {name: 'made-up'}) RETURN count(r) AS n",
      ),
    ).toBe(0);
    expect(
      await count("MATCH (c:Comment {id: 'n5doyh5'}) WHERE c.analysisPending = true RETURN count(c) AS n"),
    ).toBe(1);
    expect(
      await count("MATCH (c:Comment {id: 'n5dp978'}) WHERE c.analysisPending IS NULL RETURN count(c) AS n"),
    ).toBe(1);
  });
});
