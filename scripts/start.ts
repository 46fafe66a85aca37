import { demoUsers } from "@/sandbox/demo-users";
import { paypalBuyers } from "@/sandbox/seed-data/paypal-buyers";
import { loadDotEnv } from "./lib/local-config";
import { ConfigurationError, startStack } from "./lib/stack";

const env: NodeJS.ProcessEnv = { ...process.env };
loadDotEnv(env);

const port = (name: string, fallback: number) => Number(env[name] ?? fallback);

try {
  const stack = await startStack({
    portalPort: port("PORT", 3000),
    sandboxPort: port("SANDBOX_PORT", 4010),
    smtpPort: port("SANDBOX_SMTP_PORT", 4025),
    dataDir: env.DATA_DIR ?? ".data",
    env,
  });
  printBanner(stack.portalUrl, stack.sandboxUrl);
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  const code = await Promise.race(stack.services.map((s) => s.exited.then(() => s)));
  console.error(`${code.name} stopped unexpectedly; shutting down.`);
  await stack.stop();
  process.exit(1);
} catch (error) {
  if (error instanceof ConfigurationError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

function printBanner(portalUrl: string, sandboxUrl: string | null) {
  const lines = ["", `  Portal:  ${portalUrl}`];
  if (sandboxUrl) {
    lines.push(`  Sandbox: ${sandboxUrl}  (inbox: ${sandboxUrl}/inbox)`, "", "  Demo logins:");
    for (const user of Object.values(demoUsers)) {
      lines.push(`    ${user.email.padEnd(20)} ${user.password.padEnd(18)} ${user.describe}`);
    }
    lines.push(
      "",
      "  Test cards: 4242 4242 4242 4242 pays; 4000 0025 0000 3155 asks for 3-D Secure",
      "  (password Auth-3DS-2026); 4000 0000 0000 9995 is declined (sandbox/README.md).",
    );
    lines.push("", "  Sandbox PayPal buyers (in the PayPal window):");
    for (const buyer of Object.values(paypalBuyers)) {
      lines.push(`    ${buyer.email.padEnd(20)} ${buyer.password.padEnd(20)} ${buyer.describe}`);
    }
    lines.push("    Guest card: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined");
  }
  lines.push("", "  Press Ctrl+C to stop.", "");
  console.log(lines.join("\n"));
}
