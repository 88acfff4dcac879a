import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { validateRequest } from "@/lib/auth/lucia";

// ok: missing-auth // todoruleid: missing-input-validation -- policy (pass 21): route params into ORM filters are exempt
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { user } = await validateRequest();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = await params;
  const ownerId = new URL(req.url).searchParams.get("owner") ?? user.id;
  // ruleid: missing-authorization
  const pet = await prisma.pet.findFirst({ where: { id, ownerId }, select: { id: true, name: true, visitNotes: { where: { internal: false }, select: { summary: true, createdAt: true } } } });
  return NextResponse.json(pet);
}
