import "server-only";
import { redirect } from "next/navigation";
import { createClient } from "./supabase";

// Boat owners (Supabase auth). Redirects when signed out.
export async function requireOwner() {
  const supabase = await createClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) redirect("/login");
  return { owner: data.user, supabase };
}

// Two helpers deep: requireOwnerId -> requireOwner -> supabase.auth.getUser
export async function requireOwnerId() {
  const { owner } = await requireOwner();
  return owner.id;
}

// Does not enforce anything: returns a maybe-null user.
export async function getOwnerMaybe() {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  return data.user;
}
