import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";

// ruleid: missing-auth
// ok: missing-input-validation
export async function GET() {
  const session = await auth();
  const subs = await prisma.subscription.findMany({ where: { listenerId: session?.user?.id }, select: { id: true, showId: true, status: true } });
  // ok: excessive-data-exposure
  return NextResponse.json(subs);
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const id = new URL(req.url).searchParams.get("id");
  if (!id || id.length > 40) return NextResponse.json({ error: "Bad id" }, { status: 400 });
  // ok: missing-authorization
  await prisma.subscription.deleteMany({ where: { id, listenerId: session.user.id, status: "canceled" } });
  return new NextResponse(null, { status: 204 });
}
