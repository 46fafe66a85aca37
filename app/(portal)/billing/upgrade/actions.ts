"use server";

import { revalidatePath } from "next/cache";
import {
  BILLING_DETAIL_FIELDS,
  FIELD_MAX_LENGTH,
  parseBillingDetails,
  type BillingDetailField,
  type FieldProblem,
} from "@/lib/billing/upgrade/billing-details";
import { requireAccount } from "@/lib/data/session";
import { setUpBillingAccount } from "@/lib/data/upgrade";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { BillingDetailsState } from "./_components/form-state";

/** The sentence for "this field is missing / malformed"; length and markup share generic ones. */
const MISSING: Partial<Record<BillingDetailField, MessageKey>> = {
  firstName: "upgrade.errors.firstName",
  lastName: "upgrade.errors.lastName",
  address1: "upgrade.errors.address1",
  city: "upgrade.errors.city",
  state: "upgrade.errors.state",
  postcode: "upgrade.errors.postcode",
  country: "upgrade.errors.country",
  phoneNumber: "upgrade.errors.phoneNumber",
  acceptTerms: "upgrade.errors.acceptTerms",
};

const MALFORMED: Partial<Record<BillingDetailField, MessageKey>> = {
  postcode: "upgrade.errors.postcodeInvalid",
  country: "upgrade.errors.country",
  phoneNumber: "upgrade.errors.phoneNumberInvalid",
  taxId: "upgrade.errors.taxIdInvalid",
  acceptTerms: "upgrade.errors.acceptTerms",
};

function fieldMessage(t: Translate, field: BillingDetailField, problem: FieldProblem): string {
  if (problem === "too_long") {
    const max = FIELD_MAX_LENGTH[field as keyof typeof FIELD_MAX_LENGTH] ?? 100;
    return t("upgrade.errors.tooLong", { max });
  }
  const key = (problem === "required" ? MISSING : MALFORMED)[field];
  return key ? t(key) : t("upgrade.errors.invalidText");
}

/**
 * Step 1 → 2 of "Upgrade trial account": validate the billing details, then link or create the
 * billing account for the signed-in account (never another one: the email is the session's).
 */
export async function submitBillingDetailsAction(
  previous: BillingDetailsState,
  formData: FormData,
): Promise<BillingDetailsState> {
  const account = await requireAccount();
  const t = await getTranslator();
  const attempt = "attempt" in previous ? previous.attempt + 1 : 1;
  const values: Record<string, string> = {};
  for (const field of BILLING_DETAIL_FIELDS) {
    const value = formData.get(field);
    // Bounded, so a tampered request cannot make us echo megabytes back.
    if (typeof value === "string") values[field] = value.slice(0, 500);
  }
  const parsed = parseBillingDetails(values);
  if (!parsed.ok) {
    const fieldErrors: Partial<Record<BillingDetailField, string>> = {};
    for (const field of BILLING_DETAIL_FIELDS) {
      const problem = parsed.problems[field];
      if (problem) fieldErrors[field] = fieldMessage(t, field, problem);
    }
    return { status: "invalid", fieldErrors, values, attempt };
  }

  const result = await setUpBillingAccount(account, parsed.details);
  switch (result.kind) {
    case "ok":
    case "not_trial":
    case "no_platform":
      // The page shows the next step (or why there is nothing to upgrade) from the database.
      revalidatePath("/billing/upgrade");
      return { status: "done" };
    case "busy":
      return { status: "error", message: t("upgrade.busy"), values, attempt };
    case "refused":
      return { status: "error", message: t("upgrade.refused"), values, attempt };
    case "unavailable":
      return { status: "error", message: t("upgrade.unavailable"), values, attempt };
  }
}
