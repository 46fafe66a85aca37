export type WizardStep = { label: string; state: "done" | "current" | "next" };

/** The four steps of the upgrade as an ordered list; the current one is aria-current="step". */
export function WizardSteps({
  label,
  steps,
  doneText,
  currentText,
}: {
  label: string;
  steps: WizardStep[];
  doneText: string;
  currentText: string;
}) {
  return (
    <nav aria-label={label}>
      <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {steps.map((step, index) => (
          <li
            key={step.label}
            aria-current={step.state === "current" ? "step" : undefined}
            className={
              step.state === "current"
                ? "font-semibold text-slate-900"
                : step.state === "done"
                  ? "text-green-800"
                  : "text-slate-600"
            }
          >
            <span aria-hidden="true">{step.state === "done" ? "✓ " : `${index + 1}. `}</span>
            {step.label}
            {step.state !== "next" && (
              <span className="sr-only"> ({step.state === "done" ? doneText : currentText})</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
