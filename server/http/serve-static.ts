import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/**
 * Serves the built client (dist/client) for GET/HEAD: a file when the path names one inside the root,
 * otherwise index.html, so client-side routes (/model/…) load the app. Returns false when there is no client.
 */
export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const index = path.join(root, "index.html");
  if (!existsSync(index)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.statusCode = 400;
    res.end("bad path");
    return true;
  }
  let file = path.resolve(root, `.${decoded}`);
  // Never outside the root, whatever ../ or encoded tricks the path holds.
  if (!file.startsWith(path.resolve(root) + path.sep) || !isFile(file)) {
    if (path.extname(pathname) !== "") {
      res.statusCode = 404;
      res.end("not found");
      return true;
    }
    file = index;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", TYPES[path.extname(file)] ?? "application/octet-stream");
  res.setHeader(
    "Cache-Control",
    file === index
      ? "no-cache"
      : file.includes(`${path.sep}assets${path.sep}`)
        ? "public, max-age=31536000, immutable"
        : "public, max-age=300",
  );
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
