"use client";

import { useActionState } from "react";
import { uploadCertificateAction, type SslActionState } from "../actions";
import { PemField } from "./pem-field";

export type CertificateUploadLabels = {
  certificate: string;
  privateKey: string;
  chain: string;
  chooseFile: string;
  keyNotice: string;
  upload: string;
  uploading: string;
};

const initial: SslActionState = {};

/** React resets the form after each submit; only the certificate and chain come back in `values`. */
export function CertificateUploadForm({
  envName,
  labels,
}: {
  envName: string;
  labels: CertificateUploadLabels;
}) {
  const [state, formAction, pending] = useActionState(uploadCertificateAction, initial);
  const errorId = state.error ? "upload-certificate-error" : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="envName" value={envName} />
      <PemField
        id="certificatePem"
        name="certificatePem"
        label={labels.certificate}
        fileLabel={labels.chooseFile}
        defaultValue={state.values?.certificatePem ?? ""}
        describedBy={errorId}
      />
      <PemField
        id="privateKeyPem"
        name="privateKeyPem"
        label={labels.privateKey}
        fileLabel={labels.chooseFile}
        describedBy={["private-key-notice", errorId].filter(Boolean).join(" ")}
      />
      <p id="private-key-notice" className="text-xs text-slate-700">
        {labels.keyNotice}
      </p>
      <PemField
        id="chainPem"
        name="chainPem"
        label={labels.chain}
        fileLabel={labels.chooseFile}
        defaultValue={state.values?.chainPem ?? ""}
        describedBy={errorId}
      />
      {state.error && (
        <p
          role="alert"
          id="upload-certificate-error"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
        >
          {state.error}
        </p>
      )}
      <p role="status" id="upload-certificate-status" className="text-sm text-green-900">
        {state.message}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand rounded px-4 py-2 font-medium text-white disabled:opacity-70"
      >
        {pending ? labels.uploading : labels.upload}
      </button>
    </form>
  );
}
