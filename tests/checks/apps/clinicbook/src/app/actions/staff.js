"use server";

import dbConnect from "@/lib/mongodb";
import Patient from "@/models/Patient";
import User from "@/models/User";
import Message from "@/models/Message";
import { getSessionUser, requireAdmin, requireStaff } from "@/lib/auth";
import { sendEmail } from "@/lib/mailer";

// ok: missing-auth
export async function listPatients() {
  await requireStaff();
  await dbConnect();
  const patients = await Patient.find({}).lean();
  // ruleid: excessive-data-exposure
  return patients;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function updatePatient(id, data) {
  await requireStaff();
  await dbConnect();
  // ruleid: mass-assignment
  await Patient.findByIdAndUpdate(id, data);
  return { ok: true };
}

// ok: missing-auth -- requireAdmin: `if (user?.role !== "admin") throw` also proves a session
// ok: missing-input-validation -- explicit runtime checks
// ruleid: missing-audit-log
export async function promoteToStaff(userId) {
  await requireAdmin();
  if (typeof userId !== "string" || !/^[a-f0-9]{24}$/.test(userId)) throw new Error("Bad id");
  await dbConnect();
  // ok: mass-assignment -- a constant role, set by an admin
  await User.updateOne({ _id: userId }, { role: "staff" });
}

// ok: missing-auth
export async function getMyProfile() {
  const user = await getSessionUser();
  if (!user) return null;
  await dbConnect();
  const me = await User.findById(user.id);
  // ruleid: excessive-data-exposure -- includes the password hash and reset token
  return JSON.parse(JSON.stringify(me));
}

// ok: missing-auth
export async function getMyContact() {
  const user = await getSessionUser();
  if (!user) return null;
  await dbConnect();
  const me = await User.findById(user.id).select("name email phone").lean();
  // ok: excessive-data-exposure -- projection
  return me;
}

// ruleid: missing-auth
// ruleid: missing-input-validation
// ruleid: missing-rate-limit
export async function emailPatient(patientEmail, text) {
  const user = await getSessionUser();
  console.log("emailPatient by", user?.email);
  await dbConnect();
  await Message.create({ fromId: user?.id, body: text });
  await sendEmail({ to: patientEmail, subject: "A message from your clinic", text });
  return { ok: true };
}
