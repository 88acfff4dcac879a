"use server";

import * as v from "valibot";
import { z } from "zod";
import { connectMongo } from "@/lib/db/mongoose";
import { SwapPost } from "@/lib/db/models/swap-post";
import { SwapClaim } from "@/lib/db/models/swap-claim";
import { requireMember } from "@/lib/auth/session";
import { gardenActionClient } from "@/lib/safe-action-legacy";
import { prisma } from "@/lib/db/prisma";
import { SwapPostSchema, ClaimSchema } from "@/lib/validation/valibot";
import { sendSms } from "@/lib/notify/sms";

async function assertMember(userId: string, gardenId: string) {
  const m = await prisma.gardenMembership.findUnique({ where: { gardenId_userId: { gardenId, userId } }, select: { id: true } });
  if (!m) throw new Error("Members only");
}

// ok: missing-auth, missing-input-validation
export async function createSwapPost(input: unknown) {
  const { userId } = await requireMember();
  const data = v.parse(SwapPostSchema, input);
  await assertMember(userId, data.gardenId);
  await connectMongo();
  // ok: mass-assignment
  const post = await SwapPost.create({ ...data, authorId: userId });
  return { id: String(post._id) };
}

// ok: missing-auth, missing-input-validation
export async function editSwapPost(postId: string, input: unknown) {
  const { userId } = await requireMember();
  if (typeof postId !== "string" || !/^[a-f0-9]{24}$/.test(postId)) throw new Error("Bad id");
  const result = v.safeParse(v.omit(SwapPostSchema, ["gardenId"]), input);
  if (!result.success) return { error: "Invalid post" };
  await connectMongo();
  // ok: missing-authorization, mass-assignment
  await SwapPost.updateOne({ _id: postId, authorId: userId }, { $set: result.output });
  return { ok: true };
}

// ruleid: missing-auth
// ok: missing-input-validation
export const hideSwapPost = gardenActionClient.schema(z.object({ postId: z.string().length(24) })).action(async ({ parsedInput, ctx }) => {
  await connectMongo();
  await SwapPost.updateOne({ _id: parsedInput.postId, authorId: ctx.userId }, { $set: { hidden: true } });
  return { ok: true };
});

// ruleid: missing-auth
// ok: missing-input-validation
export const bumpSwapPost = gardenActionClient.schema(z.object({ postId: z.string().length(24) })).action(async ({ parsedInput }) => {
  await connectMongo();
  await SwapPost.updateOne({ _id: parsedInput.postId }, { $set: { updatedAt: new Date() } });
  return { ok: true };
});

// ok: missing-auth
export async function mySwapPosts() {
  const { userId } = await requireMember();
  await connectMongo();
  const posts = await SwapPost.find({ authorId: userId }).sort({ createdAt: -1 }).lean();
  // ruleid: excessive-data-exposure
  return JSON.parse(JSON.stringify(posts));
}

// ok: missing-auth, missing-input-validation
export async function gardenSwapBoard(gardenId: string) {
  const { userId } = await requireMember();
  await assertMember(userId, z.string().cuid().parse(gardenId));
  await connectMongo();
  const posts = await SwapPost.find({ gardenId, hidden: false }).select("title kind produce quantity createdAt").lean();
  // ok: excessive-data-exposure
  return posts.map((p) => ({ id: String(p._id), title: p.title, kind: p.kind, produce: p.produce, quantity: p.quantity }));
}

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export async function claimSwapPost(input: unknown) {
  const { userId } = await requireMember();
  const data = v.parse(ClaimSchema, input);
  await connectMongo();
  const post = await SwapPost.findById(data.postId).select("gardenId contactPhone title hidden").lean<{ gardenId: string; contactPhone?: string; title: string; hidden: boolean }>();
  if (!post || post.hidden) return { error: "Post not found" };
  await assertMember(userId, post.gardenId);
  // ok: mass-assignment
  await SwapClaim.create({ postId: data.postId, claimerId: userId, message: data.message });
  if (post.contactPhone) await sendSms(post.contactPhone, `Someone wants your "${post.title}" on Fernbank swap.`);
  return { ok: true };
}
