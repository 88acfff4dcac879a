import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { rateLimit } from "@/lib/ratelimit";

// families unlock a private team gallery with the password the coach shared
// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = z.object({ teamId: z.string().cuid() }).parse(await params);
  const { password } = z.object({ password: z.string().min(1).max(100) }).parse(await req.json());
  await rateLimit(`gallery:${teamId}:${req.headers.get("x-forwarded-for") ?? "anon"}`, 10, 600);
  const team = await prisma.team.findUnique({ where: { id: teamId }, select: { galleryPassword: true } });
  // ruleid: timing-unsafe-comparison
  if (!team?.galleryPassword || password !== team.galleryPassword) {
    return NextResponse.json({ error: "Wrong password" }, { status: 401 });
  }
  (await cookies()).set(`gallery_${teamId}`, "1", { httpOnly: true, maxAge: 60 * 60 * 24 * 30, path: `/teams/${teamId}` });
  return NextResponse.json({ ok: true });
}
