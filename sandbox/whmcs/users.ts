import { createHash } from "node:crypto";
import type { SandboxDeps } from "../context";
import { str, type PhpArray } from "../http/php-form";
import type { SandboxState, WhmcsUser } from "../state/types";
import { failure, success, type WhmcsReply } from "./envelope";
import { paginate, sameEmail, startsWithAny } from "./format";

/** ValidateLogin (WHMCS 8+): checks a *user* login; `userid` is a user id, not a client id. */
export function validateLogin(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const email = str(params, "email") ?? "";
  const password = str(params, "password2") ?? "";
  const user = deps.store.state.whmcs.users.find((u) => sameEmail(u.email, email));
  if (!user || !password || user.password !== password) return failure("Email or Password Invalid");
  // The documented example sends both fields as strings ("1", "false"); so do we.
  return success({
    userid: String(user.id),
    passwordhash: createHash("sha1")
      .update(`${user.id}:${user.password}:${deps.now()}`)
      .digest("hex"),
    twoFactorEnabled: user.twoFactorEnabled ? "true" : "false",
  });
}

/** GetUsers (8.1): a *plain* `users` array (not wrapped), each with `clients[{id,isOwner}]`. */
export function getUsers(params: PhpArray, deps: SandboxDeps): WhmcsReply {
  const state = deps.store.state;
  const search = str(params, "search");
  const descending = (str(params, "sorting") ?? "ASC").toUpperCase() === "DESC";
  const matches = state.whmcs.users
    .filter((u) =>
      startsWithAny(search, [u.email, u.firstname, u.lastname, `${u.firstname} ${u.lastname}`]),
    )
    .sort((a, b) => (descending ? b.id - a.id : a.id - b.id));
  const { page, meta } = paginate(matches, params);
  return success({ ...meta, users: page.map((u) => userView(u, state)) });
}

function userView(user: WhmcsUser, state: SandboxState) {
  return {
    id: user.id,
    firstname: user.firstname,
    lastname: user.lastname,
    email: user.email,
    datecreated: user.datecreated,
    validationdata: "",
    clients: state.whmcs.clients.flatMap((c) =>
      c.users
        .filter((link) => link.userId === user.id)
        .map((link) => ({ id: c.id, isOwner: link.isOwner })),
    ),
  };
}
