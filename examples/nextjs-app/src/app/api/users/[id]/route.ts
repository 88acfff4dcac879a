import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db";

const paramsSchema = z.object({ id: z.string().cuid() });

// Admin-only and authorized, but it answers with the full User row: passwordHash included.
// ok: missing-auth, missing-input-validation
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  if (session.user.role !== "ADMIN") {
    return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  }
  const { id } = paramsSchema.parse(await params);

  // ok: missing-authorization
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ruleid: excessive-data-exposure
  return NextResponse.json(user);
}
