import { NextResponse } from "next/server";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { ydb } from "@/lib/db/drizzle";
import { workOrders } from "@/lib/db/yard-schema";
import { validateRequest } from "@/lib/auth/lucia";
import { findWorkOrderInMarina } from "@/lib/data/workorders";

const paramsSchema = z.object({ marinaId: z.string(), id: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ marinaId: string; id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const p = paramsSchema.parse(await params);
  // ok: missing-authorization
  const wo = await findWorkOrderInMarina(p.id, user.marinaId);
  if (!wo) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(wo);
}

const statusSchema = z.object({ status: z.enum(["open", "in_progress", "waiting_parts", "done"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: { params: Promise<{ marinaId: string; id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorised" }, { status: 401 });
  const p = paramsSchema.parse(await params);
  const body = statusSchema.parse(await req.json());
  // ruleid: missing-authorization
  await ydb
    .update(workOrders)
    // ok: mass-assignment
    .set(body)
    .where(and(eq(workOrders.id, p.id), eq(workOrders.marinaId, p.marinaId)));
  return NextResponse.json({ ok: true });
}
