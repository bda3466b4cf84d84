import path from "node:path";

import { z } from "zod";

import { AnalysisError } from "./analysis-error.ts";
import { ANALYZE_DATA_DIR, readDataFile } from "./read-data-file.ts";

/** The seeded codes and themes (codes.yaml). */
export interface Codebook {
  readonly themes: readonly { name: string; description: string }[];
  readonly codes: readonly { name: string; kind: string; theme: string; description: string }[];
}

const schema = z.object({
  themes: z.array(z.object({ name: z.string().min(1), description: z.string().min(1) })),
  codes: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.string().min(1),
      theme: z.string().min(1),
      description: z.string().min(1),
    }),
  ),
});

/** Loads codes.yaml; a code whose theme is not listed is an error naming it. */
export function loadCodebook(dir = ANALYZE_DATA_DIR): Codebook {
  const file = path.join(dir, "codes.yaml");
  const data = readDataFile(file, schema);
  const themes = new Set(data.themes.map((theme) => theme.name));
  data.codes.forEach((code, index) => {
    if (!themes.has(code.theme))
      throw new AnalysisError(`${file} codes.${index}: theme ${JSON.stringify(code.theme)} is not listed`);
  });
  return data;
}
