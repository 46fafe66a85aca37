import { isPrismaError, type Prisma } from "@/lib/db";
import type { Db } from "./deps";

/**
 * Durable webhook intake. A handler verifies the signature, then calls recordProviderEvent and
 * answers 2xx only after it returned: the event is stored (or known already) before the provider
 * stops retrying. Redeliveries hit the unique (provider, eventId) and change nothing.
 * Settlement itself runs from the queue (`enqueueSettlement`), never inside the webhook request.
 */
export type ProviderEvent = {
  provider: string;
  eventId: string;
  type: string;
  payload: Prisma.InputJsonValue;
  /** The attempt the event is about, when the handler could tell (metadata, custom_id, …). */
  paymentId: string | null;
};

export type RecordedEvent = { duplicate: boolean; paymentId: string | null };

export async function recordProviderEvent(
  db: Db,
  event: ProviderEvent,
  enqueueSettlement: (paymentId: string) => Promise<void>,
): Promise<RecordedEvent> {
  try {
    await db.webhookEvent.create({
      data: {
        provider: event.provider,
        eventId: event.eventId,
        type: event.type,
        payload: event.payload,
        paymentId: event.paymentId,
      },
    });
  } catch (error) {
    if (!isPrismaError(error, "P2002")) throw error;
    const known = await db.webhookEvent.findUniqueOrThrow({
      where: { provider_eventId: { provider: event.provider, eventId: event.eventId } },
    });
    // Stored but never handed on (process died in between): hand it on now.
    if (known.processedAt === null && known.paymentId) {
      await enqueueSettlement(known.paymentId);
      await markProcessed(db, event);
    }
    return { duplicate: true, paymentId: known.paymentId };
  }
  if (event.paymentId) await enqueueSettlement(event.paymentId);
  await markProcessed(db, event);
  return { duplicate: false, paymentId: event.paymentId };
}

async function markProcessed(db: Db, event: ProviderEvent) {
  await db.webhookEvent.update({
    where: { provider_eventId: { provider: event.provider, eventId: event.eventId } },
    data: { processedAt: new Date() },
  });
}
