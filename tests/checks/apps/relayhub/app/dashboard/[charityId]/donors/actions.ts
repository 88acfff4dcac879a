"use server";

import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { verifySession } from "@/lib/dal";
import { requireCharityRole, FUNDRAISING_ROLES, DATA_ROLES } from "@/lib/authz";
import { warehouseSearch } from "@/lib/reports/query-builder";
import { DonorInput, Cuid } from "@/lib/validation";

// Bound as createDonor.bind(null, charityId) and used with useActionState
// ok: missing-auth, missing-input-validation
export async function createDonor(charityId: string, _prev: unknown, formData: FormData) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const submission = parseWithZod(formData, { schema: DonorInput });
  if (submission.status !== "success") return submission.reply();
  await prisma.donor.create({
    // ok: mass-assignment
    data: { ...submission.value, charityId: ctx.charityId },
    select: { id: true },
  });
  revalidatePath(`/dashboard/${ctx.charityId}/donors`);
  return submission.reply({ resetForm: true });
}

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateDonor(_prev: unknown, formData: FormData) {
  await verifySession();
  const donorId = formData.get("donorId") as string;
  const data = DonorInput.partial().parse({
    firstName: formData.get("firstName") ?? undefined,
    lastName: formData.get("lastName") ?? undefined,
    email: formData.get("email") ?? undefined,
  });
  // ruleid: missing-authorization
  await prisma.donor.update({
    where: { id: donorId },
    // ok: mass-assignment
    data,
  });
  return { ok: true };
}

const WealthNote = z.object({ donorId: Cuid, screening: z.enum(["none", "low", "medium", "high", "ultra"]), notes: z.string().max(4000) });

// ok: missing-auth, missing-input-validation
export async function saveWealthScreening(charityId: string, input: z.infer<typeof WealthNote>) {
  const ctx = await requireCharityRole(charityId, ["owner", "executive_director", "fundraising_manager"]);
  const { donorId, screening, notes } = WealthNote.parse(input);
  // ok: missing-authorization
  await prisma.donor.updateMany({
    where: { id: donorId, charityId: ctx.charityId },
    data: { wealthScreening: screening, wealthNotes: notes, majorDonor: screening === "high" || screening === "ultra" },
  });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getDonorProfile(charityId: string, donorId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const id = Cuid.parse(donorId);
  // ok: missing-authorization
  const donor = await prisma.donor.findFirst({ where: { id, charityId: ctx.charityId } });
  // ruleid: excessive-data-exposure
  return donor;
}

const Search = z.object({ q: z.string().min(1).max(80), sortBy: z.string().max(40), limit: z.coerce.number().int().min(1).max(200) });

// ok: missing-auth, missing-input-validation
export async function searchDonors(charityId: string, params: z.input<typeof Search>) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const { q, sortBy, limit } = Search.parse(params);
  if (sortBy === "relevance") {
    // ok: sql-injection
    return sql`
      SELECT id, first_name, last_name, email FROM "Donor"
      WHERE "charityId" = ${ctx.charityId} AND (last_name ILIKE ${q + "%"} OR email ILIKE ${q + "%"})
      LIMIT ${limit}`;
  }
  // ruleid: sql-injection
  return sql.unsafe(
    `SELECT id, first_name, last_name, email FROM "Donor" WHERE "charityId" = $1 AND last_name ILIKE $2 ORDER BY ${sortBy} LIMIT ${limit}`,
    [ctx.charityId, `${q}%`],
  );
}

// ok: missing-auth, missing-input-validation
export async function findWarehouseMatches(charityId: string, surname: string) {
  const ctx = await requireCharityRole(charityId, DATA_ROLES);
  const s = z.string().min(2).max(60).parse(surname);
  const rows = (await warehouseSearch(ctx.charityId, s)) as { legacy_id: string; first_name: string; last_name: string }[];
  // ok: excessive-data-exposure
  return rows.map((r) => ({ legacyId: r.legacy_id, name: `${r.first_name} ${r.last_name}` }));
}

// ok: missing-auth, missing-input-validation
export async function linkHousehold(charityId: string, donorIds: string[], householdName: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const ids = z.array(Cuid).min(2).max(10).parse(donorIds);
  const name = z.string().min(1).max(120).parse(householdName);
  const household = await prisma.household.create({ data: { charityId: ctx.charityId, name }, select: { id: true } });
  // ok: missing-authorization
  await prisma.donor.updateMany({ where: { id: { in: ids }, charityId: ctx.charityId }, data: { householdId: household.id } });
  // ok: excessive-data-exposure
  return household;
}
