import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Read only by the official CLI's migrate commands, which need the native engine (not available
  // offline). The app and scripts/db take DATABASE_URL themselves; Prisma 7 does not load .env.
  datasource: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : undefined,
});
