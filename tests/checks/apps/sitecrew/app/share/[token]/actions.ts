"use server";

import { z } from "zod";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db/prisma";
import { rateLimitByIp } from "@/lib/ratelimit";
import { signedDownloadUrl } from "@/lib/storage";

type State = { url?: string; error?: string } | undefined;

// Password-protected drawing links sent to owners and inspectors (no Sitecrew account).
// ok: missing-input-validation, missing-rate-limit
export async function unlockSharedDrawing(token: string, _prev: State, formData: FormData): Promise<State> {
  await rateLimitByIp("share-unlock");
  const input = z.object({ token: z.string().min(20).max(64), password: z.string().min(1).max(100) }).parse({
    token,
    password: formData.get("password"),
  });
  const link = await prisma.drawingShareLink.findUnique({
    where: { token: input.token },
    select: { drawingId: true, password: true, expiresAt: true },
  });
  if (!link || link.expiresAt < new Date()) return { error: "This link has expired." };
  // ruleid: timing-unsafe-comparison
  if (link.password && link.password !== input.password) return { error: "Wrong password." };
  const latest = await prisma.drawingVersion.findFirst({
    where: { drawingId: link.drawingId },
    orderBy: { version: "desc" },
    select: { fileKey: true },
  });
  if (!latest) return { error: "No file yet." };
  (await cookies()).set(`share_${input.token.slice(0, 8)}`, "1", { httpOnly: true, maxAge: 3600 });
  // ok: excessive-data-exposure
  return { url: await signedDownloadUrl(latest.fileKey) };
}
