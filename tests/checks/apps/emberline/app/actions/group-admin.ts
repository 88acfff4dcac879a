"use server";

import { z } from "zod";
import { clerkClient } from "@clerk/nextjs/server";
import { verifySession, isGroupAdmin } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { writeAudit } from "@/lib/audit";

async function requireGroupAdmin() {
  const session = await verifySession();
  if (!session.isGroupAdmin) throw new Error("Group admins only");
  return session;
}

// ok: missing-auth, missing-input-validation
export async function groupRevenue() {
  await requireGroupAdmin();
  const rows = await sql`select practice_id, sum(total_cents)::int as total from treatment_plans where status = 'approved' group by practice_id`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ practiceId: r.practice_id, total: r.total }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function disablePractice(practiceId: string) {
  const session = await requireGroupAdmin();
  const { id } = z.object({ id: z.string().cuid() }).parse({ id: practiceId });
  // ok: missing-authorization
  await prisma.practice.update({ where: { id }, data: { bookingEnabled: false } });
  await writeAudit({ actorId: session.userId, practiceId: id, action: "group.practice_disabled" });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function removeMemberFromPractice(orgId: string, userId: string) {
  const session = await verifySession();
  // ruleid: floating-auth-check
  if (!isGroupAdmin()) throw new Error("Group admins only");
  const input = z.object({ orgId: z.string().startsWith("org_"), userId: z.string().startsWith("user_") }).parse({ orgId, userId });
  const client = await clerkClient();
  // ruleid: missing-authorization
  await client.organizations.deleteOrganizationMembership({ organizationId: input.orgId, userId: input.userId });
  return { ok: true, by: session.userId };
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function deleteStaffAccount(userId: string) {
  if (!(await isGroupAdmin())) throw new Error("Group admins only");
  const { id } = z.object({ id: z.string().startsWith("user_") }).parse({ id: userId });
  const client = await clerkClient();
  // ok: missing-authorization
  await client.users.deleteUser(id);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function practiceSearch(term: string, sort: string) {
  await requireGroupAdmin();
  const input = z.object({ term: z.string().max(60), sort: z.enum(["name", "created_at"]) }).parse({ term, sort });
  // ok: sql-injection
  const rows = await sql.unsafe(`select id, name from practices where name ilike $1 order by ${input.sort} limit 50`, [`%${input.term}%`]);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function practiceSearchLoose(term: string, sort: string) {
  await requireGroupAdmin();
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, name from practices where name ilike '%${term}%' order by ${sort} limit 50`);
  return rows.map((r) => ({ id: r.id, name: r.name }));
}

// ok: missing-auth, missing-input-validation
export async function allPractices() {
  await requireGroupAdmin();
  const rows = await prisma.practice.findMany();
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-input-validation
// ruleid: missing-auth
export async function denialRateByInsurer() {
  // ruleid: floating-auth-check
  verifySession();
  const rows = await sql`select insurer_id, count(*) filter (where status = 'denied')::int as denied, count(*)::int as total from claims group by insurer_id`;
  return rows.map((r) => ({ insurerId: r.insurer_id, rate: r.total ? r.denied / r.total : 0 }));
}
