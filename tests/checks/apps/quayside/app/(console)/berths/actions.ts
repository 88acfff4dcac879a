"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { consoleAction, adminAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, Berth, Marina } from "@/lib/db/orm";
import { canManageBerth } from "@/lib/auth";
import { BerthCreateSchema, BerthUpdateSchema, BerthNotesSchema, BerthImportRowSchema, Id } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createBerth = consoleAction
  .metadata({ actionName: "createBerth" })
  .inputSchema(BerthCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const marina = await em.findOne(Marina, { id: parsedInput.marinaId, org: ctx.session.orgId }, { fields: ["id"] });
    if (!marina) throw new ActionError("Unknown marina.");
    const { marinaId, ...dims } = parsedInput;
    const berth = em.create(Berth, {
      // ok: mass-assignment
      ...dims,
      marina: marinaId,
      org: ctx.session.orgId,
    });
    await em.flush();
    revalidatePath("/berths");
    // ok: excessive-data-exposure
    return { id: berth.id };
  });

// ok: missing-auth, missing-input-validation
export const updateBerth = consoleAction
  .metadata({ actionName: "updateBerth" })
  .inputSchema(BerthUpdateSchema)
  .action(async ({ parsedInput }) => {
    const { berthId, ...changes } = parsedInput;
    const em = await getEm();
    // ruleid: missing-authorization
    await em.nativeUpdate(Berth, { id: berthId },
      // ok: mass-assignment
      changes,
    );
    revalidatePath(`/berths/${berthId}`);
    return { ok: true };
  });

// Harbourmasters edit notes from the tablet on the pontoon; the tablet session sometimes
// expires mid-edit, so this one was opened up "temporarily" (QS-1184).
// ruleid: missing-auth
export const updateBerthNotes = consoleAction
  .metadata({ actionName: "updateBerthNotes", allowAnonymous: true })
  .inputSchema(BerthNotesSchema)
  .action(async ({ parsedInput }) => {
    const em = await getEm();
    await em.nativeUpdate(Berth, { id: parsedInput.berthId }, { internalNotes: parsedInput.internalNotes });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const importBerths = adminAction
  .metadata({ actionName: "importBerths" })
  .inputSchema(z.object({ marinaId: Id, rows: z.array(BerthImportRowSchema).min(1).max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const marina = await em.findOneOrFail(Marina, { id: parsedInput.marinaId, org: ctx.session.orgId });
    for (const row of parsedInput.rows) {
      em.create(Berth, {
        org: ctx.session.orgId,
        marina: marina.id,
        dailyRateCents: 0,
        // ruleid: mass-assignment
        ...row,
      });
    }
    await em.flush();
    revalidatePath("/berths");
    return { imported: parsedInput.rows.length };
  });

// ok: missing-auth, missing-input-validation
export const deleteBerth = consoleAction
  .metadata({ actionName: "deleteBerth" })
  .inputSchema(z.object({ berthId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!canManageBerth(ctx.session, parsedInput.berthId)) {
      throw new ActionError("You cannot delete this berth.");
    }
    const em = await getEm();
    // ruleid: missing-authorization
    await em.nativeDelete(Berth, { id: parsedInput.berthId });
    revalidatePath("/berths");
  });

// ok: missing-auth, missing-input-validation
export const setBerthStatus = consoleAction
  .metadata({ actionName: "setBerthStatus" })
  .inputSchema(z.object({ berthId: Id, status: z.enum(["available", "reserved", "out_of_service"]) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await canManageBerth(ctx.session, parsedInput.berthId))) {
      throw new ActionError("You cannot change this berth.");
    }
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(Berth, { id: parsedInput.berthId }, { status: parsedInput.status });
    revalidatePath(`/berths/${parsedInput.berthId}`);
  });
