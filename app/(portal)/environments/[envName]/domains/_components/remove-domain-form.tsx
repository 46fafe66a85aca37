"use client";

import { useActionState } from "react";
import { ConfirmSubmit, type ConfirmSubmitLabels } from "@/components/ui/confirm-submit";
import { removeDomainAction, type RemoveDomainState } from "../actions";

const initial: RemoveDomainState = {};

export function RemoveDomainForm({
  envName,
  hostname,
  labels,
}: {
  envName: string;
  hostname: string;
  labels: ConfirmSubmitLabels;
}) {
  const [state, formAction] = useActionState(removeDomainAction, initial);
  const id = `remove-${hostname.replace(/[^a-z0-9-]/g, "-")}`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="envName" value={envName} />
      <input type="hidden" name="hostname" value={hostname} />
      <ConfirmSubmit id={id} labels={labels} />
      {state.error && (
        <p role="alert" id={`${id}-error`} className="text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
