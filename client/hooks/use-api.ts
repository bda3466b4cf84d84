import { useEffect, useRef, useState } from "react";

import { ApiError, graphql } from "../api/graphql-client.ts";

/** Where one request stands: every view renders each of these states. */
export type ApiState<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "ok"; readonly data: T };

/**
 * Runs a GraphQL query whenever its variables change (compared as JSON), cancelling the previous request, so a
 * fast typist or a quick back-and-forth never shows a stale answer. `skip` leaves it idle in "loading".
 */
export function useApi<T>(
  query: string,
  variables: Record<string, unknown>,
  skip = false,
  /** Change it to fetch again with the same variables (after a mutation). */
  refresh = 0,
): ApiState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<ApiState<T>>({ status: "loading" });
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    // A refresh of the same request keeps the current answer on screen (no flash, no lost scroll position).
    if (shown.current !== `${query}\n${key}`) setState({ status: "loading" });
    shown.current = `${query}\n${key}`;
    graphql<T>(query, JSON.parse(key) as Record<string, unknown>, controller.signal).then(
      (data) => setState({ status: "ok", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: "error",
          error: error instanceof ApiError ? error : new ApiError(String(error), "CLIENT"),
        });
      },
    );
    return () => controller.abort();
  }, [query, key, skip, refresh]);
  return state;
}
