import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { authenticate } from "@/lib/data/sign-in";

/** Thrown when an upstream could not answer; the sign-in form says "try again" instead of "wrong". */
export class SignInUnavailableError extends CredentialsSignin {
  override code = "unavailable";
}

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(512),
});

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The only module that imports next-auth. The session is an encrypted, http-only JWT holding just
 * our account id; upstream sessions stay in the database and never reach the browser.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(input) {
          const parsed = credentialsSchema.safeParse(input);
          if (!parsed.success) return null;
          const outcome = await authenticate(parsed.data.email, parsed.data.password);
          if (outcome.kind === "unavailable") throw new SignInUnavailableError();
          if (outcome.kind === "invalid") return null;
          return { id: outcome.accountId, email: outcome.email, name: outcome.name };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
