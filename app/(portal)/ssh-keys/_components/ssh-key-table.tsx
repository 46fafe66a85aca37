"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { deleteSshKeyAction } from "../actions";
import { initialDeleteState } from "./form-states";

/** One key, already formatted and translated on the server. */
export type SshKeyRow = {
  id: number;
  title: string;
  fingerprint: string;
  type: string;
  added: string;
  addedIso: string | null;
  deleteLabel: string;
  confirmLabel: string;
};

export type SshKeyTableLabels = {
  caption: string;
  title: string;
  fingerprint: string;
  type: string;
  added: string;
  actions: string;
  delete: string;
  cancel: string;
  deleting: string;
  empty: string;
};

/**
 * Delete is two steps without window.confirm: "Delete" swaps in "Confirm delete of <title>" (which
 * gets focus) and "Cancel" (or Escape) goes back. The outcome is announced in a live region that
 * stays on the page after the row is gone.
 */
export function SshKeyTable({ rows, labels }: { rows: SshKeyRow[]; labels: SshKeyTableLabels }) {
  const [state, formAction, pending] = useActionState(deleteSshKeyAction, initialDeleteState);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [returnTo, setReturnTo] = useState<number | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const deleteRefs = useRef(new Map<number, HTMLButtonElement>());

  useEffect(() => {
    if (confirming !== null) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (returnTo !== null) deleteRefs.current.get(returnTo)?.focus();
  }, [returnTo]);
  useEffect(() => {
    if (state.status !== "idle") outcomeRef.current?.focus();
  }, [state]);

  const cancel = (id: number) => {
    setConfirming(null);
    setReturnTo(id);
  };

  return (
    <div className="space-y-3">
      {state.status !== "idle" && (
        <p
          ref={outcomeRef}
          tabIndex={-1}
          role={state.status === "error" ? "alert" : "status"}
          id="ssh-delete-outcome"
          className={
            state.status === "error"
              ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          }
        >
          {state.message}
        </p>
      )}
      {rows.length === 0 ? (
        <p data-testid="ssh-keys-empty" className="text-sm text-slate-700">
          {labels.empty}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{labels.caption}</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-4">
                  {labels.title}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.fingerprint}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.type}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {labels.added}
                </th>
                <th scope="col" className="py-2">
                  {labels.actions}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {row.title}
                  </th>
                  <td className="py-2 pr-4">
                    <code className="text-xs break-all">{row.fingerprint}</code>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{row.type}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {row.addedIso ? <time dateTime={row.addedIso}>{row.added}</time> : row.added}
                  </td>
                  <td className="py-2">
                    {confirming === row.id ? (
                      <form
                        action={formAction}
                        className="flex flex-wrap gap-2"
                        onKeyDown={(event) => event.key === "Escape" && cancel(row.id)}
                      >
                        <input type="hidden" name="id" value={row.id} />
                        <button
                          ref={confirmRef}
                          type="submit"
                          disabled={pending}
                          className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-70"
                        >
                          {pending ? labels.deleting : row.confirmLabel}
                        </button>
                        <button
                          type="button"
                          onClick={() => cancel(row.id)}
                          className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
                        >
                          {labels.cancel}
                        </button>
                      </form>
                    ) : (
                      <button
                        ref={(el) => {
                          if (el) deleteRefs.current.set(row.id, el);
                          else deleteRefs.current.delete(row.id);
                        }}
                        type="button"
                        aria-label={row.deleteLabel}
                        onClick={() => {
                          setReturnTo(null);
                          setConfirming(row.id);
                        }}
                        className="rounded border border-red-300 px-3 py-1 text-red-800 hover:bg-red-50"
                      >
                        {labels.delete}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
