import { NextResponse } from "next/server";
import { z } from "zod";
import { verifyDeviceToken } from "@/lib/share/links";
import { sql } from "@/lib/db/sql";

const SyncSchema = z.object({ deviceId: z.string().uuid(), samples: z.array(z.object({ label: z.string().max(80), site: z.string().max(120) })).max(200) });

// Field tablets sync offline sample logs.
// ok: missing-input-validation, missing-auth -- cause I, fixed in pass 32: the device token is checked before the work
export async function POST(req: Request) {
  const body = SyncSchema.parse(await req.json());
  const token = req.headers.get("x-device-token") ?? "";
  if (!(await verifyDeviceToken(body.deviceId, token))) return NextResponse.json({ error: "Unknown device" }, { status: 401 });
  const [{ tenant_id }] = await sql<{ tenant_id: string }[]>`select tenant_id from devices where id = ${body.deviceId}`;
  for (const s of body.samples) {
    // ok: sql-injection, mass-assignment
    await sql`insert into samples (tenant_id, collected_by, label, site) values (${tenant_id}, ${"device:" + body.deviceId}, ${s.label}, ${s.site})`;
  }
  return NextResponse.json({ synced: body.samples.length });
}
