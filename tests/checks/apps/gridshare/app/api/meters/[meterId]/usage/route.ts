import { NextResponse } from "next/server";
import { z } from "zod";
import { verifySession } from "@/lib/dal";
import { ownsMeter } from "@/lib/coop/membership";
import { dailyUsage } from "@/lib/billing/queries";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request, { params }: { params: Promise<{ meterId: string }> }) {
  const user = await verifySession();
  const meterId = z.string().uuid().parse((await params).meterId);
  // ok: floating-auth-check
  if (!(await ownsMeter(user.id, meterId))) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const url = new URL(req.url);
  const bucket = url.searchParams.get("bucket") ?? "1 day";
  const from = url.searchParams.get("from") ?? "2024-01-01";
  // ok: missing-authorization
  const rows = await dailyUsage(meterId, bucket, from);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ day: r.day, kwh: Number(r.wh) / 1000 })));
}
