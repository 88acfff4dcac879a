import mongoose, { Schema, model, models } from "mongoose";

mongoose.connect(process.env.MONGO_URL ?? "mongodb://localhost/helmdesk");

const ChatTranscriptSchema = new Schema({
  workspaceId: { type: String, index: true },
  visitorId: String,
  visitorEmail: String,
  ip: String,
  userAgent: String,
  messages: [{ from: String, body: String, at: Date }],
  agentId: String,
});

export const ChatTranscript = models.ChatTranscript || model("ChatTranscript", ChatTranscriptSchema);

const SlackLinkSchema = new Schema({
  workspaceId: String,
  teamId: String,
  channelId: String,
  botToken: String,
});

export const SlackLink = models.SlackLink || model("SlackLink", SlackLinkSchema);
