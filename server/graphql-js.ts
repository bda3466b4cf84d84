// graphql-js for the server code, from the same file @apollo/server loads. graphql 16 ships CommonJS (main)
// and ESM (module) builds; Node gives Apollo the CommonJS one, while Vite-based tools (vitest) would give our
// code the ESM one, and graphql refuses objects from "another module or realm". Importing the CommonJS entry
// by path makes both sides share one instance everywhere.
export * from "graphql/index.js";
