import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLIENT_DIR = path.join(REPO, "client");
/** Where `vite build` (client/vite.config.ts) writes the explorer, and where the server looks for it. */
export const CLIENT_DIST = path.join(REPO, "dist", "client");

/** Builds the explorer with Vite unless dist/client is newer than every file under client/. */
export function ensureClientBuilt(log: (line: string) => void = () => undefined): boolean {
  const built = modifiedAt(path.join(CLIENT_DIST, "index.html"));
  if (built !== undefined && built >= newestIn(CLIENT_DIR)) return false;
  log("building the explorer (vite build)");
  const vite = spawnSync(
    path.join(REPO, "node_modules", ".bin", "vite"),
    ["build", "--config", path.join(CLIENT_DIR, "vite.config.ts"), "--logLevel", "warn"],
    { cwd: REPO, stdio: "inherit" },
  );
  if (vite.status !== 0) throw new Error(`vite build failed (exit ${vite.status ?? vite.signal})`);
  return true;
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, modifiedAt(path.join(entry.parentPath, entry.name)) ?? 0);
  }
  return newest;
}

function modifiedAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
