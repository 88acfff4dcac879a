"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";
import { sql } from "@/lib/db/postgres";
import { ownsRental, assertRentalOwner } from "@/lib/rentals";

// The registration schema was shared with the staff back-office form, which sets the owner.
const rentalSchema = z.object({
  municipalityId: z.string().cuid(),
  address: z.string().min(5).max(200),
  description: z.string().min(10).max(2000),
  applicantId: z.string().cuid(),
});

// ok: missing-auth, missing-input-validation
export async function registerRental(formData: FormData) {
  const session = await verifySession();
  const input = rentalSchema.parse({
    municipalityId: formData.get("municipalityId"),
    address: formData.get("address"),
    description: formData.get("description"),
    applicantId: formData.get("applicantId") ?? session.userId,
  });
  const permit = await prisma.permit.create({
    data: {
      // ruleid: mass-assignment
      // ruleid: missing-authorization -- (added in pass 27) the client's applicantId, spread in (LABELS.md)
      ...input,
      type: "short_term_rental",
      number: `STR-${Date.now().toString(36).toUpperCase()}`,
    },
    select: { id: true },
  });
  return { id: permit.id };
}

// ok: missing-auth, missing-input-validation
export async function renewRental(permitId: string) {
  await verifySession();
  const id = z.string().cuid().parse(permitId);
  // ruleid: floating-auth-check
  if (!ownsRental(id)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.permit.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 365 * 86400_000) } });
  revalidatePath("/rentals");
}

// ok: missing-auth, missing-input-validation
export async function updateRentalDescription(permitId: string, formData: FormData) {
  await verifySession();
  const id = z.string().cuid().parse(permitId);
  const description = z.string().min(10).max(2000).parse(formData.get("description"));
  // ruleid: floating-auth-check
  assertRentalOwner(id);
  // ruleid: missing-authorization
  await prisma.permit.update({ where: { id }, data: { description } });
}

// ok: missing-auth, missing-input-validation
export async function deleteRental(permitId: string) {
  await verifySession();
  const id = z.string().cuid().parse(permitId);
  // ok: floating-auth-check
  await assertRentalOwner(id);
  // ok: missing-authorization
  await prisma.permit.delete({ where: { id } });
}

// ok: missing-auth, missing-input-validation
export async function setRentalNightlyCap(permitId: string, formData: FormData) {
  const session = await verifySession();
  const id = z.string().cuid().parse(permitId);
  const cap = z.coerce.number().int().min(1).max(365).parse(formData.get("cap"));
  // ok: floating-auth-check
  if (!(await ownsRental(id))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.permit.update({
    where: { id, applicantId: session.userId },
    data: {
      description: `Nightly cap: ${cap}`,
      // todoruleid: mass-assignment -- ambiguous: feeWaived is not in rule 4's list of privileged fields
      feeWaived: formData.get("feeWaived") === "on",
    },
  });
}

// Registry search for neighbours ("is this house registered?").
// ok: missing-auth
// ruleid: missing-input-validation
export async function rentalRegistrySearch(street: string, orderCol: string) {
  // ruleid: sql-injection
  const rows = await sql.unsafe(
    `SELECT number, address, status FROM permits WHERE type = 'short_term_rental' AND status = 'ISSUED' AND address ILIKE $1 ORDER BY ${orderCol}`,
    [`%${street}%`],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ number: r.number as string, address: r.address as string, status: r.status as string }));
}
