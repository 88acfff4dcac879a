import mongoose from "mongoose";

const UserSchema = new mongoose.Schema(
  {
    name: String,
    email: { type: String, unique: true, required: true },
    phone: String,
    password: { type: String, required: true },
    role: { type: String, enum: ["patient", "staff", "admin"], default: "patient" },
    otp: String,
    otpExpires: Date,
    resetToken: String,
    resetTokenExpires: Date,
  },
  { timestamps: true },
);

export default mongoose.models.User || mongoose.model("User", UserSchema);
