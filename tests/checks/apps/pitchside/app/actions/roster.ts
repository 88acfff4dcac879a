"use server";

import { z } from "zod";
import * as v from "valibot";
import { authedProcedure, coachProcedure, trackedProcedure } from "@/lib/zsa";
import { prisma } from "@/lib/db/prisma";
import { PlayerSchema, playerPatchSchema } from "@/lib/validators";

// ok: missing-auth, missing-input-validation
export const addPlayer = coachProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid(), player: z.any() }))
  .handler(async ({ input, ctx }) => {
    const player = v.parse(PlayerSchema, input.player);
    const team = await prisma.team.findFirst({ where: { id: input.teamId, leagueId: ctx.leagueId, coachId: ctx.user.id }, select: { id: true } });
    if (!team) throw new Error("Team not found");
    // ok: mass-assignment
    const created = await prisma.player.create({
      data: { ...player, dateOfBirth: new Date(player.dateOfBirth), teamId: team.id, leagueId: ctx.leagueId, parentId: ctx.user.id },
      select: { id: true },
    });
    // ok: excessive-data-exposure
    return created;
  });

// ok: missing-auth, missing-input-validation
export const listRoster = coachProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const players = await prisma.player.findMany({
      where: { teamId: input.teamId, team: { coachId: ctx.user.id } },
      select: { id: true, firstName: true, lastName: true, jerseyNumber: true },
    });
    // ok: excessive-data-exposure
    return players;
  });

// ok: missing-auth, missing-input-validation
export const exportRosterMedical = coachProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const players = await prisma.player.findMany({ where: { teamId: input.teamId, team: { coachId: ctx.user.id } } });
    // ruleid: excessive-data-exposure
    return players;
  });

// ok: missing-auth, missing-input-validation
export const updatePlayer = coachProcedure
  .createServerAction()
  .input(playerPatchSchema.extend({ playerId: z.string().cuid() }))
  .handler(async ({ input, ctx }) => {
    const { playerId, ...rest } = input;
    // ok: missing-authorization
    // ruleid: mass-assignment
    await prisma.player.updateMany({ where: { id: playerId, team: { coachId: ctx.user.id } }, data: rest });
    return { ok: true };
  });

// ok: missing-auth, missing-input-validation
export const setJerseyNumber = coachProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().cuid(), jerseyNumber: z.number().int().min(0).max(99) }))
  .handler(async ({ input, ctx }) => {
    // ok: mass-assignment, missing-authorization
    const res = await prisma.player.updateMany({ where: { id: input.playerId, team: { coachId: ctx.user.id } }, data: { jerseyNumber: input.jerseyNumber } });
    // ok: excessive-data-exposure
    return { updated: res.count };
  });

// ok: missing-auth, missing-input-validation
export const leaveTeam = authedProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().cuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    await prisma.player.update({ where: { id: input.playerId }, data: { teamId: null } });
    return { ok: true };
  });

// ok: missing-input-validation
// ruleid: missing-auth
export const getTeamRoster = trackedProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const players = await prisma.player.findMany({
      where: { teamId: input.teamId },
      select: { firstName: true, lastName: true, dateOfBirth: true, emergencyPhone: true },
    });
    // ok: excessive-data-exposure
    return players;
  });

// ok: missing-auth, missing-input-validation
export const getPublicTeamCard = trackedProcedure
  .createServerAction()
  .input(z.object({ teamId: z.string().cuid() }))
  .handler(async ({ input }) => {
    const team = await prisma.team.findUnique({ where: { id: input.teamId }, select: { name: true, ageGroup: true } });
    // ok: excessive-data-exposure
    return team;
  });
