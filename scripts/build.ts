/**
 * `npm run build`: the production build as `npm start` and the tests make it (tsconfig.json left
 * untouched, also with a custom NEXT_DIST_DIR such as `.next-slot3` for a browser-test slot).
 */
import { buildPortal } from "./lib/build";

buildPortal(process.env);
