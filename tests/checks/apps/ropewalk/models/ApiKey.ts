import mongoose, { Schema, type InferSchemaType, type Model } from "mongoose";

const ApiKeySchema = new Schema(
  {
    gymId: { type: Schema.Types.ObjectId, ref: "Gym", required: true },
    label: String,
    prefix: String,
    keyHash: { type: String, required: true, index: true },
    createdBy: { type: Schema.Types.ObjectId, ref: "User" },
    revokedAt: Date,
  },
  { timestamps: true },
);

export type ApiKeyDoc = InferSchemaType<typeof ApiKeySchema>;
const ApiKey: Model<ApiKeyDoc> = mongoose.models.ApiKey || mongoose.model("ApiKey", ApiKeySchema);
export default ApiKey;
