/** Environment status names from the dashboard localisation (reference §1.7). */
const envStatusNames: Record<number, string> = {
  0: "Unknown",
  1: "Running",
  2: "Stopped",
  3: "Launching",
  4: "Sleeping",
  5: "Suspended",
  6: "Creating",
  7: "Cloning",
  9: "Exporting",
  10: "Migrating",
  11: "Broken",
  12: "Redeploying",
  13: "Stopping",
  14: "Going to sleep",
  1001: "Deleting",
  1002: "Refreshing",
};

export function envStatusName(code: number): string {
  return envStatusNames[code] ?? `Status ${code}`;
}
