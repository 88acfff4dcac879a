"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auth } from "@/lib/better-auth";
import { db } from "@/lib/drizzle";
import { franchiseLocations, franchiseReports, franchises } from "@/lib/drizzle/schema";

async function ownedFranchise(userId: string, franchiseId: string) {
  const [row] = await db
    .select({ id: franchises.id })
    .from(franchises)
    .where(and(eq(franchises.id, franchiseId), eq(franchises.ownerUserId, userId)));
  return row ?? null;
}

const reportSchema = z.object({
  franchiseId: z.string().uuid(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  grossCents: z.coerce.number().int().min(0),
});

// ok: missing-auth, missing-input-validation
export async function submitFranchiseReport(_prev: unknown, formData: FormData) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/franchise/sign-in");
  const input = reportSchema.parse(Object.fromEntries(formData));
  if (!(await ownedFranchise(session.user.id, input.franchiseId))) return { error: "Not your franchise." };
  // ok: mass-assignment, missing-authorization
  await db.insert(franchiseReports).values({ ...input, submittedBy: session.user.id });
  return { ok: true };
}

type FranchiseUpdate = Partial<typeof franchises.$inferInsert>;

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateFranchise(franchiseId: string, input: FranchiseUpdate) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) throw new Error("Unauthorized");
  await db
    .update(franchises)
    // ruleid: mass-assignment
    .set(input)
    .where(and(eq(franchises.id, franchiseId), eq(franchises.ownerUserId, session.user.id)));
}

// ok: missing-auth, missing-input-validation
export async function listFranchiseLocations(franchiseId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/franchise/sign-in");
  const id = z.string().uuid().parse(franchiseId);
  if (!(await ownedFranchise(session.user.id, id))) return [];
  // ok: missing-authorization
  const rows = await db.select().from(franchiseLocations).where(eq(franchiseLocations.franchiseId, id));
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function renameFranchiseLocation(locationId: string, name: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/franchise/sign-in");
  const input = z.object({ locationId: z.string().uuid(), name: z.string().min(2).max(80) }).parse({ locationId, name });
  // ruleid: missing-authorization
  await db.update(franchiseLocations).set({ name: input.name }).where(eq(franchiseLocations.id, input.locationId));
}

// ok: missing-auth, missing-input-validation
export async function franchiseSummary(franchiseId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect("/franchise/sign-in");
  const id = z.string().uuid().parse(franchiseId);
  // ok: missing-authorization
  const [row] = await db
    .select({ name: franchises.name, royaltyRate: franchises.royaltyRate, status: franchises.status })
    .from(franchises)
    .where(and(eq(franchises.id, id), eq(franchises.ownerUserId, session.user.id)));
  // ok: excessive-data-exposure
  return row ?? null;
}
