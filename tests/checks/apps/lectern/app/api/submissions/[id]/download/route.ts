import { NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { prisma } from "@/lib/db/prisma";

// "Download my submission": signed redirect to storage.
// ok: missing-auth
export const GET = auth(async (req, ctx) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { id } = (await ctx.params) as { id: string };
  // ok: missing-authorization
  const sub = await prisma.submission.findFirst({ where: { id, userId: req.auth.user.id }, select: { fileKey: true } });
  if (!sub) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const signed = await fetch(`${process.env.STORAGE_URL}/sign`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.STORAGE_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ key: sub.fileKey, expiresIn: 300 }),
  }).then((r) => r.json() as Promise<{ url: string }>);
  return NextResponse.redirect(signed.url);
});
