import type { AuditPort } from "./deps";

/**
 * Audit entries of the saga. It runs outside any HTTP request (worker, webhook follow-up), so the
 * request context of lib/data/audit.ts does not exist here; the actor is the system.
 */
export const auditToDatabase: AuditPort = async (db, entry) => {
  await db.auditEvent.create({
    data: {
      accountId: entry.accountId,
      actorEmail: null,
      action: entry.action,
      target: entry.target,
      outcome: entry.outcome,
      ip: "system",
      userAgent: "settlement",
      details: entry.details ?? undefined,
    },
  });
};
