import { Schema, model, models, type Model } from "mongoose";

export interface GuestListEntryDoc {
  organizerId: string;
  eventId: string;
  name: string;
  email: string;
  plusOnes: number;
  addedBy: string;
  accessCode: string;
  checkedIn: boolean;
}

const GuestListEntrySchema = new Schema<GuestListEntryDoc>(
  {
    organizerId: { type: String, required: true, index: true },
    eventId: { type: String, required: true, index: true },
    name: { type: String, required: true },
    email: { type: String, required: true },
    plusOnes: { type: Number, default: 0 },
    addedBy: { type: String, required: true },
    accessCode: { type: String, required: true },
    checkedIn: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const GuestListEntry: Model<GuestListEntryDoc> =
  models.GuestListEntry ?? model<GuestListEntryDoc>("GuestListEntry", GuestListEntrySchema);
