import { NextResponse } from "next/server";
import { clerkClient } from "@clerk/nextjs/server";
import { z } from "zod";
import { isOpsUser } from "@/lib/tenant";
import { logEvent } from "@/lib/audit";

// Grants or removes the internal ops flag.
// ok: missing-input-validation, missing-audit-log
// ruleid: missing-auth
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  // ruleid: floating-auth-check
  if (!isOpsUser()) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const userId = z.string().startsWith("user_").parse((await params).id);
  const { ops } = z.object({ ops: z.boolean() }).parse(await req.json());
  const clerk = await clerkClient();
  await clerk.users.updateUserMetadata(userId, { publicMetadata: { ops } });
  await logEvent({ action: "ops.flag_changed", target: userId, meta: { ops } });
  return NextResponse.json({ ok: true });
}
