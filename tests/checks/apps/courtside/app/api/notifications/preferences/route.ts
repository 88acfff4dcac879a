import { NextResponse } from "next/server";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/lib/db";
import { users } from "@/db/schema";
import { getUser } from "@/lib/users";

// One-click "stop SMS" link in reminder texts (the link carries only the e-mail).
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const { email } = z.object({ email: z.string().email() }).parse(await req.json());
  const user = await getUser(email);
  // ruleid: information-disclosure
  if (!user) return NextResponse.json({ error: "No user with that email" }, { status: 404 });
  await db.update(users).set({ phone: null }).where(eq(users.id, user.id));
  return NextResponse.json({ ok: true });
}
