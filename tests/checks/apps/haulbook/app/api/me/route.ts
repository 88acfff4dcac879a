import { NextResponse } from "next/server";
import { auth as clerkAuth, currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const email = user.primaryEmailAddress?.emailAddress ?? "";
  const me = await prisma.user.findUnique({ where: { email } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(me);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request) {
  const { userId } = await clerkAuth.protect();
  const body = (await req.json()) as Record<string, unknown>;
  if (typeof body.name !== "string" || body.name.length > 80) return NextResponse.json({ error: "name" }, { status: 400 });
  const me = await prisma.user.update({
    where: { email: `${userId}@clerk.haulbook.app` },
    data: { name: body.name },
    select: { id: true, name: true, email: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(me);
}
