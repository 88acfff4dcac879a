import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { requireStaff } from "@/lib/iron";
import { prisma } from "@/lib/db/prisma";
import { encrypt } from "@/lib/session-jwt";

// Support staff "view as runner".
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function POST(req: Request) {
  await requireStaff();
  const { userId } = z.object({ userId: z.string().cuid() }).parse(await req.json());
  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!user) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const token = await encrypt({ userId: user.id, role: user.role, expiresAt: new Date(Date.now() + 36e5).toISOString() });
  (await cookies()).set("cp_session", token, { httpOnly: true, secure: true, sameSite: "lax" });
  return NextResponse.json({ ok: true });
}
