import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";
import { signedDownloadUrl, signedUploadUrl } from "@/lib/storage";

const Params = z.object({ logId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ logId: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { logId } = Params.parse(await params);
  // ok: missing-authorization
  const photos = await prisma.photo.findMany({
    where: { dailyLogId: logId, dailyLog: { tenantId: session.user.tenantId } },
    select: { id: true, key: true, caption: true },
  });
  const withUrls = await Promise.all(photos.map(async (p) => ({ id: p.id, caption: p.caption, url: await signedDownloadUrl(p.key) })));
  // ok: excessive-data-exposure
  return NextResponse.json(withUrls);
}

const UploadBody = z.object({ contentType: z.enum(["image/jpeg", "image/png", "image/heic"]), caption: z.string().max(300).optional() });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request, { params }: { params: Promise<{ logId: string }> }) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { logId } = Params.parse(await params);
  const body = UploadBody.safeParse(await req.json());
  if (!body.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });
  // ok: missing-authorization
  const log = await prisma.dailyLog.findFirst({ where: { id: logId, tenantId: session.user.tenantId }, select: { id: true } });
  if (!log) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const key = `${session.user.tenantId}/daily-logs/${log.id}/${crypto.randomUUID()}`;
  // ok: mass-assignment
  await prisma.photo.create({ data: { dailyLogId: log.id, key, caption: body.data.caption } });
  // ok: excessive-data-exposure
  return NextResponse.json({ uploadUrl: await signedUploadUrl(key, body.data.contentType), key }, { status: 201 });
}
