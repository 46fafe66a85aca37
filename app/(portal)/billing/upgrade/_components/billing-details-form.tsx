"use client";

import { useActionState } from "react";
import type { BillingDetailField } from "@/lib/billing/upgrade/billing-details";
import type { CountryOption } from "@/lib/billing/upgrade/countries";
import { submitBillingDetailsAction } from "../actions";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { describedBy, Field, inputClass } from "./field";
import { initialBillingDetailsState } from "./form-state";

type TextFieldName = Exclude<BillingDetailField, "country" | "acceptTerms">;

export type BillingDetailsText = {
  fields: Record<TextFieldName | "country" | "email", string>;
  hints: { email: string; country: string; phoneNumber: string; taxId: string };
  optional: string;
  requiredNote: string;
  countryPlaceholder: string;
  termsBefore: string;
  termsLink: string;
  opensInNewTab: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  errorSummaryIntro: string;
};

/** Field order = tab order = order of the error summary. */
const TEXT_FIELDS: {
  name: TextFieldName;
  autoComplete: string;
  required: boolean;
  type?: "tel";
  maxLength: number;
}[] = [
  { name: "firstName", autoComplete: "given-name", required: true, maxLength: 100 },
  { name: "lastName", autoComplete: "family-name", required: true, maxLength: 100 },
  { name: "companyName", autoComplete: "organization", required: false, maxLength: 100 },
  { name: "address1", autoComplete: "address-line1", required: true, maxLength: 200 },
  { name: "city", autoComplete: "address-level2", required: true, maxLength: 100 },
  { name: "state", autoComplete: "address-level1", required: true, maxLength: 100 },
  { name: "postcode", autoComplete: "postal-code", required: true, maxLength: 20 },
];
const AFTER_COUNTRY: typeof TEXT_FIELDS = [
  { name: "phoneNumber", autoComplete: "tel", required: true, type: "tel", maxLength: 30 },
  { name: "taxId", autoComplete: "off", required: false, maxLength: 30 },
];
const ORDER: BillingDetailField[] = [
  ...TEXT_FIELDS.map((f) => f.name),
  "country",
  ...AFTER_COUNTRY.map((f) => f.name),
  "acceptTerms",
];

const idOf = (field: string) => `upgrade-${field}`;

/**
 * Step 1: the billing details and the Terms of Service. Validated on the server (the form sets
 * noValidate so every problem is reported the same translated way); what was typed survives.
 */
export function BillingDetailsForm({
  text,
  email,
  initial,
  countries,
  termsUrl,
}: {
  text: BillingDetailsText;
  email: string;
  initial: { firstName: string; lastName: string };
  countries: CountryOption[];
  termsUrl: string | null;
}) {
  const [state, formAction, pending] = useActionState(
    submitBillingDetailsAction,
    initialBillingDetailsState,
  );
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values: Record<string, string> =
    state.status === "invalid" || state.status === "error" ? state.values : initial;
  const items: SummaryItem[] = ORDER.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: idOf(field), message }] : [];
  });

  const textField = (f: (typeof TEXT_FIELDS)[number]) => {
    const id = idOf(f.name);
    const hint = f.name === "phoneNumber" || f.name === "taxId" ? text.hints[f.name] : undefined;
    return (
      <Field
        key={f.name}
        id={id}
        label={text.fields[f.name]}
        required={f.required}
        optionalText={text.optional}
        hint={hint}
        error={errors[f.name]}
      >
        <input
          id={id}
          name={f.name}
          type={f.type ?? "text"}
          autoComplete={f.autoComplete}
          maxLength={f.maxLength}
          required={f.required}
          defaultValue={values[f.name] ?? ""}
          className={inputClass}
          {...describedBy(id, errors[f.name], hint)}
        />
      </Field>
    );
  };

  return (
    // A new form per failed submit: React resets a form after its action, and a <select> or a
    // checkbox would fall back to its first default instead of what was just submitted.
    <form
      key={"attempt" in state ? state.attempt : 0}
      action={formAction}
      noValidate
      className="space-y-4"
      aria-busy={pending}
    >
      {state.status === "invalid" && (
        <ErrorSummary
          heading={text.errorSummary}
          intro={text.errorSummaryIntro}
          items={items}
          attempt={state.attempt}
        />
      )}
      {state.status === "error" && (
        <ErrorSummary
          heading={text.errorSummary}
          intro={state.message}
          items={[]}
          attempt={state.attempt}
        />
      )}
      <p className="text-sm text-slate-700">{text.requiredNote}</p>
      <div className="grid gap-4 sm:grid-cols-2">{TEXT_FIELDS.slice(0, 2).map(textField)}</div>
      {textField(TEXT_FIELDS[2]!)}
      <Field id={idOf("email")} label={text.fields.email} hint={text.hints.email}>
        <input
          id={idOf("email")}
          type="email"
          value={email}
          readOnly
          autoComplete="email"
          className={inputClass}
          {...describedBy(idOf("email"), undefined, text.hints.email)}
        />
      </Field>
      {textField(TEXT_FIELDS[3]!)}
      <div className="grid gap-4 sm:grid-cols-2">{TEXT_FIELDS.slice(4).map(textField)}</div>
      <Field
        id={idOf("country")}
        label={text.fields.country}
        required
        hint={text.hints.country}
        error={errors.country}
      >
        <select
          id={idOf("country")}
          name="country"
          required
          autoComplete="country"
          defaultValue={values.country ?? ""}
          className={inputClass}
          {...describedBy(idOf("country"), errors.country, text.hints.country)}
        >
          <option value="">{text.countryPlaceholder}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">{AFTER_COUNTRY.map(textField)}</div>
      <TermsCheckbox
        text={text}
        termsUrl={termsUrl}
        checked={values.acceptTerms === "on"}
        error={errors.acceptTerms}
      />
      <button
        type="submit"
        disabled={pending}
        className="bg-brand rounded px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}

function TermsCheckbox({
  text,
  termsUrl,
  checked,
  error,
}: {
  text: BillingDetailsText;
  termsUrl: string | null;
  checked: boolean;
  error?: string;
}) {
  const id = idOf("acceptTerms");
  return (
    <div className="space-y-1">
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex items-start gap-2">
        <input
          id={id}
          name="acceptTerms"
          type="checkbox"
          required
          defaultChecked={checked}
          className="mt-1 h-4 w-4"
          {...describedBy(id, error)}
        />
        <label htmlFor={id} className="text-sm">
          {text.termsBefore}{" "}
          {termsUrl ? (
            <a href={termsUrl} target="_blank" rel="noopener noreferrer" className="underline">
              {text.termsLink}
              <span className="sr-only"> {text.opensInNewTab}</span>
            </a>
          ) : (
            text.termsLink
          )}
          <span aria-hidden="true" className="text-red-800">
            {" *"}
          </span>
        </label>
      </div>
    </div>
  );
}
