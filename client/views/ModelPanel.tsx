import type { ReactNode } from "react";

import { MODEL_PANEL, type ModelPanelResult, type ThreadLinkInfo } from "../api/queries.ts";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { RouteLink } from "../components/RouteLink.tsx";
import { day, redditUrl } from "../data/reddit-url.ts";
import { formatCount } from "../graph/format-count.ts";
import { useApi } from "../hooks/use-api.ts";
import { treeRoute } from "../routing/route.ts";

/** What the panel's expand buttons ask the tree to do. */
export interface ModelPanelActions {
  readonly onExpand: (direction: "up" | "down") => void;
  readonly onClose: () => void;
}

function ThreadLinks(props: {
  readonly title: string;
  readonly links: readonly ThreadLinkInfo[];
}): ReactNode {
  if (props.links.length === 0) return null;
  return (
    <section className="panel-section" aria-label={props.title}>
      <h3>
        {props.title} <span className="count">{props.links.length}</span>
      </h3>
      <ul className="link-list">
        {props.links.map((link) => (
          <li key={link.thread.id}>
            <RouteLink to={{ view: "thread", id: link.thread.id }}>
              {link.thread.title ?? link.thread.id}
            </RouteLink>
            <span className="meta">
              {day(link.thread.createdAt)} · {link.thread.numComments ?? 0} comments
              {link.rule ? ` · rule ${link.rule}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The selected model: its Hub facts and link, its publisher, how it derives from its parents (with the rule), and
 * the Reddit threads that announce, evaluate or mention it. Buttons expand the tree around it.
 */
export function ModelPanel(props: { readonly id: string } & ModelPanelActions): ReactNode {
  const state = useApi<ModelPanelResult>(MODEL_PANEL, { id: props.id });
  return (
    <aside className="side-panel" aria-label={`Model ${props.id}`} data-testid="model-panel">
      <div className="panel-head">
        <h2 title={props.id}>{props.id}</h2>
        <button type="button" className="close" aria-label="Close the model panel" onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className="panel-actions">
        <button
          type="button"
          onClick={() => props.onExpand("up")}
          aria-label={`Show the parents of ${props.id}`}
        >
          ▲ Parents
        </button>
        <button
          type="button"
          onClick={() => props.onExpand("down")}
          aria-label={`Show the children of ${props.id}`}
        >
          ▼ Children
        </button>
        <RouteLink to={treeRoute(props.id, props.id)} className="button-link">
          Centre tree here
        </RouteLink>
      </div>
      {state.status === "loading" && <Loading what="the model" />}
      {state.status === "error" && <ErrorState error={state.error} what="the model" />}
      {state.status === "ok" && state.data.model === null && <Empty>No model {props.id} in the graph.</Empty>}
      {state.status === "ok" && state.data.model && <ModelDetailsView model={state.data.model} />}
    </aside>
  );
}

function ModelDetailsView({ model }: { readonly model: NonNullable<ModelPanelResult["model"]> }): ReactNode {
  const mentions = model.mentions.edges.map((edge) => edge.node);
  const threadsCount = model.announcements.length + model.evaluations.length + model.mentions.totalCount;
  return (
    <>
      {model.placeholder && (
        <p className="notice">
          Placeholder: referenced by another model but not fetched from the Hub
          {model.placeholderReason ? ` (${model.placeholderReason})` : ""}.
        </p>
      )}
      <p>
        <a href={`https://huggingface.co/${model.id}`} target="_blank" rel="noreferrer" className="hub-link">
          Open on Hugging Face ↗
        </a>
      </p>
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>
          {model.publisher ? (
            <a href={`https://huggingface.co/${model.publisher.name}`} target="_blank" rel="noreferrer">
              {model.publisher.fullname ?? model.publisher.name}
            </a>
          ) : (
            (model.author ?? "—")
          )}
          {model.publisher?.kind ? <span className="meta"> ({model.publisher.kind})</span> : null}
        </dd>
        <dt>Downloads</dt>
        <dd>{model.downloads != null ? formatCount(model.downloads) : "—"}</dd>
        <dt>Likes</dt>
        <dd>{model.likes ?? "—"}</dd>
        <dt>Created</dt>
        <dd>{day(model.createdAt)}</dd>
        <dt>Task</dt>
        <dd>{model.pipelineTag ?? "—"}</dd>
        <dt>License</dt>
        <dd>{model.license ?? "—"}</dd>
        <dt>Descendants</dt>
        <dd>{model.descendantsCount}</dd>
      </dl>
      {model.description && <p className="description">{model.description}</p>}
      {model.parents.length > 0 && (
        <section className="panel-section" aria-label="Derived from">
          <h3>Derived from</h3>
          <ul className="link-list">
            {model.parents.map((parent) => (
              <li key={parent.model.id}>
                <RouteLink to={treeRoute(parent.model.id, parent.model.id)}>{parent.model.id}</RouteLink>
                <span className="meta">
                  {parent.relation}
                  {parent.source ? ` · from ${parent.source}` : ""}
                  {parent.rule ? ` · rule ${parent.rule}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3 className="threads-heading">
        Reddit threads <span className="count">{threadsCount}</span>
      </h3>
      {threadsCount === 0 && <Empty>No Reddit thread announces, evaluates or mentions this model.</Empty>}
      <ThreadLinks title="Announced in" links={model.announcements} />
      <ThreadLinks title="Evaluated in" links={model.evaluations} />
      {mentions.length > 0 && (
        <section className="panel-section" aria-label="Mentioned in">
          <h3>
            Mentioned in <span className="count">{model.mentions.totalCount}</span>
          </h3>
          <ul className="link-list">
            {mentions.map((mention) => {
              const post = mention.post;
              const threadId = post.__typename === "Thread" ? post.id : (post.threadId ?? post.id);
              return (
                <li key={post.id}>
                  <RouteLink
                    to={
                      post.__typename === "Thread"
                        ? { view: "thread", id: post.id }
                        : { view: "thread", id: threadId, comment: post.id }
                    }
                  >
                    {post.__typename === "Thread"
                      ? (post.title ?? post.id)
                      : `comment by u/${post.author ?? "[deleted]"}`}
                  </RouteLink>
                  <span className="meta">
                    {day(post.createdAt)}
                    {mention.surface ? ` · “${mention.surface}”` : ""}
                    {redditUrl(post.permalink) ? (
                      <>
                        {" · "}
                        <a href={redditUrl(post.permalink)} target="_blank" rel="noreferrer">
                          reddit ↗
                        </a>
                      </>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
          {model.mentions.totalCount > mentions.length && (
            <p className="meta">
              Showing {mentions.length} of {model.mentions.totalCount} mentions, newest first.
            </p>
          )}
        </section>
      )}
    </>
  );
}
