import mongoose from "mongoose";

const AppointmentSchema = new mongoose.Schema(
  {
    patientId: { type: mongoose.Schema.Types.ObjectId, ref: "User", required: true },
    doctor: String,
    startsAt: Date,
    reason: String,
    notes: String,
    status: { type: String, default: "booked" },
  },
  { timestamps: true },
);

export default mongoose.models.Appointment || mongoose.model("Appointment", AppointmentSchema);
