import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { weeklyRevenue, siteFill, chargesSince } from "@/lib/reports";

type Ctx = { params: Promise<{ farmId: string }> };

const query = z.object({ sort: z.enum(["week", "total", "boxes"]).default("week") });

// ok: missing-auth, missing-input-validation
export async function GET(req: Request, { params }: Ctx) {
  const { userId } = await auth();
  if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const farmId = z.string().uuid().parse((await params).farmId);
  const { sort } = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  // todoruleid: missing-authorization
  const revenue = await weeklyRevenue(farmId, sort);
  return NextResponse.json({ revenue });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const { userId, orgId, has } = await auth();
  if (!userId || !orgId || !has({ role: "org:owner" })) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const farmId = z.string().uuid().parse((await params).farmId);
  const { since } = z.object({ since: z.string().date() }).parse(await req.json());
  const [fill, charges] = await Promise.all([siteFill(farmId), chargesSince(farmId, since)]);
  // ok: excessive-data-exposure
  return NextResponse.json({ fill: fill.map((f) => ({ name: f.name, capacity: f.capacity, subscribed: f.subscribed })), charges: charges.length });
}
