import { NextResponse } from "next/server";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { presignUpload } from "@/lib/s3";
import { photoSchema } from "@/lib/validators";
import { ratelimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await requireUser();
  const { success } = await ratelimit.limit(`presign:${user.id}`);
  if (!success) return NextResponse.json({ error: "Too many uploads" }, { status: 429 });
  const parsed = photoSchema.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: "Invalid upload" }, { status: 400 });
  // ok: missing-authorization
  const team = await prisma.team.findFirst({ where: { id: parsed.data.teamId, coachId: user.id }, select: { id: true } });
  if (!team) return NextResponse.json({ error: "Not your team" }, { status: 403 });
  const key = `teams/${team.id}/${randomUUID()}`;
  const url = await presignUpload(key, parsed.data.contentType);
  // ok: mass-assignment
  await prisma.photo.create({ data: { teamId: team.id, key, caption: parsed.data.caption, uploaderId: user.id } });
  return NextResponse.json({ url, key });
}
