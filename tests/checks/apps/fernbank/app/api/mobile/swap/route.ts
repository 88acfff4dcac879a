import { NextResponse } from "next/server";
import * as v from "valibot";
import { getMobileUser } from "@/lib/auth/mobile";
import { prisma } from "@/lib/db/prisma";
import { connectMongo } from "@/lib/db/mongoose";
import { SwapPost } from "@/lib/db/models/swap-post";
import { SwapPostSchema } from "@/lib/validation/valibot";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const user = await getMobileUser(req);
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const gardenId = new URL(req.url).searchParams.get("gardenId");
  if (typeof gardenId !== "string" || gardenId.length > 40) return NextResponse.json({ error: "gardenId" }, { status: 400 });
  const member = await prisma.gardenMembership.findUnique({ where: { gardenId_userId: { gardenId, userId: user.id } }, select: { id: true } });
  if (!member) return NextResponse.json({ error: "Forbidden" }, { status: 403 });
  await connectMongo();
  // ok: missing-authorization
  const posts = await SwapPost.find({ gardenId, hidden: false }).select("title kind produce quantity createdAt").lean();
  // ok: excessive-data-exposure
  return NextResponse.json(posts);
}

// ruleid: missing-auth
// ok: missing-input-validation
export async function POST(req: Request) {
  // ruleid: floating-auth-check
  if (!getMobileUser(req)) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const result = v.safeParse(SwapPostSchema, await req.json());
  if (!result.success) return NextResponse.json({ error: "Invalid post" }, { status: 400 });
  await connectMongo();
  const user = await getMobileUser(req);
  const post = await SwapPost.create({ ...result.output, authorId: user?.id });
  return NextResponse.json({ id: String(post._id) }, { status: 201 });
}
