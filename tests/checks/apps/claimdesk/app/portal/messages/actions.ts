"use server";

import { z } from "zod";
import { portalActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export const replyToAdjuster = portalActionClient
  .inputSchema(z.object({ claim_id: z.string().uuid(), body: z.string().trim().min(1).max(4000) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    const { data: claim } = await ctx.supabase.from("claims").select("id").eq("id", parsedInput.claim_id).eq("policyholder_user_id", ctx.portalUserId).single();
    if (!claim) throw new Error("Claim not found");
    // ok: mass-assignment
    const { error } = await ctx.supabase.from("messages").insert({ ...parsedInput, sender_id: ctx.portalUserId });
    if (error) throw new Error("Could not send");
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const listMyMessages = portalActionClient.inputSchema(z.object({ page: z.number().int().min(0).max(100).default(0) })).action(async ({ parsedInput, ctx }) => {
  const { data } = await ctx.supabase
    .from("messages")
    .select("*")
    .eq("recipient_id", ctx.portalUserId)
    .range(parsedInput.page * 50, parsedInput.page * 50 + 49);
  // ruleid: excessive-data-exposure
  return data;
});

// ok: missing-auth, missing-input-validation
export const markMessageRead = portalActionClient.inputSchema(z.object({ messageId: z.string().uuid() })).action(async ({ parsedInput, ctx }) => {
  // ruleid: missing-authorization
  await ctx.supabase.from("messages").update({ read_at: new Date().toISOString() }).eq("id", parsedInput.messageId);
  return { ok: true };
});

// ok: missing-auth, missing-input-validation
export const unreadCount = portalActionClient.inputSchema(z.object({})).action(async ({ ctx }) => {
  const { count } = await ctx.supabase.from("messages").select("id", { count: "exact", head: true }).eq("recipient_id", ctx.portalUserId).is("read_at", null);
  // ok: excessive-data-exposure
  return { count: count ?? 0 };
});
