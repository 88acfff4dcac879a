"use server";

import { createClient } from "@/lib/supabase/server";
import { GuestProfileSchema } from "@/lib/validation/schemas";
import { z } from "zod";

// Guest loyalty app (Supabase auth)

// ok: missing-auth, missing-input-validation
export async function updateGuestProfile(input: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const profile = GuestProfileSchema.parse(input);
  // ok: missing-authorization
  const { error } = await supabase
    .from("guests")
    // ruleid: mass-assignment
    .update(profile)
    .eq("id", user.id);
  return { ok: !error };
}

// ok: missing-auth, missing-input-validation
export async function updateGuestProfileStrict(input: unknown) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const profile = GuestProfileSchema.strict().parse(input);
  const { error } = await supabase
    .from("guests")
    // ok: mass-assignment
    .update({ display_name: profile.displayName, marketing_opt_in: profile.marketingOptIn })
    .eq("id", user.id);
  return { ok: !error };
}

// ok: missing-auth, missing-input-validation
export async function myGuestProfile() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return null;
  const { data } = await supabase.from("guests").select().eq("id", user.id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function myBookings() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const { data } = await supabase
    .from("reservations")
    .select("id, starts_at, party_size, status")
    .eq("guest_id", user?.id ?? "");
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function cancelMyBooking(bookingId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const id = z.string().uuid().parse(bookingId);
  // ok: missing-authorization
  const { error } = await supabase.from("reservations").update({ status: "cancelled" }).eq("id", id).eq("guest_id", user.id);
  return { ok: !error };
}

// ok: missing-auth, missing-input-validation
export async function redeemReward(rewardId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Please sign in" };
  const id = z.string().uuid().parse(rewardId);
  // ruleid: missing-authorization
  const { error } = await supabase.from("reward_claims").update({ redeemed_at: new Date().toISOString() }).eq("id", id);
  if (error) {
    console.error("reward claim failed", error);
    // ok: information-disclosure
    return { error: "We couldn't redeem that reward right now." };
  }
  return { ok: true };
}
