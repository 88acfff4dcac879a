"use server";

import { z } from "zod";
import { createAdminClient } from "@/lib/supabase/admin";
import { requireAdmin } from "@/lib/auth/require";
import { withAdmin } from "@/lib/with-admin";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const takedownModel = withAdmin("admin.takedown_model", async (_s, modelId: string, reason: string) => {
  const id = z.string().uuid().parse(modelId);
  const why = z.string().min(3).max(500).parse(reason);
  // ok: missing-authorization
  await createAdminClient().from("models").update({ is_public: false, moderation_status: "removed", moderation_note: why }).eq("id", id);
});

// why: requireAdmin() is not awaited; the rejection is unobserved and the delete always runs
// ruleid: missing-auth
// ok: missing-input-validation
export async function purgeFlaggedModels(olderThanDays: number) {
  // ruleid: floating-auth-check
  requireAdmin();
  const days = z.number().int().min(1).max(365).parse(olderThanDays);
  await createAdminClient().from("models").delete().eq("moderation_status", "flagged").lt("flagged_at", new Date(Date.now() - days * 864e5).toISOString());
  await auditLog({ actorId: null, action: "admin.purge_flagged", metadata: { days } });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function restoreModel(modelId: string) {
  const session = await requireAdmin();
  const id = z.string().uuid().parse(modelId);
  try {
    // ok: missing-authorization
    const { error } = await createAdminClient().from("models").update({ moderation_status: "ok" }).eq("id", id);
    if (error) throw error;
    await auditLog({ actorId: session.user.id, action: "admin.restore_model", target: id });
    return { ok: true };
  } catch (e) {
    // ok: information-disclosure
    throw new Error(`Restore failed: ${(e as Error).message}`);
  }
}
