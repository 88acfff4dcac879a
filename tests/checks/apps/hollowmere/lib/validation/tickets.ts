import { z } from "zod";

export const uuid = z.string().uuid();

export const ticketSchema = z.object({
  title: z.string().trim().min(4).max(120),
  description: z.string().trim().min(10).max(4000),
  unit: z.string().trim().max(12),
  category: z.enum(["plumbing", "heating", "electrical", "pests", "common_area", "other"]),
  urgent: z.boolean().default(false),
});

export const ticketUpdateSchema = z.object({
  ticketId: uuid,
  title: z.string().trim().min(4).max(120).optional(),
  description: z.string().trim().min(10).max(4000).optional(),
});

export const ticketStatusSchema = z.object({
  ticketId: uuid,
  status: z.enum(["open", "assigned", "in_progress", "resolved", "closed"]),
});

export const commentSchema = z.object({
  ticketId: uuid,
  body: z.string().trim().min(1).max(2000),
});

export const assignSchema = z.object({
  ticketId: uuid,
  contractorId: uuid,
  note: z.string().max(500).optional(),
});
