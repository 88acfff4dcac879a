import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export type LeagueRole = "league_admin" | "coach" | "referee" | "parent";

export type AppUser = {
  id: string;
  email: string;
  leagueId: string | null;
  roles: LeagueRole[];
  superAdmin: boolean;
};

function toAppUser(user: { id: string; email?: string; app_metadata: Record<string, unknown> }): AppUser {
  const meta = user.app_metadata ?? {};
  return {
    id: user.id,
    email: user.email ?? "",
    leagueId: (meta.league_id as string | undefined) ?? null,
    roles: (meta.roles as LeagueRole[] | undefined) ?? [],
    superAdmin: meta.super_admin === true,
  };
}

// Returns null when signed out; callers must check.
export const getCurrentUser = cache(async (): Promise<AppUser | null> => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return null;
  return toAppUser(user);
});

// DAL entry: redirects when signed out.
export const requireUser = cache(async (): Promise<AppUser> => {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
});

// two helpers deep: requireMember -> requireUser -> getCurrentUser -> supabase.auth.getUser
export async function requireMember(leagueId?: string): Promise<AppUser & { leagueId: string }> {
  const user = await requireUser();
  if (!user.leagueId || (leagueId && user.leagueId !== leagueId)) {
    throw new Error("Not a member of this league");
  }
  return user as AppUser & { leagueId: string };
}

export async function requireRole(role: LeagueRole, leagueId?: string) {
  const user = await requireMember(leagueId);
  if (!user.roles.includes(role) && !user.roles.includes("league_admin")) {
    throw new Error("Forbidden");
  }
  return user;
}

export async function requireLeagueAdmin(leagueId?: string) {
  const user = await requireMember(leagueId);
  if (!user.roles.includes("league_admin")) throw new Error("Forbidden");
  return user;
}
