import { z } from "zod";
import * as yup from "yup";

export const submissionSchema = z.object({
  title: z.string().min(1).max(200),
  genre: z.enum(["literary", "fantasy", "mystery", "romance", "nonfiction", "ya"]),
  synopsis: z.string().min(50).max(5000),
  manuscriptUrl: z.string().url(),
});

export const offerSchema = z.object({
  submissionId: z.string().cuid(),
  publisherId: z.string().cuid(),
  amountCents: z.coerce.number().int().positive(),
});

export const payoutYup = yup.object({
  authorId: yup.string().required(),
  amountCents: yup.number().integer().positive().required(),
});

// Admin-only import schema: includes role on purpose.
export const agentImportSchema = z.object({
  userId: z.string(),
  role: z.enum(["agent", "owner", "assistant"]),
  commissionRate: z.number().min(0).max(0.3),
});
