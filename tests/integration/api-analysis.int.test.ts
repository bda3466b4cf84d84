import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Gateway } from "../../db/gateway.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { gql } from "../support/graphql-request.ts";
import { openTestGraph } from "../support/neo4j.ts";
import { loadAnalyzedSamples } from "../support/sample-graph.ts";

// The derived parts of the API — help between users, identities, mentions, announcements, machine codes —
// over the real samples (Reddit API threads, HF cards) after the real `commons analyze`.

type Help = {
  user: { name: string };
  weight: number;
  acknowledged: unknown;
  evidence: string[];
  rule: string | null;
};
type GraphResult = {
  nodes: Array<{ id: string; kind: string }>;
  edges: Array<{
    source: string;
    target: string;
    type: string;
    data: { weight: number; firstAt?: string; lastAt?: string };
  }>;
  truncated: boolean;
};

const NETWORK = `query($since: String, $until: String, $minWeight: Int, $limit: Int) {
  helpNetwork(since: $since, until: $until, minWeight: $minWeight, limit: $limit) {
    truncated nodes { id kind } edges { source target type data } } }`;

let gateway: Gateway;
let server: RunningServer;

beforeAll(async () => {
  gateway = await openTestGraph();
  await loadAnalyzedSamples(gateway);
  server = await createServer({ gateway, port: 0 });
});

afterAll(async () => {
  await server.close();
  await gateway.close();
});

describe("redditUser: help and identities", () => {
  it("shows who a user helped and who helped them, with weight, acknowledgement and evidence", async () => {
    const { data } = await gql<{ redditUser: { helped: Help[] } }>(
      server,
      '{ redditUser(name: "Conscious_Cut_6144") { helped { user { name } weight acknowledged evidence rule } } }',
    );
    const toLissanro = data.redditUser.helped.find((help) => help.user.name === "Lissanro");
    expect(toLissanro).toMatchObject({ acknowledged: true, rule: "help-flair" });
    expect(toLissanro?.evidence).toEqual(expect.arrayContaining(["n551eyx", "n553ubp"]));
    expect(toLissanro?.weight).toBe(toLissanro?.evidence.length);

    const back = await gql<{ redditUser: { helpedBy: Help[] } }>(
      server,
      '{ redditUser(name: "Lissanro") { helpedBy { user { name } weight } } }',
    );
    expect(back.data.redditUser.helpedBy.map((help) => help.user.name)).toContain("Conscious_Cut_6144");
  });

  it("follows help chains only along HELPED edges, within the depth asked for", async () => {
    const network = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, { limit: 5000 });
    const helped = new Set(network.data.helpNetwork.edges.map((edge) => `${edge.source}>${edge.target}`));
    const starts = [...new Set(network.data.helpNetwork.edges.map((edge) => edge.source))].slice(0, 20);
    let chains = 0;
    for (const name of starts) {
      const { data } = await gql<{
        redditUser: { helpChains: Array<{ users: string[]; weights: number[] }> };
      }>(
        server,
        "query($name: String!) { redditUser(name: $name) { helpChains(depth: 2) { users weights } } }",
        { name },
      );
      for (const chain of data.redditUser.helpChains) {
        chains += 1;
        expect(chain.users[0]).toBe(name);
        expect(chain.users.length - 1).toBeLessThanOrEqual(2);
        expect(chain.weights).toHaveLength(chain.users.length - 1);
        for (let i = 1; i < chain.users.length; i++)
          expect(helped.has(`${chain.users[i - 1]}>${chain.users[i]}`)).toBe(true);
      }
    }
    expect(chains).toBeGreaterThan(0);
  });

  it("links a Reddit user to the Hugging Face account they are, with evidence", async () => {
    const { data } = await gql<{
      redditUser: {
        sameAs: Array<{ account: { name: string }; confidence: number; evidence: string[]; rule: string }>;
      };
    }>(
      server,
      '{ redditUser(name: "codys12") { sameAs { account { name kind } confidence evidence rule } } }',
    );
    const [identity] = data.redditUser.sameAs;
    expect(identity?.account.name.toLowerCase()).toBe("codys12");
    expect(identity?.confidence).toBeGreaterThan(0);
    expect(identity?.evidence.length).toBeGreaterThan(0);
    expect(identity?.rule).toEqual(expect.any(String));
  });
});

describe("model: mentions and announcements", () => {
  it("lists the release thread that announces a model, with the rule behind it", async () => {
    const { data } = await gql<{
      model: { announcements: Array<{ thread: { id: string; title: string }; rule: string }> };
    }>(
      server,
      '{ model(id: "codys12/Qwen3-8B-BitNet") { announcements { thread { id title } rule evidence } } }',
    );
    expect(data.model.announcements.map((link) => link.thread.id)).toContain("1ltxsqh");
    expect(data.model.announcements.every((link) => link.rule.length > 0)).toBe(true);
  });

  it("pages through the posts that mention a model", async () => {
    const { data } = await gql<{
      model: {
        mentions: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: Array<{ node: { post: { __typename: string; id: string }; surface: string } }>;
        };
      };
    }>(
      server,
      '{ model(id: "codys12/Qwen3-8B-BitNet") { mentions(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { surface rule post { __typename id } } } } } }',
    );
    const mentions = data.model.mentions;
    expect(mentions.totalCount).toBeGreaterThan(0);
    expect(mentions.edges).toHaveLength(1);
    expect(["Thread", "Comment"]).toContain(mentions.edges[0]?.node.post.__typename);
    if (mentions.totalCount > 1) {
      const next = await gql<{ model: { mentions: { edges: Array<{ node: { post: { id: string } } }> } } }>(
        server,
        `{ model(id: "codys12/Qwen3-8B-BitNet") { mentions(first: 1, after: "${mentions.pageInfo.endCursor}") { edges { node { post { id } } } } } }`,
      );
      expect(next.data.model.mentions.edges[0]?.node.post.id).not.toBe(mentions.edges[0]?.node.post.id);
    }
  });
});

describe("helpNetwork", () => {
  it("returns HELPED edges between users, every endpoint a node", async () => {
    const { data } = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, {});
    const graph = data.helpNetwork;
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.truncated).toBe(false);
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const edge of graph.edges) {
      expect(edge.type).toBe("HELPED");
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.data.weight).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(graph.nodes.map((node) => node.kind))).toEqual(new Set(["RedditUser"]));
  });

  it("keeps only edges of at least minWeight", async () => {
    const all = (await gql<{ helpNetwork: GraphResult }>(server, NETWORK, {})).data.helpNetwork.edges;
    const heavy = (await gql<{ helpNetwork: GraphResult }>(server, NETWORK, { minWeight: 2 })).data
      .helpNetwork.edges;
    expect(heavy.every((edge) => edge.data.weight >= 2)).toBe(true);
    expect(heavy.length).toBe(all.filter((edge) => edge.data.weight >= 2).length);
  });

  it("cuts at the limit and says so", async () => {
    const { data } = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, { limit: 1 });
    expect(data.helpNetwork.edges).toHaveLength(1);
    expect(data.helpNetwork.truncated).toBe(true);
  });

  it("keeps only help active in the time window", async () => {
    const future = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, { since: "2099-01-01" });
    expect(future.data.helpNetwork.edges).toEqual([]);
    const past = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, { until: "2001-01-01" });
    expect(past.data.helpNetwork.edges).toEqual([]);
    const window = await gql<{ helpNetwork: GraphResult }>(server, NETWORK, {
      since: "2025-07-01",
      until: "2025-07-31T23:59:59Z",
    });
    for (const edge of window.data.helpNetwork.edges) {
      expect(String(edge.data.lastAt ?? edge.data.firstAt) >= "2025-07-01").toBe(true);
      expect(String(edge.data.firstAt ?? edge.data.lastAt) <= "2025-07-31T23:59:59Z").toBe(true);
    }
  });
});

describe("machine codes", () => {
  it("counts classifier codes apart from human codes, with their denominators", async () => {
    const { data } = await gql<{
      codes: Array<{
        name: string;
        count: number;
        classifiedCount: number;
        classifiedItems: number;
        itemsInScope: number;
        codedItems: number;
      }>;
    }>(server, "{ codes { name count classifiedCount codedItems classifiedItems itemsInScope } }");
    expect(data.codes.length).toBeGreaterThan(5);
    expect(data.codes.some((code) => code.classifiedCount > 0)).toBe(true);
    for (const code of data.codes) {
      expect(code.count).toBe(0); // no person has coded anything here
      expect(code.classifiedCount).toBeLessThanOrEqual(code.classifiedItems);
      expect(code.classifiedItems).toBeLessThanOrEqual(code.itemsInScope);
    }
    const themes = await gql<{ themes: Array<{ name: string; codes: string[]; classifiedCount: number }> }>(
      server,
      "{ themes { name codes classifiedCount } }",
    );
    expect(themes.data.themes.length).toBeGreaterThan(0);
    expect(themes.data.themes.some((theme) => theme.codes.length > 0)).toBe(true);
  });
});
