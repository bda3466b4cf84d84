import type { ApiGraph } from "./graph-types.ts";
import { POST_MENTION_FIELDS, type PostMentionInfo } from "./post-mentions.ts";

// The operations the explorer sends, written against server/schema/schema.graphql, with the shapes they return.

const GRAPH_FIELDS = "nodes { id kind label data } edges { source target type data } truncated";

const THREAD_LINK_FIELDS =
  "thread { id title permalink createdAt score numComments author flair } rule evidence";

export const SEARCH = `query Search($q: String!, $first: Int) {
  searchModels(query: $q, first: $first) { score model { id author downloads placeholder pipelineTag } }
  searchPosts(query: $q, first: $first) {
    score
    post { __typename id body createdAt author permalink ... on Thread { title numComments } ... on Comment { threadId } }
  }
  redditUser(name: $q) { name flair }
}`;

export interface ModelSummary {
  readonly id: string;
  readonly author: string | null;
  readonly downloads: number | null;
  readonly placeholder: boolean;
  readonly pipelineTag: string | null;
}

export interface PostSummary {
  readonly __typename: "Thread" | "Comment";
  readonly id: string;
  readonly body: string | null;
  readonly createdAt: string | null;
  readonly author: string | null;
  readonly permalink: string | null;
  readonly title?: string | null;
  readonly numComments?: number | null;
  readonly threadId?: string | null;
}

export interface SearchResult {
  readonly searchModels: readonly { score: number; model: ModelSummary }[];
  readonly searchPosts: readonly { score: number; post: PostSummary }[];
  readonly redditUser: { name: string; flair: string | null } | null;
}

export const FAMILY_TREE = `query FamilyTree($id: ID!, $up: Int, $down: Int, $relations: [DerivationRelation!], $limit: Int) {
  familyTree(modelId: $id, up: $up, down: $down, relations: $relations, limit: $limit) { ${GRAPH_FIELDS} }
}`;

export interface FamilyTreeResult {
  readonly familyTree: ApiGraph;
}

export const MODEL_PANEL = `query ModelPanel($id: ID!) {
  model(id: $id) {
    id author downloads likes createdAt lastModified pipelineTag libraryName license tags gated description
    placeholder placeholderReason sources descendantsCount
    publisher { name kind fullname }
    parents { relation source rule model { id placeholder } }
    mentions(first: 15) {
      totalCount
      edges { node { surface post { __typename id createdAt author permalink ... on Thread { title } ... on Comment { threadId } } } }
    }
    announcements { ${THREAD_LINK_FIELDS} }
    evaluations { ${THREAD_LINK_FIELDS} }
  }
}`;

export interface ThreadLinkInfo {
  readonly thread: { id: string; title: string | null; createdAt: string | null; numComments: number | null };
  readonly rule: string | null;
}

export interface ModelDetails {
  readonly id: string;
  readonly author: string | null;
  readonly downloads: number | null;
  readonly likes: number | null;
  readonly createdAt: string | null;
  readonly lastModified: string | null;
  readonly pipelineTag: string | null;
  readonly libraryName: string | null;
  readonly license: string | null;
  readonly tags: readonly string[];
  readonly gated: boolean | null;
  readonly description: string | null;
  readonly placeholder: boolean;
  readonly placeholderReason: string | null;
  readonly sources: readonly string[];
  readonly descendantsCount: number;
  readonly publisher: { name: string; kind: string | null; fullname: string | null } | null;
  readonly parents: readonly {
    relation: string;
    source: string | null;
    rule: string | null;
    model: { id: string; placeholder: boolean };
  }[];
  readonly mentions: {
    totalCount: number;
    edges: readonly {
      node: {
        surface: string | null;
        post: {
          __typename: "Thread" | "Comment";
          id: string;
          createdAt: string | null;
          author: string | null;
          permalink: string | null;
          title?: string | null;
          threadId?: string | null;
        };
      };
    }[];
  };
  readonly announcements: readonly ThreadLinkInfo[];
  readonly evaluations: readonly ThreadLinkInfo[];
}

export interface ModelPanelResult {
  readonly model: ModelDetails | null;
}

export const HELP_NETWORK = `query HelpNetwork($since: String, $until: String, $minWeight: Int, $limit: Int) {
  helpNetwork(since: $since, until: $until, minWeight: $minWeight, limit: $limit) { ${GRAPH_FIELDS} }
}`;

export interface HelpNetworkResult {
  readonly helpNetwork: ApiGraph;
}

const CODING_FIELDS = "code kind itemId coder at note classifier score rule evidence";

const COMMENT_FIELDS = `id threadId parentId body score createdAt permalink depth isSubmitter author edited deleted
  removed distinguished stickied codes { ${CODING_FIELDS} } ${POST_MENTION_FIELDS}`;

export const THREAD = `query Thread($id: ID!) {
  thread(id: $id) {
    id title body flair score numComments createdAt permalink url domain subreddit author deleted removed
    codes { ${CODING_FIELDS} }
    ${POST_MENTION_FIELDS}
    comments { ${COMMENT_FIELDS} }
  }
}`;

export interface Coding {
  readonly code: string;
  readonly kind: "HUMAN" | "MACHINE";
  readonly itemId: string;
  readonly coder: string | null;
  readonly at: string | null;
  readonly note: string | null;
  readonly classifier: string | null;
  readonly score: number | null;
  readonly rule: string | null;
  readonly evidence: unknown;
}

export interface CommentInfo {
  readonly id: string;
  readonly threadId: string | null;
  readonly parentId: string | null;
  readonly body: string | null;
  readonly score: number | null;
  readonly createdAt: string | null;
  readonly permalink: string | null;
  readonly depth: number | null;
  readonly isSubmitter: boolean | null;
  readonly author: string | null;
  readonly edited: string | null;
  readonly deleted: boolean | null;
  readonly removed: boolean | null;
  readonly distinguished: string | null;
  readonly stickied: boolean | null;
  readonly codes: readonly Coding[];
  /** Models, hardware, engines and datasets the comment names (from `commons analyze`). */
  readonly mentions: readonly PostMentionInfo[];
}

export interface ThreadInfo {
  readonly id: string;
  readonly title: string | null;
  readonly body: string | null;
  readonly flair: string | null;
  readonly score: number | null;
  readonly numComments: number | null;
  readonly createdAt: string | null;
  readonly permalink: string | null;
  readonly url: string | null;
  readonly domain: string | null;
  readonly subreddit: string | null;
  readonly author: string | null;
  readonly deleted: boolean | null;
  readonly removed: boolean | null;
  readonly codes: readonly Coding[];
  readonly mentions: readonly PostMentionInfo[];
  readonly comments: readonly CommentInfo[];
}

export interface ThreadResult {
  readonly thread: ThreadInfo | null;
}

/**
 * Comments by id (at most 100 a call; absent ids left out), for the help-edge evidence panel: the answers an edge
 * cites, without paging through the helper's posts.
 */
export const COMMENTS_BY_ID = `query CommentsById($ids: [ID!]!) {
  comments(ids: $ids) { ${COMMENT_FIELDS} }
}`;

export interface CommentsByIdResult {
  readonly comments: readonly CommentInfo[];
}

export const COMMENT_THREADS = `query CommentThreads($ids: [ID!]!) {
  comments(ids: $ids) { id threadId }
}`;

export interface CommentThreadsResult {
  readonly comments: readonly { id: string; threadId: string | null }[];
}

export const USER = `query User($name: String!) {
  redditUser(name: $name) {
    name flair
    posts(first: 20) { totalCount edges { node { __typename id createdAt permalink score body
      ... on Thread { title numComments } ... on Comment { threadId } } } }
    helped { user { name } weight acknowledged evidence rule firstAt lastAt }
    helpedBy { user { name } weight acknowledged evidence rule firstAt lastAt }
    sameAs { account { name kind fullname } confidence evidence rule }
  }
}`;

export interface HelpInfo {
  readonly user: { name: string };
  readonly weight: number;
  readonly acknowledged: unknown;
  readonly evidence: readonly string[];
  readonly rule: string | null;
  readonly firstAt: string | null;
  readonly lastAt: string | null;
}

export interface UserResult {
  readonly redditUser: {
    name: string;
    flair: string | null;
    posts: {
      totalCount: number;
      edges: readonly {
        node: {
          __typename: "Thread" | "Comment";
          id: string;
          createdAt: string | null;
          permalink: string | null;
          score: number | null;
          body: string | null;
          title?: string | null;
          numComments?: number | null;
          threadId?: string | null;
        };
      }[];
    };
    helped: readonly HelpInfo[];
    helpedBy: readonly HelpInfo[];
    sameAs: readonly {
      account: { name: string; kind: string | null; fullname: string | null };
      confidence: number | null;
      evidence: readonly string[];
      rule: string | null;
    }[];
  } | null;
}

const COUNT_FIELDS = "count classifiedCount codedItems classifiedItems itemsInScope";

export const RESEARCH = `query Research {
  themes { name description codes ${COUNT_FIELDS} }
  codes { name kind description themes ${COUNT_FIELDS} }
  stats { nodes { label count } relationships { type count } }
}`;

export interface CountWithDenominators {
  readonly name: string;
  readonly description: string | null;
  readonly count: number;
  readonly classifiedCount: number;
  readonly codedItems: number;
  readonly classifiedItems: number;
  readonly itemsInScope: number;
}

export interface ResearchResult {
  readonly themes: readonly (CountWithDenominators & { codes: readonly string[] })[];
  readonly codes: readonly (CountWithDenominators & { kind: string | null; themes: readonly string[] })[];
  readonly stats: {
    nodes: readonly { label: string; count: number }[];
    relationships: readonly { type: string; count: number }[];
  };
}

/** Codes and themes per month (human and machine counts) with each month's denominators, for the research charts. */
export const CODE_TIMELINE = `query CodeTimeline {
  codeTimeline(bucket: MONTH) {
    start itemsInScope codedItems classifiedItems
    codes { name kind count classifiedCount }
    themes { name count classifiedCount }
  }
}`;

/** A code's or theme's items in one month: from people (count) and from classifiers (classifiedCount). */
export interface BucketCount {
  readonly name: string;
  readonly count: number;
  readonly classifiedCount: number;
}

export interface CodeBucketInfo {
  /** First day of the month, YYYY-MM-DD. */
  readonly start: string;
  readonly itemsInScope: number;
  readonly codedItems: number;
  readonly classifiedItems: number;
  readonly codes: readonly (BucketCount & { kind: string | null })[];
  readonly themes: readonly BucketCount[];
}

export interface CodeTimelineResult {
  readonly codeTimeline: readonly CodeBucketInfo[];
}

export const MODEL_MENTIONS = `query ModelMentions($id: ID!, $after: String) {
  model(id: $id) {
    id
    mentions(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { post { id createdAt } } }
    }
  }
}`;

export interface ModelMentionsResult {
  readonly model: {
    id: string;
    mentions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: readonly { node: { post: { id: string; createdAt: string | null } } }[];
    };
  } | null;
}

export const CODE_ITEM = `mutation CodeItem($itemId: ID!, $code: String!, $coder: String!, $note: String) {
  codeItem(itemId: $itemId, code: $code, coder: $coder, note: $note) { ${CODING_FIELDS} }
}`;

export const UNCODE_ITEM = `mutation UncodeItem($itemId: ID!, $code: String!, $coder: String!) {
  uncodeItem(itemId: $itemId, code: $code, coder: $coder)
}`;
