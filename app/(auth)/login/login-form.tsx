"use client";

import { useActionState } from "react";
import { initialFormState } from "@/lib/actions/form-state";
import { loginAction } from "./actions";

export type LoginFormLabels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
};

export function LoginForm({
  labels,
  callbackUrl,
}: {
  labels: LoginFormLabels;
  callbackUrl: string;
}) {
  const [state, formAction, pending] = useActionState(loginAction, initialFormState);
  const error = state.error;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error && (
        <p
          role="alert"
          id="login-error"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email ?? ""}
          aria-describedby={error ? "login-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={error ? "login-error" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand w-full rounded px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
