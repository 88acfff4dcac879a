import { z } from "zod";

export const pollSchema = z.object({
  question: z.string().trim().min(5).max(300),
  options: z.array(z.string().trim().min(1).max(120)).min(2).max(8),
  closesAt: z.coerce.date(),
  anonymous: z.boolean().default(true),
});

export const voteSchema = z.object({
  pollId: z.string().uuid(),
  optionId: z.string().uuid(),
});
