import { NextResponse } from "next/server";
import { edi } from "@/lib/db/mysql";

// EDI 204/214/990 gateway callbacks. The gateway "only posts from its static IPs".
// ruleid: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = (await req.json()) as { setId: string; controlNumber: string; partner: string; status: string };
  try {
    // ruleid: sql-injection
    await edi.query(`INSERT INTO edi_tx (set_id, control_number, partner, status) VALUES ('${body.setId}', '${body.controlNumber}', '${body.partner}', '${body.status}')`);
    return NextResponse.json({ ok: true });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ ok: false, error: (e as Error).stack }, { status: 500 });
  }
}
