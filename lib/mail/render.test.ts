import { describe, expect, it } from "vitest";
import {
  buildMail,
  messageIdFor,
  parseSender,
  renderEmail,
  safeHref,
  type EmailContent,
  type MailBranding,
} from "./index";

const brand: MailBranding = {
  hosterName: "Acme <Cloud> & Co",
  logoUrl: "https://cdn.example.com/logo.png",
  primaryColor: "#aa3300",
};

const content: EmailContent = {
  lang: "en",
  subject: "Your <b>balance</b>",
  preheader: "Summary & more",
  greeting: 'Hello <script>alert("x")</script>,',
  paragraphs: ["Line with 'quotes' & <tags>"],
  facts: [{ label: "Password", value: `p<a"s's&`, monospace: true }],
  after: ["After"],
  action: { label: "Open <portal>", url: "https://portal.example.com/?a=1&b=2" },
  signature: "Your team",
  footer: ["Questions? support@example.com"],
};

describe("renderEmail", () => {
  const rendered = renderEmail(content, brand);

  it("escapes every interpolated value in the HTML part", () => {
    expect(rendered.html).not.toContain("<script>");
    expect(rendered.html).toContain("Hello &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,");
    expect(rendered.html).toContain("Acme &lt;Cloud&gt; &amp; Co");
    expect(rendered.html).toContain("p&lt;a&quot;s&#39;s&amp;");
    expect(rendered.html).toContain('href="https://portal.example.com/?a=1&amp;b=2"');
    expect(rendered.html).toContain("<title>Your &lt;b&gt;balance&lt;/b&gt;</title>");
    expect(rendered.html).not.toContain("<b>balance</b>");
  });

  it("keeps the plain-text part readable, unescaped and with the same content", () => {
    expect(rendered.text).toContain('Hello <script>alert("x")</script>,');
    expect(rendered.text).toContain(`Password: p<a"s's&`);
    expect(rendered.text).toContain("Open <portal>: https://portal.example.com/?a=1&b=2");
    expect(rendered.text).toContain("Questions? support@example.com");
    expect(rendered.text.startsWith("Acme <Cloud> & Co\n\n")).toBe(true);
    expect(rendered.text).not.toContain("&amp;");
  });

  it("brands the HTML: logo, colour, language", () => {
    expect(rendered.html).toContain('<html lang="en">');
    expect(rendered.html).toContain('src="https://cdn.example.com/logo.png"');
    expect(rendered.html).toContain("border-bottom:4px solid #aa3300");
    expect(rendered.html).toContain("background:#aa3300");
  });

  it("prints the name only without a logo, and never an unsafe colour or link", () => {
    const html = renderEmail(
      { ...content, action: { label: "x", url: "javascript:alert(1)" } },
      { ...brand, logoUrl: "javascript:alert(1)", primaryColor: "red;background:url(x)" },
    ).html;
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("url(x)");
    expect(html).toContain("#1d4ed8");
  });
});

describe("message headers", () => {
  it("are transactional: Auto-Submitted, language, a stable Message-ID, no List-Unsubscribe", () => {
    const mail = buildMail({
      from: { name: "Acme", address: "billing@acme.test" },
      to: "user@example.com",
      replyTo: "support@acme.test",
      rendered: renderEmail(content, brand),
      lang: "de",
      messageId: messageIdFor("notification.abc123", "acme.test"),
    });
    expect(mail.headers).toEqual({
      "Auto-Submitted": "auto-generated",
      "X-Auto-Response-Suppress": "All",
      "Content-Language": "de",
    });
    expect(Object.keys(mail.headers).map((h) => h.toLowerCase())).not.toContain("list-unsubscribe");
    expect(mail.messageId).toBe("<notification.abc123@acme.test>");
    expect(messageIdFor("a b<c>", "bad host>")).toBe("<a-b-c-@badhost>");
    expect(mail.text).toBeTruthy();
    expect(mail.html).toBeTruthy();
  });

  it("parses MAIL_FROM with or without a display name, falling back to support", () => {
    expect(parseSender('"Acme Billing" <billing@acme.test>', "Acme", "s@acme.test")).toEqual({
      name: "Acme Billing",
      address: "billing@acme.test",
    });
    expect(parseSender("billing@acme.test", "Acme", "s@acme.test")).toEqual({
      name: "Acme",
      address: "billing@acme.test",
    });
    expect(parseSender(undefined, "Acme", "s@acme.test")).toEqual({
      name: "Acme",
      address: "s@acme.test",
    });
  });

  it("allows only http(s) and mailto links", () => {
    expect(safeHref("mailto:a@b.test")).toBe("mailto:a@b.test");
    expect(safeHref("data:text/html,x")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
  });
});
