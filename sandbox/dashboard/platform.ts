import type { SandboxDeps } from "../context";
import { cookieHeader, readCookie } from "../http/cookies";
import { html, page } from "../http/html";
import { redirect, sendHtml } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import { pruneExpired, randomToken } from "../state/tokens";
import { envStatusName } from "./labels";

const COOKIE = "sandbox_dashboard";
const COOKIE_PATH = "/jelastic/dashboard";
const SESSION_TTL_MS = 24 * 60 * 60 * 1000;
const BRAND = "Platform dashboard";

/**
 * Stand-in for the platform dashboard: a one-time login link (from GenerateAuthLink) is consumed
 * once, becomes a cookie session, and the dashboard shows who is signed in and their environments.
 */
export function registerPlatformDashboard(router: Router, deps: SandboxDeps): void {
  router.on("GET", "/jelastic/dashboard/auth", (ctx) => consumeLink(ctx, deps));
  router.on("GET", "/jelastic/dashboard", (ctx) => redirect(ctx.res, "/jelastic/dashboard/"));
  router.on("GET", "/jelastic/dashboard/", (ctx) => showDashboard(ctx, deps));
}

function consumeLink(ctx: RequestContext, deps: SandboxDeps): void {
  const key = ctx.url.searchParams.get("key") ?? "";
  const now = deps.now();
  const link = deps.store.state.platform.authLinks[key];
  if (!link || link.usedAt !== undefined || link.expiresAt <= now) {
    const body = html`<h1>Sign-in link not valid</h1>
      <p>
        This sign-in link has already been used or has expired. Request a new one from your portal.
      </p>`;
    return sendHtml(ctx.res, 410, page("Link expired", BRAND, body));
  }
  const token = randomToken(24);
  deps.store.update((state) => {
    const stored = state.platform.authLinks[key];
    if (stored) stored.usedAt = now;
    pruneExpired(state.platform.dashboardSessions, now);
    state.platform.dashboardSessions[token] = {
      uid: link.uid,
      email: link.email,
      expiresAt: now + SESSION_TTL_MS,
    };
  });
  const target = link.envName
    ? `/jelastic/dashboard/?env=${encodeURIComponent(link.envName)}`
    : "/jelastic/dashboard/";
  redirect(ctx.res, target, {
    "set-cookie": cookieHeader(COOKIE, token, COOKIE_PATH, SESSION_TTL_MS / 1000),
  });
}

function showDashboard(ctx: RequestContext, deps: SandboxDeps): void {
  const token = readCookie(ctx.req, COOKIE) ?? "";
  const session = deps.store.state.platform.dashboardSessions[token];
  if (!session || session.expiresAt <= deps.now()) {
    const body = html`<h1>Not signed in</h1>
      <p>Open the dashboard through a one-time sign-in link from your portal.</p>`;
    return sendHtml(ctx.res, 401, page("Not signed in", BRAND, body));
  }
  const state = deps.store.state;
  const user = state.platform.users.find((u) => u.uid === session.uid);
  const envs = state.platform.envs.filter((e) => e.ownerUid === session.uid);
  const rows = envs.map(
    (e) =>
      html`<tr>
        <td>${e.displayName}<br /><code>${e.envName}</code></td>
        <td>${envStatusName(e.status)}</td>
        <td>
          ${state.platform.regions.find((r) => r.uniqueName === e.region)?.displayName ?? e.region}
        </td>
        <td>${e.nodes.length}</td>
        <td>
          ${e.nodes.reduce((sum, n) => sum + n.fixedCloudlets, 0)} reserved /
          ${e.nodes.reduce((sum, n) => sum + n.flexibleCloudlets, 0)} dynamic
        </td>
        <td>${e.nodes.flatMap((n) => n.extIPs).join(", ") || "—"}</td>
      </tr>`,
  );
  const body = html`<h1>Environments</h1>
    <p data-testid="dashboard-user">Signed in as ${session.email}</p>
    ${openedEnv(ctx, envs)}
    <p class="note">${user?.name ?? ""} · uid ${session.uid} · group ${user?.group ?? "?"}</p>
    ${
      envs.length === 0
        ? html`<p>No environments yet.</p>`
        : html`<table aria-label="Environments">
            <thead>
              <tr>
                <th>Environment</th>
                <th>Status</th>
                <th>Region</th>
                <th>Nodes</th>
                <th>Cloudlets</th>
                <th>Public IPs</th>
              </tr>
            </thead>
            <tbody>
              ${rows}
            </tbody>
          </table>`
    }`;
  sendHtml(ctx.res, 200, page(`Dashboard — ${session.email}`, BRAND, body));
}

/** The environment a one-time link asked to open, if it is one of this user's. */
function openedEnv(ctx: RequestContext, envs: { envName: string; displayName: string }[]) {
  const wanted = ctx.url.searchParams.get("env");
  const env = envs.find((e) => e.envName === wanted);
  return env
    ? html`<p data-testid="dashboard-env">
        Opened environment ${env.displayName} (${env.envName})
      </p>`
    : "";
}
