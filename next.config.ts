import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel checkouts of the same tree (several engineers, benchmarks) build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Database drivers and the wasm PostgreSQL stay as plain Node modules instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
    "pg-boss",
    "nodemailer",
    // Reads its font data files from its own folder at run time.
    "pdfkit",
  ],
};

export default nextConfig;
