import mongoose, { Schema } from "mongoose";

const VolunteerApplicationSchema = new Schema({
  name: { type: String, required: true },
  email: { type: String, required: true },
  phone: String,
  pantrySlug: String,
  availability: [String],
  backgroundCheckId: String,
  status: { type: String, default: "new" },
  reviewerNotes: String,
});

export const VolunteerApplication =
  mongoose.models.VolunteerApplication || mongoose.model("VolunteerApplication", VolunteerApplicationSchema);
