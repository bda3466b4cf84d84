import { describe, expect, it } from "vitest";

import {
  formatRoute,
  parseHelpEdgeKey,
  parseRoute,
  treeRoute,
  type Route,
} from "../../client/routing/route.ts";

const parse = (path: string): Route => parseRoute(new URL(path, "http://localhost"));

describe("routes: every view has its own URL", () => {
  const routes: Route[] = [
    { view: "home" },
    { view: "search", q: "mistral 7b" },
    treeRoute("TheBloke/Mistral-7B-v0.1-GGUF"),
    {
      view: "tree",
      model: "mistralai/Mistral-7B-v0.1",
      up: 1,
      down: 4,
      relations: ["finetune", "merge"],
      minDownloads: 1000,
      from: "2023-10-01",
      to: "2024-01-31",
      selected: "teknium/OpenHermes-2.5-Mistral-7B",
      expand: ["teknium/OpenHermes-2.5-Mistral-7B", "Intel/neural-chat-7b-v3-1"],
    },
    { view: "help", minWeight: 2, limit: 500, since: "2025-06-01", until: "2025-08-31", edge: "alice>bob" },
    { view: "thread", id: "1lmggiz", comment: "n07x1ab" },
    { view: "user", name: "TheLocalDrummer" },
    { view: "research" },
    { view: "research", model: "mistralai/Mistral-7B-v0.1" },
  ];

  it.each(routes)("round-trips $view", (route) => {
    expect(parse(formatRoute(route))).toEqual(route);
  });

  it("keeps model ids with dots and slashes in the query, never the path", () => {
    const url = formatRoute(treeRoute("TheBloke/Mistral-7B-v0.1-GGUF"));
    expect(url.startsWith("/tree?")).toBe(true);
    expect(new URL(url, "http://x").pathname).toBe("/tree");
  });

  it("leaves defaults out of the URL", () => {
    expect(formatRoute(treeRoute("a/b"))).toBe("/tree?model=a%2Fb");
    expect(formatRoute({ view: "help", minWeight: 1, limit: 500 })).toBe("/help");
  });

  it("an empty relation filter survives the round trip", () => {
    const route = { ...treeRoute("a/b"), relations: [] };
    expect(parse(formatRoute(route))).toEqual(route);
  });

  it("ignores bad values: unknown relations, non-numbers, impossible dates", () => {
    const route = parse("/tree?model=a/b&up=x&down=99&rel=finetune,bogus&from=2024-13-45&minDownloads=-5");
    expect(route).toMatchObject({ view: "tree", up: 2, down: 10, relations: ["finetune"], minDownloads: 0 });
    expect(route).not.toHaveProperty("from");
  });

  it("an unknown path or a tree without a model is not found, with the path kept", () => {
    expect(parse("/nowhere?x=1")).toEqual({ view: "not-found", path: "/nowhere?x=1" });
    expect(parse("/tree")).toMatchObject({ view: "not-found" });
  });

  it("help edge keys split on the first '>'", () => {
    expect(parseHelpEdgeKey("alice>bob")).toEqual({ source: "alice", target: "bob" });
    expect(parseHelpEdgeKey(">bob")).toBeUndefined();
  });
});
