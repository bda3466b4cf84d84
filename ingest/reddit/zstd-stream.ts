import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";

/** zstd could not decompress the whole file (truncated, corrupt, or no zstd on the PATH). */
export class ZstdError extends Error {
  override readonly name = "ZstdError";
}

/**
 * Decompresses a .zst file by streaming it through the system `zstd -d --long=31` (Node 20's zlib has no zstd;
 * Pushshift and Arctic Shift dumps need the 2^31 window). Yields decompressed chunks; `onCompressedBytes` is
 * told how far into the compressed file zstd has read, for the progress ETA. Throws ZstdError after the last
 * good chunk when zstd fails, with zstd's own words.
 */
export async function* zstdChunks(
  file: string,
  onCompressedBytes: (bytes: number) => void = () => undefined,
): AsyncGenerator<Buffer> {
  const child = spawn("zstd", ["-d", "--long=31", "-c", "-q"], { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once("error", (error) => resolve({ code: null, error }));
    child.once("close", (code) => resolve({ code }));
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    if (stderr.length < 4000) stderr += text;
  });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  let fed = 0;
  input.on("data", (chunk) => {
    fed += chunk.length;
    onCompressedBytes(fed);
  });
  input.on("error", (error) => child.stdin.destroy(error));
  child.stdin.on("error", () => undefined); // zstd may exit before reading everything; its exit code says why
  input.pipe(child.stdin);
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    finished = true;
  } finally {
    // Stopped early (the consumer broke off or failed): do not leave zstd running.
    if (!finished) {
      input.destroy();
      child.kill();
    }
  }
  const { code, error } = await exited;
  if (error !== undefined) {
    throw new ZstdError(`cannot run zstd (install the zstd package): ${error.message}`);
  }
  if (code !== 0) {
    const said = stderr.trim().replace(/\s+/g, " ") || `exit code ${code}`;
    throw new ZstdError(`zstd could not decompress the whole file: ${said}`);
  }
}
