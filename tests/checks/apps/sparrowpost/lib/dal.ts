import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import type { Role } from "@/types/database";

// Cached per request: every server component and action shares one getUser() round trip.
export const getCurrentUser = cache(async () => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user;
});

export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

export async function getProfile(userId: string) {
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("id, full_name, email, role").eq("id", userId).single();
  return data;
}

/** Parents: a signed-in user with a linked guardian row. Redirects otherwise. */
export async function requireGuardian() {
  const user = await requireUser();
  const supabase = await createClient();
  const { data: guardian } = await supabase
    .from("guardians")
    .select("id, family_id, relationship")
    .eq("user_id", user.id)
    .maybeSingle();
  if (!guardian) redirect("/onboarding");
  return { user, guardian };
}

export async function requireStaff(roles: Role[] = ["teacher", "office", "admin"]) {
  const user = await requireUser();
  const profile = await getProfile(user.id);
  if (!profile || !roles.includes(profile.role as Role)) redirect("/403");
  return { user, profile };
}
