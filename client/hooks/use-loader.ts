import { useEffect, useRef, useState } from "react";

import { ApiError } from "../api/graphql-client.ts";
import type { ApiState } from "./use-api.ts";

/** When a loader runs again: `skip` leaves it idle in "loading"; a new `refresh` value reloads the same key. */
export interface LoaderOptions {
  readonly skip?: boolean;
  readonly refresh?: number;
}

/**
 * Runs `load` whenever `key` (everything the load depends on, as a string) changes, cancelling the previous run,
 * so a fast typist or a quick back-and-forth never shows a stale answer. Failures become an ApiError state.
 */
export function useLoader<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
  options: LoaderOptions = {},
): ApiState<T> {
  const { skip = false, refresh = 0 } = options;
  const [state, setState] = useState<ApiState<T>>({ status: "loading" });
  const shown = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    // A refresh of the same key keeps the current answer on screen (no flash, no lost scroll position).
    if (shown.current !== key) setState({ status: "loading" });
    shown.current = key;
    load(controller.signal).then(
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
  }, [key, skip, refresh]); // `load` is a new closure each render; `key` stands for what it depends on
  return state;
}
