import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "lib/db/generated/**",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/ban-ts-comment": [
        "error",
        { "ts-expect-error": "allow-with-description" },
      ],
    },
  },
  {
    // Playwright fixtures call their `use` callback; that is not the React hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Vendor clients and the sandbox are framework-free: they must run outside Next.js.
    files: [
      "lib/http/**",
      "lib/whmcs/**",
      "lib/jelastic/**",
      "lib/stripe/**",
      "lib/paypal/**",
      "lib/billing/**",
      "lib/ssh/**",
      "lib/tls/**",
      "sandbox/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "@/lib/data/*", "@/app/*"] },
      ],
    },
  },
]);
