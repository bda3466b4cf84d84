// Vite's `?url` imports (an asset's served URL as a string); the project's tsconfig has only Node's types.
declare module "*?url" {
  const url: string;
  export default url;
}
