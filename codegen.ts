import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Resolver types generated from the schema-first GraphQL schema (server/schema/*.graphql).
 * Regenerate with `npx graphql-codegen --config codegen.ts`; tests/unit/server-codegen.test.ts fails when the
 * committed file is stale.
 */
const config: CodegenConfig = {
  schema: "server/schema/*.graphql",
  generates: {
    "server/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../context.ts#ApiContext",
        // Resolvers return plain rows from the gateway; field resolvers fill in the rest.
        defaultMapper: "../deep-partial.ts#DeepPartial<{T}>",
        scalars: { JSON: "unknown" },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: "T | null",
      },
    },
  },
};

export default config;
