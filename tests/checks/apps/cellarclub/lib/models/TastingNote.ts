import mongoose, { Schema } from "mongoose";

const TastingNoteSchema = new Schema({
  wineryId: { type: String, required: true, index: true },
  authorId: { type: String, required: true },
  wineId: { type: String, required: true },
  body: { type: String, required: true },
  aiPrompt: String,
  published: { type: Boolean, default: false },
  internalScore: Number,
});

export const TastingNote = mongoose.models.TastingNote ?? mongoose.model("TastingNote", TastingNoteSchema);
