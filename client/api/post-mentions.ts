import type { EntityMention } from "../data/highlight-entities.ts";

/** One entry of Post.mentions as the API sends it (a MENTIONS edge written by `commons analyze`). */
export interface PostMentionInfo {
  readonly kind: "MODEL" | "HARDWARE" | "ENGINE" | "DATASET";
  readonly name: string;
  readonly surface: string | null;
  readonly rule: string | null;
}

/** The fields of Post.mentions the explorer asks for. */
export const POST_MENTION_FIELDS = "mentions { kind name surface rule }";

/**
 * The API's mentions as the highlighter's entities: kinds in the client's lower case, and mentions without a
 * surface (nothing to find in the text) left out.
 */
export function entityMentions(mentions: readonly PostMentionInfo[] | undefined): EntityMention[] {
  return (mentions ?? []).flatMap((mention) =>
    mention.surface
      ? [
          {
            kind: mention.kind.toLowerCase() as EntityMention["kind"],
            name: mention.name,
            surface: mention.surface,
          },
        ]
      : [],
  );
}
