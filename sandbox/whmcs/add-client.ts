import { randomUUID } from "node:crypto";
import type { SandboxDeps } from "../context";
import { int, str, type PhpArray } from "../http/php-form";
import { sqlDateTime } from "../billing/state";
import type { WhmcsClient } from "../state/types";
import { failure, success, type WhmcsReply } from "./envelope";
import { sameEmail } from "./format";

const REQUIRED: [string, string][] = [
  ["firstname", "You did not enter your first name"],
  ["lastname", "You did not enter your last name"],
  ["email", "You did not enter your email address"],
  ["address1", "You did not enter your address (line 1)"],
  ["city", "You did not enter your city"],
  ["state", "You did not enter your state"],
  ["postcode", "You did not enter your postcode"],
  ["phonenumber", "Invalid telephone phone number"],
];

/**
 * AddClient (WHMCS 8): a billing client, owned by `owner_user_id` or by a new user created from the
 * same name and email with `password2`. Returns `clientid` and `owner_id`.
 */
export function addClient(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  for (const [field, message] of REQUIRED) {
    if (!str(params, field)?.trim()) return failure(message);
  }
  const country = (str(params, "country") ?? "").trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return failure("Valid country required");
  const email = (str(params, "email") ?? "").trim();
  const state = deps.store.state.whmcs;
  const ownerId = int(params, "owner_user_id");
  if (ownerId !== undefined && !state.users.some((u) => u.id === ownerId)) {
    return failure("User Not Found");
  }
  if (ownerId === undefined) {
    if (state.users.some((u) => sameEmail(u.email, email))) {
      return failure("A user already exists with that email address");
    }
    if (!str(params, "password2")) return failure("A password is required for the new user");
  }
  const now = sqlDateTime(deps.now());
  const created = deps.store.update(() => {
    let userId = ownerId;
    if (userId === undefined) {
      userId = Math.max(0, ...state.users.map((u) => u.id)) + 1;
      state.users.push({
        id: userId,
        firstname: str(params, "firstname") ?? "",
        lastname: str(params, "lastname") ?? "",
        email,
        password: str(params, "password2") ?? "",
        datecreated: now,
        twoFactorEnabled: false,
      });
    }
    const client: WhmcsClient = {
      id: Math.max(0, ...state.clients.map((c) => c.id)) + 1,
      uuid: randomUUID(),
      firstname: str(params, "firstname") ?? "",
      lastname: str(params, "lastname") ?? "",
      companyname: str(params, "companyname") ?? "",
      email,
      address1: str(params, "address1") ?? "",
      address2: str(params, "address2") ?? "",
      city: str(params, "city") ?? "",
      state: str(params, "state") ?? "",
      postcode: str(params, "postcode") ?? "",
      countryCode: country,
      phoneCc: 0,
      phonenumber: str(params, "phonenumber") ?? "",
      taxId: str(params, "tax_id") ?? "",
      status: "Active",
      creditCents: 0,
      currencyId: 1,
      groupid: int(params, "groupid") ?? 0,
      datecreated: now.slice(0, 10),
      defaultgateway: "",
      lastLogin: null,
      users: [{ userId, isOwner: true }],
    };
    state.clients.push(client);
    return { clientId: client.id, userId };
  });
  return success({ clientid: String(created.clientId), owner_id: String(created.userId) });
}
