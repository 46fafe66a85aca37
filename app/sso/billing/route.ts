import { mintBillingSsoUrl } from "@/lib/data/sso";
import { ssoRedirect } from "@/lib/data/sso-redirect";

export function POST(request: Request) {
  return ssoRedirect(request, "billing", mintBillingSsoUrl);
}
