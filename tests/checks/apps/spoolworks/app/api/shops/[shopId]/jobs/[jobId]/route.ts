import { NextResponse } from "next/server";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { kdb } from "@/lib/db/kysely";
import { getShopRole } from "@/lib/permissions";

type Ctx = { params: Promise<{ shopId: string; jobId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const p = z.object({ shopId: z.string().uuid(), jobId: z.string().uuid() }).parse(await params);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!(await getShopRole(user.id, p.shopId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  const job = await kdb.selectFrom("print_jobs").select(["id", "status", "printer_id", "order_id"]).where("id", "=", p.jobId).where("shop_id", "=", p.shopId).executeTakeFirst();
  // ok: excessive-data-exposure
  return NextResponse.json(job ?? null);
}

const JobPatch = z.object({ status: z.enum(["queued", "printing", "done", "failed"]) });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const p = z.object({ shopId: z.string().uuid(), jobId: z.string().uuid() }).parse(await params);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  if (!(await getShopRole(user.id, p.shopId))) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const { status } = JobPatch.parse(await req.json());
  // why: shop membership checked for the path shop, but the job is looked up by id alone (job of another shop)
  // ruleid: missing-authorization
  await kdb.updateTable("print_jobs").set({ status, operator_id: user.id }).where("id", "=", p.jobId).execute();
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const p = z.object({ shopId: z.string().uuid(), jobId: z.string().uuid() }).parse(await params);
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const role = await getShopRole(user.id, p.shopId);
  if (role !== "owner" && role !== "manager") return NextResponse.json({ error: "forbidden" }, { status: 403 });
  // ok: missing-authorization
  await kdb.deleteFrom("print_jobs").where("id", "=", p.jobId).where("shop_id", "=", p.shopId).execute();
  return new NextResponse(null, { status: 204 });
}
