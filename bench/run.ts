import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { Benchmark } from "./benchmark.ts";

// `npm run bench -- NAME [ARGS]`: runs bench/NAME.bench.ts, writes bench/results/NAME.json and appends one
// line (machine, date, figures, baseline) to bench/RESULTS.md.
const here = path.dirname(fileURLToPath(import.meta.url));
const [name, ...args] = process.argv.slice(2);
const available = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .map((file) => file.slice(0, -".bench.ts".length));
if (name === undefined || !available.includes(name)) {
  console.error(
    `usage: npm run bench -- NAME [ARGS]; NAME is one of: ${available.join(", ") || "(none yet)"}`,
  );
  process.exit(2);
}

const bench = ((await import(path.join(here, `${name}.bench.ts`))) as { default: Benchmark }).default;
const log = (line: string): void => console.log(`[${name}] ${line}`);
log(bench.description);
const result = await bench.run({ args, log });

const machine = `${os.cpus().length} cores ${os.cpus()[0]?.model.trim() ?? ""}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const date = new Date().toISOString();
mkdirSync(path.join(here, "results"), { recursive: true });
writeFileSync(
  path.join(here, "results", `${name}.json`),
  `${JSON.stringify({ name, description: bench.description, date, machine, args, ...result }, null, 2)}\n`,
);
const format = (figures: Record<string, number>): string =>
  Object.entries(figures)
    .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : value.toPrecision(4)}`)
    .join(", ");
const resultsFile = path.join(here, "RESULTS.md");
if (!existsSync(resultsFile)) {
  writeFileSync(
    resultsFile,
    "# Benchmark results\n\nOne line per run of `npm run bench -- NAME`, newest last.\n\n",
  );
}
const goals = result.goals
  ? `; goals: ${Object.entries(result.goals)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`
  : "";
appendFileSync(
  resultsFile,
  `- ${date.slice(0, 16)} **${name}**${args.length ? ` (${args.join(" ")})` : ""} — ${format(result.figures)}; baseline: ${format(result.baseline)}${goals}${result.notes ? `. ${result.notes}` : ""} — ${machine}\n`,
);
for (const [key, value] of Object.entries(result.figures)) log(`${key}: ${value}`);
for (const [key, value] of Object.entries(result.baseline)) log(`baseline ${key}: ${value}`);
