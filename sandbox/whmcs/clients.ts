import type { SandboxDeps } from "../context";
import { bool, int, str, type PhpArray } from "../http/php-form";
import type { JsonObject } from "../http/respond";
import type { WhmcsClient } from "../state/types";
import { clientStats, clientView } from "./client-view";
import { failure, success, type WhmcsReply } from "./envelope";
import { paginate, sameEmail, startsWithAny } from "./format";
import { allInvoices } from "./invoice-source";

/**
 * GetClientsDetails by `clientid` or `email`. Besides `client` (and `stats` when asked), WHMCS still
 * repeats the client fields at the top level (deprecated, but real), so the sandbox does too.
 */
export function getClientsDetails(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const state = deps.store.state;
  const clientId = int(params, "clientid");
  const email = str(params, "email")?.trim();
  if (!clientId && !email) return failure("Either clientid Or email Is Required");
  const client = clientId
    ? state.whmcs.clients.find((c) => c.id === clientId)
    : state.whmcs.clients.find((c) => sameEmail(c.email, email ?? ""));
  if (!client) return failure("Client Not Found");
  const view = clientView(client, state);
  const { users: _users, ...legacy } = view;
  const fields: JsonObject = { ...legacy, client: view };
  if (bool(params, "stats")) {
    fields.stats = clientStats(
      client,
      allInvoices(state),
      new Date(deps.now()).toISOString().slice(0, 10),
    );
  }
  return success(fields);
}

const clientSortKeys: Record<string, (c: WhmcsClient) => string | number> = {
  id: (c) => c.id,
  firstname: (c) => c.firstname.toLowerCase(),
  lastname: (c) => c.lastname.toLowerCase(),
  companyname: (c) => c.companyname.toLowerCase(),
  email: (c) => c.email.toLowerCase(),
  groupid: (c) => c.groupid,
  datecreated: (c) => c.datecreated,
  status: (c) => c.status,
};

/** GetClients: wrapped `clients.client[]`, `search` on the start of name/email/company. */
export function getClients(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const search = str(params, "search");
  const status = str(params, "status")?.toLowerCase();
  const key = clientSortKeys[(str(params, "orderby") ?? "id").toLowerCase()] ?? clientSortKeys.id;
  const direction = (str(params, "sorting") ?? "ASC").toUpperCase() === "DESC" ? -1 : 1;
  const matches = deps.store.state.whmcs.clients
    .filter((c) => !status || c.status.toLowerCase() === status)
    .filter((c) =>
      startsWithAny(search, [
        c.email,
        c.firstname,
        c.lastname,
        `${c.firstname} ${c.lastname}`,
        c.companyname,
      ]),
    )
    .sort((a, b) => {
      const left = key ? key(a) : a.id;
      const right = key ? key(b) : b.id;
      return (left < right ? -1 : left > right ? 1 : 0) * direction;
    });
  const { page, meta } = paginate(matches, params);
  return success({
    ...meta,
    clients: {
      client: page.map((c) => ({
        id: c.id,
        firstname: c.firstname,
        lastname: c.lastname,
        companyname: c.companyname,
        email: c.email,
        datecreated: c.datecreated,
        groupid: c.groupid,
        status: c.status,
      })),
    },
  });
}
