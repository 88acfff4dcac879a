import mongoose, { Schema, type InferSchemaType } from "mongoose";

const TicketSchema = new Schema(
  {
    festivalId: { type: String, required: true, index: true },
    holderUserId: { type: String, index: true },
    holderEmail: { type: String, required: true },
    holderName: String,
    type: { type: String, enum: ["day", "weekend", "vip", "camping"], required: true },
    barcode: { type: String, required: true, unique: true },
    qrSecret: { type: String, required: true },
    transferCode: String,
    transferToEmail: String,
    status: { type: String, enum: ["valid", "scanned", "transferred", "void"], default: "valid" },
    scannedAt: Date,
    priceCents: Number,
    orderId: String,
  },
  { timestamps: true },
);

export type TicketDoc = InferSchemaType<typeof TicketSchema>;
export const Ticket = mongoose.models.Ticket || mongoose.model("Ticket", TicketSchema);
