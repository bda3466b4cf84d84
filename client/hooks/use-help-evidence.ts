import { graphql } from "../api/graphql-client.ts";
import {
  COMMENT_THREADS,
  THREAD,
  type CommentThreadsResult,
  type ThreadInfo,
  type ThreadResult,
} from "../api/queries.ts";
import { commentIdOf, helpExchanges, type HelpExchange } from "../data/help-exchanges.ts";
import type { ApiState } from "./use-api.ts";
import { useLoader } from "./use-loader.ts";

/** Ids per comments(ids) request: the API reads at most its page-size maximum (100) ids of one request. */
const IDS_PER_REQUEST = 100;

/** The exchanges behind one HELPED edge, and the evidence ids that could not be found. */
export interface HelpEvidence {
  readonly exchanges: HelpExchange[];
  readonly missing: string[];
}

/**
 * Loads the comment exchanges that are a HELPED edge's evidence: comments(ids) says which threads hold the
 * answers, and those threads are loaded whole, since they also hold the questions and the thanks.
 */
export function useHelpEvidence(
  evidence: readonly string[],
  acknowledgements: readonly string[],
): ApiState<HelpEvidence> {
  const ids = evidence.map(commentIdOf);
  const ackIds = acknowledgements.map(commentIdOf);
  return useLoader(
    async (signal) => {
      const threadIds = new Set<string>();
      for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
        const { comments } = await graphql<CommentThreadsResult>(
          COMMENT_THREADS,
          { ids: ids.slice(start, start + IDS_PER_REQUEST) },
          signal,
        );
        for (const comment of comments) if (comment.threadId) threadIds.add(comment.threadId);
      }
      const threads = await Promise.all(
        [...threadIds].map((id) => graphql<ThreadResult>(THREAD, { id }, signal)),
      );
      return helpExchanges(
        ids,
        ackIds,
        threads.map((result) => result.thread).filter((thread): thread is ThreadInfo => thread !== null),
      );
    },
    JSON.stringify([ids, ackIds]),
  );
}
