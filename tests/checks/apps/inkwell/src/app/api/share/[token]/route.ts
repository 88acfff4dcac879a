import { NextResponse, type NextRequest } from "next/server";
import { prisma } from "~/lib/prisma";

// ok: missing-auth -- public share link, guarded by its token
// ok: missing-input-validation -- explicit runtime check
// ruleid: missing-rate-limit -- (unlabelled until pass 29) the note's share password compared inline by anyone, no limit (as studiopass openSharedPlan, quayside documents/shared)
export async function GET(req: NextRequest, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  // ok: timing-unsafe-comparison -- a DB lookup by token, no comparison in code
  const note = await prisma.note.findUnique({
    where: { shareToken: token },
    select: { title: true, body: true, sharePassword: true, updatedAt: true, deletedAt: true },
  });
  if (!note || note.deletedAt) {
    return NextResponse.json({ error: "Not found" }, { status: 404 });
  }
  const password = req.headers.get("x-share-password") ?? "";
  // ruleid: timing-unsafe-comparison
  if (note.sharePassword && note.sharePassword !== password) {
    return NextResponse.json({ error: "Password required" }, { status: 401 });
  }
  // ok: excessive-data-exposure -- mapped to chosen fields
  return NextResponse.json({ title: note.title, body: note.body, updatedAt: note.updatedAt });
}
