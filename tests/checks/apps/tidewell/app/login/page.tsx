import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { emailSchema } from "@/lib/validators";
import { strictLimiter } from "@/lib/ratelimit";
import { logger } from "@/lib/logger";

export default function LoginPage() {
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function magicLink(formData: FormData) {
    "use server";
    const { email } = emailSchema.parse({ email: formData.get("email") });
    const { success } = await strictLimiter.limit(`magic:${email}`);
    if (!success) return;
    logger.info("auth.magic_link_requested", { email });
    await signIn("resend", { email, redirectTo: "/dashboard" });
  }

  // ok: missing-auth, missing-input-validation
  // ruleid: missing-rate-limit, missing-audit-log
  async function passwordLogin(formData: FormData) {
    "use server";
    const { email } = emailSchema.parse({ email: formData.get("email") });
    try {
      await signIn("credentials", { email, password: String(formData.get("password") ?? ""), redirectTo: "/dashboard" });
    } catch (err) {
      if (err instanceof AuthError) {
        // ok: information-disclosure
        return { error: "Invalid email or password" };
      }
      throw err;
    }
  }

  return (
    <main>
      <form action={magicLink}><input name="email" /><button>Email me a link</button></form>
      <form action={passwordLogin}><input name="email" /><input name="password" type="password" /><button>Sign in</button></form>
    </main>
  );
}
