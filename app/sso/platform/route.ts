import { mintPlatformLoginLink } from "@/lib/data/sso";
import { ssoRedirect } from "@/lib/data/sso-redirect";

export function POST(request: Request) {
  return ssoRedirect(request, "platform", mintPlatformLoginLink);
}
