import {
  Kind,
  OperationTypeNode,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from "../graphql-js.ts";

import { QueryTooComplexError } from "../errors/api-error.ts";

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ["first", "limit"];
/** Items assumed for a list field with no size argument (parents, comments, helped …). */
const DEFAULT_LIST_SIZE = 20;
/** Scalar fields that run a query of their own; other scalars come with their object and cost nothing. */
const QUERYING_SCALARS: Record<string, number> = { descendantsCount: 10 };

export interface ComplexityOptions {
  readonly maxComplexity: number;
  /** What a size argument given as a $variable is assumed to be: the most the API would return. */
  readonly maxPageSize: number;
  /** The most a graph field's limit is clamped to. */
  readonly maxGraphLimit: number;
}

/**
 * A validation rule that prices an operation before it runs: each object field costs 1 (scalars are free
 * unless they run a query, QUERYING_SCALARS), and a field's subtree is
 * multiplied by how many items it returns (its `first` / `limit` literal, or the page size maximum when the
 * argument is a variable, or DEFAULT_LIST_SIZE for other lists; an `ids` list counts its ids, a variable as the
 * page size maximum). Graph fields cost their limit / 10, since their nodes are flat JSON, not more resolvers. Operations over maxComplexity are refused before any query runs.
 */
export function complexityRule(options: ComplexityOptions) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === OperationTypeNode.MUTATION
          ? schema.getMutationType()
          : operation.operation === OperationTypeNode.SUBSCRIPTION
            ? schema.getSubscriptionType()
            : schema.getQueryType();
      if (!root) return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const cost = costOf(operation.selectionSet, root, { schema, fragments, options, visiting: new Set() });
      if (cost > options.maxComplexity) {
        context.reportError(
          new QueryTooComplexError(
            `query complexity ${cost} is over the budget of ${options.maxComplexity}; ask for smaller pages`,
            { complexity: cost, maxComplexity: options.maxComplexity },
          ),
        );
      }
    },
  });
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: Map<string, FragmentDefinitionNode>;
  readonly options: ComplexityOptions;
  readonly visiting: Set<string>;
}

function costOf(selectionSet: SelectionSetNode | undefined, type: GraphQLCompositeType, walk: Walk): number {
  if (selectionSet === undefined) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const field = fieldOf(type, selection.name.value);
        if (field === undefined) break; // __typename, or unknown (graphql's own rules report that)
        const named = getNamedType(field.type);
        const graph = named.name === "Graph";
        const size = sizeOf(
          field,
          selection.arguments ?? [],
          graph ? walk.options.maxGraphLimit : walk.options.maxPageSize,
        );
        if (graph) {
          total += 1 + Math.ceil(size / 10);
          break;
        }
        if (!isCompositeType(named)) {
          total += QUERYING_SCALARS[selection.name.value] ?? 0;
          break;
        }
        total += 1 + size * costOf(selection.selectionSet, named, walk);
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition
          ? (walk.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
          : type;
        total += costOf(selection.selectionSet, condition ?? type, walk);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const fragment = walk.fragments.get(selection.name.value);
        if (fragment === undefined || walk.visiting.has(fragment.name.value)) break;
        const condition = walk.schema.getType(fragment.typeCondition.name.value) as
          GraphQLCompositeType | undefined;
        walk.visiting.add(fragment.name.value);
        total += costOf(fragment.selectionSet, condition ?? type, walk);
        walk.visiting.delete(fragment.name.value);
        break;
      }
    }
  }
  return total;
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** How many items a field returns, for multiplying its subtree. */
function sizeOf(
  field: GraphQLField<unknown, unknown>,
  args: ReadonlyArray<{ name: { value: string }; value: ValueNode }>,
  max: number,
): number {
  // A list of ids (Query.comments) returns at most one item per id, up to the page size the resolver clamps to.
  const ids = args.find((arg) => arg.name.value === "ids");
  if (ids !== undefined)
    return ids.value.kind === Kind.LIST ? Math.min(max, Math.max(1, ids.value.values.length)) : max;
  for (const name of SIZE_ARGUMENTS) {
    const given = args.find((arg) => arg.name.value === name);
    if (given !== undefined) {
      // The resolvers clamp sizes to the maximum, so a bigger literal costs no more than the maximum.
      return given.value.kind === Kind.INT ? Math.min(max, Math.max(1, Number(given.value.value))) : max;
    }
    const declared = field.args.find((arg) => arg.name === name);
    if (declared !== undefined && typeof declared.defaultValue === "number")
      return Math.min(max, declared.defaultValue);
  }
  return isList(field.type) ? DEFAULT_LIST_SIZE : 1;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}
