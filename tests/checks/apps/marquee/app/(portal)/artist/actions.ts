"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { kdb } from "@/lib/db/kysely";
import { connectMongo } from "@/lib/db/mongo";
import { ArtistProfile } from "@/lib/models/artist";
import { createClient } from "@/lib/supabase/server";

// ok: missing-auth
export async function getMySettlements() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  const rows = await kdb
    .selectFrom("settlements")
    .select(["id", "event_id", "gross_cents", "artist_share", "status"])
    .where("artist_id", "=", session.user.id)
    .execute();
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updateArtistProfile(_prev: unknown, formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) return { error: "Please sign in" };
  await connectMongo();
  await ArtistProfile.findOneAndUpdate(
    // ok: missing-authorization
    { userId: session.user.id },
    // ruleid: mass-assignment
    { $set: Object.fromEntries(formData) },
    { upsert: true },
  );
  return { ok: true };
}

// ok: missing-auth
export async function getArtistProfile() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) return null;
  await connectMongo();
  const profile = await ArtistProfile.findOne({ userId: session.user.id }).lean();
  // ruleid: excessive-data-exposure
  return profile;
}

// ok: missing-auth, missing-input-validation
export async function getPublicArtistCard(userId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session?.user) return null;
  if (typeof userId !== "string") return null;
  await connectMongo();
  const profile = await ArtistProfile.findOne({ userId }, { stageName: 1, bio: 1, verified: 1, _id: 0 }).lean();
  // ok: excessive-data-exposure
  return profile;
}

// ruleid: missing-auth
// ruleid: missing-input-validation
export async function disputeSettlement(settlementId: string, note: string) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  await supabase.from("settlements").update({ status: "disputed", notes: note, disputed_by: user?.id }).eq("id", settlementId);
  return { ok: true };
}

// ok: missing-auth
export async function listSettlementsSupabase() {
  const supabase = await createClient();
  const { data: { user }, error } = await supabase.auth.getUser();
  if (error || !user) throw new Error("Unauthorized");
  const { data } = await supabase.from("settlements").select("*").eq("artist_id", user.id);
  // ruleid: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function acknowledgeSettlement(settlementId: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) throw new Error("Unauthorized");
  const id = z.string().uuid().parse(settlementId);
  // ok: missing-authorization
  const { error } = await supabase.from("settlements").update({ status: "acknowledged" }).eq("id", id).eq("artist_id", user.id);
  if (error) {
    // ruleid: information-disclosure
    return { error: error.message };
  }
  return { ok: true };
}
