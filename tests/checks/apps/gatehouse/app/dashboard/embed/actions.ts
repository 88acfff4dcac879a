"use server";

import { z } from "zod";
import { ActionError, authActionClient } from "@/lib/safe-action";
import { prisma } from "@/lib/db/prisma";
import { isOrganiserMember, verifySession } from "@/lib/auth";
import { newToken, sha256 } from "@/lib/crypto";

const OrganiserInput = z.object({ organiserId: z.string().cuid() });

// Server-to-server key for the embed order API.
// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log
export const rotateEmbedSecret = authActionClient
  .metadata({ actionName: "rotateEmbedSecret" })
  .inputSchema(OrganiserInput)
  .action(async ({ parsedInput: { organiserId }, ctx: { user } }) => {
    // ok: floating-auth-check
    if (!(await isOrganiserMember(user.id, organiserId, ["OWNER"]))) throw new ActionError("Owners only.");
    const publicKey = `pk_${newToken(12)}`;
    const secret = `${publicKey}.sk_${newToken(24)}`;
    // ok: missing-authorization
    await prisma.organiser.update({
      where: { id: organiserId },
      data: { embedPublicKey: publicKey, embedSecretHash: sha256(secret) },
      select: { id: true },
    });
    return { publicKey, secret };
  });

// ok: missing-auth, missing-input-validation
export const getEmbedSettings = authActionClient
  .metadata({ actionName: "getEmbedSettings" })
  .inputSchema(OrganiserInput)
  .action(async ({ parsedInput: { organiserId }, ctx: { user } }) => {
    // ok: missing-authorization
    const organiser = await prisma.organiser.findFirst({
      where: { id: organiserId, memberships: { some: { userId: user.id } } },
    });
    if (!organiser) return null;
    const snippet = `<script src="https://gatehouse.app/embed.js" data-key="${organiser.embedPublicKey}" async></script>`;
    // ruleid: excessive-data-exposure
    return { organiser, snippet };
  });

// "Test origin" button: checks the organiser's site serves the verification file.
// ok: missing-auth
// ruleid: missing-input-validation
export async function checkEmbedOrigin(formData: FormData) {
  await verifySession();
  const origin = formData.get("origin") as string;
  const res = await fetch(`${origin.replace(/\/$/, "")}/.well-known/gatehouse-embed.txt`, { cache: "no-store" });
  return { reachable: res.ok, status: res.status };
}

// ok: missing-auth, missing-input-validation
export const setAllowedOrigins = authActionClient
  .metadata({ actionName: "setAllowedOrigins" })
  .inputSchema(OrganiserInput.extend({ origins: z.array(z.string().url().startsWith("https://")).max(10) }))
  .action(async ({ parsedInput: { organiserId, origins }, ctx: { user } }) => {
    // ok: missing-authorization
    const { count } = await prisma.organiser.updateMany({
      where: { id: organiserId, memberships: { some: { userId: user.id, role: { in: ["OWNER", "ADMIN"] } } } },
      data: { allowedOrigins: origins },
    });
    return { saved: count === 1 };
  });
