/**
 * Where the browser-test stack runs. E2E_SLOT=n (1–9) shifts every port and folder, so several
 * people can run browser tests on one machine at once (each with its own NEXT_DIST_DIR build).
 */
export function e2ePorts() {
  const slot = Number(process.env.E2E_SLOT ?? 0);
  const suffix = slot ? `-${slot}` : "";
  return {
    portal: 3100 + slot * 10,
    sandbox: 4110 + slot * 10,
    smtp: 4125 + slot * 10,
    dataDir: `.data/e2e${suffix}`,
    outputDir: `test-results/e2e${suffix}`,
  };
}
