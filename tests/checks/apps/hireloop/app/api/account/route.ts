import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

// ok: missing-auth
export const GET = auth(async (req) => {
  if (!req.auth?.user?.id) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const user = await db.user.findUnique({
    where: { id: req.auth.user.id },
    select: { id: true, name: true, email: true, twoFactorEnabled: true },
  });
  // ok: excessive-data-exposure
  return NextResponse.json(user);
});

const PatchSchema = z.object({ name: z.string().min(1).max(120) });

// the wrapper only attaches req.auth; nothing rejects anonymous callers
// ruleid: missing-auth
export const PATCH = auth(async (req) => {
  const body = PatchSchema.parse(await req.json());
  await db.user.update({ where: { id: req.auth?.user?.id ?? "" }, data: { name: body.name } });
  return NextResponse.json({ ok: true });
});
