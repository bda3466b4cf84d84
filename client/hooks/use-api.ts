import { graphql, type ApiError } from "../api/graphql-client.ts";
import { useLoader } from "./use-loader.ts";

/** Where one request stands: every view renders each of these states. */
export type ApiState<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: ApiError }
  | { readonly status: "ok"; readonly data: T };

/**
 * Runs a GraphQL query whenever its variables change (compared as JSON), cancelling the previous request.
 * `skip` leaves it idle in "loading".
 */
export function useApi<T>(
  query: string,
  variables: Record<string, unknown>,
  skip = false,
  /** Change it to fetch again with the same variables (after a mutation). */
  refresh = 0,
): ApiState<T> {
  const key = `${query}\n${JSON.stringify(variables)}`;
  return useLoader((signal) => graphql<T>(query, variables, signal), key, { skip, refresh });
}
