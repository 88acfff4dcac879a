import { NextResponse } from "next/server";
import * as v from "valibot";
import { authenticateBearer } from "@/lib/lucia";
import { kdb } from "@/lib/db/kysely";

const Register = v.object({ token: v.pipe(v.string(), v.minLength(20), v.maxLength(4096)), platform: v.picklist(["ios", "android"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = v.parse(Register, await req.json());
  // ok: mass-assignment
  await kdb.insertInto("device_tokens").values({ user_id: user.id, token: body.token, platform: body.platform }).execute();
  return NextResponse.json({ success: true }, { status: 201 });
}

// ok: missing-auth, missing-input-validation
export async function DELETE(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const token = new URL(req.url).searchParams.get("token");
  if (typeof token !== "string" || token.length > 4096) return NextResponse.json({ error: "bad token" }, { status: 400 });
  // ok: missing-authorization, timing-unsafe-comparison
  await kdb.deleteFrom("device_tokens").where("token", "=", token).where("user_id", "=", user.id).execute();
  return NextResponse.json({ success: true });
}

// ok: missing-auth
export async function GET(req: Request) {
  const user = await authenticateBearer(req);
  if (!user) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await kdb.selectFrom("device_tokens").selectAll().where("user_id", "=", user.id).execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
