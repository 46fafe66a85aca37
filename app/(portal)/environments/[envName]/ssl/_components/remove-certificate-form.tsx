"use client";

import { useActionState } from "react";
import { ConfirmSubmit, type ConfirmSubmitLabels } from "@/components/ui/confirm-submit";
import { removeCertificateAction, type SslActionState } from "../actions";

const initial: SslActionState = {};

export function RemoveCertificateForm({
  envName,
  certificateId,
  labels,
}: {
  envName: string;
  certificateId: number;
  labels: ConfirmSubmitLabels;
}) {
  const [state, formAction] = useActionState(removeCertificateAction, initial);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="envName" value={envName} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <ConfirmSubmit id="remove-certificate" labels={labels} />
      {state.error && (
        <p role="alert" id="remove-certificate-error" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
