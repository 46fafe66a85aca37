import Link from "next/link";

/** Why this account has nothing to upgrade, with the ways on from here. */
export function NotUpgradable({
  heading,
  body,
  links,
}: {
  heading: string;
  body: string;
  links: { href: string; label: string }[];
}) {
  return (
    <section
      aria-labelledby="upgrade-not-available"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="upgrade-not-available" className="text-lg font-semibold">
        {heading}
      </h2>
      <p className="text-sm">{body}</p>
      <ul className="flex flex-wrap gap-4 text-sm font-medium">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="underline">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
