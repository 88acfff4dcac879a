import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { db } from "@/lib/db/drizzle";
import { clients } from "@/lib/db/schema";
import { verifySession } from "@/lib/dal";
import { prisma } from "@/lib/db/prisma";

type Ctx = { params: Promise<{ clientId: string }> };

async function pantryIdsFor(userId: string) {
  const ms = await prisma.membership.findMany({ where: { userId }, select: { pantryId: true } });
  return ms.map((m) => m.pantryId);
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { clientId } = await params;
  if (typeof clientId !== "string" || clientId.length !== 36) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const [client] = await db.select({ id: clients.id, pantryId: clients.pantryId, fullName: clients.fullName, householdSize: clients.householdSize }).from(clients).where(eq(clients.id, clientId));
  if (!client || !(await pantryIdsFor(userId)).includes(client.pantryId)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(client);
}

// Client profile form (staff)
// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const { userId } = await verifySession();
  const { clientId } = await params;
  const body = await req.json();
  const pantryIds = await pantryIdsFor(userId);
  const [client] = await db.select({ pantryId: clients.pantryId }).from(clients).where(eq(clients.id, clientId));
  if (!client || !pantryIds.includes(client.pantryId)) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: missing-authorization
  // ruleid: mass-assignment
  await db.update(clients).set(body).where(and(eq(clients.id, clientId), eq(clients.pantryId, client.pantryId)));
  return NextResponse.json({ ok: true });
}
