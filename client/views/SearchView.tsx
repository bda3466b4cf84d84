import type { ReactNode } from "react";

import { SEARCH, type SearchResult } from "../api/queries.ts";
import { RouteLink } from "../components/RouteLink.tsx";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { day } from "../data/reddit-url.ts";
import { formatCount } from "../graph/format-count.ts";
import { useApi } from "../hooks/use-api.ts";
import { treeRoute } from "../routing/route.ts";

/** Full results for a query: people, models and posts, each linking to its own view. */
export function SearchView(props: { readonly q: string }): ReactNode {
  const state = useApi<SearchResult>(SEARCH, { q: props.q, first: 25 }, props.q.trim() === "");
  if (props.q.trim() === "") return <Empty>Type a model, a person or a few words in the search box.</Empty>;
  if (state.status === "loading") return <Loading what="results" />;
  if (state.status === "error") return <ErrorState error={state.error} what="results" />;
  const { searchModels, searchPosts, redditUser } = state.data;
  if (searchModels.length === 0 && searchPosts.length === 0 && !redditUser) {
    return <Empty>Nothing matches “{props.q}”.</Empty>;
  }
  return (
    <div className="search-view">
      <h1>Results for “{props.q}”</h1>
      {redditUser && (
        <section className="panel-section" aria-label="People">
          <h2>People</h2>
          <ul className="link-list">
            <li>
              <RouteLink to={{ view: "user", name: redditUser.name }}>u/{redditUser.name}</RouteLink>
            </li>
          </ul>
        </section>
      )}
      <div className="two-columns">
        <section className="panel-section" aria-label="Models">
          <h2>
            Models <span className="count">{searchModels.length}</span>
          </h2>
          <ul className="link-list">
            {searchModels.map(({ model }) => (
              <li key={model.id}>
                <RouteLink to={treeRoute(model.id, model.id)}>{model.id}</RouteLink>
                <span className="meta">
                  {model.placeholder ? "referenced only" : `${formatCount(model.downloads ?? 0)} downloads`}
                  {model.pipelineTag ? ` · ${model.pipelineTag}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="panel-section" aria-label="Posts">
          <h2>
            Posts <span className="count">{searchPosts.length}</span>
          </h2>
          <ul className="link-list">
            {searchPosts.map(({ post }) => (
              <li key={post.id}>
                <RouteLink
                  to={
                    post.__typename === "Thread"
                      ? { view: "thread", id: post.id }
                      : { view: "thread", id: post.threadId ?? post.id, comment: post.id }
                  }
                >
                  {post.__typename === "Thread" ? (post.title ?? post.id) : (post.body ?? "").slice(0, 140)}
                </RouteLink>
                <span className="meta">
                  {post.__typename === "Thread" ? "thread" : "comment"} by u/{post.author ?? "[deleted]"} ·{" "}
                  {day(post.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
