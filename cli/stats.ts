import type { Command } from "commander";

import { Gateway } from "../db/gateway.ts";

/** Node counts per label and relationship counts per type. */
export interface GraphStats {
  readonly nodes: Record<string, number>;
  readonly relationships: Record<string, number>;
}

export async function readGraphStats(gateway: Gateway): Promise<GraphStats> {
  const nodes = await gateway.read<{ label: string; count: number }>("stats/node-counts");
  const relationships = await gateway.read<{ type: string; count: number }>("stats/relationship-counts");
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}

/** `commons stats [--json]`. */
export function registerStatsCommand(program: Command): void {
  program
    .command("stats")
    .description("count nodes per label and relationships per type")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const gateway = Gateway.connect();
      try {
        const stats = await readGraphStats(gateway);
        if (options.json) {
          console.log(JSON.stringify(stats, null, 2));
          return;
        }
        for (const [label, count] of Object.entries(stats.nodes)) console.log(`(:${label})  ${count}`);
        for (const [type, count] of Object.entries(stats.relationships)) console.log(`[:${type}]  ${count}`);
      } finally {
        await gateway.close();
      }
    });
}
