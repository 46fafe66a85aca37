import { createServer } from "node:net";
import type { PrismaClient } from "@/lib/db";
import { silentLogger, type Logger } from "@/lib/http";
import { createSmtpSender } from "@/lib/mail";
import { createNotifier } from "@/lib/notifications";

/**
 * The real notifier for tests, branded as a hoster "Acme Cloud": emails go to an SMTP port (the
 * sandbox's catcher, or a closed port to play "SMTP down"), or nowhere when `smtpPort` is null.
 */
export function testNotifier(
  db: PrismaClient,
  smtpPort: number | null,
  logger: Logger = silentLogger,
): ReturnType<typeof createNotifier> {
  return createNotifier({
    db,
    mailer:
      smtpPort === null
        ? null
        : createSmtpSender(`smtp://127.0.0.1:${smtpPort}`, { timeoutMs: 2000 }),
    from: { name: "Acme Cloud", address: "billing@acme.test" },
    branding: {
      hosterName: "Acme Cloud",
      logoUrl: null,
      primaryColor: "#0b6e4f",
      supportEmail: "help@acme.test",
      supportUrl: null,
    },
    portalUrl: "https://portal.acme.test",
    defaultLocale: "en",
    logger,
  });
}

/** A local port nobody listens on: SMTP (or anything) there is "down". */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
