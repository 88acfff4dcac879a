import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { headers } from "next/headers";
import { requireSuperAdmin } from "@/lib/auth/admin";
import { auth } from "@/lib/auth/better-auth";
import { db } from "@/lib/db/drizzle";
import { users } from "@/lib/db/schema";
import { auditLog } from "@/lib/audit";

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  const admin = await requireSuperAdmin();
  const { userId, reason } = z.object({ userId: z.string().min(1), reason: z.string().min(10) }).parse(await req.json());
  // ok: missing-authorization
  const [target] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  if (!target) return NextResponse.json({ error: "Unknown user" }, { status: 404 });
  await auditLog({ actorId: admin.id, action: "admin.impersonate", meta: { userId, reason } });
  const res = await auth.api.impersonateUser({ body: { userId: target.id }, headers: await headers() });
  return NextResponse.json({ ok: true, session: res.session.id });
}
