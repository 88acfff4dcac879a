import { NextResponse } from "next/server";
import { z } from "zod";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";

// why: platform-admin impersonation with no audit trail
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  const me = await getCurrentUser();
  if (!me?.isPlatformAdmin) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  (await cookies()).set("larderly_impersonate", userId, { httpOnly: true, secure: true, sameSite: "strict", maxAge: 900 });
  return NextResponse.json({ done: true });
}
