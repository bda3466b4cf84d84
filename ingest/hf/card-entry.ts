import type { IngestProblem } from "../common/ingest-report.ts";
import { parseModelRef } from "./hf-id.ts";
import type { HfEntry } from "./hf-records.ts";
import { cardDescription, parseCard } from "./parse-card.ts";
import { readLineage } from "./read-lineage.ts";

/**
 * One model card (README.md text) as an entry for the repo `repoId`. Broken metadata (no front matter,
 * invalid YAML, a base_model of the wrong type) is reported; the model itself and its description still load.
 */
export function cardEntry(repoId: string, text: string, file: string): HfEntry | IngestProblem {
  const ref = parseModelRef(repoId);
  if (!ref.ok) return { kind: ref.kind, source: file, where: "path", reason: ref.reason };
  const { id, key } = ref.ref;
  const card = parseCard(text);
  const problems: IngestProblem[] = [];
  if (!card.ok) problems.push({ kind: card.kind, source: file, where: card.where, reason: card.reason });
  const lineage = readLineage({
    id,
    key,
    cardData: card.ok ? card.data : undefined,
    cardText: card.body,
    source: file,
    where: "front matter",
  });
  problems.push(...lineage.problems);
  const description = cardDescription(card.body);
  return {
    origin: { source: file, where: "front matter" },
    model: {
      id,
      key,
      source: "card",
      ...(lineage.license !== undefined ? { license: lineage.license } : {}),
      ...(lineage.cardTags.length > 0 ? { tags: lineage.cardTags } : {}),
      ...(description !== undefined ? { description } : {}),
    },
    links: lineage.links,
    datasets: lineage.datasets,
    problems,
  };
}
