import type { IncomingMessage, ServerResponse } from "node:http";

/** Which browser origins may call the API: "*" for any, or a list of exact origins. */
export type CorsOrigins = "*" | readonly string[];

/**
 * Sets the CORS headers for the request's Origin; answers a preflight (OPTIONS) itself.
 * Returns true when the request is finished (a preflight).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  res.setHeader("Vary", "Origin");
  const allowed = origin !== undefined && (origins === "*" || origins.includes(origin));
  if (allowed) {
    res.setHeader("Access-Control-Allow-Origin", origins === "*" ? "*" : origin);
    res.setHeader("Access-Control-Allow-Headers", "content-type, authorization, apollo-require-preflight");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Max-Age", "600");
  }
  if (req.method === "OPTIONS") {
    res.statusCode = allowed ? 204 : 403;
    res.end();
    return true;
  }
  return false;
}
