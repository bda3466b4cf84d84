import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

import { parse as parseYaml } from "yaml";

/** How the stand-in should misbehave, to exercise the crawler's handling of the real Hub's answers. */
export interface HubStandinOptions {
  /** The tree crawl whose records are served (default: the real Llama-2-7b tree in samples/hf/trees). */
  readonly treeFile?: string;
  /** Serve these API objects instead (e.g. replicateModels' output, for benchmarks at scale). */
  readonly models?: readonly Record<string, unknown>[];
  /** Largest page the list endpoint returns, whatever `limit` asks (forces pagination). */
  readonly maxPageSize?: number;
  /** 1-based request numbers answered with 429 and `Retry-After: 1` (once each). */
  readonly throttle?: readonly number[];
  /** old id → new id: the record is served under the new id and the old one redirects, as the Hub does. */
  readonly renamed?: Record<string, string>;
  /** id → status (401, 403, 404) for repos that exist but are private, gated or taken down. */
  readonly refuse?: Record<string, number>;
}

/** One request the stand-in answered. */
export interface StandinRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly status: number;
}

/** A running stand-in. */
export interface HubStandin {
  readonly url: string;
  readonly requests: StandinRequest[];
  /** The ids it serves, canonical spelling. */
  readonly ids: string[];
  close(): Promise<void>;
}

type ApiModel = Record<string, unknown> & { id: string; tags: string[]; lastModified: string };

const DEFAULT_TREE = path.resolve("samples/hf/trees/Llama-2-7b_finetunes_20250422_180448.json");

/** The real tree's records as Hub API objects (what GET /api/models returns with every field expanded). */
export function realApiModels(treeFile = DEFAULT_TREE): Record<string, unknown>[] {
  return [...loadModels(treeFile).values()];
}

/**
 * `count` Hub API objects made by replicating the real records under new ids: copy r of ORG/NAME becomes
 * ORG-rR/NAME, and every id a copy names (base_model tags, cardData.base_model) is renamed the same way, so
 * each copy is a whole family like the original. For benchmarks at scale; never written to the repository.
 */
export function replicateModels(count: number, treeFile = DEFAULT_TREE): Record<string, unknown>[] {
  const real = realApiModels(treeFile);
  const out: Record<string, unknown>[] = [];
  const rename = (id: string, r: number): string =>
    id.includes("/") ? id.replace("/", `-r${r}/`) : `${id}-r${r}`;
  for (let r = 0; out.length < count; r += 1) {
    for (const model of real) {
      if (out.length >= count) break;
      const tags = (model.tags as string[]).map((tag) => {
        const match = /^(base_model:(?:[a-z]+:)?)(.+)$/.exec(tag);
        return match === null ? tag : `${match[1]}${rename(match[2] ?? "", r)}`;
      });
      const card = model.cardData as Record<string, unknown> | undefined;
      const base = card?.base_model;
      const cardData =
        card === undefined
          ? undefined
          : {
              ...card,
              ...(typeof base === "string" ? { base_model: rename(base, r) } : {}),
              ...(Array.isArray(base) ? { base_model: base.map((b) => rename(String(b), r)) } : {}),
            };
      out.push({
        ...model,
        _id: `${String(model._id)}-${r}`,
        id: rename(model.id as string, r),
        author: rename(String(model.author), r),
        tags,
        cardData,
      });
    }
  }
  return out;
}

/**
 * A local stand-in for the Hub API on 127.0.0.1, built from the real records of a tree crawl (each record's
 * huggingface_hub ModelInfo dump turned back into the API's JSON shape): GET /api/models/{id} with expand[]
 * (baseModels and childrenModelCount computed from the tags, as the Hub does), GET /api/models?filter=…
 * paginated with a cursor in the Link header, case-insensitive ids that redirect to the canonical spelling.
 * Records whose metadata the crawl could not fetch ("N/A") are not served: they answer 404, like a repo
 * that is gone.
 */
export async function startHubStandin(options: HubStandinOptions = {}): Promise<HubStandin> {
  const models =
    options.models !== undefined
      ? new Map(options.models.map((m) => [String(m.id).toLowerCase(), m as ApiModel]))
      : loadModels(options.treeFile ?? DEFAULT_TREE);
  for (const [oldId, newId] of Object.entries(options.renamed ?? {})) {
    const record = models.get(oldId.toLowerCase());
    if (record === undefined) throw new Error(`stand-in: cannot rename ${oldId}, it is not served`);
    models.delete(oldId.toLowerCase());
    models.set(newId.toLowerCase(), { ...record, id: newId });
  }
  const renamedFrom = new Map(Object.entries(options.renamed ?? {}).map(([o, n]) => [o.toLowerCase(), n]));
  const throttle = new Set(options.throttle ?? []);
  const requests: StandinRequest[] = [];
  const maxPageSize = options.maxPageSize ?? 1000;

  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      requests.push({ path: url.pathname, query: url.searchParams, status });
      response.writeHead(status, { "Content-Type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    };
    if (throttle.delete(requests.length + 1)) {
      send(429, { error: "rate limited" }, { "Retry-After": "1" });
      return;
    }
    const expand = [...url.searchParams.getAll("expand[]"), ...url.searchParams.getAll("expand")];
    if (url.pathname === "/api/models") {
      const filter = url.searchParams.get("filter");
      const all = [...models.values()]
        .filter((m) => filter === null || m.tags.includes(filter))
        .sort((a, b) => b.lastModified.localeCompare(a.lastModified) || a.id.localeCompare(b.id));
      const offset = Number(url.searchParams.get("cursor") ?? "0");
      const size = Math.min(Number(url.searchParams.get("limit") ?? "1000"), maxPageSize);
      const page = all.slice(offset, offset + size).map((m) => project(m, expand, models));
      const headers: Record<string, string> = {};
      if (offset + size < all.length) {
        const next = new URL(url.toString());
        next.searchParams.set("cursor", String(offset + size));
        headers.Link = `<http://${request.headers.host}${next.pathname}${next.search}>; rel="next"`;
      }
      send(200, page, headers);
      return;
    }
    const match = /^\/api\/models\/(.+?)(?:\/revision\/[^/]+)?$/.exec(url.pathname);
    if (match?.[1] !== undefined) {
      const id = decodeURIComponent(match[1]);
      const key = id.toLowerCase();
      const refused = Object.entries(options.refuse ?? {}).find(([k]) => k.toLowerCase() === key)?.[1];
      if (refused !== undefined) return send(refused, { error: `Repository ${id} is not accessible` });
      const target = renamedFrom.get(key) ?? models.get(key)?.id;
      if (target === undefined) return send(404, { error: "Repository not found" });
      if (target !== id) {
        return send(307, { error: "moved" }, { Location: `/api/models/${target}${url.search}` });
      }
      send(200, project(models.get(key) as ApiModel, expand, models));
      return;
    }
    send(404, { error: "not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    ids: [...models.values()].map((m) => m.id),
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** The API answers with id and _id plus only the fields `expand` asks for (all of them when none is asked). */
function project(
  model: ApiModel,
  expand: readonly string[],
  models: Map<string, ApiModel>,
): Record<string, unknown> {
  const computed: Record<string, unknown> = {
    baseModels: baseModels(model),
    childrenModelCount: [...models.values()].filter((m) => m.tags.includes(`base_model:${model.id}`)).length,
  };
  const out: Record<string, unknown> = { _id: model._id, id: model.id };
  const fields = expand.length > 0 ? expand : Object.keys(model);
  for (const field of fields) {
    const value = field in computed ? computed[field] : model[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function baseModels(model: ApiModel): unknown {
  const parents = model.tags
    .map((tag) => /^base_model:(adapter|merge|quantized|finetune):(.+)$/.exec(tag))
    .filter((m) => m !== null);
  if (parents.length === 0) return undefined;
  return { relation: parents[0]?.[1], models: parents.map((m) => ({ id: m[2] })) };
}

/** The tree's ModelInfo dumps back in the API's shape (camelCase keys, cardData an object, siblings objects). */
function loadModels(file: string): Map<string, ApiModel> {
  const tree = JSON.parse(readFileSync(file, "utf8")) as { models: { metadata: string }[] };
  const models = new Map<string, ApiModel>();
  for (const record of tree.models) {
    let info: Record<string, unknown>;
    try {
      info = JSON.parse(record.metadata) as Record<string, unknown>;
    } catch {
      continue;
    }
    const id = info.id as string;
    const cardData =
      typeof info.cardData === "string" ? (parseYaml(info.cardData) as unknown) : info.cardData;
    const siblings = Array.isArray(info.siblings)
      ? info.siblings.map((s) => ({ rfilename: /rfilename='([^']*)'/.exec(String(s))?.[1] ?? String(s) }))
      : undefined;
    models.set(id.toLowerCase(), {
      _id: info._id,
      id,
      author: info.author,
      downloads: info.downloads,
      likes: info.likes,
      createdAt: isoOf(info.created_at),
      lastModified: isoOf(info.lastModified ?? info.last_modified) ?? "1970-01-01T00:00:00.000Z",
      library_name: info.library_name ?? undefined,
      pipeline_tag: info.pipeline_tag ?? undefined,
      private: info.private,
      gated: info.gated,
      tags: Array.isArray(info.tags) ? (info.tags as string[]) : [],
      cardData,
      siblings,
    });
  }
  return models;
}

function isoOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(value.includes("T") ? value : value.replace(" ", "T"));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
