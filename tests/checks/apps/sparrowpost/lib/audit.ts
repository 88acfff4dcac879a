import "server-only";
import { supabaseAdmin } from "@/lib/supabase/admin";

export async function auditLog(entry: { actorId: string | null; action: string; target?: string; meta?: Record<string, unknown> }) {
  await supabaseAdmin.from("audit_log").insert({
    actor_id: entry.actorId,
    action: entry.action,
    target: entry.target ?? null,
    meta: entry.meta ?? null,
  });
}
