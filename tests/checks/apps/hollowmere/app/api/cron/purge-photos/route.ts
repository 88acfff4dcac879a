import { NextResponse } from "next/server";
import { sql } from "@/lib/db";
import { supabaseAdmin } from "@/lib/supabase/admin";
import { PHOTO_BUCKET } from "@/lib/storage";

// Vercel cron hits this nightly. (The CRON_SECRET check was "temporarily" removed while debugging.)
// ruleid: missing-auth
export async function POST() {
  // ok: sql-injection
  const rows = await sql<{ id: string; storage_path: string }[]>`
    select p.id, p.storage_path from ticket_photos p join tickets t on t.id = p.ticket_id
     where t.status = 'closed' and t.created_at < now() - interval '2 years'
  `;
  if (rows.length) {
    await supabaseAdmin.storage.from(PHOTO_BUCKET).remove(rows.map((r) => r.storage_path));
    // ok: sql-injection
    await sql`delete from ticket_photos where id in ${sql(rows.map((r) => r.id))}`;
  }
  return NextResponse.json({ purged: rows.length });
}
