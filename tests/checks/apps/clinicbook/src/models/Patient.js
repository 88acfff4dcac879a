import mongoose from "mongoose";

const PatientSchema = new mongoose.Schema({
  userId: { type: mongoose.Schema.Types.ObjectId, ref: "User" },
  dateOfBirth: Date,
  insuranceNumber: String,
  allergies: [String],
  diagnosis: String,
});

export default mongoose.models.Patient || mongoose.model("Patient", PatientSchema);
