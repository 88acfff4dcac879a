"use server";

import { revalidatePath } from "next/cache";
import { ZSAError } from "zsa";
import { z } from "zod";
import dbConnect from "@/lib/db";
import Route from "@/models/Route";
import { staffProcedure, headSetterProcedure, anyStaffProcedure } from "@/lib/procedures";
import { isSetterAt } from "@/lib/session";
import { routeSchema, objectId, GRADES } from "@/lib/validation";

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createRoute = staffProcedure
  .createServerAction()
  .input(routeSchema)
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isSetterAt(ctx.user.id, ctx.gymId))) throw new ZSAError("FORBIDDEN", "Setters only.");
    await dbConnect();
    // ok: mass-assignment
    const route = await Route.create({ ...input, gymId: ctx.gymId, setterId: ctx.user.id, setAt: input.setAt ?? new Date(), status: "live" });
    revalidatePath(`/gyms/${ctx.gymId}/routes`);
    // ok: excessive-data-exposure
    return { id: String(route._id) };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const regradeRoute = staffProcedure
  .createServerAction()
  .input(z.object({ routeId: objectId, grade: z.enum(GRADES), color: z.string().max(20).optional() }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isSetterAt(ctx.user.id, ctx.gymId)) throw new ZSAError("FORBIDDEN", "Setters only.");
    await dbConnect();
    // ok: missing-authorization
    await Route.updateOne({ _id: input.routeId, gymId: ctx.gymId }, { $set: { grade: input.grade, ...(input.color ? { color: input.color } : {}) } });
    revalidatePath(`/gyms/${ctx.gymId}/routes`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const setRouteNotes = staffProcedure
  .createServerAction()
  .input(z.object({ routeId: objectId, setterNotes: z.string().max(2000) }))
  .handler(async ({ input, ctx }) => {
    // ok: floating-auth-check
    if (!(await isSetterAt(ctx.user.id, ctx.gymId))) throw new ZSAError("FORBIDDEN", "Setters only.");
    await dbConnect();
    const { routeId, ...rest } = input;
    // ok: mass-assignment, missing-authorization
    await Route.updateOne({ _id: routeId, gymId: ctx.gymId }, { $set: rest });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const retireRoute = headSetterProcedure
  .createServerAction()
  .input(z.object({ routeId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ruleid: missing-authorization
    await Route.findByIdAndUpdate(input.routeId, { $set: { status: "retired", retiredAt: new Date() } });
    revalidatePath(`/gyms/${ctx.gymId}/routes`);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const retireWall = headSetterProcedure
  .createServerAction()
  .input(z.object({ wallId: z.string().min(1).max(40) }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    const res = await Route.updateMany({ gymId: ctx.gymId, wallId: input.wallId, status: "live" }, { $set: { status: "retired", retiredAt: new Date() } });
    return { retired: res.modifiedCount };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const setterDrafts = staffProcedure
  .createServerAction()
  .handler(async ({ ctx }) => {
    await dbConnect();
    const drafts = await Route.find({ gymId: ctx.gymId, status: "draft" }).lean();
    // ruleid: excessive-data-exposure
    return drafts;
  });

// Quick "mark draft as live" from the setter phone view.
// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const publishDraft = anyStaffProcedure
  .createServerAction()
  .input(z.object({ routeId: objectId }))
  .handler(async ({ input, ctx }) => {
    await dbConnect();
    // ok: missing-authorization
    const route = await Route.findById(input.routeId).select("gymId status");
    // ok: floating-auth-check
    if (!route || !(await isSetterAt(ctx.user.id, String(route.gymId)))) throw new ZSAError("FORBIDDEN", "Not your gym.");
    route.status = "live";
    await route.save();
    return { ok: true };
  });
