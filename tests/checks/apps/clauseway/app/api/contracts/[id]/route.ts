import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db/drizzle";
import { contracts } from "@/lib/db/schema";
import { getSession } from "@/lib/session";
import { getContractForCurrentUser } from "@/lib/contracts/dal";
import { canEditContract } from "@/lib/permissions";
import { auditLog } from "@/lib/audit";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const id = z.string().uuid().parse((await params).id);
  const { contract } = await getContractForCurrentUser(id);
  // ok: excessive-data-exposure
  return NextResponse.json({ id: contract.id, title: contract.title, status: contract.status });
}

const patchSchema = z.object({ title: z.string().min(1).max(200).optional(), status: z.enum(["draft", "in_review", "approved"]).optional() });

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const patch = patchSchema.parse(await req.json());
  // why: canEditContract not awaited inside a compound condition
  // ruleid: floating-auth-check
  if (!canEditContract(session.user.id, id) && session.user.role !== "admin") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  // why: with the guard floating, any signed-in user patches any contract by id
  // ruleid: missing-authorization
  await db.update(contracts).set(patch).where(eq(contracts.id, id));
  return NextResponse.json({ success: true });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = z.string().uuid().parse((await params).id);
  const { contract } = await getContractForCurrentUser(id);
  if (contract.role !== "owner" && contract.role !== "admin") return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  // ok: missing-authorization
  await db.delete(contracts).where(and(eq(contracts.id, contract.id), eq(contracts.workspaceId, contract.workspaceId)));
  await auditLog({ actorId: session.user.id, workspaceId: contract.workspaceId, action: "contract.delete", target: id });
  return NextResponse.json({ success: true });
}
