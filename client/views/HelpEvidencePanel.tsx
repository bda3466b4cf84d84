import type { ReactNode } from "react";

import type { CommentInfo } from "../api/queries.ts";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { PostText } from "../components/PostText.tsx";
import { RouteLink } from "../components/RouteLink.tsx";
import { day, redditUrl } from "../data/reddit-url.ts";
import { useHelpEvidence } from "../hooks/use-help-evidence.ts";

/** One HELPED edge as the network view knows it. */
export interface HelpEdgeInfo {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly acknowledged: boolean;
  readonly evidence: readonly string[];
  readonly acknowledgements: readonly string[];
  readonly rule?: string;
}

function Post(props: { readonly comment: CommentInfo; readonly role: string }): ReactNode {
  const url = redditUrl(props.comment.permalink);
  return (
    <div className={`exchange-post exchange-${props.role}`}>
      <div className="post-meta">
        <span className="role">{props.role}</span> u/{props.comment.author ?? "[deleted]"} ·{" "}
        {day(props.comment.createdAt)}
        {url && (
          <>
            {" · "}
            <a href={url} target="_blank" rel="noreferrer">
              permalink ↗
            </a>
          </>
        )}
      </div>
      <PostText text={props.comment.body} />
    </div>
  );
}

/** The evidence of one help edge: every question → answer → thanks exchange, each with its permalink. */
export function HelpEvidencePanel(props: {
  readonly edge: HelpEdgeInfo;
  readonly onClose: () => void;
}): ReactNode {
  const { edge } = props;
  const state = useHelpEvidence(edge.evidence, edge.acknowledgements);
  return (
    <aside
      className="side-panel"
      aria-label={`Help from ${edge.source} to ${edge.target}`}
      data-testid="evidence-panel"
    >
      <div className="panel-head">
        <h2>
          u/{edge.source} → u/{edge.target}
        </h2>
        <button type="button" className="close" aria-label="Close the evidence panel" onClick={props.onClose}>
          ×
        </button>
      </div>
      <p className="meta">
        weight {edge.weight} · {edge.evidence.length} answer{edge.evidence.length === 1 ? "" : "s"} as
        evidence · {edge.acknowledged ? <strong className="ack">acknowledged</strong> : "not acknowledged"}
        {edge.rule ? ` · rule ${edge.rule}` : ""}
      </p>
      <p className="panel-actions">
        <RouteLink to={{ view: "user", name: edge.source }}>u/{edge.source}</RouteLink>
        <RouteLink to={{ view: "user", name: edge.target }}>u/{edge.target}</RouteLink>
      </p>
      {state.status === "loading" && <Loading what="the evidence" />}
      {state.status === "error" && <ErrorState error={state.error} what="the evidence" />}
      {state.status === "ok" && state.data.exchanges.length === 0 && (
        <Empty>None of the evidence comments ({edge.evidence.join(", ")}) could be found in the graph.</Empty>
      )}
      {state.status === "ok" &&
        state.data.exchanges.map((exchange) => (
          <section
            key={exchange.answer.id}
            className="exchange"
            aria-label={`Exchange in ${exchange.thread.title ?? exchange.thread.id}`}
          >
            <h3>
              <RouteLink to={{ view: "thread", id: exchange.thread.id, comment: exchange.answer.id }}>
                {exchange.thread.title ?? exchange.thread.id}
              </RouteLink>
            </h3>
            {exchange.question && <Post comment={exchange.question} role="asked" />}
            <Post comment={exchange.answer} role="answered" />
            {exchange.acknowledgements.map((thanks) => (
              <Post key={thanks.id} comment={thanks} role="thanked" />
            ))}
          </section>
        ))}
      {state.status === "ok" && state.data.missing.length > 0 && (
        <p className="meta">Evidence not found in the graph: {state.data.missing.join(", ")}</p>
      )}
    </aside>
  );
}
