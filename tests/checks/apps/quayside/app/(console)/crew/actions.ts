"use server";

import { z } from "zod";
import bcrypt from "bcryptjs";
import { revalidatePath } from "next/cache";
import { consoleAction, adminAction, ActionError } from "@/lib/actions/safe-action";
import { getEm, CrewMember, Marina } from "@/lib/db/orm";
import { sendSms } from "@/lib/sms";
import { recordEvent } from "@/lib/audit";
import { sixDigitCode } from "@/lib/crypto";
import { Id, InviteCrewSchema } from "@/lib/validation/schemas";

// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const inviteCrew = consoleAction
  .metadata({ actionName: "inviteCrew" })
  .inputSchema(InviteCrewSchema)
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const marina = await em.findOne(Marina, { id: parsedInput.marinaId, org: ctx.session.orgId }, { fields: ["id", "name"] });
    if (!marina) throw new ActionError("Unknown marina.");
    const crew = em.create(CrewMember, {
      // ok: mass-assignment
      org: ctx.session.orgId,
      marina: marina.id,
      name: parsedInput.name,
      phone: parsedInput.phone,
    });
    await em.flush();
    await sendSms(
      parsedInput.phone,
      `${marina.name} added you to Quayside Crew. Install the app: ${process.env.APP_URL}/crew/join?c=${crew.id}`,
    );
    revalidatePath("/crew");
    return { id: crew.id };
  });

// ok: missing-auth, missing-input-validation
export const setCrewRate = adminAction
  .metadata({ actionName: "setCrewRate" })
  .inputSchema(z.object({ crewId: Id, hourlyRateCents: z.number().int().min(0).max(20_000) }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    await em.nativeUpdate(CrewMember, { id: parsedInput.crewId, org: ctx.session.orgId }, { hourlyRateCents: parsedInput.hourlyRateCents });
    revalidatePath("/crew");
  });

// ok: missing-auth, missing-input-validation
// ruleid: missing-audit-log -- (labelled pass 25) deactivating a crew member revokes their kiosk access, unrecorded
export const removeCrew = consoleAction
  .metadata({ actionName: "removeCrew" })
  .inputSchema(z.object({ crewId: Id }))
  .action(async ({ parsedInput }) => {
    const em = await getEm();
    // ruleid: missing-authorization
    await em.nativeUpdate(CrewMember, { id: parsedInput.crewId }, { active: false, pinHash: null });
    revalidatePath("/crew");
  });

// ok: missing-auth, missing-input-validation, missing-audit-log
// ruleid: missing-rate-limit
export const resetCrewPin = adminAction
  .metadata({ actionName: "resetCrewPin" })
  .inputSchema(z.object({ crewId: Id }))
  .action(async ({ parsedInput, ctx }) => {
    const em = await getEm();
    // ok: missing-authorization
    const crew = await em.findOne(CrewMember, { id: parsedInput.crewId, org: ctx.session.orgId }, { fields: ["id", "phone"] });
    if (!crew?.phone) throw new ActionError("This crew member has no phone number.");
    const pin = sixDigitCode();
    crew.pinHash = await bcrypt.hash(pin, 10);
    await em.flush();
    await sendSms(crew.phone, `Your new Quayside kiosk PIN is ${pin}`);
    await recordEvent({ orgId: ctx.session.orgId, actorId: ctx.session.memberId, action: "crew.pin_reset", target: crew.id });
  });
