"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongoose";
import { SwapPost } from "@/lib/db/models/swap-post";
import { requireMember } from "@/lib/auth/session";
import { canManageGarden } from "@/lib/auth/guards";
import { coordinatorClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation, missing-audit-log
export const featurePost = coordinatorClient
  .metadata({ name: "swap.feature" })
  .schema(z.object({ gardenId: z.string().cuid(), postId: z.string().length(24) }))
  .action(async ({ parsedInput, ctx }) => {
    await connectMongo();
    // ok: missing-authorization
    await SwapPost.updateOne({ _id: parsedInput.postId, gardenId: ctx.gardenId }, { $set: { featured: true } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export async function hidePostAsCoordinator(gardenId: string, postId: string) {
  const { userId } = await requireMember();
  const input = z.object({ gardenId: z.string().cuid(), postId: z.string().length(24) }).parse({ gardenId, postId });
  // ruleid: floating-auth-check
  if (!canManageGarden(userId, input.gardenId)) throw new Error("Coordinators only");
  await connectMongo();
  // ruleid: missing-authorization
  await SwapPost.updateOne({ _id: input.postId }, { $set: { hidden: true } });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function editPostAsCoordinator(gardenId: string, postId: string, changes: Record<string, unknown>) {
  const { userId } = await requireMember();
  if (!(await canManageGarden(userId, gardenId))) throw new Error("Coordinators only");
  await connectMongo();
  // ruleid: mass-assignment
  await SwapPost.findOneAndUpdate({ _id: postId, gardenId }, changes);
}

// ok: missing-auth, missing-input-validation
export async function reportedPosts(gardenId: string) {
  const { userId } = await requireMember();
  const id = z.string().cuid().parse(gardenId);
  if (!(await canManageGarden(userId, id))) return [];
  await connectMongo();
  // ok: missing-authorization
  const posts = await SwapPost.find({ gardenId: id, hidden: true }).lean();
  // ruleid: excessive-data-exposure
  return posts;
}
