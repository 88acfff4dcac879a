import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";
import { secureCompare } from "@/lib/crypto";
import { sendSms } from "@/lib/sms";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const token = header.replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token, process.env.CRON_SECRET ?? "")) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  const breaching = await sql<{ id: string; number: number; phone: string }[]>`
    select t.id, t.number, u.phone from "Ticket" t join on_call u on u.workspace_id = t."workspaceId"
    where t."slaDueAt" < now() + interval '15 minutes' and t.status = 'open' and t.sla_alerted is not true`;
  for (const t of breaching) {
    await sendSms(t.phone, `SLA about to breach on ticket #${t.number}`);
    await sql`update "Ticket" set sla_alerted = true where id = ${t.id}`;
  }
  return NextResponse.json({ alerted: breaching.length });
}
