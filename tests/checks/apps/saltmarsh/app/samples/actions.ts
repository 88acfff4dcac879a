"use server";

import { z } from "zod";
import { tenantClient, limitedTenantClient } from "@/lib/safe/action-client";
import { supabaseAdmin } from "@/lib/db/supabase-admin";
import { checkSampleAccess } from "@/lib/auth/guards";
import { summariseFieldNotes } from "@/lib/ai";

const SampleSchema = z.object({
  label: z.string().min(1).max(80),
  site: z.string().min(1).max(120),
  depthM: z.number().int().min(0).max(11000).optional(),
  storage: z.enum(["ambient", "fridge", "freezer-20", "freezer-80", "ln2"]),
});

// ok: missing-auth, missing-input-validation
export const logSample = tenantClient.schema(SampleSchema).action(async ({ parsedInput, ctx }) => {
  // ok: mass-assignment
  const { data, error } = await ctx.supabase
    .from("samples")
    .insert({ ...parsedInput, tenant_id: ctx.tenantId, collected_by: ctx.user.id })
    .select("id")
    .single();
  if (error) return { error: "Could not save sample" };
  return { id: data.id as string };
});

// ok: missing-auth, missing-input-validation
export const updateSample = tenantClient
  .schema(SampleSchema.partial().extend({ id: z.string().uuid() }))
  .action(async ({ parsedInput: { id, ...patch }, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await ctx.supabase.from("samples").update(patch).eq("id", id).eq("tenant_id", ctx.tenantId);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const disposeSample = tenantClient
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput }) => {
    // ruleid: missing-authorization
    await supabaseAdmin.from("samples").update({ disposed: true }).eq("id", parsedInput.id);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const transferCustody = tenantClient
  .schema(z.object({ sampleId: z.string().uuid(), toUser: z.string().min(1), note: z.string().max(500).optional() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    await checkSampleAccess(ctx.user.id, parsedInput.sampleId);
    // ruleid: missing-authorization -- cause B, fixed in pass 32
    await supabaseAdmin.from("custody_events").insert({ sample_id: parsedInput.sampleId, from_user: ctx.user.id, to_user: parsedInput.toUser, note: parsedInput.note });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const addCustodyNote = tenantClient
  .schema(z.object({ sampleId: z.string().uuid(), note: z.string().max(500) }))
  .action(async ({ parsedInput, ctx }) => {
    const access = await checkSampleAccess(ctx.user.id, parsedInput.sampleId);
    if (access.error) return { error: "Not allowed" };
    // ok: missing-authorization
    await supabaseAdmin.from("custody_events").insert({ sample_id: parsedInput.sampleId, to_user: ctx.user.id, note: parsedInput.note });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const summariseNotes = limitedTenantClient
  .schema(z.object({ notes: z.string().min(1).max(8000) }))
  .action(async ({ parsedInput }) => {
    return { summary: await summariseFieldNotes(parsedInput.notes) };
  });

// ok: missing-auth, missing-input-validation
export const getSample = tenantClient
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const { data } = await ctx.supabase.from("samples").select("*").eq("id", parsedInput.id).eq("tenant_id", ctx.tenantId).single();
    // ruleid: excessive-data-exposure
    return data;
  });

// ok: missing-auth, missing-input-validation
export const getSampleCard = tenantClient
  .schema(z.object({ id: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { data } = await ctx.supabase.from("samples").select("id, label, site, storage").eq("id", parsedInput.id).eq("tenant_id", ctx.tenantId).single();
    // ok: excessive-data-exposure
    return data;
  });
