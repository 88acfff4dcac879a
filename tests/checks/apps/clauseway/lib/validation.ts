import { z } from "zod";

export const contractCreateSchema = z.object({
  workspaceId: z.string().uuid(),
  title: z.string().min(1).max(200),
  counterpartyName: z.string().max(200).optional(),
  value: z.coerce.number().int().nonnegative().optional(),
});

export const contractUpdateSchema = z.object({
  workspaceId: z.string().uuid(),
  contractId: z.string().uuid(),
  title: z.string().min(1).max(200).optional(),
  counterpartyName: z.string().max(200).optional(),
  status: z.enum(["draft", "in_review", "approved", "signed", "expired"]).optional(),
});

export const memberRoleSchema = z.object({
  workspaceId: z.string().uuid(),
  membershipId: z.string().uuid(),
  role: z.enum(["admin", "editor", "viewer"]),
});

export const emailSchema = z.string().email().max(320);
