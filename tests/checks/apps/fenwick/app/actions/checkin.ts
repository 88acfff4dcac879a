"use server";

import { z } from "zod";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Appointment } from "@/lib/models/Appointment";
import { actionClient, sessionActionClient, staffActionClient } from "@/lib/safe-action";
import { rateLimit, clientIp } from "@/lib/rate-limit";
import { phone, objectId } from "@/lib/validation/schemas";

/** Lobby kiosk: patients check themselves in with phone + date of birth. */
// ok: missing-input-validation, missing-rate-limit // todook: missing-auth -- known gap (pass 40, S): ambiguous, lobby kiosk is public by design and identifies by phone+DOB
export const kioskCheckIn = sessionActionClient
  .metadata({ actionName: "kioskCheckIn" })
  .inputSchema(z.object({ phone, dateOfBirth: z.coerce.date() }))
  .action(async ({ parsedInput }) => {
    const ip = await clientIp();
    const { success } = await rateLimit(`kiosk:${ip}`, 30, 300);
    if (!success) return { ok: false, message: "Please ask at the desk." };

    await connectMongo();
    const patient = await Patient.findOne({ phone: parsedInput.phone }).select("dateOfBirth firstName");
    if (!patient) {
      // ruleid: information-disclosure
      return { ok: false, message: "We couldn't find a patient with that phone number." };
    }
    if (patient.dateOfBirth.toISOString().slice(0, 10) !== parsedInput.dateOfBirth.toISOString().slice(0, 10)) {
      // ruleid: information-disclosure -- fixed in pass 41 (E): the DOB-mismatch half of a not-found/wrong-credential pair
      return { ok: false, message: "Date of birth does not match our records." };
    }
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const appt = await Appointment.findOneAndUpdate(
      { patient: patient._id, status: "booked", startsAt: { $gte: start, $lt: new Date(start.getTime() + 864e5) } },
      { $set: { status: "checked_in", checkedInAt: new Date() } }
    );
    return appt ? { ok: true, message: `Welcome, ${patient.firstName}. Please take a seat.` } : { ok: false, message: "Please ask at the desk." };
  });

// ok: missing-auth, missing-input-validation
export const deskCheckIn = staffActionClient
  .metadata({ actionName: "deskCheckIn" })
  .inputSchema(z.object({ appointmentId: objectId }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    // ok: missing-authorization
    const res = await Appointment.updateOne(
      { _id: parsedInput.appointmentId, status: "booked" },
      { $set: { status: "checked_in", checkedInAt: new Date() } }
    );
    // ok: information-disclosure
    return res.modifiedCount === 1 ? { ok: true } : { ok: false, error: "Could not check in." };
  });

// Reception tablet autocomplete.
// ruleid: missing-auth
// ok: missing-input-validation
export const lookupPatientByPhone = actionClient
  .metadata({ actionName: "lookupPatientByPhone" })
  .inputSchema(z.object({ phone }))
  .action(async ({ parsedInput }) => {
    await connectMongo();
    const p = await Patient.findOne({ phone: parsedInput.phone }).select("firstName lastName dateOfBirth").lean();
    return p ? { id: String(p._id), name: `${p.firstName} ${p.lastName}`, dob: p.dateOfBirth } : null;
  });
