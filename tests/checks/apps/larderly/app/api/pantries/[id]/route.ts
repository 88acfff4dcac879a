import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { getPantryForUser } from "@/lib/dal/pantries";
import { canManagePantry } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: missing-authorization
  const pantry = await getPantryForUser(id);
  if (!pantry) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(pantry);
}

const patchSchema = z.object({ name: z.string().min(2).max(120).optional(), intakeNotes: z.string().max(2000).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const body = patchSchema.parse(await req.json());
  // why: any signed-in staff member can edit any network's pantry
  // ruleid: missing-authorization
  await prisma.pantry.update({ where: { id }, data: body });
  return NextResponse.json({ done: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^c[a-z0-9]{20,30}$/.test(id)) return NextResponse.json({ error: "Not found" }, { status: 404 });
  // ok: floating-auth-check
  if (!(await canManagePantry(session.user.id, id))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await prisma.pantry.delete({ where: { id } });
  return new NextResponse(null, { status: 204 });
}
