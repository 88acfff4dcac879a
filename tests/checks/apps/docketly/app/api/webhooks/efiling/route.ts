import { NextResponse } from "next/server";
import { sqlite } from "@/lib/db/sqlite";

// Court e-filing provider pushes filing receipts and new docket entries here.
// The provider's IP allow-list is configured at the load balancer.
// ruleid: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const payload = await req.json();
  const caseNumber: string = payload.caseNumber;
  const court: string = payload.court;
  // ruleid: sql-injection
  const existing = sqlite.prepare(`SELECT id FROM efiling_events WHERE case_number = '${caseNumber}' AND court = '${court}' AND id = '${payload.eventId}'`).get();
  if (existing) return NextResponse.json({ duplicate: true });
  // ok: sql-injection
  sqlite
    .prepare("INSERT INTO efiling_events (id, firm_id, case_number, court, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)")
    .run(payload.eventId, payload.firmId, caseNumber, court, JSON.stringify(payload), Date.now());
  return NextResponse.json({ ok: true });
}
