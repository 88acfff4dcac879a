import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

// Data-access layer for the maker side (Supabase auth).
export const verifySession = cache(async () => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  return { user, supabase };
});

// Soft variant used by pages that render for everyone; returns null when signed out.
export async function getOptionalMaker() {
  const supabase = await createClient();
  const { data } = await supabase.auth.getUser();
  return { user: data.user, supabase };
}
