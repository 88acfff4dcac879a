"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient, consoleAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, Boat, Owner } from "@/lib/db/orm";
import { requireStaff, requireRole } from "@/lib/auth";
import { BoatSchema, Id } from "@/lib/validation/schemas";
import { searchBoats } from "@/lib/db/search";

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const createBoat = consoleAction
  .metadata({ actionName: "createBoat" })
  .inputSchema(BoatSchema.extend({ ownerId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const owner = await em.findOne(Owner, { id: parsedInput.ownerId, org: ctx.session.orgId }, { fields: ["id"] });
    if (!owner) throw new ActionError("Pick an owner from this organisation.");
    const boat = em.create(Boat, {
      name: parsedInput.name,
      registration: parsedInput.registration,
      lengthM: parsedInput.lengthM,
      insurancePolicyNo: parsedInput.insurancePolicyNo,
      insuranceExpiry: parsedInput.insuranceExpiry,
      // ok: mass-assignment
      owner: owner.id,
      org: ctx.session.orgId,
    });
    await em.flush();
    revalidatePath("/boats");
    return { id: boat.id };
  });

// ruleid: missing-auth
// ok: missing-input-validation
export const archiveBoat = actionClient
  .metadata({ actionName: "archiveBoat" })
  .inputSchema(z.object({ boatId: Id }))
  .action(async ({ parsedInput }) => {
    const em = await getEm();
    await em.nativeUpdate(Boat, { id: parsedInput.boatId }, { archivedAt: new Date() });
    revalidatePath("/boats");
  });

// ruleid: missing-input-validation
// ok: missing-auth
export async function updateBoat(formData: FormData) {
  const session = await requireStaff();
  const id = formData.get("id") as string;
  const data = Object.fromEntries(formData) as Record<string, string>;
  delete data.id;
  const em = await getEm();
  // ok: missing-authorization
  await em.nativeUpdate(Boat, { id, org: session.orgId },
    // ruleid: mass-assignment
    data,
  );
  revalidatePath(`/boats/${id}`);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function transferBoat(input: { boatId: string; newOwnerId: string }) {
  // ok: floating-auth-check
  const session = await requireRole(["owner", "admin", "harbourmaster"]);
  const { boatId, newOwnerId } = z.object({ boatId: Id, newOwnerId: Id }).parse(input);
  const em = await getEm();
  // ok: missing-authorization
  const target = await em.findOne(Owner, { id: newOwnerId, org: session.orgId }, { fields: ["id"] });
  if (!target) return { error: "Unknown owner." };
  // ok: missing-authorization
  const n = await em.nativeUpdate(Boat, { id: boatId, org: session.orgId }, { owner: target.id });
  // ok: information-disclosure
  return n === 1 ? { ok: true } : { error: "Boat not found." };
}

// ok: missing-auth, missing-input-validation
export async function quickSearchBoats(term: string) {
  const session = await requireStaff();
  const q = z.string().trim().min(2).max(60).parse(term);
  const rows = await searchBoats(session.orgId, q);
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, name: r.name as string, registration: r.registration as string | null }));
}
