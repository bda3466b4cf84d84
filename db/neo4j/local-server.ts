import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { LocalNeo4jConfig } from "../config.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, "pom.xml");
const LAUNCHER = path.join(HERE, "Launcher.java");
/** Neo4j's own start script opens these packages to its code; the embedded server needs the same. */
const ADD_OPENS = [
  "java.base/java.nio",
  "java.base/java.io",
  "java.base/sun.nio.ch",
  "java.base/java.lang",
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);

/** A missing tool or a server that would not start, with one line that says what to do. */
export class LocalServerError extends Error {
  override readonly name = "LocalServerError";
}

export interface StartResult {
  readonly pid: number | undefined;
  readonly alreadyRunning: boolean;
  readonly version: string | undefined;
}

type Log = (line: string) => void;

/**
 * Starts Neo4j in a detached JVM and waits until Bolt accepts connections.
 * Idempotent: when something already listens on the port, it is left alone and reported.
 */
export async function startLocalNeo4j(
  config: LocalNeo4jConfig,
  log: Log = () => undefined,
): Promise<StartResult> {
  if (await isPortOpen(config.host, config.boltPort)) {
    return { pid: readPid(config), alreadyRunning: true, version: undefined };
  }
  requireTool("java", ["-version"], "Java 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)");
  const classpath = resolveClasspath(config, log);
  mkdirSync(config.home, { recursive: true });
  const logFile = path.join(config.home, "launcher.log");
  const out = openSync(logFile, "w");
  const child = spawn(
    "java",
    [
      `-Xms${config.heap}`,
      `-Xmx${config.heap}`,
      // Parallel GC rather than G1: on 2 cores G1's collections and concurrent marking took about a quarter of
      // the server's CPU in a Hub snapshot load. In interleaved runs Parallel GC loaded 11.1–12.1k models/s
      // against 9.9–11.2k with G1, with less Neo4j CPU per Reddit load too, and the API bench's latencies on the
      // 5M-node graph stayed the same (familyTree p95 45–54 ms, model p95 4.5–4.7 ms under either).
      "-XX:+UseParallelGC",
      "-XX:+ExitOnOutOfMemoryError",
      ...ADD_OPENS,
      "-cp",
      classpath,
      LAUNCHER,
      "--home",
      config.home,
      "--host",
      config.host,
      "--port",
      String(config.boltPort),
      "--pagecache",
      config.pageCache,
      "--tx-memory",
      config.transactionMemory,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalServerError("could not start java");
  const pid = child.pid;
  child.unref();
  writeFileSync(pidFile(config), `${pid}\n`);
  log(`starting Neo4j (pid ${pid}, heap ${config.heap}, page cache ${config.pageCache}); log: ${logFile}`);

  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const text = readFileSync(logFile, "utf8");
    const ready = /^READY (\S+) (\S+)$/m.exec(text);
    if (ready) return { pid, alreadyRunning: false, version: ready[2] };
    if (!isAlive(pid)) {
      rmSync(pidFile(config), { force: true });
      throw new LocalServerError(`Neo4j exited while starting; last lines of ${logFile}:\n${tail(text, 15)}`);
    }
    await sleep(250);
  }
  await stopLocalNeo4j(config);
  throw new LocalServerError(`Neo4j did not answer on port ${config.boltPort} within 240 s; see ${logFile}`);
}

/**
 * Stops the server this checkout started (from its PID file): SIGTERM, which Neo4j turns into a clean
 * shutdown, then SIGKILL if it is still there after a minute. Returns false when nothing was running.
 */
export async function stopLocalNeo4j(config: LocalNeo4jConfig, log: Log = () => undefined): Promise<boolean> {
  const pid = readPid(config);
  if (pid === undefined || !isAlive(pid)) {
    rmSync(pidFile(config), { force: true });
    return false;
  }
  log(`stopping Neo4j (pid ${pid})`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    log(`Neo4j (pid ${pid}) ignored SIGTERM for 60 s; killing it`);
    process.kill(pid, "SIGKILL");
    while (isAlive(pid)) await sleep(100);
  }
  rmSync(pidFile(config), { force: true });
  return true;
}

/** The PID this checkout's server runs under, if its PID file names a live process. */
export function localNeo4jPid(config: LocalNeo4jConfig): number | undefined {
  const pid = readPid(config);
  return pid !== undefined && isAlive(pid) ? pid : undefined;
}

/**
 * The jars Neo4j runs on, from Maven (Maven Central the first time, the local Maven cache after).
 * Cached beside the store under the hash of pom.xml, so later starts work offline without calling Maven.
 */
export function resolveClasspath(config: LocalNeo4jConfig, log: Log = () => undefined): string {
  const pomHash = createHash("sha256").update(readFileSync(POM)).digest("hex").slice(0, 16);
  const cacheFile = path.join(path.dirname(config.home), `neo4j-classpath-${pomHash}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, "utf8").trim();
    if (cached.split(path.delimiter).every((jar) => existsSync(jar))) return cached;
  }
  requireTool("mvn", ["-v"], "Apache Maven (Debian: apt-get install maven)");
  log("resolving the Neo4j jars with Maven (the first time downloads about 150 MB)");
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const maven = spawnSync(
    "mvn",
    ["-q", "-B", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${cacheFile}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (maven.status !== 0 || !existsSync(cacheFile)) {
    throw new LocalServerError(
      `Maven could not resolve Neo4j's jars:\n${tail(maven.stdout + maven.stderr, 20)}`,
    );
  }
  return readFileSync(cacheFile, "utf8").trim();
}

export function isPortOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

function requireTool(command: string, args: string[], install: string): void {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  if (probe.error !== undefined) throw new LocalServerError(`${command} not found: install ${install}`);
}

function pidFile(config: LocalNeo4jConfig): string {
  return path.join(config.home, "neo4j.pid");
}

function readPid(config: LocalNeo4jConfig): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFile(config), "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch {
    return false;
  }
}

/** A child that exited but was not reaped still answers kill(0); /proc tells it apart. */
function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
