"use server";

import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { authedProcedure, guardianProcedure } from "@/lib/zsa";
import { db } from "@/lib/db";
import { players, teams } from "@/db/schema";
import { canManageTeam, isGuardianOf, assertCanManageTeam } from "@/lib/permissions";
import { playerSchema } from "@/lib/validation";

// ok: missing-auth, missing-input-validation
export const addPlayer = authedProcedure.createServerAction().input(playerSchema).handler(async ({ input, ctx }) => {
  // ok: floating-auth-check
  if (!(await canManageTeam(ctx.user.id, input.teamId))) throw new Error("Forbidden");
  const team = await db.query.teams.findFirst({ where: eq(teams.id, input.teamId), columns: { clubId: true } });
  if (!team) throw new Error("Team not found");
  // ok: mass-assignment
  const [row] = await db.insert(players).values({ ...input, clubId: team.clubId }).returning({ id: players.id });
  return { id: row.id };
});

// ok: missing-auth, missing-input-validation
export const updateMedicalNotes = guardianProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid(), notes: z.string().max(2000) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: floating-auth-check
    if (!isGuardianOf(ctx.user.id, input.playerId)) throw new Error("Not your child");
    // todoruleid: missing-authorization -- gap judge pass 27, A-B (ambiguous)
    await db.update(players).set({ medicalNotes: input.notes }).where(eq(players.id, input.playerId));
  });

// ok: missing-auth, missing-input-validation
export const updateEmergencyContactNotes = guardianProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid(), notes: z.string().max(2000) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    await db.update(players).set({ medicalNotes: input.notes }).where(and(eq(players.id, input.playerId), eq(players.guardianId, ctx.user.id)));
  });

// ok: missing-auth, missing-input-validation
export const transferPlayer = authedProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid(), toTeamId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    const player = await db.query.players.findFirst({ where: eq(players.id, input.playerId), columns: { teamId: true } });
    if (!player) throw new Error("Player not found");
    // ok: floating-auth-check
    await assertCanManageTeam(ctx.user.id, player.teamId);
    // ok: floating-auth-check
    await assertCanManageTeam(ctx.user.id, input.toTeamId);
    // ok: missing-authorization
    await db.update(players).set({ teamId: input.toTeamId }).where(eq(players.id, input.playerId));
  });

// ok: missing-auth, missing-input-validation
export const getPlayerProfile = authedProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization, excessive-data-exposure
    return db.query.players.findFirst({ where: eq(players.id, input.playerId) });
  });

// ok: missing-auth, missing-input-validation
export const getPlayerCard = authedProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const player = await db.query.players.findFirst({
      where: eq(players.id, input.playerId),
      columns: { id: true, firstName: true, lastName: true, shirtNumber: true, teamId: true, guardianId: true },
    });
    if (!player) return null;
    // ok: floating-auth-check
    if (player.guardianId !== ctx.user.id && !(await canManageTeam(ctx.user.id, player.teamId))) throw new Error("Forbidden");
    // ok: excessive-data-exposure
    return { id: player.id, name: `${player.firstName} ${player.lastName}`, shirtNumber: player.shirtNumber };
  });

// ok: missing-auth, missing-input-validation
export const removePlayerFromTeam = authedProcedure
  .createServerAction()
  .input(z.object({ playerId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    const player = await db.query.players.findFirst({ where: eq(players.id, input.playerId), columns: { teamId: true } });
    if (!player) throw new Error("Player not found");
    // ruleid: floating-auth-check
    assertCanManageTeam(ctx.user.id, player.teamId);
    // ruleid: missing-authorization
    await db.delete(players).where(eq(players.id, input.playerId));
  });
