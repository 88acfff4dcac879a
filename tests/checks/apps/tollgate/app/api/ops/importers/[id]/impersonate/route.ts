import { NextResponse } from "next/server";
import { clerkClient } from "@clerk/nextjs/server";
import { z } from "zod";
import { requireOps } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

// Ops support: creates a short-lived actor token to see the importer's workspace.
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ops = await requireOps();
  const importerId = z.string().startsWith("org_").parse((await params).id);
  const { userId } = z.object({ userId: z.string().startsWith("user_") }).parse(await req.json());
  const clerk = await clerkClient();
  const token = await clerk.actorTokens.create({ userId, actor: { sub: ops.userId }, expiresInSeconds: 600 });
  await logEvent({ importerId, actorId: ops.userId, action: "ops.impersonation_started", target: userId });
  // ok: excessive-data-exposure
  return NextResponse.json({ url: token.url });
}

// ok: missing-auth, missing-input-validation
// todoruleid: missing-audit-log -- known gap (pass 35, cause C, weak): a revoked impersonation token; ending an impersonation is an open policy row
export async function DELETE(req: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireOps();
  z.string().startsWith("org_").parse((await params).id);
  const { tokenId } = z.object({ tokenId: z.string().min(4) }).parse(await req.json());
  const clerk = await clerkClient();
  await clerk.actorTokens.revoke(tokenId);
  return NextResponse.json({ ok: true });
}
