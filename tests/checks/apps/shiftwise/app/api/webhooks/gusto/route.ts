import { NextResponse } from "next/server";
import { prisma } from "@/lib/db";
import { hmacHex } from "@/lib/secure-compare";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get("x-gusto-signature") ?? "";
  const expected = hmacHex(process.env.GUSTO_WEBHOOK_SECRET!, body);
  // ruleid: timing-unsafe-comparison
  if (signature !== expected) return NextResponse.json({ error: "bad signature" }, { status: 401 });
  const evt = JSON.parse(body) as { event_type: string; entity_uuid: string; payroll_id?: string };
  if (evt.event_type === "payroll.processed" && typeof evt.payroll_id === "string") {
    await prisma.payRun.updateMany({ where: { id: evt.payroll_id }, data: { status: "processed" } });
  }
  return NextResponse.json({ ok: true });
}
