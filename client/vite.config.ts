import path from "node:path";
import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The explorer builds into dist/client, which `commons serve` hands out at / (index.html for every client route).
 * In development, `vite --config client/vite.config.ts` proxies /graphql to a running `commons serve` on
 * COMMONS_API (default http://127.0.0.1:4000).
 */
export default defineConfig({
  root: here,
  base: "/",
  plugins: [react()],
  // ES-module workers can split chunks: the layout worker loads ELK only for a large tree, as the page does.
  worker: { format: "es" },
  build: {
    outDir: path.resolve(here, "..", "dist", "client"),
    emptyOutDir: true,
    sourcemap: true,
    // cytoscape alone is ~400 kB; elk is loaded only for large trees, in its own chunk.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: { "/graphql": process.env.COMMONS_API ?? "http://127.0.0.1:4000" },
  },
});
