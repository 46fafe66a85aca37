"use client";

import { useActionState, useEffect, useRef } from "react";
import { addSshKeyAction } from "../actions";
import { initialAddState } from "./form-states";

export type AddSshKeyLabels = {
  title: string;
  titleHint: string;
  publicKey: string;
  publicKeyHint: string;
  submit: string;
  submitting: string;
};

const input = "w-full rounded border border-slate-400 px-3 py-2";

/** Title + public key. Input survives any error; the error sits next to the field it is about. */
export function AddSshKeyForm({ labels }: { labels: AddSshKeyLabels }) {
  const [state, formAction, pending] = useActionState(addSshKeyAction, initialAddState);
  const titleRef = useRef<HTMLInputElement>(null);
  const keyRef = useRef<HTMLTextAreaElement>(null);
  const titleError =
    state.status === "error" && state.field === "title" ? (state.message ?? null) : null;
  const keyError =
    state.status === "error" && state.field === "publicKey" ? (state.message ?? null) : null;
  const formError = state.status === "error" && !state.field ? (state.message ?? null) : null;

  // Send keyboard and screen-reader users straight to the field that needs fixing.
  useEffect(() => {
    if (titleError) titleRef.current?.focus();
    else if (keyError) keyRef.current?.focus();
  }, [state, titleError, keyError]);

  // The error first, so it is read before the hint.
  const describedBy = (id: string, error: string | null) =>
    error ? `${id}-error ${id}-hint` : `${id}-hint`;

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {formError && (
        <p
          role="alert"
          id="ssh-add-error"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {formError}
        </p>
      )}
      {state.status === "success" && (
        <p
          role="status"
          id="ssh-add-status"
          className="rounded border border-green-300 bg-green-50 p-3 text-sm break-all text-green-900"
        >
          {state.message}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor="ssh-title" className="block text-sm font-medium">
          {labels.title}
        </label>
        <input
          ref={titleRef}
          id="ssh-title"
          name="title"
          type="text"
          maxLength={128}
          autoComplete="off"
          required
          defaultValue={state.values?.title ?? ""}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy("ssh-title", titleError)}
          className={input}
        />
        <p id="ssh-title-hint" className="text-xs text-slate-600">
          {labels.titleHint}
        </p>
        {titleError && (
          <p id="ssh-title-error" className="text-sm text-red-800">
            {titleError}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="ssh-public-key" className="block text-sm font-medium">
          {labels.publicKey}
        </label>
        <textarea
          ref={keyRef}
          id="ssh-public-key"
          name="publicKey"
          rows={4}
          required
          spellCheck={false}
          autoComplete="off"
          defaultValue={state.values?.publicKey ?? ""}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={describedBy("ssh-public-key", keyError)}
          className={`${input} font-mono text-xs`}
        />
        <p id="ssh-public-key-hint" className="text-xs text-slate-600">
          {labels.publicKeyHint}
        </p>
        {keyError && (
          <p id="ssh-public-key-error" className="text-sm text-red-800">
            {keyError}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand rounded px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
