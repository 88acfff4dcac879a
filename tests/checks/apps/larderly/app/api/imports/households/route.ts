import { NextResponse } from "next/server";
import { requireNetworkRole } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/prisma";
import { householdSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const body = await req.json();
  if (typeof body?.networkId !== "string" || !Array.isArray(body.rows)) return NextResponse.json({ error: "bad body" }, { status: 400 });
  await requireNetworkRole(body.networkId, ["admin", "coordinator"]);
  try {
    const rows = body.rows.map((r: unknown) => householdSchema.parse(r));
    // ok: mass-assignment, missing-authorization
    await prisma.household.createMany({ data: rows.map((r: typeof rows[number]) => ({ ...r, networkId: body.networkId })) });
    return NextResponse.json({ imported: rows.length });
  } catch (error) {
    // why: raw error message (zod issues / Prisma constraint text) returned to the client
    // ruleid: information-disclosure
    return NextResponse.json({ error: (error as Error).message }, { status: 400 });
  }
}
