import { useEffect, useId, useState, type ReactNode } from "react";

import { graphql, storedToken } from "../api/graphql-client.ts";
import { entityMentions } from "../api/post-mentions.ts";
import {
  CODE_ITEM,
  RESEARCH,
  THREAD,
  UNCODE_ITEM,
  type ResearchResult,
  type ThreadResult,
} from "../api/queries.ts";
import { CodeChips } from "../components/CodeChips.tsx";
import { CodingForm } from "../components/CodingForm.tsx";
import { PostText } from "../components/PostText.tsx";
import { RouteLink } from "../components/RouteLink.tsx";
import { Empty, ErrorState, Loading } from "../components/Status.tsx";
import { storedCoder, TokenSettings } from "../components/TokenSettings.tsx";
import { buildCommentTree, type CommentNode } from "../data/comment-tree.ts";
import { day, redditUrl } from "../data/reddit-url.ts";
import { useApi } from "../hooks/use-api.ts";

interface Coding {
  readonly enabled: boolean;
  readonly coder: string;
  readonly codebookId: string;
  readonly add: (itemId: string, code: string, note: string | undefined) => Promise<void>;
  readonly remove: (itemId: string, code: string) => void;
}

function CommentItem(props: {
  readonly node: CommentNode;
  readonly coding: Coding;
  readonly focus: string | undefined;
}): ReactNode {
  const { comment } = props.node;
  const url = redditUrl(comment.permalink);
  const focused = props.focus === comment.id;
  return (
    <li
      className={`comment${comment.isSubmitter ? " by-op" : ""}${focused ? " focused" : ""}`}
      id={`c-${comment.id}`}
      data-comment-id={comment.id}
    >
      <div className="post-meta">
        <RouteLink to={{ view: "user", name: comment.author ?? "[deleted]" }}>
          u/{comment.author ?? "[deleted]"}
        </RouteLink>
        {comment.isSubmitter && (
          <span className="badge badge-op" title="The post's author">
            OP
          </span>
        )}
        {comment.distinguished && <span className="badge">{comment.distinguished}</span>}
        <span>· {comment.score ?? 0} points</span>
        <span>· {day(comment.createdAt)}</span>
        {comment.edited && <span>· edited</span>}
        {url && (
          <a href={url} target="_blank" rel="noreferrer">
            · permalink ↗
          </a>
        )}
      </div>
      <PostText text={comment.body} mentions={entityMentions(comment.mentions)} />
      <CodeChips
        codes={comment.codes}
        coder={props.coding.coder}
        onRemove={props.coding.enabled ? (code) => props.coding.remove(comment.id, code) : undefined}
      />
      {props.coding.enabled && (
        <CodingForm
          itemId={comment.id}
          codebookId={props.coding.codebookId}
          onAdd={(code, note) => props.coding.add(comment.id, code, note)}
        />
      )}
      {props.node.replies.length > 0 && (
        <ol className="replies">
          {props.node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} coding={props.coding} focus={props.focus} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * A thread and its comment tree: replies by the post's author marked OP, the models, hardware and engines the
 * analysis found highlighted (models linking to their family tree), human and machine codes shown; with a token configured, each post can be coded (CODED edges through the API).
 */
export function ThreadView(props: { readonly id: string; readonly comment?: string | undefined }): ReactNode {
  const [version, setVersion] = useState(0);
  const state = useApi<ThreadResult>(THREAD, { id: props.id }, false, version);
  const [tokenVersion, setTokenVersion] = useState(0);
  const enabled = storedToken() !== undefined && storedCoder() !== "";
  const codebook = useApi<ResearchResult>(RESEARCH, {}, !enabled);
  const codebookId = useId();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (state.status === "ok" && props.comment) {
      document.getElementById(`c-${props.comment}`)?.scrollIntoView({ block: "center" });
    }
  }, [state.status, props.comment]);

  const coding: Coding = {
    enabled,
    coder: storedCoder(),
    codebookId,
    add: async (itemId, code, note) => {
      await graphql(CODE_ITEM, { itemId, code, coder: storedCoder(), note: note ?? null });
      setVersion((v) => v + 1);
    },
    remove: (itemId, code) => {
      graphql(UNCODE_ITEM, { itemId, code, coder: storedCoder() }).then(
        () => setVersion((v) => v + 1),
        (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
      );
    },
  };

  if (state.status === "loading") return <Loading what="the thread" />;
  if (state.status === "error") return <ErrorState error={state.error} what="the thread" />;
  const thread = state.data.thread;
  if (!thread) return <Empty>No thread {props.id} in the graph.</Empty>;
  const roots = buildCommentTree(thread.id, thread.comments);
  const opReplies = thread.comments.filter((comment) => comment.isSubmitter).length;
  const url = redditUrl(thread.permalink);
  return (
    <article className="thread-view" aria-label={thread.title ?? thread.id} data-tokens={tokenVersion}>
      <header className="thread-head">
        <div className="post-meta">
          r/{thread.subreddit ?? "LocalLLaMA"} ·{" "}
          {thread.flair && <span className="badge badge-flair">{thread.flair}</span>}{" "}
          <RouteLink to={{ view: "user", name: thread.author ?? "[deleted]" }}>
            u/{thread.author ?? "[deleted]"}
          </RouteLink>{" "}
          · {day(thread.createdAt)} · {thread.score ?? 0} points
          {url && (
            <a href={url} target="_blank" rel="noreferrer">
              {" "}
              · reddit ↗
            </a>
          )}
        </div>
        <h1>{thread.title ?? thread.id}</h1>
        <PostText text={thread.body} mentions={entityMentions(thread.mentions)} />
        <CodeChips
          codes={thread.codes}
          coder={coding.coder}
          onRemove={enabled ? (code) => coding.remove(thread.id, code) : undefined}
        />
        {enabled && (
          <CodingForm
            itemId={thread.id}
            codebookId={codebookId}
            onAdd={(code, note) => coding.add(thread.id, code, note)}
          />
        )}
        <p className="meta">
          {thread.comments.length} comments in the graph
          {thread.numComments != null && thread.numComments !== thread.comments.length
            ? ` (Reddit counted ${thread.numComments})`
            : ""}{" "}
          · {opReplies} by the post's author ·{" "}
          <TokenSettings onChange={() => setTokenVersion((v) => v + 1)} />
        </p>
        {problem && (
          <p className="status status-error" role="alert">
            {problem}
          </p>
        )}
      </header>
      {enabled && codebook.status === "ok" && (
        <datalist id={codebookId}>
          {codebook.data.codes.map((code) => (
            <option key={code.name} value={code.name}>
              {code.kind ?? ""}
            </option>
          ))}
        </datalist>
      )}
      {roots.length === 0 ? (
        <Empty>No comments in the graph for this thread.</Empty>
      ) : (
        <ol className="comment-tree" aria-label="Comments">
          {roots.map((node) => (
            <CommentItem key={node.comment.id} node={node} coding={coding} focus={props.comment} />
          ))}
        </ol>
      )}
    </article>
  );
}
