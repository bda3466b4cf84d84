import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** A model card's link to an r/… thread. */
export interface CardPostLink {
  /** `ORG/NAME`, from the card's place DIR/ORG/NAME/README.md. */
  readonly modelId: string;
  readonly account: string;
  /** The linked thread's base36 id. */
  readonly threadId: string;
}

const THREAD_LINK = /reddit\.com\/r\/\w+\/comments\/([a-z0-9]{4,10})\b/gi;

/**
 * Reddit thread links in model cards laid out as DIR/ORG/NAME/README.md (as `commons ingest hf cards` reads
 * them). A card that cannot be read is passed to `onProblem` with its path and skipped.
 */
export function readCardPostLinks(
  dir: string,
  onProblem: (where: string, why: string) => void = () => undefined,
): CardPostLink[] {
  const links: CardPostLink[] = [];
  for (const org of entries(dir)) {
    for (const name of entries(path.join(dir, org))) {
      const file = path.join(dir, org, name, "README.md");
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        onProblem(file, (error as Error).message);
        continue;
      }
      const seen = new Set<string>();
      for (const match of text.matchAll(THREAD_LINK)) {
        const threadId = match[1]?.toLowerCase();
        if (threadId === undefined || seen.has(threadId)) continue;
        seen.add(threadId);
        links.push({ modelId: `${org}/${name}`, account: org, threadId });
      }
    }
  }
  return links;
}

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).filter((entry) => statSync(path.join(dir, entry)).isDirectory());
  } catch {
    return [];
  }
}
