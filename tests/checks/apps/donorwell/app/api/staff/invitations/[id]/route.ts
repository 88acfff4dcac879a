import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { z } from "zod";
import { auth } from "@/lib/auth/server";

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const invitationId = z.string().min(1).max(64).parse((await params).id);
  try {
    await auth.api.acceptInvitation({ body: { invitationId }, headers: await headers() });
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (e as Error).message }, { status: 400 });
  }
  return NextResponse.json({ ok: true });
}
