import type { CommentInfo } from "../api/queries.ts";

/** One comment with its replies, oldest first (Reddit's own order is by vote; time reads better for coding). */
export interface CommentNode {
  readonly comment: CommentInfo;
  readonly replies: CommentNode[];
}

/**
 * The thread's flat comment list (server order: depth, then time) as a tree via parentId. A comment whose parent
 * is not in the list (folded by Reddit, never fetched) is shown at the top level rather than lost.
 */
export function buildCommentTree(threadId: string, comments: readonly CommentInfo[]): CommentNode[] {
  const byId = new Map<string, CommentNode>();
  for (const comment of comments) byId.set(comment.id, { comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const node of byId.values()) {
    const parentId = node.comment.parentId;
    const parent = parentId && parentId !== threadId ? byId.get(parentId) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  const byTime = (a: CommentNode, b: CommentNode): number =>
    (a.comment.createdAt ?? "").localeCompare(b.comment.createdAt ?? "");
  const sort = (nodes: CommentNode[]): void => {
    nodes.sort(byTime);
    for (const node of nodes) sort(node.replies);
  };
  sort(roots);
  return roots;
}
