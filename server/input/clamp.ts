import { BadUserInputError } from "../errors/api-error.ts";

/**
 * A numeric argument brought into [min, max]: values past the maximum are lowered to it (a client asking for
 * too much still gets an answer), values below the minimum are an error that names the argument.
 */
export function clamp(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = value ?? fallback;
  if (!Number.isFinite(n) || n < min) throw new BadUserInputError(argument, `must be at least ${min}`);
  return Math.min(Math.floor(n), max);
}
