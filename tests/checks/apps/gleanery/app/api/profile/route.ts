import { NextResponse } from "next/server";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/better";
import { prisma } from "@/lib/db/prisma";

// Mobile app profile screen
// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export async function PATCH(req: Request) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = await req.json();
  // ok: missing-authorization
  await prisma.user.update({
    where: { id: session.user.id },
    data: {
      name: body.name,
      phone: body.phone,
      // ruleid: mass-assignment
      role: body.role ?? undefined,
    },
  });
  return NextResponse.json({ ok: true });
}
