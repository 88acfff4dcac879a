"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { connectMongo } from "@/lib/db/mongo";
import { ImpactStory } from "@/models/ImpactStory";
import { requireCharityRole, FUNDRAISING_ROLES } from "@/lib/authz";

const StoryInput = z.object({
  title: z.string().min(3).max(160),
  body: z.string().min(20).max(30_000),
  subjectName: z.string().max(120).optional(),
  photoUrl: z.string().url().optional(),
});

// ok: missing-auth, missing-input-validation
export async function createStory(charityId: string, input: z.input<typeof StoryInput>) {
  const session = await auth();
  if (!session?.user) throw new Error("Sign in required");
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const data = StoryInput.parse(input);
  await connectMongo();
  // ok: mass-assignment
  const doc = await ImpactStory.create({ ...data, charityId: ctx.charityId, authorId: session.user.id, published: false });
  // ok: excessive-data-exposure
  return { id: String(doc._id) };
}

// ok: missing-auth, missing-input-validation
export async function publishStory(charityId: string, storyId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(storyId);
  await connectMongo();
  // ok: missing-authorization
  const story = await ImpactStory.findOne({ _id: id, charityId: ctx.charityId }, { photoUrl: 1, photoConsent: 1 });
  if (!story) return { error: "Story not found" };
  if (story.photoUrl && !story.photoConsent) return { error: "Upload the photo consent form before publishing." };
  await ImpactStory.updateOne({ _id: id, charityId: ctx.charityId }, { $set: { published: true } });
  return { ok: true };
}

// Rich editor autosave.
// ruleid: missing-input-validation
// ok: missing-auth
export async function autosaveStory(storyId: string, patch: Record<string, unknown>) {
  const session = await auth();
  if (!session) return { ok: false };
  await connectMongo();
  // ruleid: missing-authorization
  await ImpactStory.findByIdAndUpdate(
    storyId,
    // ruleid: mass-assignment
    patch,
  );
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function getStoryForEdit(charityId: string, storyId: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const id = z.string().regex(/^[a-f0-9]{24}$/).parse(storyId);
  await connectMongo();
  // ok: missing-authorization
  const story = await ImpactStory.findOne({ _id: id, charityId: ctx.charityId }).lean();
  // ruleid: excessive-data-exposure
  return story;
}

// ok: missing-auth, missing-input-validation
export async function recordPhotoConsent(charityId: string, storyId: string, consentFormUrl: string) {
  const ctx = await requireCharityRole(charityId, FUNDRAISING_ROLES);
  const input = z.object({ id: z.string().regex(/^[a-f0-9]{24}$/), url: z.string().url().startsWith("https://files.relayhub.org/") }).parse({ id: storyId, url: consentFormUrl });
  await connectMongo();
  // ok: missing-authorization
  await ImpactStory.updateOne({ _id: input.id, charityId: ctx.charityId }, { $set: { photoConsent: true, consentFormUrl: input.url } });
  return { ok: true };
}
