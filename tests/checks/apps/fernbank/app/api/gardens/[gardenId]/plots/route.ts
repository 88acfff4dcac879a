import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth/authjs";
import { prisma } from "@/lib/db/prisma";
import { listGardenPlots } from "@/lib/dal/plots";
import { canManageGarden } from "@/lib/auth/guards";

type Ctx = { params: Promise<{ gardenId: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const gardenId = z.string().cuid().parse((await params).gardenId);
  const member = await prisma.gardenMembership.findUnique({ where: { gardenId_userId: { gardenId, userId: session.user.id } }, select: { id: true } });
  if (!member) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  const plots = await listGardenPlots(gardenId);
  // ok: excessive-data-exposure
  return NextResponse.json(plots);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const gardenId = z.string().cuid().parse((await params).gardenId);
  if (!(await canManageGarden(session.user.id, gardenId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const body = await req.json();
  // ruleid: mass-assignment
  const plot = await prisma.plot.create({ data: { ...body, gardenId }, select: { id: true } });
  return NextResponse.json(plot, { status: 201 });
}

const bulkSchema = z.object({ plots: z.array(z.object({ number: z.string().max(10), sizeSqm: z.number().int().min(1).max(500) })).max(200) });

// ok: missing-auth, missing-input-validation
export async function PUT(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const gardenId = z.string().cuid().parse((await params).gardenId);
  if (!(await canManageGarden(session.user.id, gardenId))) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const parsed = bulkSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  // ok: mass-assignment
  const res = await prisma.plot.createMany({ data: parsed.data.plots.map((p) => ({ ...p, gardenId })) });
  return NextResponse.json({ created: res.count });
}
