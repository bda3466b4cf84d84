import { ApiError, graphql } from "../api/graphql-client.ts";
import { MODEL_MENTIONS, type ModelMentionsResult } from "../api/queries.ts";
import type { ApiState } from "./use-api.ts";
import { useLoader } from "./use-loader.ts";

/** Pages (20 mentions each, within the API complexity budget) read at most for one chart. */
const MAX_PAGES = 100;

/** When a model was mentioned: the dates read, and how many mentions exist in all (the denominator). */
export interface MentionDates {
  readonly dates: string[];
  readonly total: number;
}

/** Pages through a model's mentions to collect their dates, for the research view's timeline. */
export function useMentionDates(model: string | undefined): ApiState<MentionDates> | undefined {
  const state = useLoader(
    async (signal) => {
      const dates: string[] = [];
      let total = 0;
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result: ModelMentionsResult = await graphql<ModelMentionsResult>(
          MODEL_MENTIONS,
          { id: model, after },
          signal,
        );
        if (!result.model) throw new ApiError(`No model ${model} in the graph.`, "NOT_FOUND");
        total = result.model.mentions.totalCount;
        for (const edge of result.model.mentions.edges)
          if (edge.node.post.createdAt) dates.push(edge.node.post.createdAt);
        if (!result.model.mentions.pageInfo.hasNextPage) break;
        after = result.model.mentions.pageInfo.endCursor;
      }
      return { dates, total };
    },
    model ?? "",
    { skip: !model },
  );
  return model ? state : undefined;
}
