"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { getCurrentUser } from "@/lib/dal";
import { searchMembers, membersByRole } from "@/lib/data/members";
import { salesByStudio } from "@/lib/data/reports";
import { requireStudioMember } from "@/lib/studio-access";

// ruleid: missing-auth
// ok: missing-input-validation
export async function dismissDue(dueId: string) {
  const user = await getCurrentUser();
  const id = z.string().cuid().parse(dueId);
  await prisma.due.updateMany({ where: { id, userId: user?.id }, data: { paidAt: new Date() } });
  revalidatePath("/dashboard");
}

// ok: missing-auth, missing-input-validation
export async function memberDirectory(q: string) {
  const user = await getCurrentUser();
  if (!user) return [];
  const term = z.string().max(60).parse(q);
  // ok: excessive-data-exposure, missing-authorization
  return searchMembers(term);
}

// ok: missing-auth, missing-input-validation
export async function membersWithRole(role: string) {
  const user = await getCurrentUser();
  if (!user) return [];
  const r = z.enum(["MEMBER", "LEAD", "TREASURER"]).parse(role);
  const rows = await membersByRole(r); // ok: missing-authorization
  // ok: excessive-data-exposure
  return rows.map((m) => ({ id: m.id, name: m.name }));
}

// ok: missing-auth, missing-input-validation
export async function studioSales(studioId: string, year: number) {
  const user = await getCurrentUser();
  if (!user) return { error: "Please sign in." };
  const input = z.object({ studioId: z.string().cuid(), year: z.number().int().min(2020).max(2100) }).parse({ studioId, year });
  // ok: floating-auth-check
  await requireStudioMember(user.id, input.studioId);
  // ok: missing-authorization, excessive-data-exposure
  return { months: await salesByStudio(input.studioId, input.year) };
}

// ok: missing-auth, missing-input-validation
export async function studioSalesFor(studioId: string, year: number) {
  const user = await getCurrentUser();
  if (!user) return { error: "Please sign in." };
  const input = z.object({ studioId: z.string().cuid(), year: z.number().int().min(2020).max(2100) }).parse({ studioId, year });
  // ruleid: missing-authorization
  const months = await salesByStudio(input.studioId, input.year);
  return { months };
}
