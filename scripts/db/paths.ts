import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Repository paths, independent of the directory a script is started from. */
const root = fileURLToPath(new URL("../../", import.meta.url));

export const paths = {
  root,
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: path.join(root, "prisma", "migrations"),
  generatedClient: path.join(root, "lib", "db", "generated", "client.ts"),
};

/** True when `moduleUrl` is the script node/tsx was started with (not merely imported). */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && moduleUrl === pathToFileURL(path.resolve(entry)).href;
}
