import type { SandboxDeps } from "../context";
import { applyFault } from "../control/apply-fault";
import { readFormPairs } from "../http/body";
import { sendJson, sendText } from "../http/respond";
import type { Router } from "../http/router";
import { getAccount, getUserInfo } from "./account";
import { signinAsClient } from "./admin";
import { getAccountBillingHistoryByPeriod } from "./billing-history/method";
import { billingAdminMethods } from "./billing-admin";
import { checksign, signin, signout } from "./authentication";
import { changeTopology } from "./change-topology";
import type { PlatformMethod } from "./call";
import { domainMethods } from "./domain-methods";
import { deleteEnv, startEnv, stopEnv } from "./env-actions";
import { getEnvInfo, getEnvs } from "./environments";
import { settleCreations } from "./creation-clock";
import { newEnvironmentMethods, registerNewEnvironmentRoutes } from "./new-env-methods";
import { addSshKey, deleteSshKey, getSshKeys } from "./ssh-keys";

/** Implemented methods as `group/service/method` (lower-case, which is how clients send them). */
const methods: Record<string, PlatformMethod> = {
  "users/authentication/signin": signin,
  "users/authentication/signout": signout,
  "users/authentication/checksign": checksign,
  "users/account/getuserinfo": getUserInfo,
  "billing/account/getaccount": getAccount,
  "billing/account/getaccountbillinghistorybyperiod": getAccountBillingHistoryByPeriod,
  "environment/control/getenvs": getEnvs,
  "environment/control/getenvinfo": getEnvInfo,
  "environment/control/startenv": startEnv,
  "environment/control/stopenv": stopEnv,
  "environment/control/deleteenv": deleteEnv,
  "environment/control/changetopology": changeTopology,
  "users/account/getsshkeys": getSshKeys,
  "users/account/addsshkey": addSshKey,
  "users/account/deletesshkey": deleteSshKey,
  "system/admin/signinasclient": signinAsClient,
  "system/admin/signinasuser": signinAsClient,
  ...domainMethods,
  ...newEnvironmentMethods,
  ...billingAdminMethods,
};

export const implementedPlatformMethods = Object.keys(methods);

/**
 * `/jelastic/1.0/<group>/<service>/rest/<method>`: GET query and POST form are merged (the platform
 * "does not differentiate" them). Faults come first; unknown methods are a transport-level 404.
 */
export function registerPlatformApi(router: Router, deps: SandboxDeps): void {
  registerNewEnvironmentRoutes(router, deps);
  router.on(["GET", "POST"], "/jelastic/1.0/:group/:service/rest/:method", async (ctx) => {
    const { group = "", service = "", method = "" } = ctx.params;
    const key = `${group}/${service}/${method}`.toLowerCase();
    const params = Object.fromEntries(await readFormPairs(ctx.req, ctx.url));
    const fault = deps.faults.take("jelastic", key);
    if (fault && (await applyFault(ctx.res, fault, "jelastic", ctx.signal))) return;

    settleCreations(deps);
    const run = methods[key];
    if (!run) return sendText(ctx.res, 404, `Not Found: ${ctx.url.pathname}`);
    const reply = run({ params, httpMethod: ctx.method, deps });
    sendJson(ctx.res, reply.status, reply.body);
  });
}
