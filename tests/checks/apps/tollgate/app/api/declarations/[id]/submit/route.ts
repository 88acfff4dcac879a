import { NextResponse } from "next/server";
import { and, eq } from "drizzle-orm";
import { auth } from "@clerk/nextjs/server";
import { db, declarations } from "@/lib/db";
import { idParam } from "@/lib/validators";
import { logEvent } from "@/lib/audit";

// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const id = idParam.parse((await params).id);
  await db.update(declarations).set({ status: "submitted" }).where(and(eq(declarations.id, id), eq(declarations.importerId, session.orgId!)));
  await logEvent({ importerId: session.orgId, actorId: session.userId, action: "declaration.submitted", target: id });
  return NextResponse.json({ ok: true });
}
