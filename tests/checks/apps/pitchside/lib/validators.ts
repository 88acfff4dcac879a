import * as v from "valibot";
import { z } from "zod";

// valibot
export const PlayerSchema = v.object({
  firstName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  lastName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  dateOfBirth: v.pipe(v.string(), v.isoDate()),
  emergencyPhone: v.optional(v.pipe(v.string(), v.regex(/^\+?[0-9 ]{7,16}$/))),
  medicalNotes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});
export type PlayerInput = v.InferOutput<typeof PlayerSchema>;

export const WaiverSchema = v.object({
  playerId: v.pipe(v.string(), v.cuid2()),
  signedName: v.pipe(v.string(), v.minLength(3), v.maxLength(120)),
  accepted: v.literal(true),
});

export const MatchReportSchema = v.object({
  matchId: v.pipe(v.string(), v.minLength(10)),
  incidents: v.pipe(v.string(), v.maxLength(5000)),
  injuryNotes: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const ScoreSchema = v.object({
  matchId: v.pipe(v.string(), v.minLength(10)),
  homeScore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
  awayScore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)),
});

export const PinSchema = v.object({
  leagueSlug: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,40}$/)),
  refereeCode: v.pipe(v.string(), v.regex(/^[A-Z0-9]{6}$/)),
  pin: v.pipe(v.string(), v.regex(/^[0-9]{4,6}$/)),
});

// zod
export const lineupSchema = z.object({
  matchId: z.string().cuid(),
  teamId: z.string().cuid(),
  positions: z.array(z.object({ playerId: z.string().cuid(), slot: z.string().max(8) })).max(18),
});

export const inviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["coach", "referee", "parent"]),
});

export const teamSchema = z.object({
  name: z.string().min(2).max(60),
  ageGroup: z.enum(["U8", "U10", "U12", "U14", "U16"]),
  coachId: z.string().uuid(),
});

export const blastSchema = z.object({
  teamId: z.string().cuid(),
  body: z.string().min(1).max(320),
});

export const photoSchema = z.object({
  teamId: z.string().cuid(),
  contentType: z.enum(["image/jpeg", "image/png", "image/webp"]),
  caption: z.string().max(200).optional(),
});

// too loose: passthrough keeps any extra key the client sends
export const playerPatchSchema = z
  .object({ jerseyNumber: z.number().int().min(0).max(99).optional(), firstName: z.string().max(60).optional() })
  .passthrough();

export const profileSchema = z.object({
  fullName: z.string().min(1).max(120),
  phone: z.string().regex(/^\+?[0-9 ]{7,16}$/).optional(),
});
