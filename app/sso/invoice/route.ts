import { mintInvoiceSsoUrl } from "@/lib/data/invoice-sso";
import { ssoRedirect } from "@/lib/data/sso-redirect";

export function POST(request: Request) {
  return ssoRedirect(request, "invoice", mintInvoiceSsoUrl);
}
