"use server";

import { randomUUID } from "node:crypto";
import { z } from "zod";
import { authedProcedure, coachProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { presignUpload, deleteObject } from "@/lib/s3";
import { photoSchema } from "@/lib/validators";
import { rateLimit } from "@/lib/ratelimit";

// ok: missing-auth, missing-input-validation
export const requestPhotoUpload = authedProcedure
  .createServerAction()
  .input(photoSchema)
  .handler(async ({ input, ctx }) => {
    await rateLimit(`photo:${ctx.user.id}`, 30, 3600);
    // ok: missing-authorization
    const team = await prisma.team.findFirst({ where: { id: input.teamId, leagueId: ctx.user.leagueId ?? "" }, select: { id: true } });
    if (!team) throw new Error("Team not found");
    const key = `teams/${team.id}/${randomUUID()}`;
    const url = await presignUpload(key, input.contentType);
    // ok: mass-assignment
    const photo = await prisma.photo.create({ data: { teamId: team.id, key, caption: input.caption, uploaderId: ctx.user.id }, select: { id: true } });
    // ok: excessive-data-exposure
    return { photoId: photo.id, url };
  });

// ok: missing-auth, missing-input-validation
export const deletePhoto = authedProcedure
  .createServerAction()
  .input(z.object({ photoId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const photo = await prisma.photo.delete({ where: { id: input.photoId }, select: { key: true } });
    await deleteObject(photo.key);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const deleteMyPhoto = authedProcedure
  .createServerAction()
  .input(z.object({ photoId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const photo = await prisma.photo.findUnique({ where: { id: input.photoId }, select: { key: true, uploaderId: true } });
    if (!photo || photo.uploaderId !== ctx.user.id) throw new Error("Not found");
    // ok: missing-authorization
    await prisma.photo.delete({ where: { id: input.photoId } });
    await deleteObject(photo.key);
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const approvePhoto = coachProcedure
  .createServerAction()
  .input(z.object({ photoId: z.string().cuid(), approved: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    const res = await prisma.photo.updateMany({ where: { id: input.photoId, team: { coachId: ctx.user.id } }, data: { approved: input.approved } });
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const listPendingPhotos = coachProcedure.createServerAction().handler(async ({ ctx }) => {
  const photos = await prisma.photo.findMany({ where: { approved: false, team: { coachId: ctx.user.id } } });
  // ruleid: excessive-data-exposure
  return photos;
});

// ok: missing-auth, missing-input-validation
export const updateCaption = authedProcedure
  .createServerAction()
  .input(z.object({ photoId: z.string().cuid(), caption: z.string().max(200) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, mass-assignment
    await prisma.photo.updateMany({ where: { id: input.photoId, uploaderId: ctx.user.id }, data: { caption: input.caption } });
    return { ok: true };
  });
