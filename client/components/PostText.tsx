import type { ReactNode } from "react";

import { highlightEntities, hubLinksIn, type EntityMention } from "../data/highlight-entities.ts";
import { unescapeRedditText } from "../data/reddit-text.ts";
import { treeRoute } from "../routing/route.ts";
import { RouteLink } from "./RouteLink.tsx";

/** Post text with its entities highlighted; a model links to its family tree. Text is never parsed as HTML. */
export function PostText(props: {
  readonly text: string | null;
  readonly mentions?: readonly EntityMention[];
}): ReactNode {
  if (props.text === null || props.text === "")
    return <p className="post-body muted">(no text: deleted or removed)</p>;
  const text = unescapeRedditText(props.text);
  const entities = [...(props.mentions ?? []), ...hubLinksIn(text)];
  const segments = highlightEntities(text, entities);
  return (
    <p className="post-body">
      {segments.map((segment, index) =>
        segment.entity === undefined ? (
          segment.text
        ) : segment.entity.kind === "model" ? (
          <RouteLink
            key={index}
            to={treeRoute(segment.entity.name, segment.entity.name)}
            className="entity entity-model"
            title={`model ${segment.entity.name}`}
          >
            {segment.text}
          </RouteLink>
        ) : (
          <mark
            key={index}
            className={`entity entity-${segment.entity.kind}`}
            title={`${segment.entity.kind}: ${segment.entity.name}`}
          >
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
