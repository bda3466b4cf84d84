import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { DeepPartial } from '../deep-partial.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * commons-graph API: r/LocalLLaMA threads and comments, Hugging Face model families and the people behind both.
   * Read-only for anonymous callers; the coding mutations need a bearer token. Lists are clamped (max 100 a page,
   * graphs max 5000 nodes), queries have a depth limit and a complexity budget, and every error carries
   * extensions.code (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, RATE_LIMITED, QUERY_TOO_COMPLEX, TIMEOUT,
   * DB_UNAVAILABLE, INTERNAL_SERVER_ERROR).
   */
  JSON: { input: unknown; output: unknown; }
};

/**
 * One time bucket of codeTimeline: `codes` and `themes` list only those present that month; every share's
 * denominator is here (itemsInScope: all threads and comments created that month; codedItems / classifiedItems:
 * those with any human code / any classification).
 */
export type CodeBucket = {
  __typename?: 'CodeBucket';
  classifiedItems: Scalars['Int']['output'];
  codedItems: Scalars['Int']['output'];
  codes: Array<CodeBucketCount>;
  itemsInScope: Scalars['Int']['output'];
  /** First day of the bucket, YYYY-MM-DD. */
  start: Scalars['String']['output'];
  /** Themes present that month: an item counts once for a theme however many of its codes it carries. */
  themes: Array<ThemeBucketCount>;
};

export type CodeBucketCount = {
  __typename?: 'CodeBucketCount';
  /** Items created in the bucket with this code from a classifier (CLASSIFIED). */
  classifiedCount: Scalars['Int']['output'];
  /** Items created in the bucket with this code from a person (CODED). */
  count: Scalars['Int']['output'];
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  themes: Array<Scalars['String']['output']>;
};

/**
 * A count with its denominators, so no number stands alone: `count` items carry this code (or theme), out of
 * `codedItems` items that carry any human code, out of `itemsInScope` threads and comments in scope.
 */
export type CodeCount = {
  __typename?: 'CodeCount';
  /** Items with this code from a classifier (CLASSIFIED). */
  classifiedCount: Scalars['Int']['output'];
  classifiedItems: Scalars['Int']['output'];
  codedItems: Scalars['Int']['output'];
  /** Items with this code from a person (CODED). */
  count: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  itemsInScope: Scalars['Int']['output'];
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  themes: Array<Scalars['String']['output']>;
};

export type Coding = {
  __typename?: 'Coding';
  at: Maybe<Scalars['String']['output']>;
  classifier: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  coder: Maybe<Scalars['String']['output']>;
  evidence: Maybe<Scalars['JSON']['output']>;
  itemId: Scalars['ID']['output'];
  kind: CodingKind;
  note: Maybe<Scalars['String']['output']>;
  rule: Maybe<Scalars['String']['output']>;
  score: Maybe<Scalars['Float']['output']>;
};

export type CodingKind =
  /** CODED by a person */
  | 'HUMAN'
  /** CLASSIFIED by a rule or a model */
  | 'MACHINE';

export type Comment = Post & {
  __typename?: 'Comment';
  author: Maybe<Scalars['String']['output']>;
  body: Maybe<Scalars['String']['output']>;
  codes: Array<Coding>;
  createdAt: Maybe<Scalars['String']['output']>;
  deleted: Maybe<Scalars['Boolean']['output']>;
  depth: Maybe<Scalars['Int']['output']>;
  distinguished: Maybe<Scalars['String']['output']>;
  edited: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isSubmitter: Maybe<Scalars['Boolean']['output']>;
  mentions: Array<PostMention>;
  /** Base36 id of the parent comment, or of the thread for top-level comments. */
  parentId: Maybe<Scalars['String']['output']>;
  permalink: Maybe<Scalars['String']['output']>;
  removed: Maybe<Scalars['Boolean']['output']>;
  score: Maybe<Scalars['Int']['output']>;
  stickied: Maybe<Scalars['Boolean']['output']>;
  threadId: Maybe<Scalars['String']['output']>;
};

/** One DERIVED_FROM edge seen from one end: `model` is the other end. */
export type Derivation = {
  __typename?: 'Derivation';
  evidence: Maybe<Scalars['JSON']['output']>;
  model: Model;
  relation: Scalars['String']['output'];
  rule: Maybe<Scalars['String']['output']>;
  source: Maybe<Scalars['String']['output']>;
};

export type DerivationConnection = {
  __typename?: 'DerivationConnection';
  edges: Array<DerivationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DerivationEdge = {
  __typename?: 'DerivationEdge';
  cursor: Scalars['String']['output'];
  node: Derivation;
};

export type DerivationRelation =
  | 'adapter'
  | 'finetune'
  | 'merge'
  | 'quantized'
  | 'unknown';

/** A graph-shaped answer, ready for Cytoscape: node ids are unique; `truncated` is true when a limit cut it. */
export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  truncated: Scalars['Boolean']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  data: Scalars['JSON']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** DERIVED_FROM, HELPED, … */
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  data: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Model, RedditUser, … */
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type HfAccount = {
  __typename?: 'HFAccount';
  fullname: Maybe<Scalars['String']['output']>;
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type Help = {
  __typename?: 'Help';
  acknowledged: Maybe<Scalars['JSON']['output']>;
  evidence: Array<Scalars['String']['output']>;
  firstAt: Maybe<Scalars['String']['output']>;
  lastAt: Maybe<Scalars['String']['output']>;
  rule: Maybe<Scalars['String']['output']>;
  user: RedditUser;
  weight: Scalars['Float']['output'];
};

export type HelpChain = {
  __typename?: 'HelpChain';
  /** User names along the chain, starting with the user asked about. */
  users: Array<Scalars['String']['output']>;
  /** Edge weights along the chain. */
  weights: Array<Scalars['Float']['output']>;
};

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type Mention = {
  __typename?: 'Mention';
  count: Maybe<Scalars['Int']['output']>;
  post: Post;
  rule: Maybe<Scalars['String']['output']>;
  surface: Maybe<Scalars['String']['output']>;
};

export type MentionConnection = {
  __typename?: 'MentionConnection';
  edges: Array<MentionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MentionEdge = {
  __typename?: 'MentionEdge';
  cursor: Scalars['String']['output'];
  node: Mention;
};

export type MentionKind =
  | 'DATASET'
  | 'ENGINE'
  | 'HARDWARE'
  | 'MODEL';

/** A Hugging Face model repository (placeholder when only referenced by another). */
export type Model = {
  __typename?: 'Model';
  /** Threads that announce this model's release. */
  announcements: Array<ThreadLink>;
  author: Maybe<Scalars['String']['output']>;
  /** Direct children, most downloaded first, paginated by cursor. */
  children: DerivationConnection;
  createdAt: Maybe<Scalars['String']['output']>;
  /** Distinct transitive descendants (all relations). */
  descendantsCount: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Float: counts can pass GraphQL Int's 32 bits. */
  downloads: Maybe<Scalars['Float']['output']>;
  /** Threads that evaluate this model (crowdsourced evaluations). */
  evaluations: Array<ThreadLink>;
  gated: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  lastModified: Maybe<Scalars['String']['output']>;
  libraryName: Maybe<Scalars['String']['output']>;
  license: Maybe<Scalars['String']['output']>;
  likes: Maybe<Scalars['Float']['output']>;
  /** Threads and comments that mention this model, newest first. */
  mentions: MentionConnection;
  /** Direct parents (this model is DERIVED_FROM them). */
  parents: Array<Derivation>;
  pipelineTag: Maybe<Scalars['String']['output']>;
  placeholder: Scalars['Boolean']['output'];
  placeholderReason: Maybe<Scalars['String']['output']>;
  private: Maybe<Scalars['Boolean']['output']>;
  publisher: Maybe<HfAccount>;
  sources: Array<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
};


/** A Hugging Face model repository (placeholder when only referenced by another). */
export type ModelChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<DerivationRelation>;
};


/** A Hugging Face model repository (placeholder when only referenced by another). */
export type ModelMentionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ModelHit = {
  __typename?: 'ModelHit';
  model: Model;
  score: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Codes a thread or comment (human coding, CODED). Needs the bearer token. Creates the Code when new. */
  codeItem: Coding;
  /** Removes a coder's CODED edge; true when one was removed. Needs the bearer token. */
  uncodeItem: Scalars['Boolean']['output'];
};


export type MutationCodeItemArgs = {
  code: Scalars['String']['input'];
  codeKind?: InputMaybe<Scalars['String']['input']>;
  coder: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUncodeItemArgs = {
  code: Scalars['String']['input'];
  coder: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A thread or a comment. */
export type Post = {
  author: Maybe<Scalars['String']['output']>;
  body: Maybe<Scalars['String']['output']>;
  /** Human codes (CODED) and machine classifications (CLASSIFIED), kept apart by `kind`. */
  codes: Array<Coding>;
  createdAt: Maybe<Scalars['String']['output']>;
  deleted: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Models, hardware, engines and datasets the post names (found by `commons analyze`). */
  mentions: Array<PostMention>;
  permalink: Maybe<Scalars['String']['output']>;
  removed: Maybe<Scalars['Boolean']['output']>;
  score: Maybe<Scalars['Int']['output']>;
};

export type PostConnection = {
  __typename?: 'PostConnection';
  edges: Array<PostEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PostEdge = {
  __typename?: 'PostEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

export type PostHit = {
  __typename?: 'PostHit';
  post: Post;
  score: Scalars['Float']['output'];
};

/**
 * An entity a thread or comment names (a MENTIONS edge written by `commons analyze`): `name` is the graph's name
 * for it (a model id, "RTX 3090", "llama.cpp"), `surface` the text as written, `rule` how it was found.
 */
export type PostMention = {
  __typename?: 'PostMention';
  count: Maybe<Scalars['Int']['output']>;
  kind: MentionKind;
  name: Scalars['String']['output'];
  rule: Maybe<Scalars['String']['output']>;
  surface: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Codes over time: per calendar month (UTC) of the items' createdAt, how many threads and comments carry each
   * code from a person (CODED) or a classifier (CLASSIFIED), with that month's denominators. Items without a
   * createdAt are left out. Scope to one thread (and its comments) with threadId.
   */
  codeTimeline: Array<CodeBucket>;
  /** Qualitative codes with their counts; scope to one thread (and its comments) with threadId. */
  codes: Array<CodeCount>;
  /**
   * Comments by id (base36, with or without t1_), in the order asked, absent ids left out; at most the page-size
   * maximum (100) ids are read, the rest ignored. For fetching the exchanges behind a HELPED edge's evidence.
   */
  comments: Array<Comment>;
  /**
   * The family of a model: ancestors up to `up` levels and descendants down to `down` levels (each clamped to
   * 0..10), following DERIVED_FROM edges of the given relations (all when omitted). Distinct nodes, at most
   * `limit` (clamped to 1..5000); `truncated` says the limit cut it.
   */
  familyTree: Graph;
  /**
   * Who helped whom: HELPED edges with weight >= minWeight, active within [since, until] (ISO dates or datetimes),
   * at most `limit` edges (clamped to 1..5000).
   */
  helpNetwork: Graph;
  /** A Hugging Face model by id, case-insensitive (the Hub redirects case variants). Null when absent. */
  model: Maybe<Model>;
  /** A Reddit user by name (case as Reddit spells it; matched case-insensitively when no exact match). */
  redditUser: Maybe<RedditUser>;
  /** Full-text search over model ids and card descriptions. Lucene syntax in the query is escaped: it is text. */
  searchModels: Array<ModelHit>;
  /** Full-text search over thread titles and bodies and comment bodies. Lucene syntax is escaped. */
  searchPosts: Array<PostHit>;
  /** Node counts per label and relationship counts per type. */
  stats: Stats;
  /** Themes with the counts of items coded with any of their codes; scope with threadId. */
  themes: Array<ThemeCount>;
  /** A thread (base36 id, with or without t3_) and its whole comment tree. Null when absent. */
  thread: Maybe<Thread>;
};


export type QueryCodeTimelineArgs = {
  bucket?: InputMaybe<TimeBucket>;
  threadId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCodesArgs = {
  threadId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCommentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryFamilyTreeArgs = {
  down?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  modelId: Scalars['ID']['input'];
  relations?: InputMaybe<Array<DerivationRelation>>;
  up?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHelpNetworkArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};


export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRedditUserArgs = {
  name: Scalars['String']['input'];
};


export type QuerySearchModelsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryThemesArgs = {
  threadId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryThreadArgs = {
  id: Scalars['ID']['input'];
};

export type RedditUser = {
  __typename?: 'RedditUser';
  flair: Maybe<Scalars['String']['output']>;
  /** Chains of help starting at this user (this user helped A, who helped B, …), up to depth (1..5) edges. */
  helpChains: Array<HelpChain>;
  /** Users this user helped (HELPED out), heaviest first. */
  helped: Array<Help>;
  /** Users who helped this user (HELPED in), heaviest first. */
  helpedBy: Array<Help>;
  name: Scalars['String']['output'];
  /** Threads and comments this user posted, newest first. */
  posts: PostConnection;
  /** Hugging Face accounts this user is believed to be. */
  sameAs: Array<SameAs>;
};


export type RedditUserHelpChainsArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type RedditUserPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SameAs = {
  __typename?: 'SameAs';
  account: HfAccount;
  confidence: Maybe<Scalars['Float']['output']>;
  evidence: Array<Scalars['String']['output']>;
  rule: Maybe<Scalars['String']['output']>;
};

export type Stats = {
  __typename?: 'Stats';
  nodes: Array<LabelCount>;
  relationships: Array<TypeCount>;
};

export type ThemeBucketCount = {
  __typename?: 'ThemeBucketCount';
  /** Items created in the bucket with any of the theme's codes from a classifier (CLASSIFIED). */
  classifiedCount: Scalars['Int']['output'];
  /** Items created in the bucket with any of the theme's codes from a person (CODED). */
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type ThemeCount = {
  __typename?: 'ThemeCount';
  classifiedCount: Scalars['Int']['output'];
  classifiedItems: Scalars['Int']['output'];
  codedItems: Scalars['Int']['output'];
  codes: Array<Scalars['String']['output']>;
  count: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  itemsInScope: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Thread = Post & {
  __typename?: 'Thread';
  author: Maybe<Scalars['String']['output']>;
  body: Maybe<Scalars['String']['output']>;
  codes: Array<Coding>;
  /** Every comment of the thread, ordered by depth then time; parentId links them into the tree. */
  comments: Array<Comment>;
  createdAt: Maybe<Scalars['String']['output']>;
  deleted: Maybe<Scalars['Boolean']['output']>;
  domain: Maybe<Scalars['String']['output']>;
  flair: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  mentions: Array<PostMention>;
  numComments: Maybe<Scalars['Int']['output']>;
  permalink: Maybe<Scalars['String']['output']>;
  removed: Maybe<Scalars['Boolean']['output']>;
  score: Maybe<Scalars['Int']['output']>;
  subreddit: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

/** A derived Thread→Model link (ANNOUNCES, EVALUATES) with where it came from. */
export type ThreadLink = {
  __typename?: 'ThreadLink';
  evidence: Maybe<Scalars['JSON']['output']>;
  rule: Maybe<Scalars['String']['output']>;
  thread: Thread;
};

/** The width of a codeTimeline bucket. */
export type TimeBucket =
  | 'MONTH';

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Post:
    | ( DeepPartial<Comment> )
    | ( DeepPartial<Thread> )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<DeepPartial<Scalars['Boolean']['output']>>;
  CodeBucket: ResolverTypeWrapper<DeepPartial<CodeBucket>>;
  CodeBucketCount: ResolverTypeWrapper<DeepPartial<CodeBucketCount>>;
  CodeCount: ResolverTypeWrapper<DeepPartial<CodeCount>>;
  Coding: ResolverTypeWrapper<DeepPartial<Coding>>;
  CodingKind: ResolverTypeWrapper<DeepPartial<CodingKind>>;
  Comment: ResolverTypeWrapper<DeepPartial<Comment>>;
  Derivation: ResolverTypeWrapper<DeepPartial<Omit<Derivation, 'model'> & { model: ResolversTypes['Model'] }>>;
  DerivationConnection: ResolverTypeWrapper<DeepPartial<DerivationConnection>>;
  DerivationEdge: ResolverTypeWrapper<DeepPartial<DerivationEdge>>;
  DerivationRelation: ResolverTypeWrapper<DeepPartial<DerivationRelation>>;
  Float: ResolverTypeWrapper<DeepPartial<Scalars['Float']['output']>>;
  Graph: ResolverTypeWrapper<DeepPartial<Graph>>;
  GraphEdge: ResolverTypeWrapper<DeepPartial<GraphEdge>>;
  GraphNode: ResolverTypeWrapper<DeepPartial<GraphNode>>;
  HFAccount: ResolverTypeWrapper<DeepPartial<HfAccount>>;
  Help: ResolverTypeWrapper<DeepPartial<Omit<Help, 'user'> & { user: ResolversTypes['RedditUser'] }>>;
  HelpChain: ResolverTypeWrapper<DeepPartial<HelpChain>>;
  ID: ResolverTypeWrapper<DeepPartial<Scalars['ID']['output']>>;
  Int: ResolverTypeWrapper<DeepPartial<Scalars['Int']['output']>>;
  JSON: ResolverTypeWrapper<DeepPartial<Scalars['JSON']['output']>>;
  LabelCount: ResolverTypeWrapper<DeepPartial<LabelCount>>;
  Mention: ResolverTypeWrapper<DeepPartial<Omit<Mention, 'post'> & { post: ResolversTypes['Post'] }>>;
  MentionConnection: ResolverTypeWrapper<DeepPartial<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversTypes['MentionEdge']> }>>;
  MentionEdge: ResolverTypeWrapper<DeepPartial<Omit<MentionEdge, 'node'> & { node: ResolversTypes['Mention'] }>>;
  MentionKind: ResolverTypeWrapper<DeepPartial<MentionKind>>;
  Model: ResolverTypeWrapper<DeepPartial<Omit<Model, 'mentions'> & { mentions: ResolversTypes['MentionConnection'] }>>;
  ModelHit: ResolverTypeWrapper<DeepPartial<Omit<ModelHit, 'model'> & { model: ResolversTypes['Model'] }>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<DeepPartial<PageInfo>>;
  Post: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Post']>;
  PostConnection: ResolverTypeWrapper<DeepPartial<Omit<PostConnection, 'edges'> & { edges: Array<ResolversTypes['PostEdge']> }>>;
  PostEdge: ResolverTypeWrapper<DeepPartial<Omit<PostEdge, 'node'> & { node: ResolversTypes['Post'] }>>;
  PostHit: ResolverTypeWrapper<DeepPartial<Omit<PostHit, 'post'> & { post: ResolversTypes['Post'] }>>;
  PostMention: ResolverTypeWrapper<DeepPartial<PostMention>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedditUser: ResolverTypeWrapper<DeepPartial<Omit<RedditUser, 'helpChains' | 'posts'> & { helpChains: Array<ResolversTypes['HelpChain']>, posts: ResolversTypes['PostConnection'] }>>;
  SameAs: ResolverTypeWrapper<DeepPartial<SameAs>>;
  Stats: ResolverTypeWrapper<DeepPartial<Stats>>;
  String: ResolverTypeWrapper<DeepPartial<Scalars['String']['output']>>;
  ThemeBucketCount: ResolverTypeWrapper<DeepPartial<ThemeBucketCount>>;
  ThemeCount: ResolverTypeWrapper<DeepPartial<ThemeCount>>;
  Thread: ResolverTypeWrapper<DeepPartial<Thread>>;
  ThreadLink: ResolverTypeWrapper<DeepPartial<ThreadLink>>;
  TimeBucket: ResolverTypeWrapper<DeepPartial<TimeBucket>>;
  TypeCount: ResolverTypeWrapper<DeepPartial<TypeCount>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: DeepPartial<Scalars['Boolean']['output']>;
  CodeBucket: DeepPartial<CodeBucket>;
  CodeBucketCount: DeepPartial<CodeBucketCount>;
  CodeCount: DeepPartial<CodeCount>;
  Coding: DeepPartial<Coding>;
  Comment: DeepPartial<Comment>;
  Derivation: DeepPartial<Omit<Derivation, 'model'> & { model: ResolversParentTypes['Model'] }>;
  DerivationConnection: DeepPartial<DerivationConnection>;
  DerivationEdge: DeepPartial<DerivationEdge>;
  Float: DeepPartial<Scalars['Float']['output']>;
  Graph: DeepPartial<Graph>;
  GraphEdge: DeepPartial<GraphEdge>;
  GraphNode: DeepPartial<GraphNode>;
  HFAccount: DeepPartial<HfAccount>;
  Help: DeepPartial<Omit<Help, 'user'> & { user: ResolversParentTypes['RedditUser'] }>;
  HelpChain: DeepPartial<HelpChain>;
  ID: DeepPartial<Scalars['ID']['output']>;
  Int: DeepPartial<Scalars['Int']['output']>;
  JSON: DeepPartial<Scalars['JSON']['output']>;
  LabelCount: DeepPartial<LabelCount>;
  Mention: DeepPartial<Omit<Mention, 'post'> & { post: ResolversParentTypes['Post'] }>;
  MentionConnection: DeepPartial<Omit<MentionConnection, 'edges'> & { edges: Array<ResolversParentTypes['MentionEdge']> }>;
  MentionEdge: DeepPartial<Omit<MentionEdge, 'node'> & { node: ResolversParentTypes['Mention'] }>;
  Model: DeepPartial<Omit<Model, 'mentions'> & { mentions: ResolversParentTypes['MentionConnection'] }>;
  ModelHit: DeepPartial<Omit<ModelHit, 'model'> & { model: ResolversParentTypes['Model'] }>;
  Mutation: Record<PropertyKey, never>;
  PageInfo: DeepPartial<PageInfo>;
  Post: ResolversInterfaceTypes<ResolversParentTypes>['Post'];
  PostConnection: DeepPartial<Omit<PostConnection, 'edges'> & { edges: Array<ResolversParentTypes['PostEdge']> }>;
  PostEdge: DeepPartial<Omit<PostEdge, 'node'> & { node: ResolversParentTypes['Post'] }>;
  PostHit: DeepPartial<Omit<PostHit, 'post'> & { post: ResolversParentTypes['Post'] }>;
  PostMention: DeepPartial<PostMention>;
  Query: Record<PropertyKey, never>;
  RedditUser: DeepPartial<Omit<RedditUser, 'helpChains' | 'posts'> & { helpChains: Array<ResolversParentTypes['HelpChain']>, posts: ResolversParentTypes['PostConnection'] }>;
  SameAs: DeepPartial<SameAs>;
  Stats: DeepPartial<Stats>;
  String: DeepPartial<Scalars['String']['output']>;
  ThemeBucketCount: DeepPartial<ThemeBucketCount>;
  ThemeCount: DeepPartial<ThemeCount>;
  Thread: DeepPartial<Thread>;
  ThreadLink: DeepPartial<ThreadLink>;
  TypeCount: DeepPartial<TypeCount>;
};

export type CodeBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CodeBucket'] = ResolversParentTypes['CodeBucket']> = {
  classifiedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['CodeBucketCount']>, ParentType, ContextType>;
  itemsInScope?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeBucketCount']>, ParentType, ContextType>;
};

export type CodeBucketCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CodeBucketCount'] = ResolversParentTypes['CodeBucketCount']> = {
  classifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CodeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CodeCount'] = ResolversParentTypes['CodeCount']> = {
  classifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  classifiedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemsInScope?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CodingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Coding'] = ResolversParentTypes['Coding']> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  classifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CodingKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CommentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['Coding']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  depth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distinguished?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edited?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isSubmitter?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['PostMention']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  permalink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stickied?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  threadId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DerivationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Derivation'] = ResolversParentTypes['Derivation']> = {
  evidence?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DerivationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DerivationConnection'] = ResolversParentTypes['DerivationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DerivationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DerivationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DerivationEdge'] = ResolversParentTypes['DerivationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Derivation'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HfAccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HFAccount'] = ResolversParentTypes['HFAccount']> = {
  fullname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HelpResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Help'] = ResolversParentTypes['Help']> = {
  acknowledged?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['RedditUser'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HelpChainResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['HelpChain'] = ResolversParentTypes['HelpChain']> = {
  users?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LabelCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  post?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MentionConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionConnection'] = ResolversParentTypes['MentionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MentionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MentionEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionEdge'] = ResolversParentTypes['MentionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type ModelResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Model'] = ResolversParentTypes['Model']> = {
  announcements?: Resolver<Array<ResolversTypes['ThreadLink']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['DerivationConnection'], ParentType, ContextType, RequireFields<ModelChildrenArgs, 'first'>>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descendantsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloads?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['ThreadLink']>, ParentType, ContextType>;
  gated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastModified?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  libraryName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  likes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['MentionConnection'], ParentType, ContextType, RequireFields<ModelMentionsArgs, 'first'>>;
  parents?: Resolver<Array<ResolversTypes['Derivation']>, ParentType, ContextType>;
  pipelineTag?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeholder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  placeholderReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  private?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['HFAccount']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ModelHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ModelHit'] = ResolversParentTypes['ModelHit']> = {
  model?: Resolver<ResolversTypes['Model'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  codeItem?: Resolver<ResolversTypes['Coding'], ParentType, ContextType, RequireFields<MutationCodeItemArgs, 'code' | 'coder' | 'itemId'>>;
  uncodeItem?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUncodeItemArgs, 'code' | 'coder' | 'itemId'>>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PostResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  __resolveType: TypeResolveFn<'Comment' | 'Thread', ParentType, ContextType>;
};

export type PostConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PostConnection'] = ResolversParentTypes['PostConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PostEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PostEdge'] = ResolversParentTypes['PostEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
};

export type PostHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PostHit'] = ResolversParentTypes['PostHit']> = {
  post?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PostMentionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PostMention'] = ResolversParentTypes['PostMention']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MentionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  surface?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  codeTimeline?: Resolver<Array<ResolversTypes['CodeBucket']>, ParentType, ContextType, RequireFields<QueryCodeTimelineArgs, 'bucket'>>;
  codes?: Resolver<Array<ResolversTypes['CodeCount']>, ParentType, ContextType, Partial<QueryCodesArgs>>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<QueryCommentsArgs, 'ids'>>;
  familyTree?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryFamilyTreeArgs, 'down' | 'limit' | 'modelId' | 'up'>>;
  helpNetwork?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryHelpNetworkArgs, 'limit' | 'minWeight'>>;
  model?: Resolver<Maybe<ResolversTypes['Model']>, ParentType, ContextType, RequireFields<QueryModelArgs, 'id'>>;
  redditUser?: Resolver<Maybe<ResolversTypes['RedditUser']>, ParentType, ContextType, RequireFields<QueryRedditUserArgs, 'name'>>;
  searchModels?: Resolver<Array<ResolversTypes['ModelHit']>, ParentType, ContextType, RequireFields<QuerySearchModelsArgs, 'first' | 'query'>>;
  searchPosts?: Resolver<Array<ResolversTypes['PostHit']>, ParentType, ContextType, RequireFields<QuerySearchPostsArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['ThemeCount']>, ParentType, ContextType, Partial<QueryThemesArgs>>;
  thread?: Resolver<Maybe<ResolversTypes['Thread']>, ParentType, ContextType, RequireFields<QueryThreadArgs, 'id'>>;
};

export type RedditUserResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RedditUser'] = ResolversParentTypes['RedditUser']> = {
  flair?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  helpChains?: Resolver<Array<ResolversTypes['HelpChain']>, ParentType, ContextType, RequireFields<RedditUserHelpChainsArgs, 'depth' | 'first'>>;
  helped?: Resolver<Array<ResolversTypes['Help']>, ParentType, ContextType>;
  helpedBy?: Resolver<Array<ResolversTypes['Help']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posts?: Resolver<ResolversTypes['PostConnection'], ParentType, ContextType, RequireFields<RedditUserPostsArgs, 'first'>>;
  sameAs?: Resolver<Array<ResolversTypes['SameAs']>, ParentType, ContextType>;
};

export type SameAsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SameAs'] = ResolversParentTypes['SameAs']> = {
  account?: Resolver<ResolversTypes['HFAccount'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type ThemeBucketCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ThemeBucketCount'] = ResolversParentTypes['ThemeBucketCount']> = {
  classifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ThemeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ThemeCount'] = ResolversParentTypes['ThemeCount']> = {
  classifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  classifiedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codedItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemsInScope?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ThreadResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Thread'] = ResolversParentTypes['Thread']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['Coding']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deleted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  flair?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['PostMention']>, ParentType, ContextType>;
  numComments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  permalink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subreddit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThreadLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ThreadLink'] = ResolversParentTypes['ThreadLink']> = {
  evidence?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  thread?: Resolver<ResolversTypes['Thread'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  CodeBucket?: CodeBucketResolvers<ContextType>;
  CodeBucketCount?: CodeBucketCountResolvers<ContextType>;
  CodeCount?: CodeCountResolvers<ContextType>;
  Coding?: CodingResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  Derivation?: DerivationResolvers<ContextType>;
  DerivationConnection?: DerivationConnectionResolvers<ContextType>;
  DerivationEdge?: DerivationEdgeResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  HFAccount?: HfAccountResolvers<ContextType>;
  Help?: HelpResolvers<ContextType>;
  HelpChain?: HelpChainResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LabelCount?: LabelCountResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  MentionConnection?: MentionConnectionResolvers<ContextType>;
  MentionEdge?: MentionEdgeResolvers<ContextType>;
  Model?: ModelResolvers<ContextType>;
  ModelHit?: ModelHitResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostConnection?: PostConnectionResolvers<ContextType>;
  PostEdge?: PostEdgeResolvers<ContextType>;
  PostHit?: PostHitResolvers<ContextType>;
  PostMention?: PostMentionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedditUser?: RedditUserResolvers<ContextType>;
  SameAs?: SameAsResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  ThemeBucketCount?: ThemeBucketCountResolvers<ContextType>;
  ThemeCount?: ThemeCountResolvers<ContextType>;
  Thread?: ThreadResolvers<ContextType>;
  ThreadLink?: ThreadLinkResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
};

