import { NextResponse } from "next/server";
import { currentUser } from "@clerk/nextjs/server";
import { prisma } from "@/lib/db/prisma";
import { auth } from "@/lib/auth";

// ok: missing-auth
export async function GET() {
  const session = await auth();
  if (!session?.user?.email) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const user = await prisma.user.findUnique({ where: { email: session.user.email } });
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}

// Clerk-side profile for the promoter app.
// ok: missing-auth
export async function POST() {
  const clerk = await currentUser();
  if (!clerk) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const email = clerk.primaryEmailAddress?.emailAddress ?? "";
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(user);
}
