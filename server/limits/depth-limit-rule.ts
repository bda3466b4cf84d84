import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "../graphql-js.ts";

import { QueryTooComplexError } from "../errors/api-error.ts";

/**
 * A validation rule that rejects operations nested deeper than maxDepth fields (fragments followed, each at
 * most once per path so a fragment cycle cannot loop). Introspection's __schema/__type subtrees are exempt.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new QueryTooComplexError(`query depth ${depth} is over the limit of ${maxDepth}`, {
            depth,
            maxDepth,
          }),
        );
      }
    },
  });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (selectionSet === undefined) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (selection.name.value === "__schema" || selection.name.value === "__type") continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
        break;
      case Kind.INLINE_FRAGMENT:
        deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment === undefined || visiting.has(name)) break;
        visiting.add(name);
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
        visiting.delete(name);
        break;
      }
    }
  }
  return deepest;
}
