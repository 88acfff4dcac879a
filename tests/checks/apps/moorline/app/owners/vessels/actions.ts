"use server";

import * as v from "valibot";
import { createClient, requireOwnerUser } from "@/lib/supabase/server";
import { VesselSchema } from "@/lib/validators/owner";
import { logger } from "@/lib/logger";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function addOwnerVessel(formData: FormData) {
  const { supabase, user } = await requireOwnerUser();
  const vessel = v.parse(VesselSchema, {
    name: formData.get("name"),
    registration: formData.get("registration"),
    lengthM: Number(formData.get("lengthM")),
    beamM: Number(formData.get("beamM")),
  });
  // ok: mass-assignment, missing-authorization
  const { data } = await supabase.from("owner_vessels").insert({ ...vessel, owner_user_id: user.id }).select("id").single();
  return { id: data?.id as string | undefined };
}

/** Used by the marina office to add a vessel on behalf of an owner (shared portal screen). */
// ok: missing-auth
// ruleid: missing-input-validation
export async function addVesselForOwner(formData: FormData) {
  const { supabase } = await requireOwnerUser();
  const { data } = await supabase
    .from("owner_vessels")
    .insert({
      name: formData.get("name"),
      registration: formData.get("registration"),
      // ruleid: missing-authorization, mass-assignment
      owner_user_id: formData.get("ownerUserId"),
    })
    .select("id")
    .single();
  return { id: data?.id as string | undefined };
}

// ok: missing-auth, missing-input-validation
export async function listMyVessels() {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return [];
  const { data } = await supabase.from("owner_vessels").select("id, name, registration, length_m").eq("owner_user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
// ruleid: missing-audit-log
export async function deleteOwnerAccount() {
  const { supabase, user } = await requireOwnerUser();
  await supabase.from("owner_vessels").delete().eq("owner_user_id", user.id);
  await supabase.from("owner_profiles").delete().eq("id", user.id);
  await supabase.auth.signOut();
  console.log("owner account deleted", user.id);
  return { ok: true };
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function updateMyPhone(phone: string) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const value = v.parse(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{6,20}$/)), phone);
  // Mirror the phone into the marina CRM record linked to this portal user.
  const { count } = await prisma.boatOwner.updateMany({ where: { userId: user?.id }, data: { phone: value } });
  logger.info({ count }, "owner phone synced");
  return { ok: true };
}
