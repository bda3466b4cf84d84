/** A GraphQL error as the API reports it: a message and one of the codes of server/schema (extensions.code). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const TOKEN_KEY = "commons.token";

/** The bearer token for coding mutations, if the user configured one (kept in this browser only). */
export function storedToken(): string | undefined {
  try {
    return localStorage.getItem(TOKEN_KEY) || undefined;
  } catch {
    return undefined;
  }
}

export function storeToken(token: string | undefined): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/**
 * Runs one GraphQL operation against /graphql. Network failures, HTTP errors and GraphQL errors all become an
 * ApiError whose message a person can read, so every view can show one error state.
 */
export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<T> {
  const token = storedToken();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("The API did not answer. Is `commons serve` running?", "NETWORK");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without JSON.`, `HTTP_${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  if (body.data === undefined || body.data === null) {
    throw new ApiError(`The API answered HTTP ${response.status} with no data.`, `HTTP_${response.status}`);
  }
  return body.data;
}
