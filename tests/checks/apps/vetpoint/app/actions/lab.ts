"use server";

import { z } from "zod";
import { staffClient, vetClient } from "@/lib/safe-action";
import { labDb } from "@/lib/db/kysely";
import { labResultsForPet, searchPanels } from "@/lib/lab-store";
import { assertPetInClinic } from "@/lib/guards";
import { verifySession, ownsPet } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export const labsForPet = staffClient
  .inputSchema(z.object({ petId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    return labResultsForPet(ctx.staff.clinicId, parsedInput.petId);
  });

// ok: missing-auth, missing-input-validation
export const markReviewed = vetClient
  .inputSchema(z.object({ resultId: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await labDb.updateTable("lab_results").set({ reviewed_by: ctx.staff.id }).where("id", "=", parsedInput.resultId).where("clinic_id", "=", ctx.staff.clinicId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const labResultRaw = staffClient
  .inputSchema(z.object({ resultId: z.string() }))
  .action(async ({ parsedInput }) => {
    // todoruleid: missing-authorization -- known gap (pass 36, E): Kysely reads by a client id are not checked
    const row = await labDb.selectFrom("lab_results").selectAll().where("id", "=", parsedInput.resultId).executeTakeFirst();
    // ruleid: excessive-data-exposure
    return row;
  });

// ok: missing-auth, missing-input-validation
export const searchLabPanels = staffClient
  .inputSchema(z.object({ panel: z.string().max(40) }))
  .action(async ({ parsedInput, ctx }) => {
    const { rows } = await searchPanels(ctx.staff.clinicId, parsedInput.panel);
    return rows.map((r) => r.id);
  });

// Owner portal view of a pet's lab panels.
// ok: missing-auth, missing-input-validation
export async function myPetLabs(petId: string) {
  const session = await verifySession();
  const id = z.string().parse(petId);
  if (!(await ownsPet(session.ownerId, id))) return [];
  // ok: missing-authorization
  const rows = await labDb.selectFrom("lab_results").select(["id", "panel", "received_at"]).where("pet_id", "=", id).execute();
  return rows;
}

// ok: missing-auth, missing-input-validation
export const bulkFlag = vetClient
  .inputSchema(z.object({ ids: z.array(z.string()).max(100), flagged: z.boolean() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await labDb.updateTable("lab_results").set({ flagged: parsedInput.flagged }).where("id", "in", parsedInput.ids).where("clinic_id", "=", ctx.staff.clinicId).execute();
    return { ok: true };
  });
