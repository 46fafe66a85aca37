"use client";

/**
 * Next.js renders error boundaries inside the layout of the same segment, so the shell (navigation,
 * sign-out) stays usable. The text comes from <html lang>, because a client boundary cannot read the
 * server catalogue; both supported languages are covered.
 */
const TEXT = {
  en: {
    heading: "Something went wrong",
    body: "We could not load this page. Please try again.",
    retry: "Try again",
  },
  de: {
    heading: "Etwas ist schiefgelaufen",
    body: "Diese Seite konnte nicht geladen werden. Bitte versuchen Sie es erneut.",
    retry: "Erneut versuchen",
  },
};

export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const lang = typeof document === "undefined" ? "en" : document.documentElement.lang;
  const text = lang === "de" ? TEXT.de : TEXT.en;
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="mb-2 text-lg font-semibold">{text.heading}</h1>
      <p className="mb-4 text-sm">{text.body}</p>
      <button type="button" onClick={reset} className="bg-brand rounded px-4 py-2 text-white">
        {text.retry}
      </button>
    </div>
  );
}
