import mongoose, { Schema, model, models } from "mongoose";

if (mongoose.connection.readyState === 0) {
  void mongoose.connect(process.env.MONGODB_URI!);
}

const ContractorSessionSchema = new Schema({
  contractorId: { type: String, required: true, index: true },
  tokenHash: { type: String, required: true },
  expiresAt: Date,
});

const JobNoteSchema = new Schema({
  workOrderId: { type: String, index: true },
  contractorId: String,
  agencyId: String,
  text: String,
  internal: { type: Boolean, default: false },
  createdAt: { type: Date, default: Date.now },
});

const EnquirySchema = new Schema({
  propertyId: String,
  name: String,
  email: String,
  phone: String,
  message: String,
  viewingAt: Date,
  ip: String,
});

export const ContractorSession = models.ContractorSession ?? model("ContractorSession", ContractorSessionSchema);
export const JobNote = models.JobNote ?? model("JobNote", JobNoteSchema);
export const Enquiry = models.Enquiry ?? model("Enquiry", EnquirySchema);
