import { GraphQLScalarType, Kind, type ValueNode } from "../graphql-js.ts";

import type { Resolvers } from "../generated/resolvers-types.ts";
import { codeItemMutation, codesQuery, themesQuery, uncodeItemMutation } from "./coding-resolvers.ts";
import { codeTimelineQuery } from "./code-timeline.ts";
import { commentsQuery } from "./comments-query.ts";
import { familyTreeQuery } from "./family-tree.ts";
import { helpNetworkQuery } from "./help-network.ts";
import { modelFields, modelQuery } from "./model-resolvers.ts";
import { redditUserFields, redditUserQuery } from "./reddit-user-resolvers.ts";
import { searchModelsQuery, searchPostsQuery } from "./search-resolvers.ts";
import { statsQuery } from "./stats-query.ts";
import { commentFields, threadFields, threadQuery } from "./thread-resolvers.ts";

/** Free-form data (Graph node/edge data, evidence): plain JSON values, passed through as they are. */
const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: function literal(node: ValueNode): unknown {
    switch (node.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        return node.value;
      case Kind.INT:
      case Kind.FLOAT:
        return Number(node.value);
      case Kind.LIST:
        return node.values.map(literal);
      case Kind.OBJECT:
        return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value)]));
      case Kind.NULL:
      case Kind.VARIABLE:
      case Kind.ENUM:
        return null;
    }
  },
});

/** Every resolver of server/schema/*.graphql, typed by the generated resolvers-types.ts. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    model: modelQuery,
    searchModels: searchModelsQuery,
    searchPosts: searchPostsQuery,
    familyTree: familyTreeQuery,
    thread: threadQuery,
    comments: commentsQuery,
    redditUser: redditUserQuery,
    helpNetwork: helpNetworkQuery,
    codes: codesQuery,
    themes: themesQuery,
    stats: statsQuery,
    codeTimeline: codeTimelineQuery,
  },
  Mutation: {
    codeItem: codeItemMutation,
    uncodeItem: uncodeItemMutation,
  },
  Model: modelFields,
  Thread: threadFields,
  Comment: commentFields,
  RedditUser: redditUserFields,
};
