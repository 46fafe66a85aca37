import "server-only";
import { getDb } from "./db";

export type AccountLinks = {
  email: string;
  displayName: string | null;
  platformUid?: number | null;
  whmcsClientId?: number | null;
  whmcsUserId?: number | null;
};

/**
 * Creates or updates the portal account for an email and records which platform user and WHMCS
 * client it maps to. `undefined` keeps the stored link (the upstream could not be asked this time).
 * A link that moved to another email upstream is taken away from the old row first.
 */
export async function linkAccount(links: AccountLinks) {
  const db = getDb();
  return db.$transaction(async (tx) => {
    if (links.platformUid != null) {
      await tx.account.updateMany({
        where: { platformUid: links.platformUid, NOT: { email: links.email } },
        data: { platformUid: null },
      });
    }
    if (links.whmcsClientId != null) {
      await tx.account.updateMany({
        where: { whmcsClientId: links.whmcsClientId, NOT: { email: links.email } },
        data: { whmcsClientId: null, whmcsUserId: null },
      });
    }
    const data = {
      displayName: links.displayName ?? undefined,
      platformUid: links.platformUid,
      whmcsClientId: links.whmcsClientId,
      whmcsUserId: links.whmcsUserId,
    };
    return tx.account.upsert({
      where: { email: links.email },
      create: { email: links.email, ...data },
      update: data,
    });
  });
}

export async function savePlatformSession(accountId: string, session: string): Promise<void> {
  await getDb().platformSession.upsert({
    where: { accountId },
    create: { accountId, session },
    update: { session, refreshedAt: new Date() },
  });
}
