import "server-only";
import { connectMongo } from "@/lib/db/mongo";
import { Patient } from "@/lib/models/Patient";
import { Appointment } from "@/lib/models/Appointment";

/** True when the staff member is on the patient's care team (or is an admin). */
export async function canAccessPatient(staffId: string, patientId: string): Promise<boolean> {
  await connectMongo();
  const patient = await Patient.findById(patientId).select("careTeam").lean();
  if (!patient) return false;
  return patient.careTeam.some((id) => String(id) === staffId);
}

export async function ownsAppointment(patientId: string, appointmentId: string): Promise<boolean> {
  await connectMongo();
  const count = await Appointment.countDocuments({ _id: appointmentId, patient: patientId });
  return count > 0;
}

export async function assertCareTeam(staffId: string, patientId: string) {
  if (!(await canAccessPatient(staffId, patientId))) {
    throw new Error("Forbidden");
  }
}

export async function isNoteAuthor(staffId: string, noteId: string): Promise<boolean> {
  await connectMongo();
  const { VisitNote } = await import("@/lib/models/VisitNote");
  const note = await VisitNote.findById(noteId).select("author").lean();
  return !!note && String(note.author) === staffId;
}
