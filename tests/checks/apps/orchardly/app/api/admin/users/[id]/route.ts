import { NextResponse } from "next/server";
import { clerkClient, currentUser } from "@clerk/nextjs/server";
import { z } from "zod";
import { recordActivity } from "@/lib/activity";

type Ctx = { params: Promise<{ id: string }> };

async function requireAdminApi() {
  const user = await currentUser();
  if (!user || user.publicMetadata?.networkAdmin !== true) return null;
  return user;
}

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = z.string().startsWith("user_").parse((await params).id);
  const client = await clerkClient();
  const user = await client.users.getUser(id);
  // ok: excessive-data-exposure
  return NextResponse.json({ id: user.id, email: user.primaryEmailAddress?.emailAddress, banned: user.banned, createdAt: user.createdAt });
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export async function DELETE(_req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = z.string().startsWith("user_").parse((await params).id);
  const client = await clerkClient();
  await client.users.deleteUser(id);
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function POST(req: Request, { params }: Ctx) {
  const admin = await requireAdminApi();
  if (!admin) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const id = z.string().startsWith("user_").parse((await params).id);
  const { action } = z.object({ action: z.enum(["ban", "unban", "lock"]) }).parse(await req.json());
  const client = await clerkClient();
  try {
    if (action === "ban") await client.users.banUser(id);
    if (action === "unban") await client.users.unbanUser(id);
    if (action === "lock") await client.users.lockUser(id);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: err }, { status: 500 });
  }
  await recordActivity({ actorId: admin.id, action: `user.${action}`, meta: { id } });
  return NextResponse.json({ ok: true });
}
