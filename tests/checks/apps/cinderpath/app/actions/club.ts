"use server";

import { z } from "zod";
import { validatedActionWithUser, validatedAction } from "@/lib/actions/validated";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { sendEmail } from "@/lib/mailer";

const clubSchema = z.object({ clubName: z.string().min(2).max(80) });

// ok: missing-auth, missing-input-validation
export const setRunningClub = validatedActionWithUser(clubSchema, async (data, _formData, user) => {
  // ok: missing-authorization
  await pool.query("UPDATE users SET club_name = $1 WHERE id = $2", [data.clubName, user.id]);
  return { success: "Club saved" };
});

const favSchema = z.object({ raceId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export const toggleFavouriteRace = validatedActionWithUser(favSchema, async (data, _formData, user) => {
  // ok: sql-injection
  await pool.query("INSERT INTO favourite_races (user_id, race_id) VALUES ($1, $2) ON CONFLICT (user_id, race_id) DO NOTHING", [user.id, data.raceId]);
  return { success: "Saved" };
});

const noteSchema = z.object({ noteId: z.string().uuid() });

// ok: missing-auth, missing-input-validation
export const deleteTrainingNote = validatedActionWithUser(noteSchema, async (data) => {
  // ruleid: missing-authorization
  await pool.query("DELETE FROM training_notes WHERE id = $1", [data.noteId]);
  return { success: "Deleted" };
});

const clubPageSchema = z.object({ clubName: z.string().min(2).max(80), description: z.string().max(2000) });

// ok: missing-auth
// ruleid: missing-input-validation, missing-audit-log
export const updateClubPage = validatedActionWithUser(clubPageSchema, async (data, formData, user) => {
  // ok: missing-authorization
  // ruleid: mass-assignment
  await prisma.user.update({ where: { id: user.id }, data: { name: data.clubName, role: formData.get("role") as "RUNNER" } });
  return { success: "Saved" };
});

const waitlistSchema = z.object({ raceId: z.string().cuid(), email: z.string().email() });

// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const joinWaitlist = validatedAction(waitlistSchema, async (data) => {
  // ok: sql-injection
  await pool.query("INSERT INTO waitlist (race_id, email) VALUES ($1, $2) ON CONFLICT DO NOTHING", [data.raceId, data.email]);
  await sendEmail(data.email, "You're on the waitlist", "<p>We'll email you if a place opens up.</p>");
  return { success: "Added to waitlist" };
});
