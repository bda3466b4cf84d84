import type { ReactNode } from "react";

import { USER, type HelpInfo, type UserResult } from "../api/queries.ts";
import { RouteLink } from "../components/RouteLink.tsx";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { day, redditUrl } from "../data/reddit-url.ts";
import { useApi } from "../hooks/use-api.ts";
import { helpEdgeKey, HELP_DEFAULTS } from "../routing/route.ts";

function HelpList(props: {
  readonly title: string;
  readonly items: readonly HelpInfo[];
  readonly edge: (other: string) => string;
}): ReactNode {
  return (
    <section className="panel-section" aria-label={props.title}>
      <h2>
        {props.title} <span className="count">{props.items.length}</span>
      </h2>
      {props.items.length === 0 ? (
        <p className="meta">None found.</p>
      ) : (
        <ul className="link-list">
          {props.items.map((help) => (
            <li key={help.user.name}>
              <RouteLink to={{ view: "user", name: help.user.name }}>u/{help.user.name}</RouteLink>
              <span className="meta">
                weight {help.weight} · {help.evidence.length} answers
                {help.acknowledged ? " · acknowledged" : ""} · {day(help.firstAt)} – {day(help.lastAt)} ·{" "}
                <RouteLink to={{ view: "help", ...HELP_DEFAULTS, edge: props.edge(help.user.name) }}>
                  evidence
                </RouteLink>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A Reddit user: recent posts, whom they helped and who helped them, and the Hub accounts believed to be theirs. */
export function UserView(props: { readonly name: string }): ReactNode {
  const state = useApi<UserResult>(USER, { name: props.name });
  if (state.status === "loading") return <Loading what={`u/${props.name}`} />;
  if (state.status === "error") return <ErrorState error={state.error} what={`u/${props.name}`} />;
  const user = state.data.redditUser;
  if (!user) return <Empty>No Reddit user u/{props.name} in the graph.</Empty>;
  return (
    <div className="user-view">
      <h1>
        u/{user.name} {user.flair && <span className="badge badge-flair">{user.flair}</span>}
      </h1>
      <p>
        <a
          href={`https://www.reddit.com/user/${encodeURIComponent(user.name)}`}
          target="_blank"
          rel="noreferrer"
        >
          Reddit profile ↗
        </a>
      </p>
      {user.sameAs.length > 0 && (
        <section className="panel-section" aria-label="Hugging Face accounts">
          <h2>On Hugging Face</h2>
          <ul className="link-list">
            {user.sameAs.map((same) => (
              <li key={same.account.name}>
                <a href={`https://huggingface.co/${same.account.name}`} target="_blank" rel="noreferrer">
                  {same.account.fullname ?? same.account.name}
                </a>
                <span className="meta">
                  confidence {same.confidence?.toFixed(2) ?? "?"}
                  {same.rule ? ` · rule ${same.rule}` : ""}
                  {same.evidence.map((evidence) => (
                    <span key={evidence}>
                      {" · "}
                      <a href={redditUrl(evidence) ?? evidence} target="_blank" rel="noreferrer">
                        evidence ↗
                      </a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="two-columns">
        <HelpList title="Helped" items={user.helped} edge={(other) => helpEdgeKey(user.name, other)} />
        <HelpList title="Helped by" items={user.helpedBy} edge={(other) => helpEdgeKey(other, user.name)} />
      </div>
      <section className="panel-section" aria-label="Posts">
        <h2>
          Posts <span className="count">{user.posts.totalCount}</span>
        </h2>
        <ul className="link-list">
          {user.posts.edges.map(({ node }) => (
            <li key={node.id}>
              <RouteLink
                to={
                  node.__typename === "Thread"
                    ? { view: "thread", id: node.id }
                    : { view: "thread", id: node.threadId ?? node.id, comment: node.id }
                }
              >
                {node.__typename === "Thread" ? (node.title ?? node.id) : snippet(node.body)}
              </RouteLink>
              <span className="meta">
                {node.__typename === "Thread" ? "thread" : "comment"} · {day(node.createdAt)} ·{" "}
                {node.score ?? 0} points
              </span>
            </li>
          ))}
        </ul>
        {user.posts.totalCount > user.posts.edges.length && (
          <p className="meta">
            Showing {user.posts.edges.length} of {user.posts.totalCount}, newest first.
          </p>
        )}
      </section>
    </div>
  );
}

function snippet(text: string | null): string {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat || "(no text)";
}
