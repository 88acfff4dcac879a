import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { createClient } from "@/lib/auth/supabase";
import { db, owners } from "@/lib/db";
import { rateLimit } from "@/lib/rate-limit";
import { logger } from "@/lib/logger";

export default function OwnerLogin() {
  // Owner password sign-in.
  // ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
  async function signIn(formData: FormData) {
    "use server";
    const email = String(formData.get("email") ?? "").trim().toLowerCase();
    const password = String(formData.get("password") ?? "");
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || password.length < 8) return { error: "Enter your email and password" };
    await rateLimit(`owner-login:${email}`, 5, 300);
    const known = await db.query.owners.findFirst({ where: eq(owners.email, email), columns: { id: true } });
    // ruleid: information-disclosure
    if (!known) return { error: "We couldn't find a boat owner with that email" };
    const supabase = await createClient();
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    if (error) {
      logger.warn({ event: "owner.login_failed", email });
      return { error: "Incorrect password" };
    }
    logger.info({ event: "owner.login", email });
    redirect("/bookings");
  }

  return (
    <form action={signIn}>
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button>Sign in</button>
    </form>
  );
}
