import { Prisma } from "./generated/client";

/**
 * True for a Prisma request error with this code, e.g. "P2002" (unique constraint) or "P2025"
 * (record to update or delete not found). Both adapters map driver errors to the same codes.
 */
export function isPrismaError(
  error: unknown,
  code: string,
): error is Prisma.PrismaClientKnownRequestError {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
