import type { Graph, GraphEdge, GraphNode, QueryResolvers } from "../generated/resolvers-types.ts";
import type { ApiContext } from "../context.ts";
import { clamp } from "../input/clamp.ts";
import type { QueryRunner } from "../../db/gateway.ts";
import { readTransaction } from "../read.ts";

type ModelRow = Record<string, unknown> & { key: string; id: string };
/** family-level-*.cypher rows are positional lists (see there why); modelOf / linkOf name their fields. */
type ModelFields = [string, string, unknown, unknown, unknown, unknown, unknown, unknown];
type LinkFields = [string, unknown, unknown, unknown];
type LevelRow = { model: ModelFields; links: LinkFields[] };
type Direction = "up" | "down";

/**
 * Query.familyTree: breadth-first, one query per level and direction (family-level-down / -up.cypher), with a
 * seen set so a model reached through several parents (merges) is one node and no path is ever enumerated.
 * Each level asks for at most limit + 1 models, most downloaded first, which is enough to know whether the limit
 * cut the tree without reading the whole family of a base model.
 */
export const familyTreeQuery: NonNullable<QueryResolvers["familyTree"]> = async (_parent, args, ctx) => {
  const up = clamp("up", args.up, 3, 0, ctx.limits.maxTreeDepth);
  const down = clamp("down", args.down, 3, 0, ctx.limits.maxTreeDepth);
  const limit = clamp("limit", args.limit, 2000, 1, ctx.limits.maxGraphLimit);
  const relations = args.relations ?? null;
  return familyTree(ctx, args.modelId.toLowerCase(), { up, down, limit, relations });
};

export interface FamilyTreeOptions {
  readonly up: number;
  readonly down: number;
  readonly limit: number;
  readonly relations: readonly string[] | null;
}

/** The root and every level run in one read transaction: one session and one commit for the whole walk. */
export function familyTree(ctx: ApiContext, key: string, options: FamilyTreeOptions): Promise<Graph> {
  return readTransaction(ctx, (tx) => walk(tx, key, options));
}

async function walk(tx: QueryRunner, key: string, options: FamilyTreeOptions): Promise<Graph> {
  const depthOf = (direction: Direction): number => (direction === "down" ? options.down : options.up);
  // limit + 1: enough to fill the limit even if every model already seen comes back, and one more to tell
  // whether the limit cut the tree.
  const level = (direction: Direction, keys: string[]): Promise<LevelRow[]> =>
    tx.run<LevelRow>(`api/family-level-${direction}`, {
      keys,
      relations: options.relations,
      cap: options.limit + 1,
    });
  // The root and the first level each way depend on the key alone, so the three are sent at once (pipelined in
  // the transaction): one round trip to Neo4j instead of three.
  const firstLevel = (direction: Direction): Promise<LevelRow[]> =>
    depthOf(direction) > 0 ? level(direction, [key]) : Promise.resolve([]);
  const [[root], up, down] = await Promise.all([
    tx.run<{ model: ModelRow }>("api/family-root", { key }),
    firstLevel("up"),
    firstLevel("down"),
  ]);
  if (root === undefined) return { nodes: [], edges: [], truncated: false };
  const firstLevels = { up, down };
  const nodes = new Map<string, GraphNode>([[root.model.key, node(root.model, 0, null)]]);
  const edges = new Map<string, GraphEdge>();
  let truncated = false;
  // Ancestors first: few, and the context a reader needs most when the limit cuts the descendants.
  for (const direction of ["up", "down"] as const) {
    let frontier = [root.model.key];
    for (let depth = 1; depth <= depthOf(direction) && frontier.length > 0; depth++) {
      const rows = depth === 1 ? firstLevels[direction] : await level(direction, frontier);
      const next: string[] = [];
      for (const row of rows) {
        const model = modelOf(row.model);
        const links = row.links.map(linkOf);
        const key = model.key;
        if (!nodes.has(key)) {
          if (nodes.size >= options.limit) {
            truncated = true;
            continue;
          }
          const first = links[0];
          nodes.set(key, node(model, direction === "down" ? depth : -depth, first?.relation ?? null));
          next.push(key);
        }
        for (const link of links) {
          const [child, parent] = direction === "down" ? [key, link.other] : [link.other, key];
          const childNode = nodes.get(child);
          const parentNode = nodes.get(parent);
          if (childNode === undefined || parentNode === undefined) continue;
          edges.set(`${child}->${parent}`, {
            source: childNode.id,
            target: parentNode.id,
            type: "DERIVED_FROM",
            data: { relation: link.relation ?? null, source: link.source ?? null, rule: link.rule ?? null },
          });
        }
      }
      frontier = next;
      if (truncated) break;
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

function modelOf([
  key,
  id,
  downloads,
  likes,
  author,
  pipelineTag,
  placeholder,
  createdAt,
]: ModelFields): ModelRow {
  return { key, id, downloads, likes, author, pipelineTag, placeholder, createdAt };
}

/** other: the parent's key on the way down, the child's on the way up. */
function linkOf([other, relation, source, rule]: LinkFields) {
  return { other, relation, source, rule };
}

/** A model as a graph node: depth is negative for ancestors; relation is how it joined the tree. */
function node(model: ModelRow, depth: number, relation: unknown): GraphNode {
  return {
    id: model.id,
    kind: "Model",
    label: model.id,
    data: {
      key: model.key,
      downloads: model.downloads ?? null,
      likes: model.likes ?? null,
      author: model.author ?? null,
      pipelineTag: model.pipelineTag ?? null,
      createdAt: model.createdAt ?? null,
      placeholder: model.placeholder === true,
      depth,
      relation: relation ?? null,
    },
  };
}
