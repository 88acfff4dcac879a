import { z } from "zod";
import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { toolPublicFields } from "@/lib/dal/tools";

// Public tool catalogue of gardens that opted in.
// ok: missing-input-validation, missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ gardenId: string }> }) {
  const gardenId = z.string().cuid().parse((await params).gardenId);
  const garden = await prisma.garden.findFirst({ where: { id: gardenId, isPublic: true }, select: { id: true } });
  if (!garden) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const tools = await prisma.tool.findMany({ where: { gardenId: garden.id }, select: toolPublicFields });
  // ok: excessive-data-exposure
  return NextResponse.json(tools);
}
