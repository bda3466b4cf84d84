import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { chromium, type Browser, type Page, type Route } from "playwright-core";

import type { Core, EdgeSingular, NodeSingular } from "cytoscape";

import type { ApiGraph, ApiNode } from "../client/api/graph-types.ts";
import type { Benchmark, BenchOptions } from "./benchmark.ts";

// The explorer in headless Chromium on synthetic graphs of the sizes, served from dist/client with the
// API answered in the browser (page.route), so only the client is measured. Run `vite build --config
// client/vite.config.ts` first. The baseline is the same app, same graphs, the simple way: layout on the main
// thread (no Worker) and the plain canvas renderer (no WebGL2), as a browser without those would run it. A third
// run keeps the workers but not WebGL2, so WebGL (software GL here) and the canvas renderer are compared directly.

const CLIENT_DIR = path.resolve("dist/client");
const ORIGIN = "http://explorer.bench";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // No GPU here: software WebGL (SwiftShader) lets Cytoscape's WebGL renderer run at all.
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

/** A small deterministic PRNG (mulberry32), so every run draws the same graphs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A model family of `size` models: a base with fan-outs like real ones (many fine-tunes, each quantized). */
export function syntheticTree(size: number): ApiGraph {
  const rand = random(7);
  const relations = ["finetune", "finetune", "finetune", "quantized", "quantized", "adapter", "merge"];
  const nodes: ApiNode[] = [
    { id: "base/root-model", kind: "Model", label: "base/root-model", data: { downloads: 5_000_000 } },
  ];
  const edges: ApiGraph["edges"][number][] = [];
  for (let parent = 0; nodes.length < size; parent++) {
    const children = parent === 0 ? 60 : Math.floor(rand() * 6);
    for (let c = 0; c < children && nodes.length < size; c++) {
      const id = `org${Math.floor(rand() * 400)}/model-${nodes.length}-${Math.floor(rand() * 1e6).toString(36)}`;
      nodes.push({
        id,
        kind: "Model",
        label: id,
        data: {
          downloads: Math.floor(10 ** (rand() * 6)),
          createdAt: new Date(Date.UTC(2023, 0, 1) + rand() * 6e10).toISOString(),
          placeholder: rand() < 0.05,
        },
      });
      edges.push({
        source: id,
        target: nodes[parent]!.id,
        type: "DERIVED_FROM",
        data: { relation: relations[Math.floor(rand() * relations.length)], source: "card" },
      });
    }
  }
  return { nodes, edges, truncated: false };
}

/** A help network of `people` users and 1.5 edges per user, helpers drawn from a heavy-tailed distribution. */
export function syntheticNetwork(people: number): ApiGraph {
  const rand = random(11);
  const nodes: ApiNode[] = Array.from({ length: people }, (_, i) => ({
    id: `user_${i}`,
    kind: "RedditUser",
    label: `user_${i}`,
    data: {},
  }));
  const edges: ApiGraph["edges"][number][] = [];
  const seen = new Set<string>();
  while (edges.length < people * 1.5) {
    const helper = Math.floor(people * rand() ** 3);
    const helped = Math.floor(people * rand());
    const key = `${helper}>${helped}`;
    if (helper === helped || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      source: `user_${helper}`,
      target: `user_${helped}`,
      type: "HELPED",
      data: {
        weight: 1 + Math.floor(-Math.log(rand()) * 1.5),
        acknowledged: rand() < 0.2,
        evidence: [`c${edges.length.toString(36)}`],
      },
    });
  }
  // People the edges never reached are still in the answer, as the API's nodes list would not have them: drop them.
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: nodes.filter((node) => linked.has(node.id)), edges, truncated: false };
}

/** Answers the page's requests: files from dist/client (index.html for routes) and /graphql from the fixtures. */
async function serve(page: Page, tree: ApiGraph, network: ApiGraph): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/graphql") {
      const body = JSON.parse(route.request().postData() ?? "{}") as {
        query?: string;
        variables?: { id?: string };
      };
      const query = body.query ?? "";
      let data: unknown = {};
      if (query.includes("FamilyTree")) data = { familyTree: tree };
      else if (query.includes("HelpNetwork")) data = { helpNetwork: network };
      else if (query.includes("ModelPanel")) data = { model: modelDetails(body.variables?.id ?? "") };
      else if (query.includes("UserPosts")) data = { redditUser: null };
      await route.fulfill({ contentType: "application/json", body: JSON.stringify({ data }) });
      return;
    }
    const file = path.join(CLIENT_DIR, url.pathname);
    const target = url.pathname !== "/" && existsSync(file) ? file : path.join(CLIENT_DIR, "index.html");
    const type = target.endsWith(".js")
      ? "text/javascript"
      : target.endsWith(".css")
        ? "text/css"
        : "text/html";
    await route.fulfill({ contentType: type, body: readFileSync(target) });
  });
}

function modelDetails(id: string): Record<string, unknown> {
  return {
    id,
    author: id.split("/")[0],
    downloads: 1234,
    likes: 5,
    createdAt: null,
    lastModified: null,
    pipelineTag: null,
    libraryName: null,
    license: null,
    tags: [],
    gated: false,
    description: null,
    placeholder: false,
    placeholderReason: null,
    sources: ["card"],
    descendantsCount: 0,
    publisher: null,
    parents: [],
    mentions: { totalCount: 0, edges: [] },
    announcements: [],
    evaluations: [],
  };
}

/**
 * How the page runs: "fast" as shipped; "canvas" as shipped but without WebGL2 (layout still in workers, canvas
 * renderer with hideEdgesOnViewport/textureOnViewport), to choose the renderer by measurement; "simple" the baseline
 * (no Worker, no WebGL2).
 */
type Variant = "fast" | "canvas" | "simple";

interface Measured {
  /** From navigation to the graph drawn (laid out, rendered, two frames painted). */
  readonly drawnMs: number;
  /** From a click on a node or edge to its side panel on screen. */
  readonly clickMs: number;
  /** The longest the main thread was blocked (long tasks) while loading and drawing. */
  readonly longestBlockMs: number;
  readonly renderer: string;
  readonly elements: number;
  /** False when the click got no answer within CLICK_TIMEOUT_MS. */
  readonly answered: boolean;
  /** Whether the page fetched elkjs (its chunk or its worker script). */
  readonly elkLoaded: boolean;
  /** GraphCanvas's own timing marks (graph:layout, graph:create …), ms each. */
  readonly phases: Record<string, number>;
}

const CLICK_TIMEOUT_MS = 60_000;

async function measure(
  browser: Browser,
  url: string,
  variant: Variant,
  tree: ApiGraph,
  network: ApiGraph,
  edge: boolean,
): Promise<Measured> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await serve(page, tree, network);
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.addInitScript((mode: Variant) => {
    const w = window as unknown as { __longest: number; Worker?: unknown };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: true });
    if (mode === "simple") delete w.Worker;
    if (mode !== "fast") {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        return type === "webgl2"
          ? null
          : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    }
  }, variant);
  page.on("pageerror", (error) => console.error(`[browser] ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`[browser console] ${message.text()}`);
  });
  const start = Date.now();
  await page.goto(`${ORIGIN}${url}`);
  const canvas = page.locator('.graph-canvas[data-state="ready"]');
  await page
    .locator('.graph-canvas[data-state="ready"], [role="alert"]')
    .first()
    .waitFor({ timeout: 300_000 });
  if (!(await canvas.isVisible())) {
    throw new Error(`${url}: ${await page.locator('[role="alert"]').first().textContent()}`);
  }
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const drawnMs = Date.now() - start;
  const renderer = (await canvas.getAttribute("data-renderer")) ?? "?";
  const elements = Number(await canvas.getAttribute("data-elements"));

  const point = await page.evaluate((wantEdge: boolean) => {
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(".graph-canvas")!;
    const cy = container._cyreg!.cy!;
    const box = container.getBoundingClientRect();
    // The visible element nearest the centre: a real click where the user would click.
    const centre = { x: box.width / 2, y: box.height / 2 };
    const candidates = wantEdge ? cy.edges() : cy.nodes();
    let best: { x: number; y: number } | undefined;
    let bestDistance = Infinity;
    candidates.forEach((element) => {
      const p = wantEdge
        ? (element as EdgeSingular).renderedMidpoint()
        : (element as NodeSingular).renderedPosition();
      if (p.x < 10 || p.y < 10 || p.x > box.width - 10 || p.y > box.height - 10) return;
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = { x: box.left + p.x, y: box.top + p.y };
      }
    });
    return best;
  }, edge);
  if (!point) throw new Error(`nothing clickable drawn at ${url}`);
  const clickStart = Date.now();
  await page.mouse.click(point.x, point.y);
  // A tab that has not answered a click in a minute counts as frozen: recorded as CLICK_TIMEOUT_MS, flagged.
  const answered = await page
    .getByTestId(edge ? "evidence-panel" : "model-panel")
    .waitFor({ timeout: CLICK_TIMEOUT_MS })
    .then(
      () => true,
      () => false,
    );
  const clickMs = answered ? Date.now() - clickStart : CLICK_TIMEOUT_MS;
  const longestBlockMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  const phases = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType("measure")
        .filter((entry) => entry.name.startsWith("graph:"))
        .map((entry) => [entry.name, Math.round(entry.duration)]),
    ),
  );
  const elkLoaded = requested.some((url) => /\/assets\/elk[-.]/.test(url));
  await page.close();
  return { drawnMs, clickMs, longestBlockMs, renderer, elements, answered, elkLoaded, phases };
}

const benchmark: Benchmark = {
  description:
    "Explorer in headless Chromium (SwiftShader WebGL): a synthetic 2,000-model family tree and a 20,000-person help network (30,000 edges) — ms until drawn, ms from a click to its side panel, longest main-thread block; baseline: the same app without Worker and WebGL2 (main-thread layout, plain canvas).",
  async run({ args, log }: BenchOptions) {
    // `npm run bench -- client tree` (or `network`) measures one graph only.
    const only = args[0];
    if (!existsSync(path.join(CLIENT_DIR, "index.html"))) {
      throw new Error("dist/client is missing: run `npx vite build --config client/vite.config.ts` first");
    }
    const tree = syntheticTree(2000);
    const network = syntheticNetwork(20_000);
    log(
      `tree: ${tree.nodes.length} nodes, ${tree.edges.length} edges; network: ${network.nodes.length} people, ${network.edges.length} edges`,
    );
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    try {
      const treeUrl = "/tree?model=base%2Froot-model&down=10";
      const networkUrl = "/help?limit=5000";
      const skipped: Measured = {
        drawnMs: NaN,
        clickMs: NaN,
        longestBlockMs: NaN,
        renderer: "-",
        elements: 0,
        answered: true,
        elkLoaded: false,
        phases: {},
      };
      const run = async (variant: Variant): Promise<{ tree: Measured; network: Measured }> => ({
        tree: only === "network" ? skipped : await measure(browser, treeUrl, variant, tree, network, false),
        network: only === "tree" ? skipped : await measure(browser, networkUrl, variant, tree, network, true),
      });
      const fast = await run("fast");
      log(`explorer: ${JSON.stringify(fast)}`);
      // The 2,000-model tree is above ELK_TREE_THRESHOLD: ELK must have been fetched for it (and only then).
      if (only !== "network" && !fast.tree.elkLoaded)
        throw new Error("the large tree was not laid out by ELK");
      if (only !== "tree" && fast.network.elkLoaded) throw new Error("the help network fetched ELK");
      const canvas = await run("canvas");
      log(`workers, canvas renderer: ${JSON.stringify(canvas)}`);
      const simple = await run("simple");
      log(`baseline: ${JSON.stringify(simple)}`);
      return {
        figures: {
          treeDrawnMs: fast.tree.drawnMs,
          treeClickMs: fast.tree.clickMs,
          treeLongestBlockMs: fast.tree.longestBlockMs,
          networkDrawnMs: fast.network.drawnMs,
          networkClickMs: fast.network.clickMs,
          networkLongestBlockMs: fast.network.longestBlockMs,
          // The same with workers but the canvas renderer instead of WebGL: the renderer is chosen by these.
          canvasTreeDrawnMs: canvas.tree.drawnMs,
          canvasTreeClickMs: canvas.tree.clickMs,
          canvasTreeLongestBlockMs: canvas.tree.longestBlockMs,
          canvasNetworkDrawnMs: canvas.network.drawnMs,
          canvasNetworkClickMs: canvas.network.clickMs,
          canvasNetworkLongestBlockMs: canvas.network.longestBlockMs,
        },
        baseline: {
          treeDrawnMs: simple.tree.drawnMs,
          treeClickMs: simple.tree.clickMs,
          treeLongestBlockMs: simple.tree.longestBlockMs,
          networkDrawnMs: simple.network.drawnMs,
          networkClickMs: simple.network.clickMs,
          networkLongestBlockMs: simple.network.longestBlockMs,
        },
        goals: { networkLongestBlockMs: "small: the tab never freezes", treeClickMs: "< 1000" },
        notes:
          `renderers: tree ${fast.tree.renderer} (${fast.tree.elements} elements), network ${fast.network.renderer} ` +
          `(${fast.network.elements} elements); baseline ${simple.tree.renderer} / ${simple.network.renderer}` +
          `; phases (ms): tree ${JSON.stringify(fast.tree.phases)}, network ${JSON.stringify(fast.network.phases)}` +
          `; canvas-renderer phases: tree ${JSON.stringify(canvas.tree.phases)}, network ${JSON.stringify(canvas.network.phases)}` +
          [fast.tree, fast.network, canvas.tree, canvas.network, simple.tree, simple.network]
            .map((m, i) =>
              m.answered
                ? ""
                : `; ${["tree", "network", "canvas tree", "canvas network", "baseline tree", "baseline network"][i]} click unanswered after ${CLICK_TIMEOUT_MS} ms`,
            )
            .join(""),
      };
    } finally {
      await browser.close();
    }
  },
};

export default benchmark;
