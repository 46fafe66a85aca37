"use client";

import { useEffect, useRef, useState } from "react";
import { envNameSchema } from "@/lib/new-environment/input";
import { checkEnvNameAction } from "../actions";
import { errorId, FieldError } from "./field-error";
import type { WizardData } from "./types";

const DEBOUNCE_MS = 400;

type Check = {
  name: string;
  status: "available" | "taken" | "invalid" | "unknown";
  message?: string;
};

/**
 * Name input with a live availability check on the platform, debounced so typing does not send
 * a request per key. Format errors are found in the browser and never sent.
 */
export function NameField({
  id,
  value,
  onChange,
  error,
  data,
}: {
  id: string;
  value: string;
  onChange: (name: string) => void;
  error: string | undefined;
  data: Pick<WizardData, "m">;
}) {
  const { m } = data;
  const [check, setCheck] = useState<Check | null>(null);
  const latest = useRef(value);
  const name = value.trim();
  const format = envNameSchema.safeParse(name);

  useEffect(() => {
    latest.current = name;
    if (!format.success) return;
    const timer = setTimeout(() => {
      void checkEnvNameAction(name).then(
        (result) => latest.current === name && setCheck({ name, ...result }),
        () => latest.current === name && setCheck({ name, status: "unknown" }),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [name, format.success]);

  const formatError =
    name.length > 0 && !format.success
      ? m.errors[(format.error.issues[0]?.message ?? "nameInvalid") as keyof typeof m.errors]
      : undefined;
  const current = check?.name === name ? check : null;
  const shown = error ?? formatError ?? (current?.status === "taken" ? current.message : undefined);
  const describedBy = [`${id}-hint`, shown ? errorId("name") : null, `${id}-check`]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {m.name.label}
      </label>
      <input
        id={id}
        name="name"
        value={value}
        onChange={(event) => onChange(event.target.value.toLowerCase())}
        autoComplete="off"
        spellCheck={false}
        maxLength={30}
        required
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
        {m.name.hint}
      </p>
      <FieldError id={errorId("name")} message={shown} />
      <p
        id={`${id}-check`}
        role="status"
        data-testid="name-check"
        className="mt-1 text-sm text-green-800"
      >
        {!shown && format.success && !current ? m.name.checking : null}
        {!shown && current?.status === "available" ? m.name.available : null}
      </p>
    </div>
  );
}
