import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { removeBlob } from "@/lib/storage";

type SessionUser = { id: string; workspaceId: string };

// ok: missing-auth, missing-input-validation
export const DELETE = auth(async (req, { params }) => {
  if (!req.auth?.user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const user = req.auth.user as unknown as SessionUser;
  const { id } = (await params) as { id: string };
  if (typeof id !== "string" || !/^c[a-z0-9]{24}$/.test(id)) {
    return NextResponse.json({ error: "Bad id" }, { status: 400 });
  }
  // ok: missing-authorization
  const attachment = await prisma.attachment.findUnique({ where: { id }, select: { id: true, url: true, workspaceId: true } });
  if (!attachment || attachment.workspaceId !== user.workspaceId) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  await removeBlob(attachment.url);
  await prisma.attachment.delete({ where: { id: attachment.id } });
  return new NextResponse(null, { status: 204 });
});
