import { useEffect, useMemo, useState } from "react";

import type { ApiGraph } from "../api/graph-types.ts";
import { ApiError, graphql } from "../api/graphql-client.ts";
import { FAMILY_TREE, type FamilyTreeResult } from "../api/queries.ts";
import { EMPTY_GRAPH, mergeGraphs } from "../graph/merge-graphs.ts";
import type { ApiState } from "./use-api.ts";
import { useApi } from "./use-api.ts";

/** Most models one family-tree request asks for (the server clamps at 5000). */
export const TREE_LIMIT = 2000;

/** An expansion in the tree route: "up:ORG/NAME" (its parents) or "down:ORG/NAME" (its children). */
export function parseExpansion(entry: string): { direction: "up" | "down"; id: string } | undefined {
  const match = /^(up|down):(.+)$/.exec(entry);
  return match ? { direction: match[1] as "up" | "down", id: match[2] as string } : undefined;
}

/**
 * The family tree of a model plus every expansion the URL lists, merged into one graph. The base tree's state
 * decides loading and error; an expansion that fails is reported beside the tree and leaves the rest drawn.
 */
export function useFamilyTree(
  model: string,
  up: number,
  down: number,
  expand: readonly string[],
): { state: ApiState<ApiGraph>; expansionErrors: string[]; expanding: boolean } {
  const base = useApi<FamilyTreeResult>(FAMILY_TREE, { id: model, up, down, limit: TREE_LIMIT });
  const [expansions, setExpansions] = useState<ReadonlyMap<string, ApiGraph | ApiError>>(new Map());
  const expandKey = expand.join(",");

  useEffect(() => {
    const controller = new AbortController();
    const wanted = expandKey ? expandKey.split(",") : [];
    const missing = wanted.filter((entry) => !expansions.has(entry));
    for (const entry of missing) {
      const parsed = parseExpansion(entry);
      if (!parsed) continue;
      const variables = {
        id: parsed.id,
        up: parsed.direction === "up" ? 1 : 0,
        down: parsed.direction === "down" ? 1 : 0,
        limit: TREE_LIMIT,
      };
      graphql<FamilyTreeResult>(FAMILY_TREE, variables, controller.signal).then(
        (result) => setExpansions((old) => new Map(old).set(entry, result.familyTree)),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const apiError = error instanceof ApiError ? error : new ApiError(String(error), "CLIENT");
          setExpansions((old) => new Map(old).set(entry, apiError));
        },
      );
    }
    return () => controller.abort();
    // `expansions` is read only to skip finished entries; re-running on its change would refetch nothing new.
  }, [expandKey]);

  return useMemo(() => {
    const wanted = expandKey ? expandKey.split(",") : [];
    const expansionErrors = wanted
      .map((entry) => expansions.get(entry))
      .filter((value): value is ApiError => value instanceof ApiError)
      .map((error) => error.message);
    const expanding = wanted.some((entry) => !expansions.has(entry));
    if (base.status !== "ok") return { state: base, expansionErrors, expanding };
    let graph = base.data.familyTree;
    for (const entry of wanted) {
      const found = expansions.get(entry);
      if (found && !(found instanceof ApiError)) graph = mergeGraphs(graph, found);
    }
    return { state: { status: "ok", data: graph ?? EMPTY_GRAPH }, expansionErrors, expanding };
  }, [base, expansions, expandKey]);
}
