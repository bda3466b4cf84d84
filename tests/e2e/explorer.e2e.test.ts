import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { syntheticTree } from "../../bench/client.bench.ts";
import { ELK_TREE_THRESHOLD } from "../../client/graph/tree-layout.ts";
import type { Gateway } from "../../db/gateway.ts";
import { loadAnalysisInputs } from "../../ingest/analyze/analysis-inputs.ts";
import { runAnalyze } from "../../ingest/analyze/run-analyze.ts";
import { ingestHfCards } from "../../ingest/hf/ingest-hf-cards.ts";
import { ingestHfTree } from "../../ingest/hf/ingest-hf-tree.ts";
import { ingestRedditFiles } from "../../ingest/reddit/ingest-reddit-files.ts";
import { createServer, type RunningServer } from "../../server/create-server.ts";
import { connectTestGateway, resetGraph } from "../support/neo4j.ts";

// The explorer in real headless Chromium (Debian's package, driven by playwright-core) against `commons serve`'s
// createServer on the real samples: six r/LocalLLaMA threads, 18 model cards and the Llama-2-7b Hub crawl,
// analysed. Screenshots land in tests/artifacts/e2e/ (git-ignored) for a person to look at.

const ARTIFACTS = path.resolve("tests/artifacts/e2e");
const CLIENT_DIR = path.resolve("dist/client");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The newest modification time of any file under a directory. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the client with Vite when dist/client is missing or older than a file under client/. */
function buildClientIfStale(): void {
  const index = path.join(CLIENT_DIR, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime("client")) return;
  execFileSync(
    path.resolve("node_modules/.bin/vite"),
    ["build", "--config", "client/vite.config.ts", "--logLevel", "warn"],
    {
      stdio: "inherit",
    },
  );
}

let gateway: Gateway;
let server: RunningServer;
let browser: Browser;

async function newPage(width = 1280, height = 800): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (error) => console.error(`[browser] ${error.message}`));
  return page;
}

/** Waits until the page's graph is laid out and drawn, and returns the drawing's element count. */
async function waitForGraph(page: Page): Promise<number> {
  const canvas = page.locator('.graph-canvas[data-state="ready"]');
  await canvas.waitFor();
  return Number(await canvas.getAttribute("data-elements"));
}

/** Clicks a graph element where Cytoscape draws it (a real mouse click on the canvas). */
async function clickElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(".graph-canvas");
    const cy = container?._cyreg?.cy;
    const element = cy?.getElementById(elementId);
    if (!cy || !element || element.empty()) return undefined;
    const position = element.isNode()
      ? (element as unknown as NodeSingular).renderedPosition()
      : (element as unknown as EdgeSingular).renderedMidpoint();
    const box = container.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
  expect(point, `element ${id} is drawn`).toBeDefined();
  await page.mouse.click(point!.x, point!.y);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  buildClientIfStale();
  gateway = connectTestGateway();
  await resetGraph(gateway);
  await ingestRedditFiles(gateway, ["samples/reddit"]);
  await ingestHfCards(gateway, "samples/hf/cards");
  await ingestHfTree(gateway, "samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json");
  await runAnalyze(gateway, loadAnalysisInputs(), { all: true });
  server = await createServer({ gateway, port: 0, clientDir: CLIENT_DIR });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await gateway?.close();
});

describe("explorer in Chromium on the real samples", () => {
  it("search with the keyboard → family tree → click a model → its Reddit threads; back returns", async () => {
    const page = await newPage();
    await page.goto(server.url);
    // The "/" shortcut is registered once the app has rendered and loaded the home page's statistics.
    await page.getByRole("region", { name: "In the graph" }).waitFor();
    await page.keyboard.press("/");
    await page.keyboard.type("Mistral-7B-v0.1");
    const option = page.getByRole("option", { name: /mistralai\/Mistral-7B-v0\.1/ });
    await option.waitFor();
    await shot(page, "1-search");
    // Arrow down to the model suggestion, Enter opens it.
    const options = await page.getByRole("option").allTextContents();
    const index = options.findIndex((text) => text.includes("mistralai/Mistral-7B-v0.1"));
    for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");

    await page.waitForURL(/\/tree\?model=mistralai%2FMistral-7B-v0\.1/);
    const drawn = await waitForGraph(page);
    // The cards make Mistral-7B's family: OpenHermes 2 / 2.5, their GGUFs, NeuralHermes, MonadGPT, neural-chat, a merge.
    expect(drawn).toBeGreaterThanOrEqual(15);
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /models/ })
          .first()
          .textContent(),
      )
      .toMatch(/\d+ models/);

    await clickElement(page, "teknium/OpenHermes-2.5-Mistral-7B");
    await page.waitForURL(/selected=teknium%2FOpenHermes-2\.5-Mistral-7B/);
    const panel = page.getByTestId("model-panel");
    await expect
      .poll(() => panel.getByRole("link", { name: "Open on Hugging Face ↗" }).getAttribute("href"))
      .toBe("https://huggingface.co/teknium/OpenHermes-2.5-Mistral-7B");
    const mentioned = panel.getByRole("region", { name: "Mentioned in" });
    await mentioned.waitFor();
    // The real thread that names OpenHermes 2.5 (found by the analysis).
    const threadLink = mentioned.getByRole("link").first();
    expect(await threadLink.textContent()).toMatch(/Hermes/);
    await shot(page, "2-family-tree-panel");

    await threadLink.click();
    await page.waitForURL(/\/thread\?id=/);
    await page.getByRole("article").waitFor();
    await shot(page, "3-thread");

    await page.goBack();
    await page.waitForURL(/\/tree\?model=/);
    await waitForGraph(page);
    expect(await page.getByTestId("model-panel").isVisible()).toBe(true);
    await page.close();
  });

  it("filters and expansions change the drawing, and each has its own URL", async () => {
    const page = await newPage();
    await page.goto(`${server.url}tree?model=mistralai%2FMistral-7B-v0.1`);
    const all = await waitForGraph(page);
    await page.getByRole("checkbox", { name: "quantized" }).uncheck();
    await page.waitForURL(/rel=finetune%2Cmerge%2Cadapter%2Cunknown/);
    const withoutQuants = await waitForGraph(page);
    expect(withoutQuants).toBeLessThan(all);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("rel="));

    // A tree of one model, then its children and its parents, one click each; back undoes an expansion.
    await page.goto(
      `${server.url}tree?model=teknium%2FOpenHermes-2.5-Mistral-7B&up=0&down=0&selected=teknium%2FOpenHermes-2.5-Mistral-7B`,
    );
    expect(await waitForGraph(page)).toBe(1);
    await page
      .getByRole("button", { name: "Show the children of teknium/OpenHermes-2.5-Mistral-7B" })
      .click();
    await page.waitForURL(/expand=down%3Ateknium/);
    await expect.poll(() => waitForGraph(page)).toBeGreaterThan(1);
    const withChildren = await waitForGraph(page);
    await page.getByRole("button", { name: "Show the parents of teknium/OpenHermes-2.5-Mistral-7B" }).click();
    await page.waitForURL(/expand=down%3Ateknium.*%2Cup%3Ateknium/);
    await expect.poll(() => waitForGraph(page)).toBeGreaterThan(withChildren);
    await shot(page, "8-expanded");
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("up%3A"));
    await page.close();
  });

  it("exports the drawn graph as PNG and as Cytoscape JSON", async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await page.goto(`${server.url}tree?model=meta-llama%2FLlama-2-7b`);
    const drawn = await waitForGraph(page);
    // The largest sample tree is below ELK's threshold: dagre lays it out and elkjs is never fetched.
    expect(drawn).toBeGreaterThan(100);
    expect(drawn).toBeLessThan(2 * ELK_TREE_THRESHOLD);
    expect(requested.filter((url) => /\/assets\/elk[-.]/.test(url))).toEqual([]);
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export the graph as PNG" }).click(),
    ]);
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export the graph as Cytoscape JSON" }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await json.path(), "utf8")) as {
      elements: { nodes: unknown[]; edges?: unknown[] };
    };
    expect(exported.elements.nodes.length + (exported.elements.edges?.length ?? 0)).toBe(drawn);
    await shot(page, "4-llama2-tree");
    await page.close();
  });

  it("a tree above ELK's threshold is laid out by ELK in layers, its chunk fetched only then", async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    // The real samples hold no family this large: the family-tree query is answered with a synthetic one.
    const large = syntheticTree(ELK_TREE_THRESHOLD + 200);
    await page.route("**/graphql", async (route) => {
      if (!(route.request().postData() ?? "").includes("FamilyTree")) return route.continue();
      return route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ data: { familyTree: large } }),
      });
    });
    await page.goto(`${server.url}tree?model=base%2Froot-model&down=10`);
    page.setDefaultTimeout(120_000);
    const drawn = await waitForGraph(page);
    expect(drawn).toBe(large.nodes.length + large.edges.length);
    expect(requested.filter((url) => /\/assets\/elk[-.]/.test(url)).length).toBeGreaterThanOrEqual(2);
    // Generations run left to right: every parent is drawn left of each of its children, as a layered layout does.
    const backwards = await page.evaluate(() => {
      const cy = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(".graph-canvas")!._cyreg!
        .cy!;
      return cy
        .edges()
        .filter((edge) => edge.source().position().x >= edge.target().position().x)
        .map((edge) => edge.id());
    });
    expect(backwards).toEqual([]);
    await shot(page, "4b-elk-tree");
    await page.close();
  });

  it("help network → click an acknowledged edge → its comment exchanges with permalinks", async () => {
    const page = await newPage();
    await page.goto(`${server.url}help`);
    await waitForGraph(page);
    // An acknowledged edge whose midpoint no other element covers (the layout differs run to run, and a click on
    // a node or a crossing edge there would open something else): Cytoscape's own hit test says which is on top.
    const edgeId = await page.evaluate(() => {
      type HitTest = {
        renderer(): {
          findNearestElement(
            x: number,
            y: number,
            interactive: boolean,
            touch: boolean,
          ): { id(): string } | undefined;
        };
      };
      const container = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>(".graph-canvas");
      const cy = container?._cyreg?.cy;
      const renderer = (cy as unknown as HitTest | undefined)?.renderer();
      const acknowledged = cy?.edges(".acknowledged").toArray() ?? [];
      const clear = acknowledged.find((edge) => {
        const { x, y } = edge.midpoint();
        return renderer?.findNearestElement(x, y, true, false)?.id() === edge.id();
      });
      return (clear ?? acknowledged[0])?.id();
    });
    expect(edgeId, "the analysis found acknowledged help in the samples").toBeTruthy();
    await clickElement(page, edgeId!);
    const panel = page.getByTestId("evidence-panel");
    await panel.waitFor();
    const exchange = panel.locator(".exchange").first();
    await exchange.waitFor();
    expect(await panel.textContent()).toContain("acknowledged");
    const permalinks = await exchange
      .getByRole("link", { name: "permalink ↗" })
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(permalinks.length).toBeGreaterThanOrEqual(2);
    for (const href of permalinks)
      expect(href).toMatch(/^https:\/\/www\.reddit\.com\/r\/LocalLLaMA\/comments\//);
    expect(await exchange.locator(".exchange-answered").count()).toBe(1);
    expect(await exchange.locator(".exchange-thanked").count()).toBeGreaterThanOrEqual(1);
    await shot(page, "5-help-evidence");
    await page.close();
  });

  it("the thread view marks the post author's replies", async () => {
    const page = await newPage();
    await page.goto(`${server.url}thread?id=1lmggiz`);
    await page.getByRole("article").waitFor();
    // samples/PROVENANCE.md: this thread has 6 replies by its author.
    expect(await page.locator(".comment.by-op").count()).toBe(6);
    expect(await page.locator(".badge-op").count()).toBe(6);
    await page.close();
  });

  it("research, loading and error states, and phone width", async () => {
    const page = await newPage();
    await page.goto(`${server.url}research`);
    await page.getByRole("figure").first().waitFor();
    // Every share shows its denominator.
    const values = await page.locator(".bar-value").allTextContents();
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).toMatch(/\d+ of \d+/);
    await shot(page, "6-research");

    await page.goto(`${server.url}tree?model=nobody%2Fnothing`);
    await page.getByText("No model").waitFor();
    await page.goto(`${server.url}somewhere-else`);
    await page.getByText("Nothing lives at").waitFor();

    const phone = await newPage(390, 844);
    await phone.goto(
      `${server.url}tree?model=mistralai%2FMistral-7B-v0.1&selected=teknium%2FOpenHermes-2.5-Mistral-7B`,
    );
    await waitForGraph(phone);
    await phone.getByTestId("model-panel").waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(phone, "7-phone-tree");
    await phone.close();
    await page.close();
  });

  it("every control has an accessible name", async () => {
    const page = await newPage();
    for (const route of [
      "",
      "tree?model=mistralai%2FMistral-7B-v0.1&selected=teknium%2FOpenHermes-2.5-Mistral-7B",
      "help",
    ]) {
      await page.goto(`${server.url}${route}`);
      if (route) await waitForGraph(page);
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll("button, input, select, a[href]")]
          .filter((element) => {
            const labelled =
              element.getAttribute("aria-label") ||
              element.getAttribute("title") ||
              (element as HTMLInputElement).labels?.length ||
              element.textContent?.trim();
            return !labelled;
          })
          .map((element) => element.outerHTML.slice(0, 120)),
      );
      expect(unnamed, route || "home").toEqual([]);
    }
    await page.close();
  });
});
