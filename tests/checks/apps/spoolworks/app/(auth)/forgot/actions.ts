"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { createAdminClient } from "@/lib/supabase/admin";
import { rateLimitByIp } from "@/lib/rate-limit";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function requestPasswordReset(_prev: unknown, formData: FormData) {
  await rateLimitByIp("forgot");
  const email = z.string().email().parse(formData.get("email"));
  const admin = createAdminClient();
  const { data: profile } = await admin.from("profiles").select("id").eq("email", email).maybeSingle();
  // why: tells registered and unregistered emails apart (account enumeration)
  // ruleid: information-disclosure
  if (!profile) return { error: "No account with that email address." };
  const supabase = await createClient();
  await supabase.auth.resetPasswordForEmail(email, { redirectTo: `${process.env.NEXT_PUBLIC_SITE_URL}/forgot/update` });
  // ok: information-disclosure
  return { ok: true, message: "Check your inbox for a reset link." };
}

const NewPassword = z.object({ password: z.string().min(10).max(200) });

// Called from the recovery link session.
// why: password change without any audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-rate-limit, missing-input-validation
export async function updatePassword(_prev: unknown, formData: FormData) {
  await rateLimitByIp("update-password");
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/forgot");
  const { password } = NewPassword.parse({ password: formData.get("password") });
  const { error } = await supabase.auth.updateUser({ password });
  // ok: information-disclosure
  if (error) return { error: "Could not update password." };
  redirect("/dashboard");
}

// ok: missing-auth, missing-rate-limit, missing-input-validation, missing-audit-log
export async function signOutEverywhere() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  await supabase.auth.signOut({ scope: "global" });
  await auditLog({ actorId: user.id, action: "maker.sign_out_all" });
  redirect("/login");
}
