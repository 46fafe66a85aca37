"use client";

import { useActionState } from "react";
import { bindDomainAction, type BindDomainState } from "../actions";
import { DnsRecords, type DnsRecordsLabels } from "./dns-records";

export type BindDomainLabels = {
  hostname: string;
  hint: string;
  submit: string;
  submitting: string;
  dnsHeading: string;
  dns: DnsRecordsLabels;
};

const initial: BindDomainState = {};

export function BindDomainForm({ envName, labels }: { envName: string; labels: BindDomainLabels }) {
  const [state, formAction, pending] = useActionState(bindDomainAction, initial);
  const describedBy = ["hostname-hint", state.error ? "bind-domain-error" : ""].join(" ").trim();
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="envName" value={envName} />
      <div className="space-y-1">
        <label htmlFor="hostname" className="block text-sm font-medium">
          {labels.hostname}
        </label>
        <input
          id="hostname"
          name="hostname"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          required
          defaultValue={state.values?.hostname ?? ""}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={describedBy}
          className="w-full max-w-md rounded border border-slate-400 px-3 py-2"
        />
        <p id="hostname-hint" className="text-xs text-slate-600">
          {labels.hint}
        </p>
      </div>
      {state.error && (
        <p
          role="alert"
          id="bind-domain-error"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-brand rounded px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
      <div role="status" id="bind-domain-status">
        {state.bound && state.message && (
          <div className="space-y-2 rounded border border-green-300 bg-green-50 p-3">
            <p className="text-sm font-medium text-green-900">{state.message}</p>
            <h3 className="text-sm font-semibold">{labels.dnsHeading}</h3>
            <DnsRecords records={state.bound.records} labels={labels.dns} testId="bind-dns" />
          </div>
        )}
      </div>
    </form>
  );
}
