import type { ReactNode } from "react";

/** A titled region; the heading labels the region for screen readers. */
export function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="mb-3 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function CardSkeleton({ title }: { title: string }) {
  return (
    <section aria-busy="true" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      <div className="h-6 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="mt-2 h-4 w-1/2 animate-pulse rounded bg-slate-100" />
    </section>
  );
}

export function Unavailable({ message }: { message: string }) {
  return (
    <p role="status" className="rounded bg-amber-50 p-3 text-sm text-amber-900">
      {message}
    </p>
  );
}

/** A widget whose data could not be loaded: same title, a plain message in place of the figures. */
export function UnavailableCard({
  id,
  title,
  message,
}: {
  id: string;
  title: string;
  message: string;
}) {
  return (
    <Card id={id} title={title}>
      <Unavailable message={message} />
    </Card>
  );
}
