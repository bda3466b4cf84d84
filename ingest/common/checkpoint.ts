import type { Gateway, QueryRunner } from "../../db/gateway.ts";

/** Where a source got to: an opaque JSON-serializable state (offset, cursor …) and whether it finished. */
export interface Checkpoint<State> {
  readonly state: State;
  readonly done: boolean;
}

/**
 * Checkpoints live in the graph (`:Checkpoint {key}`), so they travel with the data they describe and a
 * checkpoint can be written in the same transaction as the batch it follows.
 */
export async function readCheckpoint<State>(
  gateway: Gateway,
  key: string,
): Promise<Checkpoint<State> | undefined> {
  const [row] = await gateway.read<{ state: string; done: boolean }>("ingest/checkpoint-get", { key });
  return row === undefined ? undefined : { state: JSON.parse(row.state) as State, done: row.done };
}

/** Saves a checkpoint inside an open write transaction (see Gateway.writeTransaction). */
export async function saveCheckpoint<State>(
  tx: QueryRunner,
  key: string,
  state: State,
  done = false,
): Promise<void> {
  await tx.run("ingest/checkpoint-set", { key, state: JSON.stringify(state), done });
}

export async function clearCheckpoints(gateway: Gateway, prefix: string): Promise<void> {
  await gateway.write("ingest/checkpoint-clear", { prefix });
}
