import { NextResponse, type NextRequest } from "next/server";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { secureCompare } from "@/lib/secure-compare";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const header = req.headers.get("authorization") ?? "";
  // ok: timing-unsafe-comparison
  if (!secureCompare(header, `Bearer ${process.env.CRON_SECRET}`)) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { count } = await supabaseAdmin
    .from("guardians")
    .delete({ count: "exact" })
    .is("user_id", null)
    .lt("invite_expires_at", new Date().toISOString());
  logger.info("cron.purge_invites", { count });
  // ok: excessive-data-exposure
  return NextResponse.json({ purged: count ?? 0 });
}
