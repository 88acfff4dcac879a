"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";

// Stripe Connect Express onboarding for site hosts.
// ok: missing-auth
export async function startConnectOnboarding() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/host/login");
  const { data: profile } = await supabase.from("host_profiles").select("stripe_account_id, billing_email").eq("user_id", user.id).single();
  let accountId = profile?.stripe_account_id as string | undefined;
  if (!accountId) {
    const account = await stripe.accounts.create({ type: "express", email: profile?.billing_email ?? user.email, capabilities: { transfers: { requested: true } } });
    accountId = account.id;
    await supabase.from("host_profiles").update({ stripe_account_id: accountId }).eq("user_id", user.id);
  }
  const link = await stripe.accountLinks.create({
    account: accountId,
    refresh_url: `${process.env.HOST_URL}/payouts`,
    return_url: `${process.env.HOST_URL}/payouts?done=1`,
    type: "account_onboarding",
  });
  redirect(link.url);
}

// ok: missing-auth, missing-input-validation
export async function requestInstantPayout(amountCents: number) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Not signed in" };
  const amount = z.number().int().min(1000).max(1_000_000).parse(amountCents);
  const { data: profile } = await supabase.from("host_profiles").select("stripe_account_id").eq("user_id", user.id).single();
  if (!profile?.stripe_account_id) return { error: "Finish payout onboarding first." };
  try {
    const payout = await stripe.payouts.create({ amount, currency: "eur", method: "instant" }, { stripeAccount: profile.stripe_account_id });
    await auditLog({ actorId: user.id, action: "host.instant_payout", targetId: payout.id, metadata: { amount } });
    // ok: information-disclosure
    return { payoutId: payout.id };
  } catch (err) {
    // ruleid: information-disclosure
    return { error: (err as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function updatePayoutIban(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { error: "Not signed in" };
  const iban = z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/).safeParse(String(formData.get("iban") ?? "").replace(/\s/g, ""));
  if (!iban.success) return { error: "That IBAN does not look right." };
  // ok: missing-authorization
  await supabase.from("host_profiles").update({ payout_iban: iban.data }).eq("user_id", user.id);
  await auditLog({ actorId: user.id, action: "host.payout_iban_changed" });
  return { ok: true };
}
