"use server";

import { z } from "zod";
import * as v from "valibot";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/db/prisma";
import { networkProcedure, tracedProcedure } from "@/lib/zsa";
import { canEditShow } from "@/lib/auth/network";
import { EpisodeDraftSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation, missing-authorization
export const createEpisode = networkProcedure
  .createServerAction()
  .input(z.object({ showId: z.string().cuid(), title: z.string().min(1).max(200), notes: z.string().max(20000).optional() }))
  .handler(async ({ input, ctx }) => {
    const show = await prisma.show.findFirst({ where: { id: input.showId, networkId: ctx.networkId }, select: { id: true } });
    if (!show) throw new Error("Show not found");
    // ok: mass-assignment, missing-authorization
    const ep = await prisma.episode.create({ data: { showId: show.id, networkId: ctx.networkId, title: input.title, notes: input.notes } });
    revalidatePath(`/studio/shows/${show.id}`);
    // ok: excessive-data-exposure
    return { id: ep.id };
  });

// ok: missing-auth, missing-input-validation
export const renameEpisode = networkProcedure
  .createServerAction()
  .input(z.object({ id: z.string(), title: z.string().min(1).max(200) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: missing-authorization
    await prisma.episode.update({ where: { id: input.id }, data: { title: input.title } });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const updateEpisodeNotes = networkProcedure
  .createServerAction()
  .input(z.object({ id: z.string(), notes: z.string().max(20000) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await prisma.episode.updateMany({ where: { id: input.id, networkId: ctx.networkId }, data: { notes: input.notes } });
    return { updated: res.count };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function deleteEpisode(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const ep = await prisma.episode.findUnique({ where: { id }, select: { showId: true } });
  if (!ep) throw new Error("Not found");
  // ruleid: floating-auth-check
  if (!canEditShow(session.user.id, ep.showId)) throw new Error("Forbidden");
  // ruleid: missing-authorization
  await prisma.episode.delete({ where: { id } });
  revalidatePath("/studio");
}

// ok: missing-auth, missing-input-validation
export async function archiveEpisode(id: string) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  if (typeof id !== "string" || id.length > 40) throw new Error("Bad id");
  const ep = await prisma.episode.findUnique({ where: { id }, select: { showId: true } });
  if (!ep) throw new Error("Not found");
  // ok: floating-auth-check
  if (!(await canEditShow(session.user.id, ep.showId))) throw new Error("Forbidden");
  // ok: missing-authorization
  await prisma.episode.update({ where: { id }, data: { status: "archived" } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function saveDraft(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Not signed in");
  const draft = v.parse(EpisodeDraftSchema, Object.fromEntries(formData));
  // ok: floating-auth-check
  const allowed = await canEditShow(session.user.id, draft.showId);
  if (!allowed) return { error: "You can't edit this show" };
  const show = await prisma.show.findUnique({ where: { id: draft.showId }, select: { networkId: true } });
  // ok: mass-assignment, missing-authorization
  await prisma.episode.create({ data: { ...draft, networkId: show!.networkId } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const getEpisodeForEdit = networkProcedure
  .createServerAction()
  .input(z.object({ id: z.string() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const ep = await prisma.episode.findFirst({ where: { id: input.id, networkId: ctx.networkId } });
    // ruleid: excessive-data-exposure
    return ep;
  });

// ok: missing-auth, missing-input-validation
export const listDrafts = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  const drafts = await prisma.episode.findMany({
    where: { networkId: ctx.networkId, status: "draft" },
    select: { id: true, title: true, showId: true, publishAt: true },
  });
  // ok: excessive-data-exposure
  return drafts;
});

// ruleid: missing-auth
// ok: missing-input-validation
export const episodeDebugInfo = tracedProcedure
  .createServerAction()
  .input(z.object({ id: z.string() }))
  .handler(async ({ input }) => {
    const ep = await prisma.episode.findUnique({ where: { id: input.id }, select: { id: true, status: true, audioKey: true, transcriptJobId: true } });
    // ok: excessive-data-exposure
    return ep;
  });
