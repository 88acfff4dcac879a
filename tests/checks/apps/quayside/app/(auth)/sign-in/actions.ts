"use server";

import { signIn, signOut } from "@logto/next/server-actions";
import { redirect } from "next/navigation";
import { logtoConfig } from "@/lib/auth/logto";

const SAFE_NEXT = /^\/(berths|bookings|boats|owners|invoices|crew|maintenance|documents|settings|reports|assistant)(\/[\w\-/]*)?$/;

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ok: missing-audit-log
export async function startSignIn(formData: FormData) {
  const next = String(formData.get("next") ?? "");
  const target = SAFE_NEXT.test(next) ? next : "/berths";
  await signIn(logtoConfig, { redirectUri: `${logtoConfig.baseUrl}/callback?next=${encodeURIComponent(target)}` });
}

// ok: missing-auth, missing-input-validation
export async function signOutStaff() {
  await signOut(logtoConfig, `${logtoConfig.baseUrl}/`);
}

// Legacy marketing-site button: "Continue where you left off".
// ruleid: missing-input-validation
// ok: missing-auth
export async function continueTo(formData: FormData) {
  const next = formData.get("next") as string;
  redirect(next || "/berths");
}
