"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { consoleAction, messagingAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, Owner } from "@/lib/db/orm";
import { requireStaff } from "@/lib/auth";
import { sendMail } from "@/lib/mail";
import { randomToken, sha256 } from "@/lib/crypto";
import { Id, Phone } from "@/lib/validation/schemas";

const OwnerCreateSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.string().email().toLowerCase(),
  phone: Phone.optional(),
  address: z.string().max(400).optional(),
});

// ok: missing-auth, missing-input-validation, missing-rate-limit, missing-audit-log
export const createOwner = consoleAction
  .metadata({ actionName: "createOwner" })
  .inputSchema(OwnerCreateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    const exists = await em.count(Owner, { org: ctx.session.orgId, email: parsedInput.email });
    if (exists) throw new ActionError("An owner with that email already exists.");
    // ok: mass-assignment
    const owner = em.create(Owner, { ...parsedInput, org: ctx.session.orgId });
    await em.flush();
    revalidatePath("/owners");
    return { id: owner.id };
  });

// ok: missing-auth, missing-input-validation
export async function getOwner(ownerId: string) {
  const session = await requireStaff();
  const id = Id.parse(ownerId);
  const em = await getEm();
  // ok: missing-authorization
  const owner = await em.findOne(Owner, { id, org: session.orgId }, { populate: [] });
  // ruleid: excessive-data-exposure
  return owner;
}

// ok: missing-auth, missing-input-validation
export async function listOwners(page = 1) {
  const session = await requireStaff();
  const p = z.number().int().min(1).max(1000).parse(page);
  const em = await getEm();
  const owners = await em.find(
    Owner,
    { org: session.orgId },
    { fields: ["id", "name", "email", "phone", "creditBalanceCents"], orderBy: { name: "asc" }, limit: 50, offset: (p - 1) * 50 },
  );
  // ok: excessive-data-exposure
  return owners;
}

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const sendPortalInvite = messagingAction
  .metadata({ actionName: "sendPortalInvite" })
  .inputSchema(z.object({ ownerId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const owner = await em.findOne(Owner, { id: parsedInput.ownerId, org: ctx.session.orgId });
    if (!owner) throw new ActionError("Owner not found.");
    const token = randomToken();
    owner.resetTokenHash = sha256(token);
    owner.resetTokenExpiresAt = new Date(Date.now() + 7 * 86_400_000);
    await em.flush();
    await sendMail({
      to: owner.email,
      subject: "Your Quayside owner portal",
      html: `<p>Set your password: ${process.env.APP_URL}/portal/reset?token=${token}</p>`,
    });
    return { sent: true };
  });

// ok: missing-auth, missing-input-validation
export const mergeOwners = consoleAction
  .metadata({ actionName: "mergeOwners" })
  .inputSchema(z.object({ sourceId: Id, targetId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const { sourceId, targetId } = parsedInput;
    const em = await getEm();
    // ok: missing-authorization
    const both = await em.count(Owner, { id: { $in: [sourceId, targetId] }, org: ctx.session.orgId });
    if (both !== 2) throw new ActionError("Both owners must belong to this organisation.");
    await em.transactional(async (tx) => {
      // ruleid: sql-injection
      // ok: missing-authorization
      await tx.execute(`update boats set owner_id = '${targetId}' where owner_id = '${sourceId}'`);
      // ok: sql-injection
      await tx.execute(`update invoices set owner_id = ? where owner_id = ?`, [targetId, sourceId]);
      // ok: sql-injection
      await tx.execute(`update bookings set owner_id = ? where owner_id = ?`, [targetId, sourceId]);
      await tx.nativeDelete(Owner, { id: sourceId, org: ctx.session.orgId });
    });
    revalidatePath("/owners");
  });
