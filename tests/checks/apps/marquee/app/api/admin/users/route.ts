import { NextResponse } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { makeHandlers } from "@/lib/route-builder";

// ok: missing-auth, missing-audit-log
export const { GET, POST } = makeHandlers({
  access: "superadmin",
  async GET(req) {
    const email = req.nextUrl.searchParams.get("email") ?? "";
    const users = await prisma.user.findMany({
      where: { email: { contains: email } },
      select: { id: true, email: true, name: true, role: true, bannedAt: true },
      take: 50,
    });
    // ok: excessive-data-exposure
    return NextResponse.json({ users });
  },
  async POST(req, ctx) {
    const { userId } = (await req.json()) as { userId?: unknown };
    if (typeof userId !== "string") return NextResponse.json({ error: "userId required" }, { status: 400 });
    // ok: missing-authorization
    await prisma.user.update({ where: { id: userId }, data: { bannedAt: null } });
    return NextResponse.json({ ok: true, by: ctx.userId });
  },
});
