"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { sendEmail } from "@/lib/mailer";

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function inviteTrainingPartner(formData: FormData) {
  const user = await requireUser();
  const { email, raceSlug } = z.object({ email: z.string().email(), raceSlug: z.string().regex(/^[a-z0-9-]+$/) }).parse(Object.fromEntries(formData));
  await sendEmail(email, `${user.email} wants you to run ${raceSlug}`, `<a href="https://cinderpath.run/races/${raceSlug}">See the race</a>`);
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function finishInviteFlow(formData: FormData) {
  await requireUser();
  redirect(String(formData.get("returnTo") ?? "/me"));
}

// ok: missing-auth, missing-input-validation
export async function finishInviteFlowSafe(formData: FormData) {
  await requireUser();
  const returnTo = formData.get("returnTo");
  if (typeof returnTo !== "string" || !returnTo.startsWith("/") || returnTo.startsWith("//")) redirect("/me");
  redirect(returnTo);
}
