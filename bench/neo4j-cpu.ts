import { existsSync, readFileSync, readdirSync } from "node:fs";

import { boltUri, type DbConfig } from "../db/config.ts";
import { localNeo4jPid } from "../db/neo4j/local-server.ts";

// CPU time of the local Neo4j, read from Linux /proc: on a shared machine it holds far steadier than a rate.

/** USER_HZ, the unit of utime and stime in /proc, on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

/** The PID of the local Neo4j when the configured URI is that server (never another machine's). */
export function localPid(config: DbConfig): number | undefined {
  const local = `bolt://${config.local.host}:${config.local.boltPort}`;
  return boltUri(config) === local ? localNeo4jPid(config.local) : undefined;
}

/** CPU seconds a process has used so far, every thread, ended ones included (undefined without /proc or a PID). */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return statCpuSeconds(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined;
  }
}

/** CPU seconds so far of each running thread of a process, by thread id, with its name (empty without /proc). */
export function threadCpuSeconds(pid: number): Map<string, { name: string; seconds: number }> {
  const threads = new Map<string, { name: string; seconds: number }>();
  const dir = `/proc/${pid}/task`;
  if (!existsSync(dir)) return threads;
  for (const id of readdirSync(dir)) {
    try {
      const name = readFileSync(`${dir}/${id}/comm`, "utf8").trim();
      threads.set(id, { name, seconds: statCpuSeconds(readFileSync(`${dir}/${id}/stat`, "utf8")) });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return threads;
}

/** utime + stime of a /proc stat line (fields 14 and 15; the name before ") " may hold spaces). */
function statCpuSeconds(stat: string): number {
  const fields = stat.split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
