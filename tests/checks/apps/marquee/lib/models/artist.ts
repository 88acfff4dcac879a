import { Schema, model, models, type Model } from "mongoose";

export interface ArtistProfileDoc {
  userId: string;
  stageName: string;
  bio: string;
  payoutEmail: string;
  bankAccountToken: string;
  taxId: string;
  verified: boolean;
}

const ArtistProfileSchema = new Schema<ArtistProfileDoc>({
  userId: { type: String, required: true, unique: true },
  stageName: { type: String, required: true },
  bio: { type: String, default: "" },
  payoutEmail: String,
  bankAccountToken: String,
  taxId: String,
  verified: { type: Boolean, default: false },
});

export const ArtistProfile: Model<ArtistProfileDoc> =
  models.ArtistProfile ?? model<ArtistProfileDoc>("ArtistProfile", ArtistProfileSchema);
