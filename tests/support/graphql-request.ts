import type { RunningServer } from "../../server/create-server.ts";

/** A GraphQL answer as the tests read it: data, and errors with their normalized codes. */
export interface GraphQLAnswer<T> {
  data: T;
  errors?: Array<{ message: string; extensions: { code: string } }>;
}

/** POSTs a query to a running API server, as a client would; `token` is sent as a bearer token. */
export async function gql<T = Record<string, unknown>>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${server.url}graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}
