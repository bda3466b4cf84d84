import { useEffect, useState } from "react";

import { ApiError, graphql } from "../api/graphql-client.ts";
import {
  THREAD,
  USER_POSTS,
  type ThreadInfo,
  type ThreadResult,
  type UserPostsResult,
} from "../api/queries.ts";
import { commentIdOf, helpExchanges, type HelpExchange } from "../data/help-exchanges.ts";
import type { ApiState } from "./use-api.ts";

/** Pages of the helper's posts read at most while looking for the evidence comments (20 a page, the most the complexity budget allows). */
const MAX_PAGES = 50;

/** The exchanges behind one HELPED edge, and the evidence ids that could not be found. */
export interface HelpEvidence {
  readonly exchanges: HelpExchange[];
  readonly missing: string[];
}

/**
 * Loads the comment exchanges that are a HELPED edge's evidence. The API has no look-up of comments by id, so the
 * helper's posts are paged through to find which threads hold the answers, and those threads are loaded whole
 * (they also hold the question and the thanks).
 */
export function useHelpEvidence(
  helper: string,
  evidence: readonly string[],
  acknowledgements: readonly string[],
): ApiState<HelpEvidence> {
  const [state, setState] = useState<ApiState<HelpEvidence>>({ status: "loading" });
  const key = JSON.stringify([helper, evidence, acknowledgements]);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    const ids = evidence.map(commentIdOf);
    const ackIds = acknowledgements.map(commentIdOf);
    (async () => {
      const threadIds = new Set<string>();
      const wanted = new Set(ids);
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES && wanted.size > 0; page++) {
        const result: UserPostsResult = await graphql<UserPostsResult>(
          USER_POSTS,
          { name: helper, after },
          controller.signal,
        );
        const posts = result.redditUser?.posts;
        if (!posts) break;
        for (const { node } of posts.edges) {
          if (wanted.delete(node.id) && node.threadId) threadIds.add(node.threadId);
        }
        if (!posts.pageInfo.hasNextPage) break;
        after = posts.pageInfo.endCursor;
      }
      const threads = await Promise.all(
        [...threadIds].map((id) => graphql<ThreadResult>(THREAD, { id }, controller.signal)),
      );
      return helpExchanges(
        ids,
        ackIds,
        threads.map((result) => result.thread).filter((thread): thread is ThreadInfo => thread !== null),
      );
    })().then(
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
  }, [key]); // helper, evidence and acknowledgements are all in key
  return state;
}
