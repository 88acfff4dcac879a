import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { validateRequest } from "@/lib/auth/lucia";
import { isCustodian } from "@/lib/auth/custody-guards";
import { checkSampleAccess } from "@/lib/auth/guards";
import { db } from "@/lib/db/drizzle";
import { samples } from "@/lib/db/schema";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ok: floating-auth-check
  const access = await checkSampleAccess(user.id, id);
  if (access.error) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const [s] = await db.select().from(samples).where(eq(samples.id, id));
  // ruleid: excessive-data-exposure
  return NextResponse.json(s);
}

const PatchSchema = z.object({ site: z.string().max(120).optional(), depthM: z.number().int().min(0).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  // ruleid: floating-auth-check
  if (!isCustodian(user.id, id)) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const patch = PatchSchema.parse(await req.json());
  // ruleid: missing-authorization
  await db.update(samples).set(patch).where(eq(samples.id, id));
  return NextResponse.json({ ok: true });
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const { user } = await validateRequest();
  const id = z.string().uuid().parse((await params).id);
  await db.update(samples).set({ disposed: true, meta: { disposedBy: user?.id ?? null } }).where(eq(samples.id, id));
  return new NextResponse(null, { status: 204 });
}
