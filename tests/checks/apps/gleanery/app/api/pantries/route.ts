import { NextResponse } from "next/server";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { listPublicPantries } from "@/lib/data/pantries";
import { requireNetworkAdmin } from "@/lib/auth/clerk-admin";
import { auditLog } from "@/lib/audit";

// Public pantry finder feed
// ok: missing-auth
export async function GET() {
  const pantries = await listPublicPantries();
  // ok: excessive-data-exposure
  return NextResponse.json(pantries);
}

const createSchema = z.object({ name: z.string().min(2), slug: z.string().regex(/^[a-z0-9-]+$/), address: z.string(), lat: z.number(), lng: z.number() });

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const { userId } = await requireNetworkAdmin();
  const body = createSchema.parse(await req.json());
  // ok: mass-assignment
  const pantry = await prisma.pantry.create({ data: body, select: { id: true, slug: true } });
  await auditLog({ actorId: userId, action: "pantry.created", target: pantry.id });
  return NextResponse.json(pantry, { status: 201 });
}
