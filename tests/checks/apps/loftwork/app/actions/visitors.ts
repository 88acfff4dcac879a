"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { authedProcedure, staffProcedure, optionalUserProcedure } from "@/lib/zsa";
import { sendMail } from "@/lib/mail";
import { newId } from "@/lib/utils";

// ok: missing-auth, missing-input-validation
export const preRegisterVisitor = authedProcedure
  .createServerAction()
  .input(z.object({ locationId: z.string().uuid(), fullName: z.string().min(2).max(120), email: z.string().email().optional() }))
  .handler(async ({ input, ctx }) => {
    const id = newId();
    // ok: mass-assignment
    await db
      .insertInto("visitors")
      .values({ id, location_id: input.locationId, host_user_id: ctx.user.id, full_name: input.fullName, email: input.email ?? null })
      .execute();
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const checkInVisitor = staffProcedure
  .createServerAction()
  .input(z.object({ visitorId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ok: missing-authorization -- fixed in pass 40 (I): staff role check in the chained zsa procedure credited
    await db.updateTable("visitors").set({ checked_in_at: new Date() }).where("id", "=", input.visitorId).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listVisitorsToday = staffProcedure
  .createServerAction()
  .input(z.object({ locationId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const visitors = await db
      .selectFrom("visitors")
      .selectAll()
      .where("location_id", "=", input.locationId)
      .where("checked_out_at", "is", null)
      .execute();
    // ruleid: excessive-data-exposure
    return visitors;
  });

// ok: missing-auth, missing-input-validation
export const frontDeskBoard = staffProcedure
  .createServerAction()
  .input(z.object({ locationId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const visitors = await db
      .selectFrom("visitors")
      .selectAll()
      .where("location_id", "=", input.locationId)
      .execute();
    // ok: excessive-data-exposure
    return visitors.map((v) => ({ id: v.id, name: v.full_name, checkedIn: v.checked_in_at !== null }));
  });

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const notifyHost = staffProcedure
  .createServerAction()
  .input(z.object({ visitorId: z.string().uuid() }))
  .handler(async ({ input }) => {
    const v = await db
      .selectFrom("visitors")
      .innerJoin("user", "user.id", "visitors.host_user_id")
      .select(["visitors.full_name", "user.email as hostEmail"])
      .where("visitors.id", "=", input.visitorId)
      .executeTakeFirstOrThrow();
    await sendMail({ to: v.hostEmail, subject: "Your visitor has arrived", html: `<p>${v.full_name} is waiting at reception.</p>` });
    return { ok: true };
  });

// ok: missing-auth
export const myVisitors = authedProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await db
    .selectFrom("visitors")
    .select(["id", "full_name", "checked_in_at", "checked_out_at"])
    .where("host_user_id", "=", ctx.user.id)
    .execute();
  // ok: excessive-data-exposure
  return rows;
});

// ruleid: missing-auth
export const cancelVisitor = optionalUserProcedure
  .createServerAction()
  .input(z.object({ visitorId: z.string().uuid() }))
  .handler(async ({ input }) => {
    await db.deleteFrom("visitors").where("id", "=", input.visitorId).where("checked_in_at", "is", null).execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateVisitor = authedProcedure
  .createServerAction()
  .input(z.object({ visitorId: z.string().uuid(), data: z.record(z.string(), z.unknown()) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    // (label for this write sits on the .set line)
    await db
      .updateTable("visitors")
      .set(input.data) // ruleid: mass-assignment
      .where("id", "=", input.visitorId)
      .where("host_user_id", "=", ctx.user.id)
      .execute();
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const renameVisitor = authedProcedure
  .createServerAction()
  .input(z.object({ visitorId: z.string().uuid(), fullName: z.string().min(2).max(120) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await db
      .updateTable("visitors")
      .set({ full_name: input.fullName })
      .where("id", "=", input.visitorId)
      .where("host_user_id", "=", ctx.user.id)
      .execute();
    return { ok: true };
  });
