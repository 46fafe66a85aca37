"use client";

import { useRef } from "react";

/**
 * A PEM textarea with a file picker that reads the file in the browser into the textarea. The file
 * input has no name, so only the textarea's text is submitted.
 */
export function PemField({
  id,
  name,
  label,
  fileLabel,
  defaultValue,
  describedBy,
}: {
  id: string;
  name: string;
  label: string;
  fileLabel: string;
  defaultValue?: string;
  describedBy?: string;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={area}
        id={id}
        name={name}
        rows={6}
        spellCheck={false}
        autoComplete="off"
        defaultValue={defaultValue}
        aria-describedby={describedBy}
        className="w-full rounded border border-slate-400 px-3 py-2 font-mono text-xs"
      />
      <label className="block text-xs text-slate-700">
        {fileLabel}{" "}
        <input
          type="file"
          accept=".pem,.crt,.cer,.key,.txt"
          className="text-xs"
          data-testid={`${id}-file`}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            const input = event.currentTarget;
            if (!file || !area.current) return;
            area.current.value = await file.text();
            input.value = "";
          }}
        />
      </label>
    </div>
  );
}
