// The database layer as the app sees it. Framework-free (no next/*), so scripts and the worker use
// it too. Server-only in practice: it opens sockets and folders.
export {
  closeDatabases,
  createPrismaClient,
  getEmbeddedPglite,
  type DatabaseOptions,
} from "./client";
export { isPrismaError } from "./errors";
export {
  applyMigrations,
  MigrationHistoryError,
  readMigrations,
  type ApplyResult,
  type MigrationTarget,
} from "./migrations";
export { PgliteFolderInUseError } from "./pglite-lock";
export { Prisma } from "./generated/client";
export type {
  Account,
  AuditEvent,
  AutoRefill,
  BillingAccountSetup,
  Notification,
  Payment,
  PaymentMethod,
  PlatformSession,
  PrismaClient,
  RateLimitBucket,
  WebhookEvent,
} from "./generated/client";
