import { intakeStripeWebhook } from "@/lib/data/webhook-intake";

/** Stripe's signed events. The raw body is verified as received (never re-serialised JSON). */
export async function POST(request: Request): Promise<Response> {
  const rawBody = await request.text();
  const { status } = await intakeStripeWebhook(rawBody, request.headers.get("stripe-signature"));
  return Response.json({ received: status === 200 }, { status });
}
