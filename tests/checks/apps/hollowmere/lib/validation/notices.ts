import { z } from "zod";

export const noticeSchema = z.object({
  title: z.string().trim().min(3).max(140),
  body: z.string().trim().min(1).max(10_000),
  pinned: z.boolean().default(false),
  audience: z.enum(["all", "residents", "officers"]).default("all"),
});
