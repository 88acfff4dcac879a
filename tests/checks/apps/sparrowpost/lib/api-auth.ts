import "server-only";
import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

/** Route handlers: returns the user, or a 401 response to return as-is. */
export async function getApiUser() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return { user: null, response: NextResponse.json({ error: "Unauthorized" }, { status: 401 }), supabase } as const;
  return { user, response: null, supabase } as const;
}

export async function getApiStaff(roles: string[] = ["teacher", "office", "admin"]) {
  const res = await getApiUser();
  if (!res.user) return { ...res, role: null };
  const { data } = await res.supabase.from("profiles").select("role").eq("id", res.user.id).single();
  if (!data || !roles.includes(data.role as string)) {
    return { user: null, response: NextResponse.json({ error: "Forbidden" }, { status: 403 }), supabase: res.supabase, role: null } as const;
  }
  return { ...res, role: data.role as string };
}
