import { intakePaypalWebhook } from "@/lib/data/webhook-intake";

/** PayPal's events, confirmed by postback to verify-webhook-signature before they are stored. */
export async function POST(request: Request): Promise<Response> {
  const rawBody = await request.text();
  const { status } = await intakePaypalWebhook(rawBody, request.headers);
  return Response.json({ received: status === 200 }, { status });
}
