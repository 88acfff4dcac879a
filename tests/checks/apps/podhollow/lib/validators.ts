import * as v from "valibot";
import { z } from "zod";

export const EpisodeDraftSchema = v.object({
  showId: v.pipe(v.string(), v.cuid2()),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  notes: v.optional(v.pipe(v.string(), v.maxLength(20000))),
});

export const ScheduleSchema = v.object({
  episodeId: v.pipe(v.string(), v.minLength(10)),
  publishAt: v.pipe(v.string(), v.isoTimestamp()),
});

export const ShowSettingsSchema = z.object({
  title: z.string().min(1).max(120),
  description: z.string().max(4000).optional(),
  explicit: z.coerce.boolean().default(false),
});

// Admits `priceCents` and `isPremium`: producers may set them, editors may not (see shows.ts).
export const ShowPricingSchema = z.object({
  title: z.string().min(1).max(120),
  isPremium: z.coerce.boolean(),
  priceCents: z.coerce.number().int().min(0),
});

export const AdSlotSchema = z.object({
  episodeId: z.string().cuid(),
  position: z.enum(["pre", "mid", "post"]),
  priceCents: z.number().int().positive(),
});

export const CreativeUploadSchema = v.object({
  adSlotId: v.string(),
  contentType: v.picklist(["audio/mpeg", "audio/mp4"]),
  size: v.pipe(v.number(), v.maxValue(20_000_000)),
});

export const InviteSchema = z.object({
  email: z.string().email(),
  role: z.enum(["PRODUCER", "EDITOR", "AD_SALES"]),
});

export const SignUpSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  name: z.string().min(1).max(80),
});

export const SearchSchema = v.object({
  q: v.pipe(v.string(), v.maxLength(100)),
  sort: v.optional(v.picklist(["recent", "popular", "title"]), "recent"),
});

export const ContactSchema = z.object({
  email: z.string().email(),
  message: z.string().min(5).max(3000),
});
