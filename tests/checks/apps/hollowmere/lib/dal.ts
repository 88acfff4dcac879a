import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { sql } from "@/lib/db";

export type Role = "resident" | "officer" | "manager" | "contractor";

export const getUser = cache(async () => {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  return user ?? null;
});

export async function requireUser() {
  const user = await getUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireSuperAdmin() {
  const user = await requireUser();
  if (user.app_metadata?.role !== "super_admin") redirect("/");
  return user;
}

export async function getMembership(userId: string, buildingId: string) {
  // ok: sql-injection
  const rows = await sql<{ role: Role }[]>`
    select role from memberships where user_id = ${userId} and building_id = ${buildingId} and revoked_at is null
  `;
  return rows[0] ?? null;
}

const rank: Record<Role, number> = { contractor: 0, resident: 1, officer: 2, manager: 3 };

export async function hasBuildingRole(userId: string, buildingId: string, role: Role) {
  const m = await getMembership(userId, buildingId);
  if (!m) return false;
  if (role === "contractor") return m.role === "contractor";
  return rank[m.role] >= rank[role];
}

export async function canEditTicket(userId: string, ticketId: string) {
  // ok: sql-injection
  const rows = await sql<{ ok: boolean }[]>`
    select exists(
      select 1 from tickets t
      left join memberships m on m.building_id = t.building_id and m.user_id = ${userId} and m.role in ('manager','officer')
      where t.id = ${ticketId} and (t.reporter_id = ${userId} or m.user_id is not null)
    ) as ok
  `;
  return rows[0]?.ok ?? false;
}

export async function isContractorOnJob(userId: string, ticketId: string) {
  // ok: sql-injection
  const rows = await sql`select 1 from assignments where ticket_id = ${ticketId} and contractor_user_id = ${userId}`;
  return rows.length > 0;
}
