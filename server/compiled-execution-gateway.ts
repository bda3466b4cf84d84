import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

import {
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type Source,
  type SourceLocation,
} from "./graphql-js.ts";

type GatewayInterface = ApolloServerOptionsWithGateway<never>["gateway"];
type Compiled = CompiledQuery | ExecutionResult;

/**
 * Executes operations with graphql-jit instead of graphql-js, behind Apollo's gateway interface (the one way
 * Apollo Server 5 takes another executor): Apollo still parses, validates (depth, complexity) and formats
 * errors; only execution changes. graphql-js resolves every field through the same generic code — a 2,000-model
 * familyTree is 16,000 fields, ~10 ms and much garbage per response — while graphql-jit compiles an operation
 * once into a function that builds the result directly.
 *
 * An operation is compiled once per parsed document: Apollo keeps parsed documents in its bounded document
 * store and hands the same object back for the same query text, so a WeakMap keeps the compiled operation as
 * long as Apollo keeps its document. graphql-js coerces the variables first, so a bad variable fails with its
 * error (which Apollo turns into BAD_USER_INPUT, HTTP 400); graphql-jit's errors are rebuilt as graphql-js
 * errors, since Apollo and normalizeError rely on what graphql-js sets (extensions, originalError).
 */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

  const compiled = (document: DocumentNode, operationName: string | null): Compiled => {
    let byOperation = compiledByDocument.get(document);
    if (byOperation === undefined) {
      byOperation = new Map();
      compiledByDocument.set(document, byOperation);
    }
    const name = operationName ?? "";
    let operation = byOperation.get(name);
    if (operation === undefined) {
      operation = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(name, operation);
    }
    return operation;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: () =>
      Promise.resolve({
        executor: async ({ document, operation, operationName, request, context }) => {
          const query = compiled(document, operationName);
          if (!isCompiledQuery(query)) return query;
          const variables = request.variables ?? {};
          const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coercion.errors !== undefined) return { errors: coercion.errors };
          const result = await query.query(undefined, context, variables);
          if (result.errors === undefined) return result;
          const source = document.loc?.source;
          return { ...result, errors: result.errors.map((error) => asGraphQLJsError(error, source)) };
        },
      }),
    stop: () => Promise.resolve(),
  };
}

/** A graphql-jit error as graphql-js raises it: same message, locations and path; extensions from its cause. */
function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const positions = source && error.locations?.map((location) => positionOf(source.body, location));
  return new GraphQLError(error.message, {
    ...(source !== undefined && positions !== undefined ? { source, positions } : {}),
    ...(error.path !== undefined ? { path: error.path } : {}),
    ...(error.originalError !== undefined && error.originalError !== null
      ? { originalError: error.originalError }
      : {}),
  });
}

/** The character offset of a 1-based line and column: graphql-js builds an error's locations from offsets. */
function positionOf(body: string, { line, column }: SourceLocation): number {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const match = /\r\n|[\n\r]/g;
    match.lastIndex = lineStart;
    const found = match.exec(body);
    if (found === null) break;
    lineStart = found.index + found[0].length;
  }
  return lineStart + column - 1;
}
