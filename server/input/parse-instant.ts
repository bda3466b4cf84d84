import { BadUserInputError } from "../errors/api-error.ts";

/** An ISO date or datetime argument as a UTC ISO string for Cypher's datetime(); null when absent. */
export function parseInstant(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new BadUserInputError(argument, `not an ISO date or datetime: ${JSON.stringify(value)}`);
  }
  return new Date(ms).toISOString();
}
