import { z } from "zod";

export const uuid = z.string().uuid();

export const createClubSchema = z.object({
  name: z.string().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
});

export const teamSchema = z.object({
  name: z.string().min(2).max(60),
  ageGroup: z.enum(["U8", "U10", "U12", "U14", "U16", "U18", "Senior"]),
});

export const playerSchema = z.object({
  teamId: z.string().uuid(),
  firstName: z.string().min(1).max(50),
  lastName: z.string().min(1).max(50),
  dateOfBirth: z.string().date(),
  shirtNumber: z.coerce.number().int().min(1).max(99).optional(),
});

export const fixtureSchema = z.object({
  leagueId: z.string().uuid(),
  homeTeamId: z.string().uuid(),
  awayTeamId: z.string().uuid(),
  venueId: z.string().uuid().optional(),
  kickoff: z.coerce.date(),
});

export const resultSchema = z.object({
  fixtureId: z.string().uuid(),
  homeScore: z.coerce.number().int().min(0).max(99),
  awayScore: z.coerce.number().int().min(0).max(99),
});
