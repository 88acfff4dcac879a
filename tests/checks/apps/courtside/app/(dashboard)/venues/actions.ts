"use server";

import * as yup from "yup";
import { revalidatePath } from "next/cache";
import { createClient, supabaseAdmin } from "@/lib/supabase/server";

const bookingSchema = yup.object({
  venue_id: yup.string().uuid().required(),
  starts_at: yup.date().required(),
  ends_at: yup.date().required(),
  purpose: yup.string().max(200).default("training"),
}).noUnknown();

// ok: missing-auth, missing-input-validation
export async function bookVenue(formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in to book" };
  const values = await bookingSchema.validate(Object.fromEntries(formData), { stripUnknown: true });
  // ok: mass-assignment
  const { error } = await supabase.from("bookings").insert({ ...values, booked_by: user.id });
  // ok: information-disclosure
  if (error) return { error: "Could not book that slot" };
  revalidatePath("/venues");
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function cancelBooking(bookingId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  // ruleid: missing-authorization
  await supabaseAdmin.from("bookings").delete().eq("id", bookingId);
  revalidatePath("/venues");
}

// ok: missing-auth, missing-input-validation
export async function listMyBookings() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("bookings").select("*").eq("booked_by", user.id);
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateBooking(id: string, formData: FormData) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const body = Object.fromEntries(formData);
  // ruleid: mass-assignment
  await supabaseAdmin.from("bookings").update(body).eq("id", id).eq("booked_by", user.id);
}

// ok: missing-auth, missing-input-validation -- gap judge pass 27, W-E, fixed in pass 27
export async function upcomingSlots(venueId: string) {
  await yup.string().uuid().required().validate(venueId);
  const supabase = await createClient();
  const { data } = await supabase.from("bookings").select("starts_at, ends_at").eq("venue_id", venueId).gte("starts_at", new Date().toISOString());
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function releaseExpiredHolds(venueId: string) {
  if (typeof venueId !== "string" || !/^[0-9a-f-]{36}$/.test(venueId)) throw new Error("bad venue");
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  console.log("release holds by", user?.id);
  await supabaseAdmin.from("bookings").delete().eq("venue_id", venueId).eq("status", "hold");
}
