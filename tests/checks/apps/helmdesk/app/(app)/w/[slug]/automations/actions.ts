"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { nanoid } from "nanoid";
import { db, automations } from "@/lib/db/drizzle";
import { supervisorActionClient } from "@/lib/actions/safe-action";

const Condition = z.object({ field: z.enum(["status", "priority", "tag", "hours_since_update"]), op: z.enum(["is", "is_not", "gt"]), value: z.string() });
const Action = z.object({ type: z.enum(["set_status", "assign_team", "add_tag", "notify_slack"]), value: z.string() });
const AutomationSchema = z.object({ name: z.string().min(1).max(80), conditions: z.array(Condition).min(1), actions: z.array(Action).min(1) });

// ok: missing-auth, missing-input-validation
export const createAutomation = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(AutomationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const id = nanoid();
    // ok: mass-assignment
    await db.insert(automations).values({ id, workspaceId: ctx.workspaceId, ...parsedInput });
    return { id };
  });

const ToggleSchema = z.object({ id: z.string(), enabled: z.boolean() });

// ok: missing-auth, missing-input-validation
export const toggleAutomation = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(ToggleSchema)
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await db.update(automations).set({ enabled: parsedInput.enabled }).where(eq(automations.id, parsedInput.id));
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteAutomation = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(z.object({ id: z.string() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const deleted = await db
      .delete(automations)
      .where(and(eq(automations.id, parsedInput.id), eq(automations.workspaceId, ctx.workspaceId)))
      .returning({ id: automations.id });
    return { deleted: deleted.length };
  });

const PassthroughAutomation = AutomationSchema.partial().passthrough();

// ok: missing-auth, missing-input-validation
export const patchAutomation = supervisorActionClient
  .bindArgsSchemas([z.string()])
  .inputSchema(z.object({ id: z.string(), patch: PassthroughAutomation }))
  .action(async ({ parsedInput, ctx }) => {
    await db
      .update(automations)
      // ruleid: mass-assignment
      .set(parsedInput.patch)
      .where(and(eq(automations.id, parsedInput.id), eq(automations.workspaceId, ctx.workspaceId)));
    return { ok: true };
  });
