/** Only same-site paths may be used after sign-in; anything else (other hosts, `//x`) goes home. */
export function safeCallbackPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return "/";
  if (value.startsWith("/login") || value.startsWith("/api/")) return "/";
  return value;
}
