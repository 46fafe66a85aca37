import type { SandboxDeps } from "../context";
import { applyFault } from "../control/apply-fault";
import { readFormPairs } from "../http/body";
import { parsePhpParams, str, type PhpArray } from "../http/php-form";
import { sendPhpJson } from "../http/respond";
import type { RequestContext, Router } from "../http/router";
import { checkCredentials } from "./auth";
import { getCredits, getOrders, getTransactions } from "./billing-documents";
import { getClients, getClientsDetails } from "./clients";
import { failure, type WhmcsReply } from "./envelope";
import { getInvoice, getInvoices } from "./invoices";
import { settlementActionNames, settlementActions } from "./settlement-actions";
import { createSsoToken } from "./sso";
import { getUsers, validateLogin } from "./users";

type Action = (params: PhpArray, deps: SandboxDeps) => WhmcsReply;

/** Implemented actions, keyed lower-case because WHMCS matches action names case-insensitively. */
const actions: Record<string, Action> = {
  validatelogin: validateLogin,
  getusers: getUsers,
  getclientsdetails: getClientsDetails,
  getclients: getClients,
  createssotoken: createSsoToken,
  getinvoices: getInvoices,
  getinvoice: getInvoice,
  ...settlementActions,
  getorders: getOrders,
  gettransactions: getTransactions,
  getcredits: getCredits,
};

export const implementedWhmcsActions = [
  "ValidateLogin",
  "GetUsers",
  "GetClientsDetails",
  "GetClients",
  "CreateSsoToken",
  "GetInvoices",
  "GetInvoice",
  ...Object.values(settlementActionNames),
  "GetOrders",
  "GetTransactions",
  "GetCredits",
];

/** `/whmcs/includes/api.php`: form POST (or GET query), faults first, then auth, then the action. */
export function registerWhmcsApi(router: Router, deps: SandboxDeps): void {
  router.on(["GET", "POST"], "/whmcs/includes/api.php", async (ctx: RequestContext) => {
    const params = parsePhpParams(await readFormPairs(ctx.req, ctx.url));
    const action = str(params, "action")?.trim() ?? "";
    const fault = deps.faults.take("whmcs", action);
    if (fault && (await applyFault(ctx.res, fault, "whmcs", ctx.signal))) return;

    const reply = handle(action, params, deps);
    sendPhpJson(ctx.res, reply.status, reply.body);
  });
}

function handle(action: string, params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const denied = checkCredentials(params);
  if (denied) return denied;
  if (action === "") return failure("Empty action request", 400);
  const run = actions[action.toLowerCase()];
  return run ? run(params, deps) : failure("Command Not Found");
}
